/**
 * Everything the pay survey report and the EU indicator report say, read once per download.
 *
 * The reports are organisation-wide and are handed on (to the union, the board, DO), so they
 * are read as someone who sees aggregates only: the whole organisation, every figure about
 * fewer than k people suppressed exactly as on the pages, and no individual pay or employee
 * keys. The analyses themselves use every figure, as they do on the pages.
 */

import type { CooperationForum, Position } from "../../../core/cycle/vocabulary.ts";
import { STANDARD_MODEL } from "../../../core/pay/models.ts";
import type { PersonnelStatistics } from "../../../core/pay/personnel.ts";
import type { Db } from "../../platform/db/database.ts";
import type { TenantDb } from "../../platform/db/tenant.ts";
import type { Locale } from "../../platform/i18n.ts";
import { findSurvey, type PayScope } from "../access.ts";
import {
  type EqualWorkJob,
  type EquivalentView,
  equalWorkView,
  equivalentView,
  type FindingView,
  loadComparisons,
  loadFindings,
} from "../comparisons/service.ts";
import { type IndicatorsReport, loadIndicators } from "../indicators/service.ts";
import { type JobView, loadJobs, templateOf } from "../jobs/service.ts";
import { loadPayMeasures, type PayMeasureView } from "../measures/service.ts";
import { type RegressionOutcome, runPayModel } from "../regression/service.ts";
import { loadStatistics } from "../statistics/service.ts";

/** The whole organisation, aggregates only: what may be printed and handed on. */
export const REPORT_SCOPE: PayScope = { unitIds: null, individual: false };

export type SurveyRow = Awaited<ReturnType<typeof findSurvey>>;

export interface CooperationData {
  /** Union representatives the organisation has designated for the pay survey (DL 3:12). */
  designated: { name: string; union: string | null }[];
  /** The other union representatives who are members of the organisation in Aktiva. */
  otherUnionReps: { name: string; union: string | null }[];
  /** From the work year of the same year, when there is one. */
  workYear: {
    cooperationStatement: string;
    paySurveySummary: string;
    meetings: {
      heldOn: string;
      forum: CooperationForum;
      forumOther: string | null;
      topics: string;
    }[];
    positions: { name: string; union: string | null; position: Position; comment: string }[];
  } | null;
}

export interface PaySurveyReportData {
  survey: SurveyRow;
  importedBy: string | null;
  jobs: JobView[];
  template: ReturnType<typeof templateOf>;
  statistics: PersonnelStatistics;
  equalWork: EqualWorkJob[];
  equivalent: EquivalentView;
  findings: FindingView[];
  measures: PayMeasureView[];
  previous: { year: number; measures: PayMeasureView[] } | null;
  regression: RegressionOutcome;
  cooperation: CooperationData;
}

async function userName(db: Db, id: string | null): Promise<string | null> {
  if (!id) return null;
  const row = await db.selectFrom("users").select("name").where("id", "=", id).executeTakeFirst();
  return row?.name ?? null;
}

async function loadCooperation(tenant: TenantDb, year: number): Promise<CooperationData> {
  const reps = await tenant
    .selectFrom("memberships")
    .innerJoin("users", "users.id", "memberships.user_id")
    .select(["users.name", "memberships.union_name", "memberships.pay_survey_access"])
    .where("memberships.role", "=", "union_rep")
    .orderBy("users.name")
    .execute();
  const person = (r: (typeof reps)[number]) => ({ name: r.name, union: r.union_name });
  const workYear = await tenant
    .selectFrom("work_years")
    .select(["work_years.id", "work_years.cooperation_statement", "work_years.pay_survey_summary"])
    .where("work_years.year", "=", year)
    .executeTakeFirst();
  let yearData: CooperationData["workYear"] = null;
  if (workYear) {
    const [meetings, positions] = await Promise.all([
      tenant
        .selectFrom("cooperation_meetings")
        .select([
          "cooperation_meetings.held_on",
          "cooperation_meetings.forum",
          "cooperation_meetings.forum_other",
          "cooperation_meetings.topics",
        ])
        .where("cooperation_meetings.work_year_id", "=", workYear.id)
        .orderBy("cooperation_meetings.held_on")
        .execute(),
      tenant
        .selectFrom("union_positions")
        .innerJoin("memberships", "memberships.id", "union_positions.membership_id")
        .innerJoin("users", "users.id", "memberships.user_id")
        .select([
          "users.name",
          "memberships.union_name as membership_union",
          "union_positions.union_name",
          "union_positions.position",
          "union_positions.comment",
        ])
        .where("union_positions.work_year_id", "=", workYear.id)
        .orderBy("union_positions.recorded_at")
        .execute(),
    ]);
    yearData = {
      cooperationStatement: workYear.cooperation_statement,
      paySurveySummary: workYear.pay_survey_summary,
      meetings: meetings.map((m) => ({
        heldOn: m.held_on,
        forum: m.forum as CooperationForum,
        forumOther: m.forum_other,
        topics: m.topics,
      })),
      positions: positions.map((p) => ({
        name: p.name,
        union: p.union_name ?? p.membership_union,
        position: p.position as Position,
        comment: p.comment,
      })),
    };
  }
  return {
    designated: reps.filter((r) => r.pay_survey_access).map(person),
    otherUnionReps: reps.filter((r) => !r.pay_survey_access).map(person),
    workYear: yearData,
  };
}

/** The year's survey with its comparisons, analyses, measures and cooperation. 404 without one. */
export async function loadPaySurveyReport(
  db: Db,
  tenant: TenantDb,
  year: number,
  locale: Locale,
): Promise<PaySurveyReportData> {
  const survey = await findSurvey(tenant, year);
  const scope = REPORT_SCOPE;
  const previousSurvey = await tenant
    .selectFrom("pay_surveys")
    .selectAll("pay_surveys")
    .where("pay_surveys.year", "<", survey.year)
    .orderBy("pay_surveys.year", "desc")
    .limit(1)
    .executeTakeFirst();
  const [importedBy, jobs, statistics, comparisons, findings, measures, previous, cooperation] =
    await Promise.all([
      userName(db, survey.imported_by),
      loadJobs(tenant, survey, scope),
      loadStatistics(tenant, survey, scope),
      loadComparisons(tenant, survey, scope),
      loadFindings(tenant, survey.id),
      loadPayMeasures(tenant, { surveyId: survey.id }, false),
      previousSurvey
        ? loadPayMeasures(tenant, { surveyId: previousSurvey.id }, false).then((m) => ({
            year: previousSurvey.year,
            measures: m,
          }))
        : Promise.resolve(null),
      loadCooperation(tenant, survey.year),
    ]);
  const regression = await runPayModel(tenant, survey, scope, STANDARD_MODEL, {
    preset: "standard",
    locale,
  });
  return {
    survey,
    importedBy,
    jobs,
    template: templateOf(survey),
    statistics,
    equalWork: equalWorkView(comparisons, findings),
    equivalent: equivalentView(comparisons, findings),
    findings,
    measures,
    previous,
    regression,
    cooperation,
  };
}

export interface IndicatorReportData {
  survey: SurveyRow;
  indicators: IndicatorsReport;
}

/** The year's EU indicators, organisation-wide with small groups suppressed. */
export async function loadIndicatorReport(
  tenant: TenantDb,
  year: number,
): Promise<IndicatorReportData> {
  const survey = await findSurvey(tenant, year);
  return { survey, indicators: await loadIndicators(tenant, survey, REPORT_SCOPE) };
}
