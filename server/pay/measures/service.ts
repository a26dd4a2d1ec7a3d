import type { EvaluationEffect, MeasureStatus } from "../../../core/cycle/vocabulary.ts";
import { impliedOnCostPercent } from "../../../core/pay/pay-measures.ts";
import { formatAmount, formatDate } from "../../../core/platform/format.ts";
import type { TenantDb } from "../../platform/db/tenant.ts";
import { type Locale, type MessageKey, translate } from "../../platform/i18n.ts";
import type { FindingKind } from "../comparisons/service.ts";

/** A pay adjustment with the measure in the action plan that carries it out. */
export interface PayMeasureView {
  id: string;
  findingId: string;
  kind: FindingKind;
  jobId: string;
  jobName: string;
  otherJobName: string | null;
  target: "persons" | "group";
  /** Pseudonymous keys; empty for those who see aggregates only. */
  employeeKeys: string[];
  groupDescription: string;
  people: number;
  monthlyAdjustment: number;
  annualCost: number;
  onCostPercent: number | null;
  deadline: string;
  measure: {
    id: string;
    year: number;
    title: string;
    status: MeasureStatus;
    responsibleTitle: string | null;
    evaluation: { effect: EvaluationEffect; comment: string; evaluatedAt: string } | null;
    version: number;
    /** Where an unfinished measure went on the next year. */
    carriedOverTo: { id: string; year: number; status: MeasureStatus } | null;
  };
}

/** The pay adjustments of a survey (or one of them), ordered by job. */
export async function loadPayMeasures(
  tenant: TenantDb,
  where: { surveyId: string; payMeasureId?: string },
  individual: boolean,
): Promise<PayMeasureView[]> {
  let query = tenant
    .selectFrom("pay_measures")
    .innerJoin("pay_findings", "pay_findings.id", "pay_measures.finding_id")
    .innerJoin("pay_jobs as job", "job.id", "pay_findings.job_id")
    .leftJoin("pay_jobs as other", "other.id", "pay_findings.other_job_id")
    .innerJoin("measures", "measures.id", "pay_measures.measure_id")
    .innerJoin("work_years", "work_years.id", "measures.work_year_id")
    .leftJoin("measures as next", "next.carried_over_from_id", "measures.id")
    .leftJoin("work_years as next_year", "next_year.id", "next.work_year_id")
    .select([
      "pay_measures.id",
      "pay_measures.finding_id",
      "pay_findings.kind",
      "pay_findings.job_id",
      "job.name as job_name",
      "other.name as other_job_name",
      "pay_measures.target",
      "pay_measures.employee_keys",
      "pay_measures.group_description",
      "pay_measures.people",
      "pay_measures.monthly_adjustment",
      "pay_measures.annual_cost",
      "pay_measures.deadline",
      "measures.id as measure_id",
      "work_years.year as measure_year",
      "measures.title",
      "measures.status",
      "measures.responsible_title",
      "measures.evaluation_effect",
      "measures.evaluation_comment",
      "measures.evaluated_at",
      "measures.version as measure_version",
      "next.id as next_id",
      "next.status as next_status",
      "next_year.year as next_year",
    ])
    .where("pay_measures.survey_id", "=", where.surveyId)
    .orderBy("job.name")
    .orderBy("pay_measures.deadline");
  if (where.payMeasureId) query = query.where("pay_measures.id", "=", where.payMeasureId);
  return (await query.execute()).map((row) => ({
    id: row.id,
    findingId: row.finding_id,
    kind: row.kind as FindingKind,
    jobId: row.job_id,
    jobName: row.job_name,
    otherJobName: row.other_job_name,
    target: row.target as "persons" | "group",
    employeeKeys: individual ? row.employee_keys : [],
    groupDescription: row.group_description,
    people: row.people,
    monthlyAdjustment: row.monthly_adjustment,
    annualCost: row.annual_cost,
    onCostPercent: impliedOnCostPercent(row.people, row.monthly_adjustment, row.annual_cost),
    deadline: row.deadline,
    measure: {
      id: row.measure_id,
      year: row.measure_year,
      title: row.title,
      status: row.status as MeasureStatus,
      responsibleTitle: row.responsible_title,
      evaluation:
        row.evaluation_effect && row.evaluated_at
          ? {
              effect: row.evaluation_effect as EvaluationEffect,
              comment: row.evaluation_comment ?? "",
              evaluatedAt: row.evaluated_at.toISOString(),
            }
          : null,
      version: row.measure_version,
      carriedOverTo:
        row.next_id && row.next_year !== null
          ? { id: row.next_id, year: row.next_year, status: row.next_status as MeasureStatus }
          : null,
    },
  }));
}

/** What the measure in the action plan says: why, for whom, how much, at what cost, by when. */
export function measureTexts(
  locale: Locale,
  input: {
    kind: FindingKind;
    jobName: string;
    otherJobName: string | null;
    surveyYear: number;
    target: "persons" | "group";
    groupDescription: string;
    people: number;
    monthlyAdjustment: number;
    annualCost: number;
    onCostPercent: number;
    deadline: string;
  },
) {
  const message = (key: MessageKey, params = {}) => translate(locale, key, params);
  const money = (kronor: number) => formatAmount(kronor, locale);
  const who =
    input.target === "group"
      ? message("pay.measures.whoGroup", {
          group: input.groupDescription,
          people: input.people,
          amount: money(input.monthlyAdjustment),
        })
      : message("pay.measures.whoPersons", {
          count: input.people,
          people: input.people,
          amount: money(input.monthlyAdjustment),
        });
  const onCost = input.onCostPercent.toLocaleString(locale === "en" ? "en-GB" : "sv-SE", {
    maximumFractionDigits: 2,
  });
  return {
    title: message("pay.measures.measureTitle", { job: input.jobName }),
    description: [
      message(`pay.measures.reason.${input.kind}`, {
        job: input.jobName,
        other: input.otherJobName ?? "",
        year: input.surveyYear,
      }),
      who,
      message("pay.measures.cost", {
        cost: money(input.annualCost),
        onCost,
        deadline: formatDate(input.deadline, locale),
      }),
    ].join(" "),
    followUp: message("pay.measures.followUp"),
  };
}
