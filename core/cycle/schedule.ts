/**
 * A measure's schedule (tidsplan): a single due date, or recurring — once a year in a given
 * month, N times a year, or continuously ("löpande"). The year wheel expands a schedule into
 * the months of one year.
 */
export type Schedule =
  | { kind: "date"; dueOn: string }
  | { kind: "yearly"; month: number }
  | { kind: "times_per_year"; times: number }
  | { kind: "continuous" };

export const SCHEDULE_KINDS = ["date", "yearly", "times_per_year", "continuous"] as const;
export type ScheduleKind = (typeof SCHEDULE_KINDS)[number];

/** The most occurrences per year a recurring measure can have (one a week). */
export const MAX_TIMES_PER_YEAR = 52;

/**
 * The months (1–12) of `year` in which a scheduled measure is due. N times a year is spread
 * evenly and ends in December, so 4 gives March, June, September and December; 12 and more
 * give every month. A continuous measure has no due months (it is shown on its own row).
 */
export function dueMonths(schedule: Schedule, year: number): number[] {
  switch (schedule.kind) {
    case "date": {
      const [y, m] = schedule.dueOn.split("-").map(Number);
      return y === year && m !== undefined ? [m] : [];
    }
    case "yearly":
      return [schedule.month];
    case "times_per_year": {
      const times = Math.min(Math.max(schedule.times, 1), 12);
      return Array.from({ length: times }, (_, i) => Math.round(((i + 1) * 12) / times));
    }
    case "continuous":
      return [];
  }
}

/** The last day of a month as an ISO date: a recurring measure's due date in that month. */
export function endOfMonth(year: number, month: number): string {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * The dates in `year` by which the measure should have been carried out, in order:
 * the due date itself, or the end of each due month of a recurring measure.
 */
export function dueDates(schedule: Schedule, year: number): string[] {
  if (schedule.kind === "date")
    return schedule.dueOn.startsWith(`${year}-`) ? [schedule.dueOn] : [];
  return dueMonths(schedule, year).map((month) => endOfMonth(year, month));
}
