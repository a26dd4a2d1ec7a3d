import { dueDates, dueMonths, type Schedule } from "./schedule.ts";
import type { Area, MeasureStatus } from "./vocabulary.ts";

/** What the year wheel, the overdue list and the reminders need to know about a measure. */
export interface PlannedMeasure {
  id: string;
  title: string;
  area: Area;
  status: MeasureStatus;
  schedule: Schedule;
  followUpOn: string | null;
  evaluated: boolean;
}

export type WheelItemKind = "due" | "follow_up";

export interface WheelItem {
  measureId: string;
  kind: WheelItemKind;
  /** The date it is due: a due date, the end of a recurring month, or the follow-up date. */
  date: string;
}

const closed = (status: MeasureStatus) => status === "done" || status === "cancelled";

/**
 * The year wheel (årshjul): per month, every measure due and every follow-up of `year`;
 * continuous measures, which have no month, are listed apart.
 */
export function yearWheel(measures: readonly PlannedMeasure[], year: number) {
  const months = Array.from({ length: 12 }, (_, i) => ({ month: i + 1, items: [] as WheelItem[] }));
  const continuous: string[] = [];
  for (const measure of measures) {
    if (measure.status === "cancelled") continue;
    if (measure.schedule.kind === "continuous") continuous.push(measure.id);
    const dates = dueDates(measure.schedule, year);
    dueMonths(measure.schedule, year).forEach((month, i) => {
      months[month - 1]!.items.push({ measureId: measure.id, kind: "due", date: dates[i]! });
    });
    if (measure.followUpOn?.startsWith(`${year}-`)) {
      const month = Number(measure.followUpOn.slice(5, 7));
      months[month - 1]!.items.push({
        measureId: measure.id,
        kind: "follow_up",
        date: measure.followUpOn,
      });
    }
  }
  for (const month of months) month.items.sort((a, b) => a.date.localeCompare(b.date));
  return { months, continuous };
}

/**
 * What is overdue on `today`: a measure not done by its due date (for a recurring measure:
 * not even started after its first due date of the year), and a follow-up date passed
 * without an evaluation.
 */
export function overdueItems(
  measures: readonly PlannedMeasure[],
  year: number,
  today: string,
): WheelItem[] {
  const overdue: WheelItem[] = [];
  for (const measure of measures) {
    if (measure.status === "cancelled") continue;
    const first = dueDates(measure.schedule, year)[0];
    const late =
      measure.schedule.kind === "date"
        ? !closed(measure.status) && measure.schedule.dueOn < today
        : measure.status === "planned" && first !== undefined && first < today;
    if (late) {
      const date = measure.schedule.kind === "date" ? measure.schedule.dueOn : first!;
      overdue.push({ measureId: measure.id, kind: "due", date });
    }
    if (measure.followUpOn && measure.followUpOn < today && !measure.evaluated) {
      overdue.push({ measureId: measure.id, kind: "follow_up", date: measure.followUpOn });
    }
  }
  return overdue.sort((a, b) => a.date.localeCompare(b.date));
}

/** `iso` plus `days` days, as an ISO date. */
export function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * The reminders to send on `today`: each due date and follow-up date that falls within the
 * next `daysBefore` days (today included) of a measure still to be done or evaluated.
 * The caller records each one so it is sent once.
 */
export function remindersDue(
  measures: readonly PlannedMeasure[],
  today: string,
  daysBefore: number,
): WheelItem[] {
  const until = addDays(today, daysBefore);
  const inWindow = (date: string) => date >= today && date <= until;
  const due: WheelItem[] = [];
  const years = [Number(today.slice(0, 4)), Number(until.slice(0, 4))];
  for (const measure of measures) {
    if (!closed(measure.status)) {
      const dates = new Set(years.flatMap((year) => dueDates(measure.schedule, year)));
      for (const date of dates) {
        if (inWindow(date)) due.push({ measureId: measure.id, kind: "due", date });
      }
    }
    if (
      measure.status !== "cancelled" &&
      !measure.evaluated &&
      measure.followUpOn &&
      inWindow(measure.followUpOn)
    ) {
      due.push({ measureId: measure.id, kind: "follow_up", date: measure.followUpOn });
    }
  }
  return due;
}
