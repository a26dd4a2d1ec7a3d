/**
 * Payroll exports into the pay survey: which column holds what (suggested from the headings,
 * checked before reading), and each row turned into a PayrollRecord or the list of what is
 * wrong with it. Pure and row by row, so the server can stream a million rows through it;
 * the hot path reads character codes and precomputed lookups, never a regular expression
 * built per cell.
 */
import { type PersonnummerFacts, parsePersonnummer } from "./personnummer.ts";
import { FEMALE, MALE } from "./stats.ts";

export const PAYROLL_FIELDS = [
  "employeeKey",
  "personnummer",
  "sex",
  "birthYear",
  "unit",
  "jobTitle",
  "jobCode",
  "job",
  "category",
  "employmentType",
  "extent",
  "weeklyHours",
  "baseSalary",
  "fixedSupplements",
  "variablePay",
  "manager",
  "hireDate",
  "educationYears",
  "parentalLeaveDays",
  "sickLeaveDays",
] as const;
export type PayrollField = (typeof PAYROLL_FIELDS)[number];

/** Field → the file's column heading, exactly as in the file. */
export type ColumnMapping = Partial<Record<PayrollField, string>>;

/** How a file writes the two sexes; compared case-insensitively after trimming. */
export interface SexValues {
  female: string[];
  male: string[];
}

/** Common Swedish and English forms, and SCB's and Logib's coding 1 = man, 2 = kvinna. */
export const DEFAULT_SEX_VALUES: SexValues = {
  female: ["k", "kvinna", "kv", "f", "female", "w", "woman", "2"],
  male: ["m", "man", "male", "1"],
};

/** Headings payroll systems use for each field, in Swedish and English. */
const SYNONYMS: Record<PayrollField, string[]> = {
  employeeKey: [
    "Anställningsnummer",
    "Anst.nr",
    "Anst nummer",
    "Anställningsnr",
    "Anställnings-id",
    "Anst.id",
    "Personalnummer",
    "Personalnr",
    "Löpnummer",
    "Employee ID",
    "Employee number",
    "Employee no",
    "Employee key",
  ],
  personnummer: [
    "Personnummer",
    "Pnr",
    "Persnr",
    "Personnr",
    "Person-nr",
    "Personnummer/samordningsnummer",
    "Personal identity number",
  ],
  sex: ["Kön", "Juridiskt kön", "Sex", "Gender"],
  birthYear: ["Födelseår", "Födår", "Birth year", "Year of birth"],
  unit: [
    "Enhet",
    "Avdelning",
    "Kostnadsställe",
    "Kst",
    "Organisationsenhet",
    "Org.enhet",
    "Arbetsplats",
    "Förvaltning",
    "Unit",
    "Department",
    "Dept",
    "Cost centre",
    "Cost center",
  ],
  jobTitle: [
    "Befattning",
    "Titel",
    "Befattningsbenämning",
    "Befattningsnamn",
    "Yrkestitel",
    "Tjänst",
    "Job title",
    "Title",
    "Position",
  ],
  jobCode: [
    "BESTA",
    "BESTA-kod",
    "SSYK",
    "SSYK-kod",
    "SSYK 2012",
    "Yrkeskod",
    "AID",
    "AID-kod",
    "Befattningskod",
    "Job code",
    "Occupation code",
  ],
  job: [
    "Arbete",
    "Likaarbetsgrupp",
    "Lika arbete",
    "Lika arbeten",
    "Lika arbete-grupp",
    "Job",
    "Equal work group",
  ],
  category: [
    "Personalkategori",
    "Kategori",
    "Personalgrupp",
    "Category",
    "Staff category",
    "Employee category",
  ],
  employmentType: [
    "Anställningsform",
    "Anst.form",
    "Anställningstyp",
    "Employment type",
    "Contract type",
  ],
  extent: [
    "Sysselsättningsgrad",
    "Syss.grad",
    "Sysgrad",
    "Tjänstgöringsgrad",
    "Tjg.grad",
    "Tjänstgrad",
    "Omfattning",
    "Extent",
    "Employment rate",
  ],
  weeklyHours: [
    "Veckoarbetstid",
    "Arbetstid per vecka",
    "Timmar per vecka",
    "Veckotimmar",
    "Weekly hours",
    "Hours per week",
  ],
  baseSalary: [
    "Grundlön",
    "Månadslön",
    "Fast lön",
    "Lön",
    "Base salary",
    "Base pay",
    "Monthly salary",
    "Monthly pay",
  ],
  fixedSupplements: [
    "Fasta tillägg",
    "Fast tillägg",
    "Fasta lönetillägg",
    "Tillägg",
    "Fixed supplements",
    "Fixed allowances",
  ],
  variablePay: [
    "Rörlig lön",
    "Rörliga tillägg",
    "Rörlig ersättning",
    "Bonus",
    "Provision",
    "Variable pay",
  ],
  manager: ["Chef", "Är chef", "Chefsbefattning", "Personalansvar", "Manager", "Is manager"],
  hireDate: [
    "Anställningsdatum",
    "Anst.datum",
    "Anställningsdag",
    "Anställd sedan",
    "Startdatum",
    "Hire date",
    "Start date",
    "Employment date",
  ],
  educationYears: [
    "Utbildningsår",
    "Utbildning (år)",
    "Utbildningslängd",
    "Education years",
    "Years of education",
  ],
  parentalLeaveDays: [
    "Föräldraledighet (dagar)",
    "Föräldraledighet",
    "Föräldralediga dagar",
    "Parental leave days",
    "Parental leave",
  ],
  sickLeaveDays: [
    "Sjukdagar",
    "Sjukfrånvaro (dagar)",
    "Sjukfrånvaro",
    "Sick days",
    "Sick leave days",
    "Sick leave",
  ],
};

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const NOT_LETTER_OR_DIGIT = /[^a-z0-9]/g;
const PARENTHESES = /\([^)]*\)|\[[^\]]*\]/g;
const UNIT_SUFFIX = /(kr|sek|procent)$/;

/** "Anst. nr" and "anstnr", "Kön" and "KON" are the same heading. */
function headingKey(heading: string): string {
  return heading
    .normalize("NFD")
    .replace(COMBINING_MARKS, "")
    .toLowerCase()
    .replace(NOT_LETTER_OR_DIGIT, "");
}

const FIELD_BY_HEADING = new Map<string, PayrollField>();
for (const field of PAYROLL_FIELDS) {
  for (const synonym of SYNONYMS[field]) FIELD_BY_HEADING.set(headingKey(synonym), field);
}

/**
 * Guesses the mapping from the headings. Exact synonyms first, then headings with a remark in
 * parentheses ("Grundlön (kr)") or a unit at the end ("Lön kr") left out. Each heading goes to
 * at most one field and each field gets the first heading that fits.
 */
export function suggestMapping(headers: string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  const used = new Set<number>();
  const passes = [
    (h: string) => headingKey(h),
    (h: string) => headingKey(h.replace(PARENTHESES, "")),
    (h: string) => headingKey(h.replace(PARENTHESES, "")).replace(UNIT_SUFFIX, ""),
  ];
  for (const key of passes) {
    headers.forEach((heading, i) => {
      if (used.has(i)) return;
      const field = FIELD_BY_HEADING.get(key(heading));
      if (field === undefined || mapping[field] !== undefined) return;
      mapping[field] = heading;
      used.add(i);
    });
  }
  return mapping;
}

export type MappingProblem =
  | { code: "mapping.required"; fields: PayrollField[] }
  | { code: "mapping.unknownColumn"; field: PayrollField; column: string }
  | { code: "mapping.columnTwice"; column: string; fields: PayrollField[] };

/** What the survey cannot do without; each entry is satisfied by any one of its fields. */
const REQUIRED: PayrollField[][] = [
  ["sex", "personnummer"],
  ["baseSalary"],
  ["extent"],
  ["job", "jobTitle", "jobCode"],
];

/** Everything wrong with a mapping before any row is read; empty when rows can be read. */
export function checkMapping(mapping: ColumnMapping, headers: string[]): MappingProblem[] {
  const problems: MappingProblem[] = [];
  const known = new Set(headers);
  const fieldsByColumn = new Map<string, PayrollField[]>();
  for (const field of PAYROLL_FIELDS) {
    const column = mapping[field];
    if (column === undefined) continue;
    if (!known.has(column)) problems.push({ code: "mapping.unknownColumn", field, column });
    const fields = fieldsByColumn.get(column);
    if (fields) fields.push(field);
    else fieldsByColumn.set(column, [field]);
  }
  for (const [column, fields] of fieldsByColumn) {
    if (fields.length > 1) problems.push({ code: "mapping.columnTwice", column, fields });
  }
  for (const fields of REQUIRED) {
    if (!fields.some((field) => mapping[field] !== undefined)) {
      problems.push({ code: "mapping.required", fields });
    }
  }
  return problems;
}

export interface PayrollRecord {
  /** The employer's own id for the person (employee key column), or null; the server turns it into a pseudonym and drops it. Never the personnummer. */
  employeeId: string | null;
  sex: typeof FEMALE | typeof MALE;
  birthYear: number | null;
  unit: string;
  jobTitle: string;
  jobCode: string | null;
  /** The equal-work group: the job column, else the job code, else the job title. */
  job: string;
  category: string | null;
  employmentType: "permanent" | "temporary";
  /** Per cent of full time, 0 < extent ≤ 100. */
  extent: number;
  /** 0 < hours ≤ 80. */
  weeklyHours: number | null;
  /** Monthly, at the employee's own extent, ≥ 0. */
  baseSalary: number;
  /** Monthly, ≥ 0. */
  fixedSupplements: number;
  /** Yearly, ≥ 0. */
  variablePay: number;
  manager: boolean;
  /** ISO yyyy-mm-dd, not after the snapshot date. */
  hireDate: string | null;
  /** 0–30. */
  educationYears: number | null;
  /** Whole days 0–366. */
  parentalLeaveDays: number;
  /** Whole days 0–366. */
  sickLeaveDays: number;
}

/** A cell as papaparse (strings) or exceljs (typed values and cell objects) gives it. */
export type CellValue =
  | string
  | number
  | boolean
  | Date
  | null
  | undefined
  | { result?: unknown; formula?: string }
  | { richText: { text: string }[] }
  | { text: string; hyperlink?: string }
  | { error: string };

export type RowProblemCode =
  | "row.missing"
  | "row.number"
  | "row.negative"
  | "row.extentRange"
  | "row.hoursRange"
  | "row.integerRange"
  | "row.sex"
  | "row.sexConflict"
  | "row.personnummer"
  | "row.date"
  | "row.dateAfterSnapshot"
  | "row.boolean"
  | "row.employmentType"
  | "row.birthYearRange"
  | "row.educationRange"
  | "row.duplicateKey"
  | "row.cellError"
  | "row.tooLong";

/**
 * One thing wrong in one cell. `value` is the cell as text, cut to 60 characters; it is left
 * out for the personnummer column so the number never reaches a message or a log.
 */
export interface RowProblem {
  row: number;
  column: string;
  field: PayrollField;
  code: RowProblemCode;
  value?: string;
  firstRow?: number;
}

export interface RowReaderOptions {
  mapping: ColumnMapping;
  headers: string[];
  /** The date the pay data describes (yyyy-mm-dd). */
  snapshotDate: string;
  sexValues?: SexValues;
}

export type RowResult = { record: PayrollRecord } | { problems: RowProblem[] };

const MAX_TEXT = 200;
const MAX_VALUE = 60;

const EMPLOYMENT_TYPES = new Map<string, PayrollRecord["employmentType"]>();
for (const text of [
  "tillsvidare",
  "tills vidare",
  "tsv",
  "fast",
  "fast anställning",
  "fastanställd",
  "permanent",
  "tillsvidareanställning",
  "tillsvidareanställd",
  "t",
])
  EMPLOYMENT_TYPES.set(text, "permanent");
for (const text of [
  "visstid",
  "visstidsanställning",
  "visstidsanställd",
  "tidsbegränsad",
  "tidsbegränsad anställning",
  "allmän visstid",
  "allmän visstidsanställning",
  "särskild visstid",
  "särskild visstidsanställning",
  "avtalad visstid",
  "vikariat",
  "vikarie",
  "provanställning",
  "provanställd",
  "säsong",
  "säsongsanställning",
  "timanställd",
  "timanställning",
  "timavlönad",
  "behovsanställd",
  "temporary",
  "fixed-term",
  "v",
])
  EMPLOYMENT_TYPES.set(text, "temporary");

const BOOLEANS = new Map<string, boolean>();
for (const text of ["ja", "j", "yes", "y", "true", "sant", "1", "x", "chef"])
  BOOLEANS.set(text, true);
for (const text of ["nej", "n", "no", "false", "falskt", "0"]) BOOLEANS.set(text, false);

/** An error value from a spreadsheet cell (#N/A, #DIV/0! …). */
class CellError {
  constructor(readonly text: string) {}
}

type Plain = string | number | boolean | Date | CellError | null;

/** The value the user sees in the cell: cached formula results, rich text and links as text. */
function plain(cell: CellValue): Plain {
  if (cell === null || cell === undefined) return null;
  if (typeof cell !== "object" || cell instanceof Date) return cell;
  if ("error" in cell) return new CellError(String(cell.error));
  if ("richText" in cell) return cell.richText.map((part) => part.text).join("");
  if ("result" in cell || "formula" in cell) return plain(cell.result as CellValue);
  if ("text" in cell) return String(cell.text);
  return null;
}

function asText(value: Plain): string {
  if (value === null) return "";
  if (typeof value === "string") return value.trim();
  if (value instanceof CellError) return value.text;
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? "" : value.toISOString().slice(0, 10);
  return String(value);
}

const isDigit = (c: number) => c >= 48 && c <= 57;
/** Space, no-break space, thin space, narrow no-break space: thousands separators. */
const isSpace = (c: number) => c === 32 || c === 0xa0 || c === 0x2009 || c === 0x202f;

/**
 * "37 500,50", "37500.50", "37.500,50", "37,500.50", "-100", "75 %", "12 500 kr" → the number,
 * else NaN. With only one kind of mark, a single , or . is the decimal mark and repeated ones
 * group thousands; thousands groups must have three digits.
 */
export function parseDecimal(text: string): number {
  let end = text.length;
  let start = 0;
  const last = text.charCodeAt(end - 1);
  if (last === 37)
    end--; // %
  else if (end >= 2 && (last | 32) === 114 && (text.charCodeAt(end - 2) | 32) === 107) end -= 2; // kr
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  let negative = false;
  const first = text.charCodeAt(0);
  if (first === 45 || first === 0x2212) {
    negative = true;
    start = 1;
  } else if (first === 43) start = 1;

  let commas = 0;
  let dots = 0;
  let lastComma = -1;
  let lastDot = -1;
  let plain = 0; // the value while only digits have been seen: most cells are just digits
  let marks = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) {
      plain = plain * 10 + (c - 48);
      continue;
    }
    marks = true;
    if (c === 44) {
      commas++;
      lastComma = i;
    } else if (c === 46) {
      dots++;
      lastDot = i;
    } else if (!isSpace(c)) return Number.NaN;
  }
  if (!marks) return end > start ? (negative ? -plain : plain) : Number.NaN;
  let decimalAt = -1;
  let thousands = -1; // the mark grouping thousands besides spaces: 44 or 46
  if (commas > 0 && dots > 0) {
    if (lastComma > lastDot) {
      if (commas > 1) return Number.NaN;
      decimalAt = lastComma;
      thousands = 46;
    } else {
      if (dots > 1) return Number.NaN;
      decimalAt = lastDot;
      thousands = 44;
    }
  } else if (commas === 1) decimalAt = lastComma;
  else if (dots === 1) decimalAt = lastDot;
  else if (commas > 1) thousands = 44;
  else if (dots > 1) thousands = 46;

  let value = 0;
  let scale = 1;
  let digits = 0;
  let group = -1; // digits since the last thousands separator; -1 before the first one
  let leading = 0; // digits before the first thousands separator
  let separator = -1; // the thousands separator in use: 32 for any space, else 44 or 46
  let fraction = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) {
      value = value * 10 + (c - 48);
      digits++;
      if (fraction) scale *= 10;
      else if (group >= 0) group++;
      else leading++;
    } else if (i === decimalAt) {
      if (digits === 0 || (group >= 0 && group !== 3)) return Number.NaN;
      fraction = true;
    } else {
      const kind = isSpace(c) ? 32 : c;
      if (fraction || (kind !== 32 && kind !== thousands)) return Number.NaN;
      if (separator === -1) separator = kind;
      else if (separator !== kind) return Number.NaN;
      if (group === -1 ? leading < 1 || leading > 3 : group !== 3) return Number.NaN;
      group = 0;
    }
  }
  if (digits === 0 || (group >= 0 && !fraction && group !== 3)) return Number.NaN;
  if (fraction && scale === 1) return Number.NaN;
  const result = value / scale;
  return negative ? -result : result;
}

const TIME_OF_DAY = /^[ T]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;
/** Excel's day 1 is 1900-01-01, counted from 1899-12-31 with the made-up 1900-02-29 (day 60). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY = 86_400_000;
const LAST_EXCEL_DAY = 73_415; // 2100-12-31

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function isDate(year: number, month: number, day: number): boolean {
  if (year < 1900 || year > 2100 || month < 1 || month > 12) return false;
  return day >= 1 && day <= daysInMonth(year, month);
}

function isoDate(year: number, month: number, day: number): string | null {
  if (!isDate(year, month, day)) return null;
  return `${year}-${month < 10 ? "0" : ""}${month}-${day < 10 ? "0" : ""}${day}`;
}

function digitsAt(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (!isDigit(c)) return -1;
    n = n * 10 + (c - 48);
  }
  return n;
}

/** "2019-03-01", "2019-03-01 00:00", "2019-03-01T00:00:00Z" or "20190301" → ISO date, else null. */
function parseDateText(s: string): string | null {
  if (s.length === 8) {
    return isoDate(digitsAt(s, 0, 4), digitsAt(s, 4, 6), digitsAt(s, 6, 8));
  }
  if (s.length < 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return null;
  if (s.length > 10 && !TIME_OF_DAY.test(s.slice(10))) return null;
  if (!isDate(digitsAt(s, 0, 4), digitsAt(s, 5, 7), digitsAt(s, 8, 10))) return null;
  return s.length === 10 ? s : s.slice(0, 10);
}

/** A number cell in a date column: 20190301 as written, or Excel's day count. */
function dateFromNumber(n: number): string | null {
  if (n >= 19_000_101 && n <= 21_001_231 && Number.isInteger(n)) {
    return isoDate(Math.floor(n / 10_000), Math.floor(n / 100) % 100, n % 100);
  }
  if (!(n >= 1 && n < LAST_EXCEL_DAY + 1)) return null;
  const days = Math.floor(n);
  return new Date(EXCEL_EPOCH + (days < 60 ? days + 1 : days) * DAY).toISOString().slice(0, 10);
}

/** Reads one row; `firstRowOf` tells on which row an employee id was first seen. */
export interface RowReader {
  (cells: readonly CellValue[], rowNumber: number): RowResult;
  firstRowOf(employeeId: string): number | undefined;
}

/**
 * A reader for the rows of one file. It remembers the employee ids it has seen, so a repeated
 * id is reported with the row it first appeared on. `rowNumber` is the row as the user sees it
 * in the file (the heading row is 1). Throws if checkMapping finds anything wrong with the
 * mapping, or if a sex value is listed as both female and male.
 */
export function createRowReader(options: RowReaderOptions): RowReader {
  const { mapping, headers, snapshotDate } = options;
  const mappingProblems = checkMapping(mapping, headers);
  if (mappingProblems.length > 0) {
    throw new RangeError(`The mapping cannot be used: ${JSON.stringify(mappingProblems)}`);
  }
  if (parseDateText(snapshotDate) !== snapshotDate) {
    throw new RangeError(`snapshotDate must be a date (yyyy-mm-dd): ${snapshotDate}`);
  }
  const latestBirthYear = Number(snapshotDate.slice(0, 4)) - 14;

  const sexValues = options.sexValues ?? DEFAULT_SEX_VALUES;
  const sexByText = new Map<string, PayrollRecord["sex"]>();
  for (const text of sexValues.female) sexByText.set(text.trim().toLowerCase(), FEMALE);
  for (const text of sexValues.male) {
    const key = text.trim().toLowerCase();
    if (sexByText.has(key)) throw new RangeError(`"${text}" cannot mean both female and male`);
    sexByText.set(key, MALE);
  }

  const indexOf = new Map<string, number>();
  headers.forEach((heading, i) => {
    if (!indexOf.has(heading)) indexOf.set(heading, i);
  });
  const column = (field: PayrollField) => {
    const heading = mapping[field];
    return heading === undefined ? -1 : indexOf.get(heading)!;
  };
  const cKey = column("employeeKey");
  const cPnr = column("personnummer");
  const cSex = column("sex");
  const cBirthYear = column("birthYear");
  const cUnit = column("unit");
  const cJobTitle = column("jobTitle");
  const cJobCode = column("jobCode");
  const cJob = column("job");
  const cCategory = column("category");
  const cEmploymentType = column("employmentType");
  const cExtent = column("extent");
  const cWeeklyHours = column("weeklyHours");
  const cBaseSalary = column("baseSalary");
  const cFixedSupplements = column("fixedSupplements");
  const cVariablePay = column("variablePay");
  const cManager = column("manager");
  const cHireDate = column("hireDate");
  const cEducationYears = column("educationYears");
  const cParentalLeave = column("parentalLeaveDays");
  const cSickLeave = column("sickLeaveDays");

  const firstRowOf = new Map<string, number>();

  // The row being read: the helpers below report into it. Each helper returns the value, null
  // for an empty cell, or undefined when it has reported a problem.
  let cells: readonly CellValue[] = [];
  let row = 0;
  let problems: RowProblem[] | null = null;

  function report(field: PayrollField, code: RowProblemCode, value?: Plain, firstRow?: number) {
    const problem: RowProblem = { row, column: mapping[field]!, field, code };
    if (value !== undefined && field !== "personnummer") {
      problem.value = asText(value).slice(0, MAX_VALUE);
    }
    if (firstRow !== undefined) problem.firstRow = firstRow;
    if (problems === null) problems = [problem];
    else problems.push(problem);
  }

  /** The cell's value; strings come back trimmed and "" as null. */
  function cell(field: PayrollField, index: number): Plain | undefined {
    if (index < 0) return null;
    const raw = cells[index];
    if (typeof raw === "string") {
      const text = raw.trim();
      return text === "" ? null : text;
    }
    const value = plain(raw);
    if (value instanceof CellError) {
      report(field, "row.cellError", value);
      return undefined;
    }
    if (typeof value === "string") {
      const text = value.trim();
      return text === "" ? null : text;
    }
    return value;
  }

  function text(field: PayrollField, index: number): string | null | undefined {
    const value = cell(field, index);
    if (value === null || value === undefined) return value;
    const result = typeof value === "string" ? value : asText(value);
    if (result.length > MAX_TEXT) {
      report(field, "row.tooLong", value);
      return undefined;
    }
    return result;
  }

  function number(field: PayrollField, index: number): number | null | undefined {
    const value = cell(field, index);
    if (value === null || value === undefined) return value;
    const result =
      typeof value === "string" ? parseDecimal(value) : typeof value === "number" ? value : NaN;
    if (!Number.isFinite(result)) {
      report(field, "row.number", value);
      return undefined;
    }
    return result;
  }

  /** A number in a range, reported with `code` when outside it. */
  function ranged(
    field: PayrollField,
    index: number,
    code: RowProblemCode,
    inRange: (n: number) => boolean,
  ): number | null | undefined {
    const result = number(field, index);
    if (result === null || result === undefined || inRange(result)) return result;
    report(field, code, plain(cells[index]));
    return undefined;
  }

  const isExtent = (n: number) => n > 0 && n <= 100;
  const isHours = (n: number) => n > 0 && n <= 80;
  const isAmount = (n: number) => n >= 0;
  const isDays = (n: number) => Number.isInteger(n) && n >= 0 && n <= 366;
  const isEducation = (n: number) => n >= 0 && n <= 30;
  const isBirthYear = (n: number) => Number.isInteger(n) && n >= 1900 && n <= latestBirthYear;

  function date(field: PayrollField, index: number): string | null | undefined {
    const value = cell(field, index);
    if (value === null || value === undefined) return value;
    let result: string | null = null;
    if (typeof value === "string") result = parseDateText(value);
    else if (typeof value === "number") result = dateFromNumber(value);
    else if (value instanceof Date && !Number.isNaN(value.getTime())) {
      result = value.toISOString().slice(0, 10);
    }
    if (result === null) {
      report(field, "row.date", value);
      return undefined;
    }
    if (result > snapshotDate) {
      report(field, "row.dateAfterSnapshot", value);
      return undefined;
    }
    return result;
  }

  /** Looks text up case-insensitively in `table`, remembering the spellings the file uses. */
  function caseless<T>(table: Map<string, T>): (text: string) => T | undefined {
    // Exports repeat a handful of spellings; remembering them spares a lower-casing per cell.
    const seen = new Map<string, T>();
    return (text) => {
      let result = seen.get(text);
      if (result === undefined) {
        result = table.get(text.toLowerCase());
        if (result !== undefined) seen.set(text, result);
      }
      return result;
    };
  }
  const sexOf = caseless(sexByText);
  const employmentTypeOf = caseless(EMPLOYMENT_TYPES);
  const booleanOf = caseless(BOOLEANS);

  function lookup<T>(
    field: PayrollField,
    index: number,
    find: (text: string) => T | undefined,
    code: RowProblemCode,
  ): T | null | undefined {
    const value = cell(field, index);
    if (value === null || value === undefined) return value;
    const result = find(typeof value === "string" ? value : asText(value));
    if (result === undefined) {
      report(field, code, value);
      return undefined;
    }
    return result;
  }

  const readRow = (rowCells: readonly CellValue[], rowNumber: number): RowResult => {
    cells = rowCells;
    row = rowNumber;
    problems = null;

    let employeeId: string | null = null;
    if (cKey >= 0) {
      const key = text("employeeKey", cKey);
      if (key === null) report("employeeKey", "row.missing");
      else if (key !== undefined) {
        const firstRow = firstRowOf.get(key);
        if (firstRow === undefined) firstRowOf.set(key, row);
        else report("employeeKey", "row.duplicateKey", key, firstRow);
        employeeId = key;
      }
    }

    // Legal sex and birth year: the personnummer decides sex when it is there; a sex column
    // that says otherwise is a conflict to resolve in the file, not something to guess.
    let fromPnr: PersonnummerFacts | null = null;
    let sexReported = false;
    if (cPnr >= 0) {
      const value = text("personnummer", cPnr);
      if (value === undefined) sexReported = true;
      else if (value !== null) {
        fromPnr = parsePersonnummer(value, snapshotDate);
        if (fromPnr === null) {
          report("personnummer", "row.personnummer");
          sexReported = true;
        }
      }
    }
    const sexFromColumn = cSex >= 0 ? lookup("sex", cSex, sexOf, "row.sex") : null;
    if (sexFromColumn === undefined) sexReported = true;
    else if (sexFromColumn !== null && fromPnr !== null && sexFromColumn !== fromPnr.sex) {
      report("sex", "row.sexConflict", cell("sex", cSex));
      sexReported = true;
    }
    const sex = fromPnr?.sex ?? sexFromColumn;
    if (!sex && !sexReported) report(cSex >= 0 ? "sex" : "personnummer", "row.missing");

    let birthYear =
      cBirthYear >= 0 ? ranged("birthYear", cBirthYear, "row.birthYearRange", isBirthYear) : null;
    if (birthYear === null && fromPnr !== null) {
      birthYear = fromPnr.birthYear;
      if (!isBirthYear(birthYear)) report("personnummer", "row.birthYearRange");
    }

    const unit = text("unit", cUnit);
    const jobTitle = text("jobTitle", cJobTitle);
    const jobCode = text("jobCode", cJobCode);
    const jobColumn = text("job", cJob);
    const job = jobColumn ?? jobCode ?? jobTitle;
    if (jobColumn === null && jobCode === null && jobTitle === null) {
      report(cJob >= 0 ? "job" : cJobCode >= 0 ? "jobCode" : "jobTitle", "row.missing");
    }
    const category = text("category", cCategory);
    const employmentType = lookup(
      "employmentType",
      cEmploymentType,
      employmentTypeOf,
      "row.employmentType",
    );

    const extent = ranged("extent", cExtent, "row.extentRange", isExtent);
    if (extent === null) report("extent", "row.missing");
    const weeklyHours = ranged("weeklyHours", cWeeklyHours, "row.hoursRange", isHours);
    const baseSalary = ranged("baseSalary", cBaseSalary, "row.negative", isAmount);
    if (baseSalary === null) report("baseSalary", "row.missing");
    const fixedSupplements = ranged(
      "fixedSupplements",
      cFixedSupplements,
      "row.negative",
      isAmount,
    );
    const variablePay = ranged("variablePay", cVariablePay, "row.negative", isAmount);
    const manager = lookup("manager", cManager, booleanOf, "row.boolean");
    const hireDate = date("hireDate", cHireDate);
    const educationYears = ranged(
      "educationYears",
      cEducationYears,
      "row.educationRange",
      isEducation,
    );
    const parentalLeaveDays = ranged(
      "parentalLeaveDays",
      cParentalLeave,
      "row.integerRange",
      isDays,
    );
    const sickLeaveDays = ranged("sickLeaveDays", cSickLeave, "row.integerRange", isDays);

    if (problems !== null) return { problems };
    return {
      record: {
        employeeId,
        sex: sex!,
        birthYear: birthYear ?? null,
        unit: unit ?? "",
        jobTitle: jobTitle ?? "",
        jobCode: jobCode ?? null,
        job: job!,
        category: category ?? null,
        employmentType: employmentType ?? "permanent",
        extent: extent!,
        weeklyHours: weeklyHours ?? null,
        baseSalary: baseSalary!,
        fixedSupplements: fixedSupplements ?? 0,
        variablePay: variablePay ?? 0,
        manager: manager ?? false,
        hireDate: hireDate ?? null,
        educationYears: educationYears ?? null,
        parentalLeaveDays: parentalLeaveDays ?? 0,
        sickLeaveDays: sickLeaveDays ?? 0,
      },
    };
  };
  return Object.assign(readRow, { firstRowOf: (employeeId: string) => firstRowOf.get(employeeId) });
}
