import type { Selectable } from "kysely";
import { z } from "zod";
import { type Checklist, complianceChecklist } from "../../../core/cycle/checklist.ts";
import type { Schedule } from "../../../core/cycle/schedule.ts";
import {
  type Area,
  type HarassmentRequirement,
  INVESTIGATION_METHODS,
  type InvestigationMethod,
  type MeasureStatus,
} from "../../../core/cycle/vocabulary.ts";
import type { PlannedMeasure } from "../../../core/cycle/year-wheel.ts";
import { CYCLE_STEP_MILESTONES } from "../../../core/workbooks/workbook.ts";
import { recordAudit } from "../../platform/audit/audit.ts";
import type { Db } from "../../platform/db/database.ts";
import { forOrganisation, type TenantDb } from "../../platform/db/tenant.ts";
import type { WorkYearsTable } from "../../platform/db/types.ts";

type MeasureScheduleRow = {
  schedule_kind: string;
  due_on: string | null;
  schedule_month: number | null;
  times_per_year: number | null;
};

/** The schedule stored in a measure's columns, as one value. */
export function scheduleOf(row: MeasureScheduleRow): Schedule {
  switch (row.schedule_kind) {
    case "date":
      return { kind: "date", dueOn: row.due_on ?? "" };
    case "yearly":
      return { kind: "yearly", month: row.schedule_month ?? 1 };
    case "times_per_year":
      return { kind: "times_per_year", times: row.times_per_year ?? 2 };
    default:
      return { kind: "continuous" };
  }
}

/** A schedule spread over the measure's columns. */
export function scheduleColumns(schedule: Schedule) {
  return {
    schedule_kind: schedule.kind,
    due_on: schedule.kind === "date" ? schedule.dueOn : null,
    schedule_month: schedule.kind === "yearly" ? schedule.month : null,
    times_per_year: schedule.kind === "times_per_year" ? schedule.times : null,
  };
}

/**
 * Starts a work year with the schema's defaults and records it, in the caller's transaction.
 * Null when the year is already there (also when someone else started it a moment ago).
 */
export async function startWorkYear(
  trx: Db,
  organisationId: string,
  year: number,
  actorUserId: string,
) {
  const created = await forOrganisation(trx, organisationId)
    .insertInto("work_years")
    .values({ organisation_id: organisationId, year })
    .onConflict((oc) => oc.columns(["organisation_id", "year"]).doNothing())
    .returning(["id", "year"])
    .executeTakeFirst();
  if (!created) return null;
  await recordAudit(trx, {
    organisationId,
    actorUserId,
    action: "create",
    entityType: "work_year",
    entityId: created.id,
    after: { year },
  });
  return created;
}

/** How the year's work is organised, as the getting-started workbook filled it in. */
export const workYearSetupSchema = {
  workingGroup: z.array(z.object({ person: z.string(), represents: z.string(), task: z.string() })),
  plannedMethods: z.array(z.enum(INVESTIGATION_METHODS)),
  /** When each of the four steps is to be done (ISO dates); a step without a date is left out. */
  stepDates: z.partialRecord(z.enum(CYCLE_STEP_MILESTONES), z.string()),
  /** The workbook run it was filled from; null when not filled or the run is deleted. */
  setupRun: z.object({ id: z.string(), title: z.string() }).nullable(),
};

export async function workYearSetup(
  tenant: TenantDb,
  workYear: Pick<
    Selectable<WorkYearsTable>,
    "working_group" | "planned_methods" | "step_dates" | "setup_run_id"
  >,
) {
  const run = workYear.setup_run_id
    ? await tenant
        .selectFrom("workbook_runs")
        .select(["workbook_runs.id", "workbook_runs.title"])
        .where("workbook_runs.id", "=", workYear.setup_run_id)
        .executeTakeFirst()
    : undefined;
  const dates = workYear.step_dates ?? {};
  return {
    workingGroup: workYear.working_group ?? [],
    plannedMethods: (workYear.planned_methods ?? []).filter((m): m is InvestigationMethod =>
      (INVESTIGATION_METHODS as readonly string[]).includes(m),
    ),
    stepDates: Object.fromEntries(
      CYCLE_STEP_MILESTONES.filter((step) => dates[step]).map((step) => [step, dates[step]!]),
    ) as Partial<Record<(typeof CYCLE_STEP_MILESTONES)[number], string>>,
    setupRun: run ? { id: run.id, title: run.title } : null,
  };
}

/** Today's date in Sweden, as an ISO date. */
export function swedishToday(now = new Date()): string {
  return now.toLocaleDateString("sv-SE", { timeZone: "Europe/Stockholm" });
}

/** The measures of a work year in the shape the year wheel and reminders use. */
export async function plannedMeasures(tenant: TenantDb, workYearId: string) {
  const rows = await tenant
    .selectFrom("measures")
    .select([
      "measures.id",
      "measures.title",
      "measures.area",
      "measures.status",
      "measures.schedule_kind",
      "measures.due_on",
      "measures.schedule_month",
      "measures.times_per_year",
      "measures.follow_up_on",
      "measures.evaluation_effect",
      "measures.responsible_member_id",
      "measures.responsible_title",
    ])
    .where("measures.work_year_id", "=", workYearId)
    .execute();
  return rows.map((row) => ({
    planned: {
      id: row.id,
      title: row.title,
      area: row.area as Area,
      status: row.status as MeasureStatus,
      schedule: scheduleOf(row),
      followUpOn: row.follow_up_on,
      evaluated: row.evaluation_effect !== null,
    } satisfies PlannedMeasure,
    responsibleMemberId: row.responsible_member_id,
    responsibleTitle: row.responsible_title,
  }));
}

/** Everything the compliance checklist needs to know about one work year. */
export async function yearChecklist(
  tenant: TenantDb,
  workYear: Pick<
    Selectable<WorkYearsTable>,
    "id" | "year" | "follow_up" | "area_notes" | "cooperation_statement" | "pay_survey_summary"
  >,
  today: string,
): Promise<Checklist & { headcount: number | null }> {
  const yearId = workYear.id;
  const [headcount, investigations, risks, measures, previous, meetings, documents, groups] =
    await Promise.all([
      tenant
        .selectFrom("organisation_headcounts")
        .select("organisation_headcounts.headcount")
        .where("organisation_headcounts.year", "=", workYear.year)
        .executeTakeFirst(),
      tenant
        .selectFrom("investigations")
        .select("investigations.areas")
        .where("investigations.work_year_id", "=", yearId)
        .execute(),
      tenant
        .selectFrom("risks")
        .select(["risks.areas", "risks.causes"])
        .where("risks.work_year_id", "=", yearId)
        .execute(),
      tenant
        .selectFrom("measures")
        .select([
          "measures.area",
          "measures.status",
          "measures.responsible_member_id",
          "measures.responsible_title",
          "measures.cost_estimate",
        ])
        .where("measures.work_year_id", "=", yearId)
        .execute(),
      tenant
        .selectFrom("measures")
        .innerJoin("work_years", "work_years.id", "measures.work_year_id")
        .select(["measures.area", "measures.evaluation_effect"])
        .where("work_years.year", "=", workYear.year - 1)
        .execute(),
      tenant
        .selectFrom("cooperation_meetings")
        .select((eb) => eb.fn.countAll<string>().as("count"))
        .where("cooperation_meetings.work_year_id", "=", yearId)
        .executeTakeFirstOrThrow(),
      currentHarassmentVersions(tenant, today),
      tenant
        .selectFrom("gender_balance_groups")
        .select((eb) => eb.fn.countAll<string>().as("count"))
        .where("gender_balance_groups.work_year_id", "=", yearId)
        .executeTakeFirstOrThrow(),
    ]);
  const previousYearExists = await tenant
    .selectFrom("work_years")
    .select("work_years.id")
    .where("work_years.year", "=", workYear.year - 1)
    .executeTakeFirst();
  const checklist = complianceChecklist({
    headcount: headcount?.headcount ?? null,
    investigatedAreas: [...new Set(investigations.flatMap((i) => i.areas as Area[]))],
    risks: risks.map((r) => ({ areas: r.areas as Area[], causes: r.causes })),
    measures: measures.map((m) => ({
      area: m.area as Area,
      status: m.status as MeasureStatus,
      hasResponsible: m.responsible_member_id !== null || (m.responsible_title ?? "").trim() !== "",
      costEstimate: m.cost_estimate,
    })),
    areaNotes: workYear.area_notes as Partial<Record<Area, string>>,
    previousYearMeasures: previousYearExists
      ? previous.map((m) => ({ area: m.area as Area, evaluated: m.evaluation_effect !== null }))
      : null,
    followUp: workYear.follow_up,
    cooperationStatement: workYear.cooperation_statement,
    cooperationMeetings: Number(meetings.count),
    harassmentDocuments: documents.map((d) => ({
      covers: d.covers as HarassmentRequirement[],
      adoptedOn: d.adopted_on,
      nextReviewOn: d.next_review_on,
    })),
    genderBalanceGroups: Number(groups.count),
    paySurveySummary: workYear.pay_survey_summary,
    today,
  });
  return { ...checklist, headcount: headcount?.headcount ?? null };
}

/**
 * The version of every § 6 document that applies: the newest one adopted by `today`, so a
 * draft of the next version does not hide the one in force; a never-adopted document's newest.
 */
export async function currentHarassmentVersions(tenant: TenantDb, today?: string) {
  const versions = await tenant
    .selectFrom("harassment_document_versions")
    .selectAll("harassment_document_versions")
    .orderBy("harassment_document_versions.version_no", "desc")
    .execute();
  const chosen = new Map<string, (typeof versions)[number]>();
  for (const version of versions) {
    const inForce =
      today !== undefined && version.adopted_on !== null && version.adopted_on <= today;
    const current = chosen.get(version.document_id);
    const currentInForce =
      today !== undefined && current?.adopted_on != null && current.adopted_on <= today;
    if (!current || (inForce && !currentInForce)) chosen.set(version.document_id, version);
  }
  return [...chosen.values()];
}
