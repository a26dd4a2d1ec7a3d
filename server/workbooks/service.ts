import {
  type AnswerValue,
  answerKey,
  finishProblems,
  prefill,
} from "../../core/workbooks/answers.ts";
import type { Workbook } from "../../core/workbooks/workbook.ts";
import { stepHtml } from "../learning/content.ts";
import type { TenantDb } from "../platform/db/tenant.ts";
import { notFound } from "../platform/http/problem.ts";
import type { Locale } from "../platform/i18n.ts";
import { workbookLibrary } from "./content.ts";

/** A run of a workbook, visible to every member who may work in workbooks. */
export async function findRun(tenant: TenantDb, runId: string, lock = false) {
  let query = tenant
    .selectFrom("workbook_runs")
    .selectAll("workbook_runs")
    .where("workbook_runs.id", "=", runId);
  if (lock) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  if (!row) throw notFound();
  return row;
}
export type RunRow = Awaited<ReturnType<typeof findRun>>;

export function runSummary(row: RunRow, locale: Locale) {
  return {
    id: row.id,
    workbookId: row.workbook_id,
    workbookTitle: workbookLibrary().get(row.workbook_id)?.[locale].title ?? null,
    title: row.title,
    unitId: row.unit_id,
    status: row.status as "active" | "finished",
    createdAt: row.created_at.toISOString(),
    finishedAt: row.finished_at?.toISOString() ?? null,
    version: row.version,
  };
}

export async function runAnswers(tenant: TenantDb, runId: string) {
  return tenant
    .selectFrom("workbook_answers")
    .leftJoin("users", "users.id", "workbook_answers.updated_by")
    .selectAll("workbook_answers")
    .select("users.name as updated_by_name")
    .where("workbook_answers.run_id", "=", runId)
    .orderBy("workbook_answers.answer_key")
    .execute();
}

export const answerMap = (rows: { answer_key: string; value: unknown }[]) =>
  new Map(rows.map((r) => [r.answer_key, r.value as AnswerValue]));

/** The run with its workbook (text as HTML), its answers, the plan's pre-fill and what is missing. */
export async function runView(
  tenant: TenantDb,
  runId: string,
  locale: Locale,
  organisationId: string,
) {
  const row = await findRun(tenant, runId);
  const rows = await runAnswers(tenant, runId);
  const answers = answerMap(rows);
  const workbook = workbookLibrary().get(row.workbook_id)?.[locale];
  return {
    ...runSummary(row, locale),
    workbook: workbook ? workbookView(workbook, answers, organisationId) : null,
    answers: rows.map((r) => ({
      key: r.answer_key,
      value: r.value as AnswerValue,
      version: r.version,
      updatedAt: r.updated_at.toISOString(),
      updatedByName: r.updated_by_name,
    })),
    problems: workbook ? finishProblems(workbook, answers) : [],
    planMeasures: await activityMeasures(tenant, runId),
  };
}

function workbookView(
  workbook: Workbook,
  answers: ReadonlyMap<string, AnswerValue>,
  organisationId: string,
) {
  const roomHref = (id: string) => `/o/${organisationId}/larande/${id}`;
  return {
    title: workbook.title,
    summary: workbook.summary,
    /** Whether its answers can fill the year in the yearly cycle (cycle targets). */
    fillsYear: workbook.parts.some((p) => p.cycle || p.items.some((i) => i.cycle)),
    parts: workbook.parts.map((part) => ({
      id: part.id,
      title: part.title,
      kind: part.kind,
      html: stepHtml(workbook.bodies[part.id] ?? "", roomHref),
      items: part.items.map((item) => ({
        id: item.id,
        type: item.type,
        label: item.label,
        help: item.help ?? null,
        required: item.required,
        columns: item.columns ?? [],
        options: item.options ?? [],
        activities: item.activities ?? false,
        prefill: answers.has(answerKey(part.id, item.id))
          ? null
          : (prefill(workbook, item, answers) ?? null),
      })),
      milestones: part.milestones ?? [],
    })),
  };
}

/** The measures made from a run's activities, with their status in the plan. */
export async function activityMeasures(tenant: TenantDb, runId: string) {
  const rows = await tenant
    .selectFrom("measures")
    .innerJoin("work_years", "work_years.id", "measures.work_year_id")
    .select([
      "measures.id",
      "measures.title",
      "measures.status",
      "measures.workbook_row_id",
      "work_years.year",
    ])
    .where("measures.workbook_run_id", "=", runId)
    .execute();
  return rows.map((row) => {
    const [item, rowId] = splitRowKey(row.workbook_row_id ?? "");
    return { item, rowId, measureId: row.id, year: row.year, title: row.title, status: row.status };
  });
}

/** Row keys are `<part>/<item>#<row id>`: one measure per row of one plan table. */
export const rowKey = (item: string, rowId: string) => `${item}#${rowId}`;
const splitRowKey = (key: string) => {
  const at = key.lastIndexOf("#");
  return [key.slice(0, at), key.slice(at + 1)] as const;
};
