import { describe, expect, it } from "vitest";
import { luhnCheckDigit } from "../platform/organisation-number.ts";
import {
  type CellValue,
  type ColumnMapping,
  checkMapping,
  createRowReader,
  PAYROLL_FIELDS,
  type PayrollField,
  type PayrollRecord,
  parseDecimal,
  type RowProblem,
  type SexValues,
  suggestMapping,
} from "./payroll.ts";
import { FEMALE, MALE } from "./stats.ts";

describe("suggestMapping", () => {
  it("recognises the usual Swedish and English headings", () => {
    const cases: [string, PayrollField][] = [
      ["Anställningsnummer", "employeeKey"],
      ["Anst.nr", "employeeKey"],
      ["Employee ID", "employeeKey"],
      ["Personnummer", "personnummer"],
      ["Pnr", "personnummer"],
      ["Kön", "sex"],
      ["Födelseår", "birthYear"],
      ["Enhet", "unit"],
      ["Avdelning", "unit"],
      ["Kostnadsställe", "unit"],
      ["Befattning", "jobTitle"],
      ["Titel", "jobTitle"],
      ["BESTA", "jobCode"],
      ["SSYK", "jobCode"],
      ["Yrkeskod", "jobCode"],
      ["AID", "jobCode"],
      ["Arbete", "job"],
      ["Likaarbetsgrupp", "job"],
      ["Lika arbete", "job"],
      ["Personalkategori", "category"],
      ["Anställningsform", "employmentType"],
      ["Sysselsättningsgrad", "extent"],
      ["Tjänstgöringsgrad", "extent"],
      ["Omfattning", "extent"],
      ["Veckoarbetstid", "weeklyHours"],
      ["Grundlön", "baseSalary"],
      ["Månadslön", "baseSalary"],
      ["Fasta tillägg", "fixedSupplements"],
      ["Rörlig lön", "variablePay"],
      ["Bonus", "variablePay"],
      ["Chef", "manager"],
      ["Anställningsdatum", "hireDate"],
      ["Utbildningsår", "educationYears"],
      ["Föräldraledighet (dagar)", "parentalLeaveDays"],
      ["Sjukdagar", "sickLeaveDays"],
      ["Sjukfrånvaro (dagar)", "sickLeaveDays"],
    ];
    for (const [heading, field] of cases) {
      expect(suggestMapping([heading]), heading).toEqual({ [field]: heading });
    }
  });

  it("ignores case, diacritics, spaces and punctuation, then remarks and units", () => {
    const headers = [
      "ANST NR",
      "kon",
      "Grundlön (kr)",
      "Sysselsättningsgrad %",
      "Fasta tillägg kr",
    ];
    expect(suggestMapping(headers)).toEqual({
      employeeKey: "ANST NR",
      sex: "kon",
      baseSalary: "Grundlön (kr)",
      extent: "Sysselsättningsgrad %",
      fixedSupplements: "Fasta tillägg kr",
    });
  });

  it("gives each field one column and each column one field, preferring exact headings", () => {
    const mapping = suggestMapping(["Lön (kr)", "Månadslön", "Grundlön", "Namn", "Kön"]);
    expect(mapping).toEqual({ baseSalary: "Månadslön", sex: "Kön" });
    const columns = Object.values(mapping);
    expect(new Set(columns).size).toBe(columns.length);
  });
});

describe("checkMapping", () => {
  const headers = ["Anst.nr", "Kön", "Grundlön", "Syss.grad", "Befattning"];
  const complete: ColumnMapping = {
    employeeKey: "Anst.nr",
    sex: "Kön",
    baseSalary: "Grundlön",
    extent: "Syss.grad",
    jobTitle: "Befattning",
  };

  it("accepts a mapping with what the survey needs", () => {
    expect(checkMapping(complete, headers)).toEqual([]);
    const { sex: _sex, ...withPersonnummer } = complete;
    expect(checkMapping({ ...withPersonnummer, personnummer: "Pnr" }, [...headers, "Pnr"])).toEqual(
      [],
    );
  });

  it("lists each missing requirement with its alternatives", () => {
    expect(checkMapping({ employeeKey: "Anst.nr" }, headers)).toEqual([
      { code: "mapping.required", fields: ["sex", "personnummer"] },
      { code: "mapping.required", fields: ["baseSalary"] },
      { code: "mapping.required", fields: ["extent"] },
      { code: "mapping.required", fields: ["job", "jobTitle", "jobCode"] },
    ]);
  });

  it("finds columns that are not in the file and columns used twice", () => {
    expect(checkMapping({ ...complete, unit: "Enhet", jobCode: "Befattning" }, headers)).toEqual([
      { code: "mapping.unknownColumn", field: "unit", column: "Enhet" },
      { code: "mapping.columnTwice", column: "Befattning", fields: ["jobTitle", "jobCode"] },
    ]);
  });
});

describe("parseDecimal", () => {
  it("reads numbers as Swedish and English exports write them", () => {
    const cases: [string, number][] = [
      ["37500", 37500],
      ["37 500", 37500],
      ["37\u00a0500", 37500],
      ["37\u2009500", 37500],
      ["37\u202f500,50", 37500.5],
      ["37 500,50", 37500.5],
      ["37500.50", 37500.5],
      ["37.500,50", 37500.5],
      ["37,500.50", 37500.5],
      ["1 234 567", 1234567],
      ["1.234.567", 1234567],
      ["12 500 kr", 12500],
      ["12500kr", 12500],
      ["75 %", 75],
      ["62,5%", 62.5],
      ["0,75", 0.75],
      ["-100", -100],
      ["\u2212100", -100],
    ];
    for (const [text, value] of cases) expect(parseDecimal(text), text).toBe(value);
  });

  it("refuses what is not one number", () => {
    for (const text of [
      "",
      "kr",
      "-",
      "abc",
      "1e5",
      "0x10",
      "Infinity",
      "37 50",
      "3750 0",
      "1,2,3,4",
      "1.2.3",
      "1,5.000",
      ",5",
      "5,",
      "12 500 EUR",
      "100 - 200",
    ]) {
      expect(parseDecimal(text), text).toBeNaN();
    }
  });
});

const HEADERS = [
  "Anst.nr",
  "Pnr",
  "Kön",
  "Födelseår",
  "Enhet",
  "Befattning",
  "Yrkeskod",
  "Arbete",
  "Kategori",
  "Anställningsform",
  "Syss.grad",
  "Veckoarbetstid",
  "Grundlön",
  "Fasta tillägg",
  "Rörlig lön",
  "Chef",
  "Anställningsdatum",
  "Utbildningsår",
  "Föräldraledighet",
  "Sjukdagar",
];
const ALL: ColumnMapping = Object.fromEntries(
  PAYROLL_FIELDS.map((field, i) => [field, HEADERS[i]!]),
) as ColumnMapping;
const SNAPSHOT = "2025-09-30";

/** A made-up personnummer (never a real person's): date, birth number, Luhn digit. */
function pnr(yymmdd: string, birthNumber: string): string {
  const nine = yymmdd + birthNumber;
  return `${nine.slice(0, 6)}-${nine.slice(6)}${luhnCheckDigit(nine)}`;
}

type Row = Partial<Record<PayrollField, CellValue>>;

const VALID: Row = {
  employeeKey: "A00017",
  personnummer: "",
  sex: "K",
  birthYear: "1984",
  unit: "Hemtjänst Norr",
  jobTitle: "Undersköterska",
  jobCode: "5321",
  job: "Undersköterska",
  category: "Vård och omsorg",
  employmentType: "Tillsvidare",
  extent: "75",
  weeklyHours: "30",
  baseSalary: "23 100",
  fixedSupplements: "500",
  variablePay: "12 000",
  manager: "Nej",
  hireDate: "2019-03-01",
  educationYears: "12",
  parentalLeaveDays: "0",
  sickLeaveDays: "4",
};

const VALID_RECORD: PayrollRecord = {
  employeeId: "A00017",
  sex: FEMALE,
  birthYear: 1984,
  unit: "Hemtjänst Norr",
  jobTitle: "Undersköterska",
  jobCode: "5321",
  job: "Undersköterska",
  category: "Vård och omsorg",
  employmentType: "permanent",
  extent: 75,
  weeklyHours: 30,
  baseSalary: 23100,
  fixedSupplements: 500,
  variablePay: 12000,
  manager: false,
  hireDate: "2019-03-01",
  educationYears: 12,
  parentalLeaveDays: 0,
  sickLeaveDays: 4,
};

function cells(row: Row, mapping: ColumnMapping = ALL): CellValue[] {
  return HEADERS.map((heading) => {
    const field = PAYROLL_FIELDS.find((f) => mapping[f] === heading);
    return field === undefined ? "" : row[field];
  });
}

function reader(mapping: ColumnMapping = ALL, sexValues?: SexValues) {
  const read = createRowReader({ mapping, headers: HEADERS, snapshotDate: SNAPSHOT, sexValues });
  // Each row gets its own employee id unless the test gives one: A00017, A00018, …
  let rows = 0;
  return (row: Row, rowNumber = 2) => {
    const employeeKey = `A${String(17 + rows++).padStart(5, "0")}`;
    return read(cells({ ...VALID, employeeKey, ...row }, mapping), rowNumber);
  };
}

function record(result: ReturnType<ReturnType<typeof reader>>): PayrollRecord {
  if (!("record" in result)) throw new Error(`expected a record, got ${JSON.stringify(result)}`);
  return result.record;
}

function problems(result: ReturnType<ReturnType<typeof reader>>): RowProblem[] {
  if (!("problems" in result)) throw new Error(`expected problems, got ${JSON.stringify(result)}`);
  return result.problems;
}

/** The only problem of a row that differs from VALID in one field. */
function problemOf(field: PayrollField, value: CellValue): RowProblem {
  const found = problems(reader()({ [field]: value }));
  expect(found).toHaveLength(1);
  return found[0]!;
}

describe("createRowReader: a valid row", () => {
  it("becomes a record with every field", () => {
    expect(record(reader()({}))).toEqual(VALID_RECORD);
  });

  it("fills in defaults for what the file leaves out", () => {
    const minimal: ColumnMapping = {
      sex: "Kön",
      baseSalary: "Grundlön",
      extent: "Syss.grad",
      jobTitle: "Befattning",
    };
    expect(record(reader(minimal)({}))).toEqual({
      employeeId: null,
      sex: FEMALE,
      birthYear: null,
      unit: "",
      jobTitle: "Undersköterska",
      jobCode: null,
      job: "Undersköterska",
      category: null,
      employmentType: "permanent",
      extent: 75,
      weeklyHours: null,
      baseSalary: 23100,
      fixedSupplements: 0,
      variablePay: 0,
      manager: false,
      hireDate: null,
      educationYears: null,
      parentalLeaveDays: 0,
      sickLeaveDays: 0,
    });
    const empty = record(
      reader()({
        fixedSupplements: "",
        variablePay: null,
        manager: "",
        employmentType: "",
        parentalLeaveDays: "",
        sickLeaveDays: undefined,
        weeklyHours: " ",
        hireDate: "",
      }),
    );
    expect(empty).toMatchObject({
      fixedSupplements: 0,
      variablePay: 0,
      manager: false,
      employmentType: "permanent",
      parentalLeaveDays: 0,
      sickLeaveDays: 0,
      weeklyHours: null,
      hireDate: null,
    });
  });

  it("takes the job from the job column, else the job code, else the title", () => {
    const read = reader();
    expect(record(read({ job: "Lika arbete A" })).job).toBe("Lika arbete A");
    expect(record(read({ job: "" })).job).toBe("5321");
    expect(record(read({ job: "", jobCode: "" })).job).toBe("Undersköterska");
  });

  it("trims text", () => {
    expect(record(reader()({ unit: "  Hemtjänst Norr\t", sex: " k " }))).toMatchObject({
      unit: "Hemtjänst Norr",
      sex: FEMALE,
    });
  });

  it("reads amounts with spaces, decimal commas, kr and %", () => {
    const r = record(
      reader()({
        baseSalary: "37\u00a0500,50 kr",
        fixedSupplements: "1 250",
        variablePay: "12000.5",
        extent: "62,5 %",
      }),
    );
    expect(r).toMatchObject({
      baseSalary: 37500.5,
      fixedSupplements: 1250,
      variablePay: 12000.5,
      extent: 62.5,
    });
  });

  it("reads the ways payroll systems write manager and employment type", () => {
    const read = reader();
    for (const text of ["Ja", "J", "yes", "Y", "true", "1", "x", "X", "Chef"]) {
      expect(record(read({ manager: text })).manager, text).toBe(true);
    }
    for (const text of ["Nej", "n", "No", "false", "0", ""]) {
      expect(record(read({ manager: text })).manager, text).toBe(false);
    }
    for (const text of ["Tillsvidare", "TSV", "fast", "Permanent", "Tillsvidareanställning", "T"]) {
      expect(record(read({ employmentType: text })).employmentType, text).toBe("permanent");
    }
    for (const text of [
      "Visstid",
      "Tidsbegränsad",
      "Allmän visstid",
      "Avtalad visstid",
      "Vikariat",
      "Provanställning",
      "Säsong",
      "Timanställd",
      "temporary",
      "V",
    ]) {
      expect(record(read({ employmentType: text })).employmentType, text).toBe("temporary");
    }
  });

  it("reads dates as ISO, yyyymmdd, with a time of day, or as a spreadsheet date", () => {
    const read = reader();
    expect(record(read({ hireDate: "20190301" })).hireDate).toBe("2019-03-01");
    expect(record(read({ hireDate: "2019-03-01 00:00" })).hireDate).toBe("2019-03-01");
    expect(record(read({ hireDate: "2019-03-01T00:00:00Z" })).hireDate).toBe("2019-03-01");
    expect(record(read({ hireDate: new Date(Date.UTC(2019, 2, 1)) })).hireDate).toBe("2019-03-01");
    expect(record(read({ hireDate: SNAPSHOT })).hireDate).toBe(SNAPSHOT);
  });
});

describe("createRowReader: sex and personnummer", () => {
  const woman = pnr("840612", "248");
  const man = pnr("840612", "259");

  it("reads sex with the default codes, including SCB's 1 = man, 2 = kvinna", () => {
    const read = reader();
    for (const text of ["K", "kvinna", "Kv", "F", "female", "W", "woman", "2", 2]) {
      expect(record(read({ sex: text })).sex, String(text)).toBe(FEMALE);
    }
    for (const text of ["M", "man", "Male", "1", 1]) {
      expect(record(read({ sex: text })).sex, String(text)).toBe(MALE);
    }
  });

  it("uses the file's own codes when given", () => {
    const read = reader(ALL, { female: ["Dam"], male: ["Herr"] });
    expect(record(read({ sex: "dam" })).sex).toBe(FEMALE);
    expect(record(read({ sex: "HERR" })).sex).toBe(MALE);
    expect(problems(read({ sex: "K" }))[0]!.code).toBe("row.sex");
  });

  it("refuses codes that mean both sexes", () => {
    expect(() => reader(ALL, { female: ["1", "k"], male: ["1"] })).toThrow(RangeError);
  });

  it("lets the personnummer decide legal sex and birth year when there is no sex column", () => {
    const { sex: _sex, birthYear: _birthYear, ...mapping } = ALL;
    expect(record(reader(mapping)({ personnummer: man }))).toMatchObject({
      sex: MALE,
      birthYear: 1984,
    });
    expect(record(reader(mapping)({ personnummer: woman })).sex).toBe(FEMALE);
  });

  it("prefers the birth year column, and accepts a sex column that agrees", () => {
    expect(record(reader()({ personnummer: woman, birthYear: "1985" }))).toMatchObject({
      sex: FEMALE,
      birthYear: 1985,
    });
    expect(record(reader()({ personnummer: woman, birthYear: "" })).birthYear).toBe(1984);
  });

  it("reports a sex column that disagrees with the personnummer", () => {
    expect(problems(reader()({ personnummer: man, sex: "K" }))).toEqual([
      { row: 2, column: "Kön", field: "sex", code: "row.sexConflict", value: "K" },
    ]);
  });

  it("reports an invalid personnummer without repeating it", () => {
    const wrong = `${man.slice(0, -1)}${(Number(man.at(-1)) + 1) % 10}`;
    expect(problems(reader()({ personnummer: wrong }))).toEqual([
      { row: 2, column: "Pnr", field: "personnummer", code: "row.personnummer" },
    ]);
  });

  it("needs sex or a personnummer on every row", () => {
    expect(problems(reader()({ sex: "" }))).toEqual([
      { row: 2, column: "Kön", field: "sex", code: "row.missing" },
    ]);
    const { sex: _sex, ...mapping } = ALL;
    expect(problems(reader(mapping)({ personnummer: "" }))).toEqual([
      { row: 2, column: "Pnr", field: "personnummer", code: "row.missing" },
    ]);
  });

  it("reports a birth year from the personnummer that cannot be an employee's", () => {
    const { birthYear: _birthYear, ...mapping } = ALL;
    const child = pnr("150101", "248");
    expect(problems(reader(mapping)({ personnummer: child }))).toEqual([
      { row: 2, column: "Pnr", field: "personnummer", code: "row.birthYearRange" },
    ]);
  });
});

describe("createRowReader: problems", () => {
  const at = (field: PayrollField, code: RowProblem["code"], value?: string): RowProblem => {
    const problem: RowProblem = { row: 2, column: ALL[field]!, field, code };
    if (value !== undefined) problem.value = value;
    return problem;
  };

  it("names the row, the column, the field and the cell", () => {
    expect(problemOf("baseSalary", "-100")).toEqual(at("baseSalary", "row.negative", "-100"));
    expect(problemOf("baseSalary", "")).toEqual(at("baseSalary", "row.missing"));
    expect(problemOf("baseSalary", "ca 30 000")).toEqual(
      at("baseSalary", "row.number", "ca 30 000"),
    );
    expect(problemOf("fixedSupplements", "-1")).toEqual(
      at("fixedSupplements", "row.negative", "-1"),
    );
    expect(problemOf("variablePay", "-1")).toEqual(at("variablePay", "row.negative", "-1"));
  });

  it("keeps every number within its range", () => {
    expect(problemOf("extent", "0").code).toBe("row.extentRange");
    expect(problemOf("extent", "100,5").code).toBe("row.extentRange");
    expect(problemOf("extent", "").code).toBe("row.missing");
    expect(record(reader()({ extent: "100" })).extent).toBe(100);
    expect(problemOf("weeklyHours", "0").code).toBe("row.hoursRange");
    expect(problemOf("weeklyHours", "81").code).toBe("row.hoursRange");
    expect(record(reader()({ weeklyHours: "80" })).weeklyHours).toBe(80);
    expect(problemOf("parentalLeaveDays", "367").code).toBe("row.integerRange");
    expect(problemOf("sickLeaveDays", "2,5").code).toBe("row.integerRange");
    expect(problemOf("sickLeaveDays", "-1").code).toBe("row.integerRange");
    expect(record(reader()({ sickLeaveDays: "366" })).sickLeaveDays).toBe(366);
    expect(problemOf("educationYears", "31").code).toBe("row.educationRange");
    expect(problemOf("educationYears", "-1").code).toBe("row.educationRange");
    expect(record(reader()({ educationYears: "15,5" })).educationYears).toBe(15.5);
  });

  it("keeps birth years between 1900 and the year people turn 14", () => {
    expect(problemOf("birthYear", "1899")).toEqual(at("birthYear", "row.birthYearRange", "1899"));
    expect(problemOf("birthYear", "2012").code).toBe("row.birthYearRange");
    expect(problemOf("birthYear", "1984,5").code).toBe("row.birthYearRange");
    expect(record(reader()({ birthYear: "2011" })).birthYear).toBe(2011);
    expect(record(reader()({ birthYear: "1900" })).birthYear).toBe(1900);
  });

  it("refuses dates that are not dates, Excel day numbers in text, and dates after the snapshot", () => {
    expect(problemOf("hireDate", "43525")).toEqual(at("hireDate", "row.date", "43525"));
    expect(problemOf("hireDate", "2019-02-30").code).toBe("row.date");
    expect(problemOf("hireDate", "1/3/2019").code).toBe("row.date");
    expect(problemOf("hireDate", "2019-03-01 kl 8").code).toBe("row.date");
    expect(problemOf("hireDate", "2025-10-01")).toEqual(
      at("hireDate", "row.dateAfterSnapshot", "2025-10-01"),
    );
  });

  it("reports unknown words for sex, manager and employment type", () => {
    expect(problemOf("sex", "X")).toEqual(at("sex", "row.sex", "X"));
    expect(problemOf("manager", "kanske")).toEqual(at("manager", "row.boolean", "kanske"));
    expect(problemOf("employmentType", "Projekt")).toEqual(
      at("employmentType", "row.employmentType", "Projekt"),
    );
  });

  it("needs a job, job code or job title", () => {
    expect(problems(reader()({ job: "", jobCode: "", jobTitle: "" }))).toEqual([
      at("job", "row.missing"),
    ]);
  });

  it("refuses text over 200 characters and cuts the reported value to 60", () => {
    const long = "x".repeat(201);
    expect(problemOf("unit", long)).toEqual(at("unit", "row.tooLong", "x".repeat(60)));
    expect(record(reader()({ unit: "x".repeat(200) })).unit).toHaveLength(200);
  });

  it("reports every problem of the row, in the order of the fields", () => {
    expect(
      problems(reader()({ sex: "?", extent: "150", baseSalary: "", hireDate: "igår" }, 70001)),
    ).toEqual([
      { ...at("sex", "row.sex", "?"), row: 70001 },
      { ...at("extent", "row.extentRange", "150"), row: 70001 },
      { ...at("baseSalary", "row.missing"), row: 70001 },
      { ...at("hireDate", "row.date", "igår"), row: 70001 },
    ]);
  });

  it("reports a repeated employee id with the row it first appeared on", () => {
    const read = reader();
    expect(record(read({ employeeKey: "A00017" }, 9)).employeeId).toBe("A00017");
    expect(record(read({ employeeKey: "A00018" }, 10)).employeeId).toBe("A00018");
    expect(problems(read({ employeeKey: "A00017" }, 12))).toEqual([
      {
        row: 12,
        column: "Anst.nr",
        field: "employeeKey",
        code: "row.duplicateKey",
        value: "A00017",
        firstRow: 9,
      },
    ]);
    // A new reader (a new file) starts afresh.
    expect(record(reader()({ employeeKey: "A00017" }, 12)).employeeId).toBe("A00017");
  });

  it("needs the employee id on every row once the column is chosen", () => {
    expect(problemOf("employeeKey", "")).toEqual(at("employeeKey", "row.missing"));
  });
});

describe("createRowReader: spreadsheet cells", () => {
  it("uses numbers, dates and booleans as typed", () => {
    const r = record(
      reader()({
        baseSalary: 37500.5,
        extent: 100,
        birthYear: 1984,
        manager: true,
        jobCode: 5321,
        hireDate: new Date(Date.UTC(2019, 2, 1)),
        sex: 2,
      }),
    );
    expect(r).toMatchObject({
      baseSalary: 37500.5,
      extent: 100,
      birthYear: 1984,
      manager: true,
      jobCode: "5321",
      hireDate: "2019-03-01",
      sex: FEMALE,
    });
  });

  it("reads a date typed as a number cell: yyyymmdd or Excel's day count", () => {
    expect(record(reader()({ hireDate: 20190301 })).hireDate).toBe("2019-03-01");
    expect(record(reader()({ hireDate: 43525 })).hireDate).toBe("2019-03-01");
    expect(record(reader()({ hireDate: 43525.75 })).hireDate).toBe("2019-03-01");
  });

  it("uses a formula's saved result, never the formula", () => {
    const r = record(
      reader()({
        baseSalary: { formula: "B2*12", result: 30000 },
        unit: { formula: 'CONCAT("Hem";"tjänst")', result: "Hemtjänst" },
      }),
    );
    expect(r).toMatchObject({ baseSalary: 30000, unit: "Hemtjänst" });
    expect(problemOf("baseSalary", { formula: "B2*12" }).code).toBe("row.missing");
  });

  it("joins rich text and takes a link's text", () => {
    const r = record(
      reader()({
        jobTitle: { richText: [{ text: "Under" }, { text: "sköterska " }] },
        unit: { text: "Hemtjänst Norr", hyperlink: "https://example.se" },
      }),
    );
    expect(r).toMatchObject({ jobTitle: "Undersköterska", unit: "Hemtjänst Norr" });
  });

  it("reports spreadsheet errors, also as a formula's result", () => {
    expect(problemOf("baseSalary", { error: "#N/A" })).toMatchObject({
      code: "row.cellError",
      value: "#N/A",
    });
    expect(problemOf("extent", { formula: "1/0", result: { error: "#DIV/0!" } })).toMatchObject({
      code: "row.cellError",
      value: "#DIV/0!",
    });
  });

  it("refuses a date or a boolean where a number belongs", () => {
    expect(problemOf("baseSalary", new Date(Date.UTC(2019, 2, 1)))).toMatchObject({
      code: "row.number",
      value: "2019-03-01",
    });
    expect(problemOf("extent", true).code).toBe("row.number");
  });
});

describe("createRowReader: setup", () => {
  it("refuses a mapping that checkMapping finds fault with, and a snapshot that is not a date", () => {
    expect(() =>
      createRowReader({ mapping: { sex: "Kön" }, headers: HEADERS, snapshotDate: SNAPSHOT }),
    ).toThrow(RangeError);
    expect(() =>
      createRowReader({ mapping: ALL, headers: HEADERS, snapshotDate: "30/9/2025" }),
    ).toThrow(RangeError);
  });

  it("finds columns by heading, wherever they are and with extra columns around", () => {
    const headers = ["Övrigt", "Grundlön", "Befattning", "Kön", "Syss.grad"];
    const read = createRowReader({
      mapping: { sex: "Kön", baseSalary: "Grundlön", extent: "Syss.grad", jobTitle: "Befattning" },
      headers,
      snapshotDate: SNAPSHOT,
    });
    expect(read(["?", "30000", "Kock", "M", "100"], 2)).toMatchObject({
      record: { sex: MALE, baseSalary: 30000, job: "Kock", extent: 100 },
    });
    // A short row (trailing empty cells cut off) is read as empty cells.
    expect(read(["?", "30000", "Kock"], 3)).toEqual({
      problems: [
        { row: 3, column: "Kön", field: "sex", code: "row.missing" },
        { row: 3, column: "Syss.grad", field: "extent", code: "row.missing" },
      ],
    });
  });
});
