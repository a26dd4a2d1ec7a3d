import { hash, randomBytes, randomUUID } from "node:crypto";
import type { WriteStream } from "node:fs";
import { createReadStream, createWriteStream } from "node:fs";
import { rm, stat } from "node:fs/promises";
import { sql } from "kysely";
import { DEFAULT_EVALUATION_TEMPLATE } from "../../../core/pay/job-evaluation.ts";
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
import { recordAudit } from "../../platform/audit/audit.ts";
import { type Db, withBulkTransaction } from "../../platform/db/database.ts";
import { forOrganisation } from "../../platform/db/tenant.ts";
import type { Locale } from "../../platform/i18n.ts";
import { syncJobs } from "../jobs/service.ts";
import { describeFileProblem } from "./messages.ts";
import { describeRowProblem } from "./problems.ts";
import { cellText, FileReadError, readRows } from "./read.ts";
import { discardUpload, type StoredUpload } from "./uploads.ts";

/**
 * One import of a payroll export into a year's survey, in two passes so the database is held
 * only briefly:
 * 1. read and check every row (streamed), writing the accepted rows to a temporary CSV file
 *    with the pseudonymous keys and without any payroll id or personnummer;
 * 2. if no row had a problem, replace the year's employees with that file through COPY in one
 *    transaction, together with the survey, its jobs and the audit event.
 * Any problem, or a process that dies on the way, leaves the survey as it was.
 */
export interface ImportRequest {
  db: Db;
  organisationId: string;
  userId: string;
  upload: StoredUpload;
  year: number;
  snapshotDate: string;
  mapping: ColumnMapping;
  sexValues?: SexValues;
  sheet?: string;
  locale: Locale;
  /** Keep the uploaded file after a successful import (benchmarks import one file twice). */
  keepUpload?: boolean;
  /** Called once the import has ended, however it ended. */
  onFinished?: () => void;
}

export interface ImportProgress {
  id: string;
  organisationId: string;
  status: "reading" | "saving" | "done" | "failed";
  /** 0–100 over both passes (reading is the larger part). */
  percent: number;
  rowsRead: number;
  /** The first problems (row and column named), and how many there were in all. */
  problems: { row: number; column: string; message: string }[];
  problemCount: number;
  /** A problem with the whole file rather than a row. */
  fileProblem: string | null;
  result: {
    year: number;
    employees: number;
    women: number;
    men: number;
    /** Unit names in the file that match no unit in Aktiva (managers then do not see them). */
    unmatchedUnits: string[];
    /** No employee key column: every employee got a new key, so persons cannot be followed between years. */
    generatedKeys: boolean;
  } | null;
}

const MAX_REPORTED_PROBLEMS = 200;
/** Rows in the file beyond this are refused: far more than any Swedish employer has. */
export const MAX_ROWS = 2_000_000;
const KEEP_FINISHED_MS = 60 * 60 * 1000;
const jobs = new Map<string, { progress: ImportProgress; finishedAt: number | null }>();

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

export function importProgress(id: string, organisationId: string): ImportProgress | null {
  const job = jobs.get(id);
  return job && job.progress.organisationId === organisationId ? job.progress : null;
}

/** Starts the import and returns at once; the progress says how it goes. */
export function startImport(request: ImportRequest): ImportProgress {
  for (const [id, job] of jobs)
    if (job.finishedAt !== null && Date.now() - job.finishedAt > KEEP_FINISHED_MS) jobs.delete(id);
  const progress: ImportProgress = {
    id: randomUUID(),
    organisationId: request.organisationId,
    status: "reading",
    percent: 0,
    rowsRead: 0,
    problems: [],
    problemCount: 0,
    fileProblem: null,
    result: null,
  };
  const job = { progress, finishedAt: null as number | null };
  jobs.set(progress.id, job);
  void runImport(request, progress)
    .catch((error: unknown) => {
      progress.status = "failed";
      progress.fileProblem =
        error instanceof FileReadError
          ? describeFileProblem(error.problem, error.params, request.locale)
          : describeFileProblem("file.unreadable", {}, request.locale);
    })
    .finally(() => {
      job.finishedAt = Date.now();
      request.onFinished?.();
    });
  return progress;
}

/** Runs an import to the end (tests and the command line wait for it). */
export async function runImport(request: ImportRequest, progress: ImportProgress): Promise<void> {
  const { db, organisationId, upload } = request;
  const tenant = forOrganisation(db, organisationId);
  const secret = await pseudonymSecret(db, organisationId);
  const units = new Map(
    (await tenant.selectFrom("units").select(["units.id", "units.name"]).execute()).map((u) => [
      u.name.trim().toLowerCase(),
      u.id,
    ]),
  );
  const existing = await tenant
    .selectFrom("pay_surveys")
    .select("pay_surveys.id")
    .where("pay_surveys.year", "=", request.year)
    .executeTakeFirst();
  const surveyId = existing?.id ?? randomUUID();

  const temporary = `${upload.path}.accepted.csv`;
  const out = createWriteStream(temporary, { mode: 0o600 });
  try {
    const checked = await checkRows(request, progress, {
      surveyId,
      secret,
      units,
      out,
    });
    await new Promise<void>((resolve, reject) =>
      out.end((error?: Error | null) => (error ? reject(error) : resolve())),
    );
    if (progress.problemCount > 0) {
      progress.status = "failed";
      return;
    }
    progress.status = "saving";
    const size = (await stat(temporary)).size;
    await withBulkTransaction(db, async (bulk) => {
      await saveSurvey(bulk.db, request, surveyId, existing !== undefined, checked.rows);
      await bulk.copyCsv("pay_employees", EMPLOYEE_COLUMNS, lineChunks(temporary, size, progress));
      await syncJobs(bulk.db, organisationId, surveyId);
      await recordAudit(bulk.db, {
        organisationId,
        actorUserId: request.userId,
        action: existing ? "update" : "create",
        entityType: "pay_import",
        entityId: surveyId,
        after: {
          year: request.year,
          snapshotDate: request.snapshotDate,
          file: upload.fileName,
          employees: checked.rows,
          women: checked.women,
          men: checked.rows - checked.women,
        },
      });
    });
    progress.result = {
      year: request.year,
      employees: checked.rows,
      women: checked.women,
      men: checked.rows - checked.women,
      unmatchedUnits: checked.unmatchedUnits,
      generatedKeys: request.mapping.employeeKey === undefined,
    };
    progress.percent = 100;
    progress.status = "done";
    if (!request.keepUpload) await discardUpload(upload);
  } finally {
    out.destroy();
    await rm(temporary, { force: true });
  }
}

async function checkRows(
  request: ImportRequest,
  progress: ImportProgress,
  target: { surveyId: string; secret: Buffer; units: Map<string, string>; out: WriteStream },
) {
  const { upload, organisationId } = request;
  let read:
    | ((cells: readonly CellValue[], row: number) => ReturnType<ReturnType<typeof createRowReader>>)
    | null = null;
  let rows = 0;
  let women = 0;
  const unmatched = new Set<string>();
  let buffer = "";
  const prefix = `${organisationId},${target.surveyId},`;
  for await (const event of readRows(upload.path, upload.facts, request.sheet)) {
    if (!read) {
      const headers = event.cells.map((cell) => cellText(cell).trim());
      read = createRowReader({
        mapping: request.mapping,
        headers,
        snapshotDate: request.snapshotDate,
        ...(request.sexValues ? { sexValues: request.sexValues } : {}),
      });
      continue;
    }
    progress.rowsRead++;
    if (progress.rowsRead > MAX_ROWS)
      throw new FileReadError("file.tooManyRows", { max: MAX_ROWS });
    const outcome = read(event.cells, event.rowNumber);
    if ("problems" in outcome) {
      for (const problem of outcome.problems) report(progress, problem, request.locale);
    } else if (progress.problemCount === 0) {
      const record = outcome.record;
      // An employer that uses the personnummer as employee number: refused, so it is never
      // shown in a message or kept in any form.
      if (rows < 10 && record.employeeId !== null && looksLikePersonnummer(record.employeeId))
        throw new FileReadError("file.keyIsPersonnummer", {
          column: request.mapping.employeeKey ?? "",
        });
      rows++;
      if (record.sex === FEMALE) women++;
      const unitId = record.unit ? (target.units.get(record.unit.toLowerCase()) ?? null) : null;
      if (record.unit && unitId === null && unmatched.size < 100) unmatched.add(record.unit);
      buffer += prefix + employeeLine(record, employeeKey(record, target.secret), unitId);
      if (buffer.length > 1 << 20) {
        if (!target.out.write(buffer))
          await new Promise<void>((resolve) => target.out.once("drain", () => resolve()));
        buffer = "";
      }
    }
    if ((progress.rowsRead & 4095) === 0)
      progress.percent = Math.min(80, Math.floor((80 * event.bytesRead) / upload.size));
  }
  if (!read) throw new FileReadError("file.noHeader");
  if (rows === 0 && progress.problemCount === 0) throw new FileReadError("file.noRows");
  if (buffer) target.out.write(buffer);
  progress.percent = 80;
  return { rows, women, unmatchedUnits: [...unmatched].sort((a, b) => a.localeCompare(b, "sv")) };
}

function report(progress: ImportProgress, problem: RowProblem, locale: Locale) {
  progress.problemCount++;
  if (progress.problems.length < MAX_REPORTED_PROBLEMS)
    progress.problems.push({
      row: problem.row,
      column: problem.column,
      message: describeRowProblem(problem, locale),
    });
}

/**
 * The employee's key: SHA-256 of the organisation's secret followed by the employer's own id,
 * so the same person has the same key every year but the key says nothing about who it is
 * (the secret never leaves the server). One-shot hashing: a keyed HMAC object per row costs
 * six times as much on a million rows. Without an id column each row gets a random key.
 */
export function employeeKey(record: PayrollRecord, secret: Buffer): string {
  if (record.employeeId === null) return `X${randomBytes(6).toString("hex").toUpperCase()}`;
  return `P${hash("sha256", secret.toString("base64url") + record.employeeId, "base64url").slice(0, 11)}`;
}

async function pseudonymSecret(db: Db, organisationId: string): Promise<Buffer> {
  await db
    .insertInto("pay_settings")
    .values({ organisation_id: organisationId, pseudonym_secret: randomBytes(32) })
    .onConflict((oc) => oc.column("organisation_id").doNothing())
    .execute();
  const row = await forOrganisation(db, organisationId)
    .selectFrom("pay_settings")
    .select("pay_settings.pseudonym_secret")
    .executeTakeFirstOrThrow();
  return row.pseudonym_secret;
}

const text = (value: string | null) =>
  value === null ? "" : `"${value.replace(/[\r\n]+/g, " ").replace(/"/g, '""')}"`;
const numberOrEmpty = (value: number | null) => (value === null ? "" : String(value));

/** One CSV line in EMPLOYEE_COLUMNS order after organisation_id and survey_id. */
function employeeLine(r: PayrollRecord, key: string, unitId: string | null): string {
  return `${key},${r.sex},${numberOrEmpty(r.birthYear)},${text(r.unit)},${unitId ?? ""},${text(r.jobTitle)},${text(r.jobCode)},${text(r.job)},${text(r.category)},${r.employmentType},${r.extent},${numberOrEmpty(r.weeklyHours)},${r.baseSalary},${r.fixedSupplements},${r.variablePay},${r.manager ? "t" : "f"},${r.hireDate ?? ""},${numberOrEmpty(r.educationYears)},${r.parentalLeaveDays},${r.sickLeaveDays}\n`;
}

/** The accepted rows in pieces of whole lines, moving the progress bar from 80 to 99 %. */
async function* lineChunks(
  path: string,
  size: number,
  progress: ImportProgress,
): AsyncGenerator<Buffer> {
  let carry: Buffer = Buffer.alloc(0);
  let done = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    const data: Buffer = carry.length ? Buffer.concat([carry, chunk as Buffer]) : (chunk as Buffer);
    const end = data.lastIndexOf(10) + 1;
    carry = data.subarray(end);
    if (end > 0) yield data.subarray(0, end);
    done += (chunk as Buffer).length;
    progress.percent = 80 + Math.floor((19 * done) / Math.max(size, 1));
  }
  if (carry.length) yield carry;
}

/** Creates the year's survey (settings carried from the latest earlier one) or updates it. */
async function saveSurvey(
  trx: Db,
  request: ImportRequest,
  surveyId: string,
  exists: boolean,
  employees: number,
) {
  const tenant = forOrganisation(trx, request.organisationId);
  const common = {
    snapshot_date: request.snapshotDate,
    employee_count: employees,
    source_file: request.upload.fileName,
    imported_by: request.userId,
    imported_at: sql<Date>`now()`,
  };
  if (exists) {
    await tenant
      .updateTable("pay_surveys")
      .set({ ...common, version: sql`version + 1`, updated_at: sql`now()` })
      .where("pay_surveys.id", "=", surveyId)
      .execute();
    await tenant
      .deleteFrom("pay_employees")
      .where("pay_employees.survey_id", "=", surveyId)
      .execute();
    return;
  }
  const previous = await tenant
    .selectFrom("pay_surveys")
    .select([
      "pay_surveys.min_group_size",
      "pay_surveys.women_dominated_share",
      "pay_surveys.value_band_width",
      "pay_surveys.evaluation_template",
    ])
    .where("pay_surveys.year", "<", request.year)
    .orderBy("pay_surveys.year", "desc")
    .executeTakeFirst();
  await trx
    .insertInto("pay_surveys")
    .values({
      id: surveyId,
      organisation_id: request.organisationId,
      year: request.year,
      ...common,
      ...(previous
        ? {
            min_group_size: previous.min_group_size,
            women_dominated_share: previous.women_dominated_share,
            value_band_width: previous.value_band_width,
            evaluation_template: JSON.stringify(previous.evaluation_template),
          }
        : { evaluation_template: JSON.stringify(DEFAULT_EVALUATION_TEMPLATE) }),
    })
    .execute();
}
