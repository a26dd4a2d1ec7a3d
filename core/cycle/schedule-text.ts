import { type FormatLocale, formatDate, monthName } from "../platform/format.ts";
import type { Schedule } from "./schedule.ts";

/** A valid calendar date written out, or null for one that is missing or not real. */
function dateText(iso: string | null | undefined, locale: FormatLocale): string | null {
  if (!iso) return null;
  try {
    return formatDate(iso, locale);
  } catch {
    return null;
  }
}

function timesPerYear(times: number, locale: FormatLocale): string {
  if (locale === "sv") return times === 1 ? "1 gång per år" : `${times} gånger per år`;
  if (times === 1) return "Once a year";
  if (times === 2) return "Twice a year";
  return `${times} times a year`;
}

/**
 * A measure's schedule (tidsplan) as plain text for documents and lists: "Senast 15 mars 2026",
 * "Årligen i mars", "4 gånger per år", "Löpande" — or in English "By 15 March 2026",
 * "Yearly in March", "4 times a year", "Continuous". A start date, when given, is added:
 * "Från 1 februari 2026, senast 15 mars 2026", "4 gånger per år från 1 februari 2026".
 */
export function describeSchedule(
  schedule: Schedule,
  locale: FormatLocale,
  options: { startOn?: string | null } = {},
): string {
  const sv = locale === "sv";
  const start = dateText(options.startOn, locale);
  if (schedule.kind === "date") {
    const due = dateText(schedule.dueOn, locale);
    if (!due) return sv ? "Datum saknas" : "No date set";
    if (start) return sv ? `Från ${start}, senast ${due}` : `From ${start}, by ${due}`;
    return sv ? `Senast ${due}` : `By ${due}`;
  }
  const recurring =
    schedule.kind === "yearly"
      ? sv
        ? `Årligen i ${monthName(schedule.month, locale)}`
        : `Yearly in ${monthName(schedule.month, locale)}`
      : schedule.kind === "times_per_year"
        ? timesPerYear(schedule.times, locale)
        : sv
          ? "Löpande"
          : "Continuous";
  if (!start) return recurring;
  return sv ? `${recurring} från ${start}` : `${recurring} from ${start}`;
}
