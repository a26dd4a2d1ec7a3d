import { randomBytes, randomUUID } from "node:crypto";
import { sql } from "kysely";
import { DEFAULT_EVALUATION_TEMPLATE } from "../../../core/pay/job-evaluation.ts";
import type { ColumnMapping, RowProblem, SexValues } from "../../../core/pay/payroll.ts";
import { recordAudit } from "../../platform/audit/audit.ts";
import type { Db } from "../../platform/db/database.ts";
import { forOrganisation } from "../../platform/db/tenant.ts";
import type { Locale } from "../../platform/i18n.ts";
import { appendChunks, packChunk, type StoredChunk } from "../employees.ts";
import { syncJobs } from "../jobs/service.ts";
import { warmStatistics } from "../statistics/service.ts";
import type { CheckSummary } from "./check.ts";
import { RowsRefused, startCheck } from "./checker.ts";
import { describeFileProblem } from "./messages.ts";
import { describeRowProblem } from "./problems.ts";
import { FileReadError } from "./read.ts";
import { discardUpload, type StoredUpload } from "./uploads.ts";

/**
 * One import of a payroll export into a year's survey. A worker thread reads and checks every
 * row (check.ts) and turns the accepted ones into stored column chunks (employees.ts) with
 * the pseudonymous keys and without any payroll id or personnummer; the year's employees are
 * replaced with those chunks in one transaction, together with the survey, its jobs and the
 * audit event. Any problem, or a process that dies on the way, leaves the survey as it was.
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
const KEEP_FINISHED_MS = 60 * 60 * 1000;
const jobs = new Map<string, { progress: ImportProgress; finishedAt: number | null }>();

export function importProgress(id: string, organisationId: string): ImportProgress | null {
  const job = jobs.get(id);
  return job && job.progress.organisationId === organisationId ? job.progress : null;
}

/** Whether the organisation has an import under way (one at a time per organisation). */
export function importRunning(organisationId: string): boolean {
  for (const job of jobs.values())
    if (job.finishedAt === null && job.progress.organisationId === organisationId) return true;
  return false;
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
    });
  return progress;
}

/** Runs an import to the end (tests and the command line wait for it). */
export async function runImport(request: ImportRequest, progress: ImportProgress): Promise<void> {
  const { db, organisationId, upload } = request;
  const tenant = forOrganisation(db, organisationId);
  const secret = await pseudonymSecret(db, organisationId);
  const units = (await tenant.selectFrom("units").select(["units.id", "units.name"]).execute()).map(
    (u): [string, string] => [u.name.trim().toLowerCase(), u.id],
  );
  const existing = await tenant
    .selectFrom("pay_surveys")
    .select("pay_surveys.id")
    .where("pay_surveys.year", "=", request.year)
    .executeTakeFirst();
  const surveyId = existing?.id ?? randomUUID();

  // The file is read and checked in a worker; the year's employees are replaced in one
  // transaction once every row has passed, so they are replaced whole or not at all.
  const check = await startCheck(
    {
      path: upload.path,
      facts: upload.facts,
      ...(request.sheet !== undefined ? { sheet: request.sheet } : {}),
      mapping: request.mapping,
      ...(request.sexValues ? { sexValues: request.sexValues } : {}),
      snapshotDate: request.snapshotDate,
      secret,
      units,
      size: upload.size,
    },
    {
      problems: (problems, unlisted = 0) => {
        for (const problem of problems) report(progress, problem, request.locale);
        progress.problemCount += unlisted;
      },
      progress: (rowsRead, bytesRead) => {
        progress.rowsRead = rowsRead;
        progress.percent = Math.min(95, Math.floor((95 * bytesRead) / Math.max(upload.size, 1)));
      },
    },
  );
  let checked: CheckSummary;
  try {
    // The chunks are gathered first and saved in one short transaction: the embedded
    // database has one connection, and other people's requests must not wait while a large
    // file is read. Packed, a million employees take about 40 MB here. Chunks are kept in
    // file order: those of each part of the file in turn.
    const parts: StoredChunk[][] = [[], []];
    for await (const chunk of check.chunks) parts[chunk.part]!.push(packChunk(chunk));
    const chunks = parts.flat();
    checked = await check.summary;
    progress.status = "saving";
    progress.percent = 96;
    const summary = checked;
    await db.transaction().execute(async (trx) => {
      await saveSurvey(trx, request, surveyId, existing !== undefined);
      await appendChunks(trx, organisationId, surveyId, chunks);
      await forOrganisation(trx, organisationId)
        .updateTable("pay_surveys")
        .set({ employee_count: summary.rows })
        .where("pay_surveys.id", "=", surveyId)
        .execute();
      await syncJobs(trx, organisationId, surveyId, summary.jobs);
      await recordAudit(trx, {
        organisationId,
        actorUserId: request.userId,
        action: existing ? "update" : "create",
        entityType: "pay_import",
        entityId: surveyId,
        after: {
          year: request.year,
          snapshotDate: request.snapshotDate,
          file: upload.fileName,
          employees: summary.rows,
          women: summary.women,
          men: summary.rows - summary.women,
        },
      });
    });
  } catch (error) {
    if (!(error instanceof RowsRefused)) {
      check.stop();
      throw error;
    }
    // Nothing was saved; every row is still read so that all problems are counted.
    const summary = await check.summary;
    progress.rowsRead = summary.rowsRead;
    progress.status = "failed";
    return;
  }
  const result = checked;
  progress.result = {
    year: request.year,
    employees: result.rows,
    women: result.women,
    men: result.rows - result.women,
    unmatchedUnits: result.unmatchedUnits,
    generatedKeys: request.mapping.employeeKey === undefined,
  };
  progress.percent = 100;
  progress.status = "done";
  if (!request.keepUpload) await discardUpload(upload);
  const survey = await tenant
    .selectFrom("pay_surveys")
    .select([
      "pay_surveys.id",
      "pay_surveys.year",
      "pay_surveys.version",
      "pay_surveys.snapshot_date",
      "pay_surveys.min_group_size",
    ])
    .where("pay_surveys.id", "=", surveyId)
    .executeTakeFirstOrThrow();
  // The page people open next: counted now rather than on their first visit.
  warmStatistics(tenant, survey);
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

/** Creates the year's survey (settings carried from the latest earlier one) or updates it. */
async function saveSurvey(trx: Db, request: ImportRequest, surveyId: string, exists: boolean) {
  const tenant = forOrganisation(trx, request.organisationId);
  const common = {
    snapshot_date: request.snapshotDate,
    // Set once the rows are in.
    employee_count: 0,
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
      .deleteFrom("pay_employee_chunks")
      .where("pay_employee_chunks.survey_id", "=", surveyId)
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
