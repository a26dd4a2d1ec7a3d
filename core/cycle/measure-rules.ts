import type { Role } from "../platform/roles.ts";
import { MAX_TIMES_PER_YEAR, type Schedule } from "./schedule.ts";

/** A field-level problem with a measure, as a message key the server translates. */
export interface FieldProblem {
  field: string;
  message: string;
}

export interface MeasureDraft {
  title: string;
  responsibleMemberId: string | null;
  responsibleTitle: string | null;
  schedule: Schedule;
  startOn: string | null;
  followUpOn: string | null;
}

/**
 * The rules a measure must meet before it is saved (3 kap. 3 §: time-planned, with someone
 * responsible): someone responsible, a valid schedule, and no follow-up before the start.
 */
export function checkMeasure(draft: MeasureDraft): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!draft.responsibleMemberId && !(draft.responsibleTitle ?? "").trim()) {
    problems.push({ field: "responsibleTitle", message: "field.responsibleRequired" });
  }
  const { schedule } = draft;
  if (
    schedule.kind === "times_per_year" &&
    (schedule.times < 2 || schedule.times > MAX_TIMES_PER_YEAR)
  ) {
    problems.push({ field: "schedule.times", message: "field.timesPerYear" });
  }
  if (schedule.kind === "date" && draft.startOn && schedule.dueOn < draft.startOn) {
    problems.push({ field: "schedule.dueOn", message: "field.dueBeforeStart" });
  }
  if (draft.followUpOn && draft.startOn && draft.followUpOn < draft.startOn) {
    problems.push({ field: "followUpOn", message: "field.followUpBeforeStart" });
  }
  return problems;
}

/**
 * Who may change a measure. HR and admins change every measure; a manager changes the
 * measures of the units they lead (and their sub-units) and those they are responsible for.
 */
export function mayEditMeasure(
  editor: { role: Role; membershipId: string; unitIds: ReadonlySet<string> },
  measure: { unitId: string | null; responsibleMemberId: string | null },
): boolean {
  if (editor.role === "admin" || editor.role === "hr") return true;
  if (editor.role !== "manager") return false;
  return (
    measure.responsibleMemberId === editor.membershipId ||
    (measure.unitId !== null && editor.unitIds.has(measure.unitId))
  );
}
