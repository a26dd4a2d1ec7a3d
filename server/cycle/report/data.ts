/**
 * What the year's documents say, read through the organisation's TenantDb in one go, in the
 * shapes the builders use. No wording here: build.ts turns this into a ReportDocument.
 */

import type { Checklist } from "../../../core/cycle/checklist.ts";
import type { Schedule } from "../../../core/cycle/schedule.ts";
import type {
  Area,
  CooperationForum,
  EvaluationEffect,
  GenderBalanceDimension,
  Ground,
  HarassmentDocumentKind,
  HarassmentRequirement,
  InvestigationMethod,
  MeasureStatus,
  Position,
  RiskStatus,
} from "../../../core/cycle/vocabulary.ts";
import { evidenceForMeasures } from "../../events/evidence.ts";
import { roomLibrary } from "../../learning/content.ts";
import type { TenantDb } from "../../platform/db/tenant.ts";
import { findWorkYear, memberNames } from "../common.ts";
import {
  currentHarassmentVersions,
  scheduleOf,
  swedishToday,
  workYearSetup,
  yearChecklist,
} from "../years/service.ts";

export interface ReportMeasure {
  id: string;
  area: Area;
  title: string;
  description: string;
  responsibleName: string | null;
  responsibleTitle: string | null;
  schedule: Schedule;
  startOn: string | null;
  followUpMethod: string;
  followUpOn: string | null;
  status: MeasureStatus;
  costEstimate: number | null;
  evaluation: { effect: EvaluationEffect; comment: string } | null;
  /** The year the measure was carried over from, or to. */
  carriedOverFrom: number | null;
  carriedOverTo: number | null;
  /** Linked training events and who came, one sentence each (server/events/evidence.ts). */
  trainings: { sv: string; en: string }[];
}

export interface YearReportData {
  year: number;
  today: string;
  headcount: number | null;
  checklist: Checklist;
  /** ISO date on which the documentation was marked complete (Swedish time), or null. */
  completedOn: string | null;
  followUp: Partial<Record<string, string>>;
  areaNotes: Partial<Record<Area, string>>;
  cooperationStatement: string;
  paySurveySummary: string;
  /** How the year's work is organised (filled from the getting-started workbook). */
  workingGroup: { person: string; represents: string; task: string }[];
  plannedMethods: InvestigationMethod[];
  stepDates: Partial<Record<"investigate" | "analyse" | "act" | "follow_up", string>>;
  investigations: {
    title: string;
    method: InvestigationMethod;
    methodOther: string | null;
    heldOn: string;
    participants: string;
    areas: Area[];
    findings: string;
  }[];
  risks: {
    title: string;
    description: string;
    areas: Area[];
    grounds: Ground[];
    causes: string;
    status: RiskStatus;
  }[];
  measures: ReportMeasure[];
  /** The previous year's measures, or null when that year is not in Aktiva. */
  previousMeasures: ReportMeasure[] | null;
  meetings: {
    heldOn: string;
    forum: CooperationForum;
    forumOther: string | null;
    participants: string;
    topics: string;
    informationGiven: string;
    decisions: string;
  }[];
  positions: {
    name: string;
    role: string;
    unionName: string | null;
    position: Position;
    comment: string;
    recordedOn: string;
  }[];
  harassmentDocuments: {
    title: string;
    kind: HarassmentDocumentKind;
    versionNo: number;
    adoptedOn: string | null;
    nextReviewOn: string | null;
    covers: HarassmentRequirement[];
  }[];
  genderBalanceGroups: {
    dimension: GenderBalanceDimension;
    label: string;
    women: number;
    men: number;
  }[];
  /** Learning-room sessions completed in the year: the knowledge-building the parties did. */
  learningSessions: {
    roomTitle: { sv: string; en: string } | null;
    mode: "group" | "individual";
    completedOn: string;
    group: string;
    participants: number;
  }[];
}

/** The measures of one work year, with names and carry-over years resolved. */
async function loadReportMeasures(
  tenant: TenantDb,
  workYearId: string,
  names: Awaited<ReturnType<typeof memberNames>>,
): Promise<ReportMeasure[]> {
  const rows = await tenant
    .selectFrom("measures")
    .selectAll("measures")
    .where("measures.work_year_id", "=", workYearId)
    .orderBy("measures.created_at")
    .orderBy("measures.title")
    .execute();
  if (rows.length === 0) return [];
  const fromIds = rows.map((r) => r.carried_over_from_id).filter((id): id is string => !!id);
  const links = await tenant
    .selectFrom("measures")
    .innerJoin("work_years", "work_years.id", "measures.work_year_id")
    .select(["measures.id", "measures.carried_over_from_id", "work_years.year"])
    .where((eb) =>
      eb.or([
        eb(
          "measures.carried_over_from_id",
          "in",
          rows.map((r) => r.id),
        ),
        ...(fromIds.length ? [eb("measures.id", "in", fromIds)] : []),
      ]),
    )
    .execute();
  const trainings = await evidenceForMeasures(
    tenant,
    rows.map((r) => r.id),
  );
  return rows.map((row) => ({
    id: row.id,
    area: row.area as Area,
    title: row.title,
    description: row.description,
    responsibleName: row.responsible_member_id
      ? (names.get(row.responsible_member_id)?.name ?? null)
      : null,
    responsibleTitle: row.responsible_title?.trim() || null,
    schedule: scheduleOf(row),
    startOn: row.start_on,
    followUpMethod: row.follow_up_method,
    followUpOn: row.follow_up_on,
    status: row.status as MeasureStatus,
    costEstimate: row.cost_estimate,
    evaluation: row.evaluation_effect
      ? {
          effect: row.evaluation_effect as EvaluationEffect,
          comment: row.evaluation_comment ?? "",
        }
      : null,
    carriedOverFrom: links.find((l) => l.id === row.carried_over_from_id)?.year ?? null,
    carriedOverTo: links.find((l) => l.carried_over_from_id === row.id)?.year ?? null,
    trainings: (trainings.get(row.id) ?? []).map((t) => t.summary),
  }));
}

/** Everything the year's documentation and the board summary show. 404 when the year is missing. */
export async function loadYearReport(
  tenant: TenantDb,
  year: number,
  today: string,
): Promise<YearReportData> {
  const workYear = await findWorkYear(tenant, year);
  const names = await memberNames(tenant);
  const [
    checklist,
    investigations,
    risks,
    measures,
    previousYear,
    meetings,
    positions,
    versions,
    documents,
    groups,
    sessions,
    setup,
  ] = await Promise.all([
    yearChecklist(tenant, workYear, today),
    tenant
      .selectFrom("investigations")
      .selectAll("investigations")
      .where("investigations.work_year_id", "=", workYear.id)
      .orderBy("investigations.held_on")
      .orderBy("investigations.created_at")
      .execute(),
    tenant
      .selectFrom("risks")
      .selectAll("risks")
      .where("risks.work_year_id", "=", workYear.id)
      .orderBy("risks.created_at")
      .execute(),
    loadReportMeasures(tenant, workYear.id, names),
    tenant
      .selectFrom("work_years")
      .select("work_years.id")
      .where("work_years.year", "=", year - 1)
      .executeTakeFirst(),
    tenant
      .selectFrom("cooperation_meetings")
      .selectAll("cooperation_meetings")
      .where("cooperation_meetings.work_year_id", "=", workYear.id)
      .orderBy("cooperation_meetings.held_on")
      .orderBy("cooperation_meetings.created_at")
      .execute(),
    tenant
      .selectFrom("union_positions")
      .innerJoin("memberships", "memberships.id", "union_positions.membership_id")
      .innerJoin("users", "users.id", "memberships.user_id")
      .select([
        "users.name",
        "memberships.role",
        "memberships.union_name as membership_union",
        "union_positions.union_name",
        "union_positions.position",
        "union_positions.comment",
        "union_positions.recorded_at",
      ])
      .where("union_positions.work_year_id", "=", workYear.id)
      .orderBy("union_positions.recorded_at")
      .execute(),
    currentHarassmentVersions(tenant, today),
    tenant
      .selectFrom("harassment_documents")
      .select([
        "harassment_documents.id",
        "harassment_documents.title",
        "harassment_documents.kind",
      ])
      .orderBy("harassment_documents.created_at")
      .execute(),
    tenant
      .selectFrom("gender_balance_groups")
      .selectAll("gender_balance_groups")
      .where("gender_balance_groups.work_year_id", "=", workYear.id)
      .orderBy("gender_balance_groups.label")
      .execute(),
    tenant
      .selectFrom("learning_sessions")
      .leftJoin("units", "units.id", "learning_sessions.unit_id")
      .select([
        "learning_sessions.room_id",
        "learning_sessions.mode",
        "learning_sessions.completed_at",
        "learning_sessions.group_name",
        "learning_sessions.participant_count",
        "units.name as unit_name",
      ])
      .where("learning_sessions.status", "=", "completed")
      .where("learning_sessions.completed_at", ">=", new Date(`${year}-01-01T00:00:00+01:00`))
      .where("learning_sessions.completed_at", "<", new Date(`${year + 1}-01-01T00:00:00+01:00`))
      .orderBy("learning_sessions.completed_at")
      .execute(),
    workYearSetup(tenant, workYear),
  ]);
  const previousMeasures = previousYear
    ? await loadReportMeasures(tenant, previousYear.id, names)
    : null;
  const current = new Map(versions.map((v) => [v.document_id, v]));
  return {
    year,
    today,
    headcount: checklist.headcount,
    checklist,
    completedOn: workYear.documentation_completed_at
      ? swedishToday(workYear.documentation_completed_at)
      : null,
    followUp: workYear.follow_up,
    areaNotes: workYear.area_notes as Partial<Record<Area, string>>,
    cooperationStatement: workYear.cooperation_statement,
    paySurveySummary: workYear.pay_survey_summary,
    workingGroup: setup.workingGroup,
    plannedMethods: setup.plannedMethods,
    stepDates: setup.stepDates,
    investigations: investigations.map((row) => ({
      title: row.title,
      method: row.method as InvestigationMethod,
      methodOther: row.method_other,
      heldOn: row.held_on,
      participants: row.participants,
      areas: row.areas as Area[],
      findings: row.findings,
    })),
    risks: risks.map((row) => ({
      title: row.title,
      description: row.description,
      areas: row.areas as Area[],
      grounds: row.grounds as Ground[],
      causes: row.causes,
      status: row.status as RiskStatus,
    })),
    measures,
    previousMeasures,
    meetings: meetings.map((row) => ({
      heldOn: row.held_on,
      forum: row.forum as CooperationForum,
      forumOther: row.forum_other,
      participants: row.participants,
      topics: row.topics,
      informationGiven: row.information_given,
      decisions: row.decisions,
    })),
    learningSessions: sessions.map((row) => {
      const files = roomLibrary().get(row.room_id);
      return {
        roomTitle: files ? { sv: files.sv.title, en: files.en.title } : null,
        mode: row.mode as "group" | "individual",
        completedOn: swedishToday(row.completed_at!),
        group: [row.unit_name, row.group_name].filter(Boolean).join(", "),
        participants: row.participant_count,
      };
    }),
    positions: positions.map((row) => ({
      name: row.name,
      role: row.role,
      unionName: row.union_name ?? row.membership_union,
      position: row.position as Position,
      comment: row.comment,
      recordedOn: swedishToday(row.recorded_at),
    })),
    harassmentDocuments: documents.flatMap((document) => {
      const version = current.get(document.id);
      return version
        ? [
            {
              title: document.title,
              kind: document.kind as HarassmentDocumentKind,
              versionNo: version.version_no,
              adoptedOn: version.adopted_on,
              nextReviewOn: version.next_review_on,
              covers: version.covers as HarassmentRequirement[],
            },
          ]
        : [];
    }),
    genderBalanceGroups: groups.map((row) => ({
      dimension: row.dimension as GenderBalanceDimension,
      label: row.label,
      women: row.women,
      men: row.men,
    })),
  };
}
