import { hash, randomBytes } from "node:crypto";
import {
  type ColumnMapping,
  createRowReader,
  type PayrollRecord,
  type RowProblem,
  type RowReader,
  type SexValues,
} from "../../../core/pay/payroll.ts";
import { looksLikePersonnummer } from "../../../core/pay/personnummer.ts";
import { FEMALE } from "../../../core/pay/stats.ts";
import { type EmployeeChunk, EmployeeChunkWriter } from "../employees.ts";
import { type CsvPart, cellText, type FileFacts, FileReadError, readRowBatches } from "./read.ts";

/**
 * The check pass of an import: every row of the file read and checked, and the accepted rows
 * turned into the stored column chunks (employees.ts: pseudonymous key, no payroll id, no
 * personnummer). It runs in a worker thread (check-worker.ts), so reading a million rows never
 * holds up the server, and the database stores each chunk while the rest is read.
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
  /** Aktiva's units by lower-case name. */
  units: [string, string][];
  /** The file's size, for the progress bar. */
  size: number;
  /** The part of a CSV file this check reads, when two workers share it (checker.ts). */
  part?: CsvPart;
}

export interface CheckSink {
  /** The accepted employees, in file order; the next chunk waits until this promise settles. */
  chunk(chunk: EmployeeChunk): Promise<void>;
  problems(problems: RowProblem[]): void;
  progress(rowsRead: number, bytesRead: number): void;
  /**
   * A later part of a file checked in two: the employer's ids of its accepted rows and their
   * rows (numbered within the part), for the first part's check to find those it also has.
   */
  ids?(ids: string[], rows: Int32Array): void;
  /** The first part of a file checked in two: the later part's ids, until it has read all. */
  laterIds?(): AsyncIterable<{ ids: string[]; rows: Int32Array }>;
  /** The first part: the later part's rows whose id it also has (file row numbers). */
  laterProblems?(problems: RowProblem[], unlisted: number): void;
}

export interface CheckSummary {
  rowsRead: number;
  /** Accepted rows (all rows when there was no problem). */
  rows: number;
  women: number;
  /** The distinct jobs (equal-work groups) of the accepted rows. */
  jobs: string[];
  /** Unit names in the file that match no unit in Aktiva (managers then do not see them). */
  unmatchedUnits: string[];
}

/** Rows in the file beyond this are refused: far more than any Swedish employer has. */
export const MAX_ROWS = 2_000_000;

export async function checkFile(options: CheckOptions, sink: CheckSink): Promise<CheckSummary> {
  const secret = Buffer.from(options.secret).toString("base64url");
  const units = new Map(options.units);
  const out = new EmployeeChunkWriter();
  const jobs = new Set<string>();
  let read: RowReader | null = null;
  let rowsRead = 0;
  let rows = 0;
  let women = 0;
  let refused = false;
  const unmatched = new Set<string>();
  const part = options.part;
  const later = part !== undefined && part.start > 0;
  for await (const batch of readRowBatches(options.path, options.facts, options.sheet, part)) {
    const problems: RowProblem[] = [];
    const ids: string[] = [];
    const idRows: number[] = [];
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
        continue;
      }
      const record = outcome.record;
      if (later && record.employeeId !== null) {
        ids.push(record.employeeId);
        idRows.push(event.rowNumber);
      }
      if (!refused) {
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
        jobs.add(record.job);
        out.add(record, employeeKey(record, secret), unitId);
        if (out.full) await sink.chunk(out.take());
      }
    }
    if (problems.length > 0) sink.problems(problems);
    if (ids.length > 0 && process.env.NOIDS !== "1") sink.ids?.(ids, Int32Array.from(idRows));
    const last = batch.at(-1);
    if (last) sink.progress(rowsRead, last.bytesRead);
  }
  if (!read) throw new FileReadError("file.noHeader");
  if (sink.laterIds && sink.laterProblems && options.mapping.employeeKey !== undefined) {
    const found = await findLaterDuplicates(read, rowsRead, sink.laterIds(), options.mapping);
    if (found.problems.length > 0) {
      refused = true;
      sink.laterProblems(found.problems, found.unlisted);
    }
  }
  // A later part may hold only blank lines; whether the file has rows is the first part's say.
  if (rows === 0 && !refused && !(part && part.start > 0)) throw new FileReadError("file.noRows");
  // Once the file has a problem nothing more is saved, but every row is still checked.
  if (!refused && out.count > 0) await sink.chunk(out.take());
  return {
    rowsRead,
    rows,
    women,
    jobs: [...jobs],
    unmatchedUnits: [...unmatched].sort((a, b) => a.localeCompare(b, "sv")),
  };
}

/** Problems listed at most for the later part's ids that the first part also has. */
const MAX_LATER_PROBLEMS = 1000;

/**
 * The later part's employees whose id this (first) part already has, numbered as rows of the
 * file: the later part numbers its rows as if its first row came right after the heading.
 */
async function findLaterDuplicates(
  read: RowReader,
  rowsRead: number,
  laterIds: AsyncIterable<{ ids: string[]; rows: Int32Array }>,
  mapping: ColumnMapping,
): Promise<{ problems: RowProblem[]; unlisted: number }> {
  const problems: RowProblem[] = [];
  let unlisted = 0;
  for await (const { ids, rows } of laterIds)
    for (let i = 0; i < ids.length; i++) {
      const firstRow = read.firstRowOf(ids[i]!);
      if (firstRow === undefined) continue;
      if (problems.length >= MAX_LATER_PROBLEMS) {
        unlisted++;
        continue;
      }
      problems.push({
        row: rows[i]! + rowsRead,
        column: mapping.employeeKey!,
        field: "employeeKey",
        code: "row.duplicateKey",
        value: ids[i]!,
        firstRow,
      });
    }
  return { problems, unlisted };
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
