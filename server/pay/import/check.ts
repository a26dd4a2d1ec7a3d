import { hash, randomBytes } from "node:crypto";
import {
  type CellValue,
  type ColumnMapping,
  createRowReader,
  type PayrollRecord,
  type RowProblem,
  type SexValues,
} from "../../../core/pay/payroll.ts";
import { looksLikePersonnummer } from "../../../core/pay/personnummer.ts";
import { FEMALE } from "../../../core/pay/stats.ts";
import { cellText, type FileFacts, FileReadError, readRowBatches } from "./read.ts";

/**
 * The check pass of an import: every row of the file read and checked, and the accepted rows
 * turned into CSV lines for COPY (pseudonymous key, no payroll id, no personnummer). It runs
 * in a worker thread (check-worker.ts), so reading a million rows never holds up the server,
 * and the database loads the lines on the other core while the rest of the file is read.
 */
export interface CheckOptions {
  path: string;
  facts: FileFacts;
  sheet?: string;
  mapping: ColumnMapping;
  sexValues?: SexValues;
  snapshotDate: string;
  /** The organisation's pseudonym secret. */
  secret: Uint8Array;
  /** Written before each line: the organisation's and the survey's ids. */
  linePrefix: string;
  /** Aktiva's units by lower-case name. */
  units: [string, string][];
  /** The file's size, for the progress bar. */
  size: number;
}

export interface CheckSink {
  /** Whole lines, in file order; the next chunk waits until this promise settles. */
  lines(chunk: Buffer): Promise<void>;
  problems(problems: RowProblem[]): void;
  progress(rowsRead: number, bytesRead: number): void;
}

export interface CheckSummary {
  rowsRead: number;
  /** Accepted rows (all rows when there was no problem). */
  rows: number;
  women: number;
  /** Unit names in the file that match no unit in Aktiva (managers then do not see them). */
  unmatchedUnits: string[];
}

/** Rows in the file beyond this are refused: far more than any Swedish employer has. */
export const MAX_ROWS = 2_000_000;

export const EMPLOYEE_COLUMNS = [
  "organisation_id",
  "survey_id",
  "employee_key",
  "sex",
  "birth_year",
  "unit",
  "unit_id",
  "job_title",
  "job_code",
  "job",
  "category",
  "employment_type",
  "extent",
  "weekly_hours",
  "base_salary",
  "fixed_supplements",
  "variable_pay",
  "manager",
  "hire_date",
  "education_years",
  "parental_leave_days",
  "sick_leave_days",
] as const;

export async function checkFile(options: CheckOptions, sink: CheckSink): Promise<CheckSummary> {
  const secret = Buffer.from(options.secret).toString("base64url");
  const units = new Map(options.units);
  const out = new LineWriter(sink);
  let read:
    | ((cells: readonly CellValue[], row: number) => ReturnType<ReturnType<typeof createRowReader>>)
    | null = null;
  let rowsRead = 0;
  let rows = 0;
  let women = 0;
  let refused = false;
  const unmatched = new Set<string>();
  for await (const batch of readRowBatches(options.path, options.facts, options.sheet)) {
    const problems: RowProblem[] = [];
    for (const event of batch) {
      if (!read) {
        const headers = event.cells.map((cell) => cellText(cell).trim());
        read = createRowReader({
          mapping: options.mapping,
          headers,
          snapshotDate: options.snapshotDate,
          ...(options.sexValues ? { sexValues: options.sexValues } : {}),
        });
        continue;
      }
      rowsRead++;
      if (rowsRead > MAX_ROWS) throw new FileReadError("file.tooManyRows", { max: MAX_ROWS });
      const outcome = read(event.cells, event.rowNumber);
      if ("problems" in outcome) {
        problems.push(...outcome.problems);
        refused = true;
      } else if (!refused) {
        const record = outcome.record;
        // An employer that uses the personnummer as employee number: refused, so it is never
        // shown in a message or kept in any form.
        if (rows < 10 && record.employeeId !== null && looksLikePersonnummer(record.employeeId))
          throw new FileReadError("file.keyIsPersonnummer", {
            column: options.mapping.employeeKey ?? "",
          });
        rows++;
        if (record.sex === FEMALE) women++;
        const unitId = record.unit ? (units.get(record.unit.toLowerCase()) ?? null) : null;
        if (record.unit && unitId === null && unmatched.size < 100) unmatched.add(record.unit);
        out.add(options.linePrefix, employeeLine(record, employeeKey(record, secret), unitId));
      }
    }
    if (problems.length > 0) sink.problems(problems);
    // Once the file has a problem nothing more is saved, but every row is still checked.
    if (refused) out.discard();
    else await out.flushIfFull();
    const last = batch.at(-1);
    if (last) sink.progress(rowsRead, last.bytesRead);
  }
  if (!read) throw new FileReadError("file.noHeader");
  if (rows === 0 && !refused) throw new FileReadError("file.noRows");
  if (!refused) await out.flush();
  return {
    rowsRead,
    rows,
    women,
    unmatchedUnits: [...unmatched].sort((a, b) => a.localeCompare(b, "sv")),
  };
}

/**
 * The employee's key: SHA-256 of the organisation's secret (base64url) followed by the
 * employer's own id, so the same person has the same key every year but the key says nothing
 * about who it is (the secret never leaves the server). One-shot hashing: a keyed HMAC object
 * per row costs six times as much on a million rows. Without an id column each row gets a
 * random key.
 */
export function employeeKey(record: PayrollRecord, secret: string): string {
  if (record.employeeId === null) return `X${randomBytes(6).toString("hex").toUpperCase()}`;
  return `P${hash("sha256", secret + record.employeeId, "base64url").slice(0, 11)}`;
}

const text = (value: string | null) =>
  value === null ? "" : `"${value.replace(/[\r\n]+/g, " ").replace(/"/g, '""')}"`;
const numberOrEmpty = (value: number | null) => (value === null ? "" : String(value));

/** One CSV line in EMPLOYEE_COLUMNS order after organisation_id and survey_id. */
function employeeLine(r: PayrollRecord, key: string, unitId: string | null): string {
  return `${key},${r.sex},${numberOrEmpty(r.birthYear)},${text(r.unit)},${unitId ?? ""},${text(r.jobTitle)},${text(r.jobCode)},${text(r.job)},${text(r.category)},${r.employmentType},${r.extent},${numberOrEmpty(r.weeklyHours)},${r.baseSalary},${r.fixedSupplements},${r.variablePay},${r.manager ? "t" : "f"},${r.hireDate ?? ""},${numberOrEmpty(r.educationYears)},${r.parentalLeaveDays},${r.sickLeaveDays}\n`;
}

/** Chunks of about this size go to the database (PGlite copies chunk by chunk). */
const CHUNK_BYTES = 2 << 20;

/**
 * The lines go into one reused buffer: appending to a string and writing that cost three
 * times as much (the long string is flattened and encoded again). Each full chunk is copied
 * out whole, since the sink may hand it to another thread.
 */
class LineWriter {
  private buffer = Buffer.allocUnsafe(2 * CHUNK_BYTES);
  private used = 0;
  /** Full chunks (and any line too long for the buffer) waiting for the next flush, in order. */
  private pending: Buffer[] = [];
  constructor(private readonly sink: CheckSink) {}

  /** One line, written as its two parts (a chunk never ends inside a line). */
  add(prefix: string, line: string) {
    // A UTF-16 code unit takes at most 3 bytes in UTF-8.
    const most = 3 * (prefix.length + line.length);
    if (this.used + most > this.buffer.length) {
      this.cut();
      if (most > this.buffer.length) {
        this.pending.push(Buffer.from(prefix + line));
        return;
      }
    }
    this.used += this.buffer.write(prefix, this.used);
    this.used += this.buffer.write(line, this.used);
  }

  async flushIfFull() {
    if (this.used >= CHUNK_BYTES) this.cut();
    await this.send();
  }

  async flush() {
    this.cut();
    await this.send();
  }

  discard() {
    this.pending = [];
    this.used = 0;
  }

  private cut() {
    if (this.used > 0) this.pending.push(Buffer.from(this.buffer.subarray(0, this.used)));
    this.used = 0;
  }

  private async send() {
    const chunks = this.pending;
    this.pending = [];
    for (const chunk of chunks) await this.sink.lines(chunk);
  }
}
