import type { ExpressionBuilder } from "kysely";
import { checkMeasure, mayEditMeasure } from "../../../core/cycle/measure-rules.ts";
import type { Schedule } from "../../../core/cycle/schedule.ts";
import type { EvaluationEffect, MeasureStatus } from "../../../core/cycle/vocabulary.ts";
import { learningSources } from "../../learning/source.ts";
import type { TenantDb } from "../../platform/db/tenant.ts";
import type { Database } from "../../platform/db/types.ts";
import type { Membership } from "../../platform/http/access.ts";
import { AppError, type FieldProblem } from "../../platform/http/problem.ts";
import type { Locale, MessageKey } from "../../platform/i18n.ts";
import { workbookLibrary } from "../../workbooks/content.ts";
import { memberNames } from "../common.ts";
import { scheduleOf } from "../years/service.ts";

/** The units a manager leads, with all their sub-units. */
export async function managedUnitIds(tenant: TenantDb, unitIds: readonly string[]) {
  const units = await tenant.selectFrom("units").select(["units.id", "units.parent_id"]).execute();
  const managed = new Set(unitIds);
  let grew = true;
  while (grew) {
    grew = false;
    for (const unit of units) {
      if (!managed.has(unit.id) && unit.parent_id && managed.has(unit.parent_id)) {
        managed.add(unit.id);
        grew = true;
      }
    }
  }
  return managed;
}

/** The editor as the measure rules see them. */
export async function editorOf(tenant: TenantDb, membership: Membership) {
  return {
    role: membership.role,
    membershipId: membership.id,
    unitIds:
      membership.role === "manager"
        ? await managedUnitIds(tenant, membership.unitIds)
        : new Set<string>(),
  };
}

/** A measure's number of comments, as a column of a query on the (already scoped) measures. */
export const commentCount = (eb: ExpressionBuilder<Database, "measures">) =>
  eb
    .selectFrom("measure_comments") // tenant-checked: correlated to a measure of the organisation
    .select((c) => c.fn.countAll<string>().as("n"))
    .whereRef("measure_comments.measure_id", "=", "measures.id")
    .as("comment_count");

/** Both ends of carry-over: the measures these came from and the ones they went on to. */
async function carryOverLinks(tenant: TenantDb, ids: string[], fromIds: string[]) {
  return tenant
    .selectFrom("measures")
    .innerJoin("work_years", "work_years.id", "measures.work_year_id")
    .select(["measures.id", "measures.carried_over_from_id", "work_years.year"])
    .where((eb) =>
      eb.or([
        eb("measures.carried_over_from_id", "in", ids),
        ...(fromIds.length ? [eb("measures.id", "in", fromIds)] : []),
      ]),
    )
    .execute();
}

/**
 * The workbook runs measures were made from (an activity of the plan): the run's title and
 * its workbook's, so the plan links back to the run where the same status shows.
 */
async function workbookSources(
  tenant: TenantDb,
  runIds: readonly (string | null)[],
  locale: Locale,
) {
  const ids = [...new Set(runIds.filter((id): id is string => id !== null))];
  if (ids.length === 0) return new Map<string, WorkbookSource>();
  const rows = await tenant
    .selectFrom("workbook_runs")
    .select(["workbook_runs.id", "workbook_runs.title", "workbook_runs.workbook_id"])
    .where("workbook_runs.id", "in", ids)
    .execute();
  return new Map(
    rows.map((row) => [
      row.id,
      {
        runId: row.id,
        title: row.title,
        workbookTitle: workbookLibrary().get(row.workbook_id)?.[locale].title ?? null,
      },
    ]),
  );
}
export interface WorkbookSource {
  runId: string;
  title: string;
  workbookTitle: string | null;
}

/** The measures of a year (or one measure), as the API shows them to `membership`. */
export async function loadMeasures(
  tenant: TenantDb,
  membership: Membership,
  where: { workYearId?: string; measureId?: string },
  locale: Locale = "sv",
) {
  let query = tenant
    .selectFrom("measures")
    .innerJoin("work_years", "work_years.id", "measures.work_year_id")
    .selectAll("measures")
    .select("work_years.year")
    .select(commentCount)
    .orderBy("measures.area")
    .orderBy("measures.created_at");
  if (where.workYearId) query = query.where("measures.work_year_id", "=", where.workYearId);
  if (where.measureId) query = query.where("measures.id", "=", where.measureId);
  const rows = await query.execute();
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [links, names, editor, related, evaluators, sources, workbooks] = await Promise.all([
    tenant
      .selectFrom("measure_risks")
      .selectAll("measure_risks")
      .where("measure_risks.measure_id", "in", ids)
      .execute(),
    memberNames(tenant),
    editorOf(tenant, membership),
    carryOverLinks(
      tenant,
      ids,
      rows.map((r) => r.carried_over_from_id).filter((id): id is string => id !== null),
    ),
    tenant
      .selectFrom("memberships")
      .innerJoin("users", "users.id", "memberships.user_id")
      .select(["users.id", "users.name"])
      .execute(),
    learningSources(
      tenant,
      rows.map((r) => r.learning_session_id),
    ),
    workbookSources(
      tenant,
      rows.map((r) => r.workbook_run_id),
      locale,
    ),
  ]);
  const evaluatorName = new Map(evaluators.map((e) => [e.id, e.name]));
  return rows.map((row) => {
    const from = related.find((r) => r.id === row.carried_over_from_id);
    const to = related.find((r) => r.carried_over_from_id === row.id);
    return {
      id: row.id,
      year: row.year,
      area: row.area,
      title: row.title,
      description: row.description,
      unitId: row.unit_id,
      responsibleMemberId: row.responsible_member_id,
      responsibleName: row.responsible_member_id
        ? (names.get(row.responsible_member_id)?.name ?? null)
        : null,
      responsibleTitle: row.responsible_title,
      schedule: scheduleOf(row),
      startOn: row.start_on,
      followUpMethod: row.follow_up_method,
      followUpOn: row.follow_up_on,
      status: row.status as MeasureStatus,
      costEstimate: row.cost_estimate,
      evaluation:
        row.evaluation_effect && row.evaluated_at
          ? {
              effect: row.evaluation_effect as EvaluationEffect,
              comment: row.evaluation_comment ?? "",
              evaluatedAt: row.evaluated_at.toISOString(),
              evaluatedBy: row.evaluated_by ? (evaluatorName.get(row.evaluated_by) ?? null) : null,
            }
          : null,
      completedAt: row.completed_at?.toISOString() ?? null,
      libraryKey: row.library_key,
      riskIds: links.filter((l) => l.measure_id === row.id).map((l) => l.risk_id),
      genderBalanceGroupId: row.gender_balance_group_id,
      carriedOverFrom: from ? { id: from.id, year: from.year } : null,
      carriedOverTo: to ? { id: to.id, year: to.year } : null,
      learningSource: row.learning_session_id
        ? (sources.get(row.learning_session_id) ?? null)
        : null,
      workbookSource: row.workbook_run_id ? (workbooks.get(row.workbook_run_id) ?? null) : null,
      commentCount: Number(row.comment_count ?? 0),
      canEdit: mayEditMeasure(editor, {
        unitId: row.unit_id,
        responsibleMemberId: row.responsible_member_id,
      }),
      version: row.version,
    };
  });
}
export type MeasureView = Awaited<ReturnType<typeof loadMeasures>>[number];

export interface MeasureInput {
  title: string;
  unitId: string | null;
  responsibleMemberId: string | null;
  responsibleTitle: string | null;
  schedule: Schedule;
  startOn: string | null;
  followUpOn: string | null;
  riskIds: string[];
  genderBalanceGroupId: string | null;
}

/**
 * Checks a measure as it will be saved: the rules of core/cycle and that everything it
 * points to belongs to this organisation and year. All problems are reported at once.
 */
export async function checkMeasureInput(
  tenant: TenantDb,
  workYearId: string,
  input: MeasureInput,
  editor: Awaited<ReturnType<typeof editorOf>>,
) {
  const problems: FieldProblem[] = checkMeasure(input).map((p) => ({
    path: p.field,
    key: p.message as MessageKey,
  }));
  if (input.responsibleMemberId) {
    const member = await tenant
      .selectFrom("memberships")
      .select("memberships.id")
      .where("memberships.id", "=", input.responsibleMemberId)
      .executeTakeFirst();
    if (!member) problems.push({ path: "responsibleMemberId", key: "field.memberNotFound" });
  }
  if (input.unitId) {
    const unit = await tenant
      .selectFrom("units")
      .select("units.id")
      .where("units.id", "=", input.unitId)
      .executeTakeFirst();
    if (!unit) problems.push({ path: "unitId", key: "field.unitNotFound" });
    else if (editor.role === "manager" && !editor.unitIds.has(input.unitId))
      problems.push({ path: "unitId", key: "field.unitNotYours" });
  }
  if (input.riskIds.length) {
    // A measure may answer risks of its own year, or — once carried over — of the year before.
    const risks = new Set(
      (
        await tenant
          .selectFrom("risks")
          .select("risks.id")
          .where("risks.id", "in", input.riskIds)
          .execute()
      ).map((r) => r.id),
    );
    input.riskIds.forEach((id, i) => {
      if (!risks.has(id)) problems.push({ path: `riskIds.${i}`, key: "field.riskNotFound" });
    });
  }
  if (input.genderBalanceGroupId) {
    const group = await tenant
      .selectFrom("gender_balance_groups")
      .select("gender_balance_groups.id")
      .where("gender_balance_groups.id", "=", input.genderBalanceGroupId)
      .where("gender_balance_groups.work_year_id", "=", workYearId)
      .executeTakeFirst();
    if (!group)
      problems.push({ path: "genderBalanceGroupId", key: "field.genderBalanceGroupNotFound" });
  }
  if (problems.length) throw new AppError(422, "problem.validation", {}, problems);
}

export async function setRiskLinks(
  tenant: TenantDb,
  organisationId: string,
  measureId: string,
  riskIds: string[],
) {
  await tenant
    .deleteFrom("measure_risks")
    .where("measure_risks.measure_id", "=", measureId)
    .execute();
  if (riskIds.length)
    await tenant
      .insertInto("measure_risks")
      .values(
        [...new Set(riskIds)].map((risk_id) => ({
          measure_id: measureId,
          organisation_id: organisationId,
          risk_id,
        })),
      )
      .execute();
}
