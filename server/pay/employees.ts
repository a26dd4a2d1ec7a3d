import { promisify } from "node:util";
import { deserialize, serialize } from "node:v8";
import { deflateSync, inflate } from "node:zlib";
import type { Db } from "../platform/db/database.ts";
import { forOrganisation, type TenantDb } from "../platform/db/tenant.ts";

/**
 * How a survey's employees are stored: column by column, in chunks of up to CHUNK_SIZE
 * employees (`pay_employee_chunks`), not as a row per employee. Every figure the pay pages
 * show is counted from all of a survey's employees at once, and the rows as such are never
 * asked for; a million employees then load in well under a second and an import writes a
 * few dozen values instead of a million rows (a row store cost 16 s of COPY on the embedded
 * database and 27 s to read back, measured in bench/).
 *
 * A chunk is Node's structured serialisation (node:v8) of typed arrays and string lists,
 * which Node documents as backward compatible and safe to store, deflated (a quarter of the
 * size, at 80 ms per chunk) and stored as base64 text: the embedded
 * database reads and writes text several times faster than bytea, whose hex form it parses
 * byte by byte. Text columns are kept as a list of distinct values and an index per employee.
 */
export const CHUNK_SIZE = 65_536;

/** One employee as stored: the import's record with its pseudonymous key, no payroll id. */
export interface EmployeeRecord {
  key: string;
  /** 1 woman, 2 man (core/pay/stats.ts). */
  sex: number;
  birthYear?: number | null;
  unit?: string;
  /** The Aktiva unit the unit name matched, if any. */
  unitId?: string | null;
  jobTitle?: string;
  jobCode?: string | null;
  job: string;
  category?: string | null;
  employmentType?: "permanent" | "temporary";
  /** Per cent of full time, 0 < extent ≤ 100. */
  extent: number;
  weeklyHours?: number | null;
  /** Monthly, at the employee's own extent. */
  baseSalary: number;
  fixedSupplements?: number;
  /** Per year. */
  variablePay?: number;
  manager?: boolean;
  /** ISO yyyy-mm-dd. */
  hireDate?: string | null;
  educationYears?: number | null;
  parentalLeaveDays?: number;
  sickLeaveDays?: number;
}

/** A text column: its distinct values and, per employee, an index into them (-1: none). */
interface TextColumn {
  values: (string | null)[];
  codes: Int32Array;
}

/** The stored columns of a run of employees (a chunk, or a whole survey once loaded). */
export interface EmployeeColumns {
  n: number;
  keys: string[];
  sex: Uint8Array;
  /** NaN when unknown. */
  birthYear: Float64Array;
  unit: TextColumn;
  unitId: TextColumn;
  jobTitle: TextColumn;
  jobCode: TextColumn;
  job: TextColumn;
  category: TextColumn;
  temporary: Uint8Array;
  extent: Float64Array;
  /** NaN when unknown. */
  weeklyHours: Float64Array;
  baseSalary: Float64Array;
  fixedSupplements: Float64Array;
  variablePay: Float64Array;
  manager: Uint8Array;
  /** yyyymmdd as a number, 0 when unknown. */
  hireDate: Int32Array;
  /** NaN when unknown. */
  educationYears: Float64Array;
  parentalLeaveDays: Int32Array;
  sickLeaveDays: Int32Array;
}

const FORMAT = 1;
const inflateAsync = promisify(inflate);

/** A serialised chunk and how many employees it holds. */
export interface EmployeeChunk {
  employees: number;
  data: Uint8Array;
}

/** A chunk as stored: deflated, in base64. */
export interface StoredChunk {
  employees: number;
  data: string;
}

/** Deflate's fastest level: the higher ones save a tenth more at two to three times the time. */
const DEFLATE_LEVEL = 1;

/** Builds one text column value by value. */
class TextColumnWriter {
  private readonly index = new Map<string | null, number>();
  readonly values: (string | null)[] = [];
  constructor(readonly codes: Int32Array) {}
  set(i: number, value: string | null) {
    let code = this.index.get(value);
    if (code === undefined) {
      code = value === null ? -1 : this.values.push(value) - 1;
      this.index.set(value, code);
    }
    this.codes[i] = code;
  }
  column(n: number): TextColumn {
    return { values: this.values, codes: this.codes.slice(0, n) };
  }
}

/**
 * Collects employees into chunks: `add` them one at a time, and `take` the chunk (serialised)
 * when `full` or at the end.
 */
export class EmployeeChunkWriter {
  private n = 0;
  private columns!: Omit<EmployeeColumns, "n" | keyof TextColumns> & { keys: string[] };
  private text!: TextColumns;

  constructor(private readonly size = CHUNK_SIZE) {
    this.reset();
  }

  get count() {
    return this.n;
  }

  get full() {
    return this.n === this.size;
  }

  /** One employee; the key and unit id given apart, as the import has them beside the record. */
  add(e: Omit<EmployeeRecord, "key" | "unitId">, key: string, unitId: string | null) {
    const c = this.columns;
    const t = this.text;
    const i = this.n++;
    c.keys.push(key);
    c.sex[i] = e.sex;
    c.birthYear[i] = e.birthYear ?? Number.NaN;
    t.unit.set(i, e.unit ?? "");
    t.unitId.set(i, unitId);
    t.jobTitle.set(i, e.jobTitle ?? "");
    t.jobCode.set(i, e.jobCode ?? null);
    t.job.set(i, e.job);
    t.category.set(i, e.category ?? null);
    c.temporary[i] = e.employmentType === "temporary" ? 1 : 0;
    c.extent[i] = e.extent;
    c.weeklyHours[i] = e.weeklyHours ?? Number.NaN;
    c.baseSalary[i] = e.baseSalary;
    c.fixedSupplements[i] = e.fixedSupplements ?? 0;
    c.variablePay[i] = e.variablePay ?? 0;
    c.manager[i] = e.manager ? 1 : 0;
    c.hireDate[i] = e.hireDate ? Number(e.hireDate.replaceAll("-", "")) : 0;
    c.educationYears[i] = e.educationYears ?? Number.NaN;
    c.parentalLeaveDays[i] = e.parentalLeaveDays ?? 0;
    c.sickLeaveDays[i] = e.sickLeaveDays ?? 0;
  }

  /** The employees added since the last take, serialised; the writer starts over. */
  take(): EmployeeChunk {
    const n = this.n;
    const c = this.columns;
    const cut = <T extends { slice(start: number, end: number): T; length: number }>(a: T) =>
      a.length === n ? a : a.slice(0, n);
    const chunk: EmployeeColumns & { format: number } = {
      format: FORMAT,
      n,
      keys: c.keys,
      sex: cut(c.sex),
      birthYear: cut(c.birthYear),
      unit: this.text.unit.column(n),
      unitId: this.text.unitId.column(n),
      jobTitle: this.text.jobTitle.column(n),
      jobCode: this.text.jobCode.column(n),
      job: this.text.job.column(n),
      category: this.text.category.column(n),
      temporary: cut(c.temporary),
      extent: cut(c.extent),
      weeklyHours: cut(c.weeklyHours),
      baseSalary: cut(c.baseSalary),
      fixedSupplements: cut(c.fixedSupplements),
      variablePay: cut(c.variablePay),
      manager: cut(c.manager),
      hireDate: cut(c.hireDate),
      educationYears: cut(c.educationYears),
      parentalLeaveDays: cut(c.parentalLeaveDays),
      sickLeaveDays: cut(c.sickLeaveDays),
    };
    const data = serialize(chunk);
    this.reset();
    return { employees: n, data };
  }

  private reset() {
    const size = this.size;
    this.n = 0;
    this.columns = {
      keys: [],
      sex: new Uint8Array(size),
      birthYear: new Float64Array(size),
      temporary: new Uint8Array(size),
      extent: new Float64Array(size),
      weeklyHours: new Float64Array(size),
      baseSalary: new Float64Array(size),
      fixedSupplements: new Float64Array(size),
      variablePay: new Float64Array(size),
      manager: new Uint8Array(size),
      hireDate: new Int32Array(size),
      educationYears: new Float64Array(size),
      parentalLeaveDays: new Int32Array(size),
      sickLeaveDays: new Int32Array(size),
    };
    this.text = {
      unit: new TextColumnWriter(new Int32Array(size)),
      unitId: new TextColumnWriter(new Int32Array(size)),
      jobTitle: new TextColumnWriter(new Int32Array(size)),
      jobCode: new TextColumnWriter(new Int32Array(size)),
      job: new TextColumnWriter(new Int32Array(size)),
      category: new TextColumnWriter(new Int32Array(size)),
    };
  }
}

type TextColumns = Record<
  "unit" | "unitId" | "jobTitle" | "jobCode" | "job" | "category",
  TextColumnWriter
>;
const TEXT_COLUMNS = ["unit", "unitId", "jobTitle", "jobCode", "job", "category"] as const;

/**
 * A chunk made ready to store. The import does this on its main thread as the chunks arrive,
 * beside the worker that reads on, rather than in the worker, whose reading is what an import
 * waits for.
 */
export function packChunk(chunk: EmployeeChunk): StoredChunk {
  return {
    employees: chunk.employees,
    data: deflateSync(chunk.data, { level: DEFLATE_LEVEL }).toString("base64"),
  };
}

/** One chunk as stored (base64 of deflated bytes), inflated. */
export function inflateChunk(data: string): Promise<Buffer> {
  return inflateAsync(Buffer.from(data, "base64"));
}

/** One inflated chunk, decoded. */
function decodeChunk(data: Uint8Array): EmployeeColumns {
  const chunk = deserialize(data) as EmployeeColumns & { format: number };
  if (chunk.format !== FORMAT) throw new Error(`Unknown employee chunk format ${chunk.format}`);
  return chunk;
}

/**
 * The chunks of a survey, in order, as one set of columns. Each chunk is decoded straight
 * into columns made for the whole survey, so only one chunk's copy is in memory at a time.
 */
export function joinChunks(
  chunks: readonly { employees: number; inflated: Uint8Array }[],
): EmployeeColumns {
  const n = chunks.reduce((sum, chunk) => sum + chunk.employees, 0);
  const all: EmployeeColumns = {
    n,
    keys: new Array<string>(n),
    sex: new Uint8Array(n),
    birthYear: new Float64Array(n),
    unit: { values: [], codes: new Int32Array(n) },
    unitId: { values: [], codes: new Int32Array(n) },
    jobTitle: { values: [], codes: new Int32Array(n) },
    jobCode: { values: [], codes: new Int32Array(n) },
    job: { values: [], codes: new Int32Array(n) },
    category: { values: [], codes: new Int32Array(n) },
    temporary: new Uint8Array(n),
    extent: new Float64Array(n),
    weeklyHours: new Float64Array(n),
    baseSalary: new Float64Array(n),
    fixedSupplements: new Float64Array(n),
    variablePay: new Float64Array(n),
    manager: new Uint8Array(n),
    hireDate: new Int32Array(n),
    educationYears: new Float64Array(n),
    parentalLeaveDays: new Int32Array(n),
    sickLeaveDays: new Int32Array(n),
  };
  const indexes = Object.fromEntries(
    TEXT_COLUMNS.map((name) => [name, new Map<string | null, number>()]),
  ) as Record<(typeof TEXT_COLUMNS)[number], Map<string | null, number>>;
  let at = 0;
  for (const stored of chunks) {
    const part = decodeChunk(stored.inflated);
    if (part.n !== stored.employees) throw new Error("An employee chunk does not hold its count");
    for (let i = 0; i < part.n; i++) all.keys[at + i] = part.keys[i]!;
    for (const name of NUMBER_COLUMNS) all[name].set(part[name], at);
    for (const name of TEXT_COLUMNS) {
      const into = all[name];
      const index = indexes[name];
      const mapped = part[name].values.map((value) => {
        let code = index.get(value);
        if (code === undefined) {
          code = into.values.push(value) - 1;
          index.set(value, code);
        }
        return code;
      });
      const codes = part[name].codes;
      for (let i = 0; i < part.n; i++) {
        const code = codes[i]!;
        into.codes[at + i] = code < 0 ? -1 : mapped[code]!;
      }
    }
    at += part.n;
  }
  return all;
}

const NUMBER_COLUMNS = [
  "sex",
  "birthYear",
  "temporary",
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

/** Stored columns back as one record per employee (tests and the demo's own checks). */
export function toRecords(columns: EmployeeColumns): EmployeeRecord[] {
  const text = (column: TextColumn, i: number) => {
    const code = column.codes[i]!;
    return code < 0 ? null : column.values[code]!;
  };
  const orNull = (value: number) => (Number.isNaN(value) ? null : value);
  return columns.keys.map((key, i) => {
    const hire = columns.hireDate[i]!;
    return {
      key,
      sex: columns.sex[i]!,
      birthYear: orNull(columns.birthYear[i]!),
      unit: text(columns.unit, i) ?? "",
      unitId: text(columns.unitId, i),
      jobTitle: text(columns.jobTitle, i) ?? "",
      jobCode: text(columns.jobCode, i),
      job: text(columns.job, i)!,
      category: text(columns.category, i),
      employmentType: columns.temporary[i] ? "temporary" : "permanent",
      extent: columns.extent[i]!,
      weeklyHours: orNull(columns.weeklyHours[i]!),
      baseSalary: columns.baseSalary[i]!,
      fixedSupplements: columns.fixedSupplements[i]!,
      variablePay: columns.variablePay[i]!,
      manager: columns.manager[i] === 1,
      hireDate:
        hire === 0
          ? null
          : `${Math.floor(hire / 10_000)}-${String(Math.floor(hire / 100) % 100).padStart(2, "0")}-${String(hire % 100).padStart(2, "0")}`,
      educationYears: orNull(columns.educationYears[i]!),
      parentalLeaveDays: columns.parentalLeaveDays[i]!,
      sickLeaveDays: columns.sickLeaveDays[i]!,
    };
  });
}

/** A survey's stored chunks, in order, joined. */
export async function readEmployees(tenant: TenantDb, surveyId: string): Promise<EmployeeColumns> {
  const rows = await tenant
    .selectFrom("pay_employee_chunks")
    .select(["pay_employee_chunks.employees", "pay_employee_chunks.data"])
    .where("pay_employee_chunks.survey_id", "=", surveyId)
    .orderBy("pay_employee_chunks.chunk")
    .execute();
  // Inflated in zlib's thread pool, all at once: on two cores in half the time, and the
  // server's thread stays free meanwhile.
  const inflated = await Promise.all(rows.map((row) => inflateChunk(row.data)));
  return joinChunks(rows.map((row, i) => ({ employees: row.employees, inflated: inflated[i]! })));
}

/** Appends packed chunks to a survey's employees, numbered after those it has. */
export async function appendChunks(
  db: Db,
  organisationId: string,
  surveyId: string,
  chunks: Iterable<StoredChunk>,
): Promise<void> {
  const last = await forOrganisation(db, organisationId)
    .selectFrom("pay_employee_chunks")
    .select((eb) => eb.fn.max("pay_employee_chunks.chunk").as("chunk"))
    .where("pay_employee_chunks.survey_id", "=", surveyId)
    .executeTakeFirst();
  let chunk = (last?.chunk ?? -1) + 1;
  for (const { employees, data } of chunks) {
    await db
      .insertInto("pay_employee_chunks")
      .values({
        organisation_id: organisationId,
        survey_id: surveyId,
        chunk: chunk++,
        employees,
        data,
      })
      .execute();
  }
}

/**
 * Stores employees for a survey (after those it has, or instead of them with `replace`).
 * The import writes its chunks as the worker makes them; this is for the demo, migrations and
 * tests, which have the records at hand.
 */
export async function saveEmployees(
  db: Db,
  organisationId: string,
  surveyId: string,
  employees: readonly EmployeeRecord[],
  options: { replace?: boolean } = {},
): Promise<void> {
  if (options.replace)
    await forOrganisation(db, organisationId)
      .deleteFrom("pay_employee_chunks")
      .where("pay_employee_chunks.survey_id", "=", surveyId)
      .execute();
  const writer = new EmployeeChunkWriter();
  const chunks: StoredChunk[] = [];
  for (const employee of employees) {
    writer.add(employee, employee.key, employee.unitId ?? null);
    if (writer.full) chunks.push(packChunk(writer.take()));
  }
  if (writer.count > 0) chunks.push(packChunk(writer.take()));
  await appendChunks(db, organisationId, surveyId, chunks);
  forgetSurveyData(surveyId);
}

const forgetters = new Set<(surveyId: string) => void>();

/** Lets a cache drop what it holds of a survey whose employees were changed in place. */
export function onEmployeesChanged(forget: (surveyId: string) => void) {
  forgetters.add(forget);
}

function forgetSurveyData(surveyId: string) {
  for (const forget of forgetters) forget(surveyId);
}
