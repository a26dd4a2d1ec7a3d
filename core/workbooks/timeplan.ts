import { addDays } from "../cycle/year-wheel.ts";
import { type AnswerValue, answerKey } from "./answers.ts";
import type { Workbook, WorkbookPart } from "./workbook.ts";

/**
 * A run's time plan: the milestones the workbook names, with the dates the working group gave
 * them, and which of those dates to remind the group of. The reminders follow the year
 * wheel's rule (remindersDue in core/cycle/year-wheel.ts): a date within the next
 * `daysBefore` days, today included, is due; the caller records each one so it is sent once.
 */

export interface TimeplanMilestone {
  id: string;
  label: string;
  /** ISO date, or null while the group has not set one. */
  date: string | null;
}

export interface MilestoneReminder {
  milestoneId: string;
  label: string;
  date: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The workbook's time plan; a workbook has at most one. */
export function timeplanPart(workbook: Workbook): WorkbookPart | undefined {
  return workbook.parts.find((part) => part.kind === "timeplan");
}

/** Every milestone of the time plan in the workbook's order, with its date where one is set. */
export function timeplanMilestones(
  part: WorkbookPart,
  answers: ReadonlyMap<string, AnswerValue>,
): TimeplanMilestone[] {
  return (part.milestones ?? []).map((milestone) => {
    const value = answers.get(answerKey(part.id, milestone.id));
    return {
      id: milestone.id,
      label: milestone.label,
      date: typeof value === "string" && ISO_DATE.test(value) ? value : null,
    };
  });
}

/** The milestones that have a date. */
export function datedMilestones(
  part: WorkbookPart,
  answers: ReadonlyMap<string, AnswerValue>,
): (TimeplanMilestone & { date: string })[] {
  return timeplanMilestones(part, answers).filter(
    (m): m is TimeplanMilestone & { date: string } => m.date !== null,
  );
}

/** The reminders to send on `today`: each milestone dated within the next `daysBefore` days. */
export function milestoneRemindersDue(
  part: WorkbookPart,
  answers: ReadonlyMap<string, AnswerValue>,
  today: string,
  daysBefore: number,
): MilestoneReminder[] {
  const until = addDays(today, daysBefore);
  return datedMilestones(part, answers)
    .filter((m) => m.date >= today && m.date <= until)
    .map((m) => ({ milestoneId: m.id, label: m.label, date: m.date }));
}
