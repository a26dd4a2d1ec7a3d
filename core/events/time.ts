import { type FormatLocale, formatDate } from "../platform/format.ts";
import { type Message, msg } from "./problems.ts";

/**
 * Local time in Europe/Stockholm, where every event takes place, and the UTC instants the
 * database and the calendar invites store. Only Intl is used to find the offset, so the rules
 * (CET/CEST, changed on the last Sundays of March and October) come from the runtime's tz data.
 *
 * Local values are plain strings: a date "2026-04-14", a time "09:00" and a date-time
 * "2026-04-14T09:00", exactly what <input type="date|time|datetime-local"> posts.
 *
 * Daylight saving:
 * - Spring forward: 02:00–02:59 on the last Sunday of March does not exist. Such a time is
 *   refused with a message saying so, never moved: moving it would publish a time the organiser
 *   did not write, and a time in the middle of that night is almost surely a slip.
 * - Fall back: 02:00–02:59 on the last Sunday of October happens twice. It resolves to the
 *   first occurrence (still summer time), the earlier of the two, so a deadline never ends late.
 */
export const STOCKHOLM = "Europe/Stockholm";

export type LocalDate = string;
export type LocalTime = string;
export type LocalDateTime = string;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2})$/;
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/;

const HOUR = 3_600_000;

const stockholmParts = new Intl.DateTimeFormat("en-GB", {
  timeZone: STOCKHOLM,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** Whether `value` is a real calendar date written yyyy-mm-dd (no 30 February). */
export function isLocalDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  return year >= 1900 && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day && day > 0;
}

/** Whether `value` is a time of day written hh:mm, 00:00–23:59. */
export function isLocalTime(value: string): boolean {
  const match = TIME.exec(value);
  return !!match && Number(match[1]) <= 23 && Number(match[2]) <= 59;
}

/** Whether `value` is a local date-time written yyyy-mm-ddThh:mm (not whether it exists). */
export function isLocalDateTime(value: string): boolean {
  const match = DATE_TIME.exec(value);
  return !!match && isLocalDate(match[1]!) && isLocalTime(match[2]!);
}

/** The date and time an instant has on a clock in Stockholm. */
export function toStockholm(instant: Date): LocalDateTime {
  const parts: Record<string, string> = {};
  for (const part of stockholmParts.formatToParts(instant)) parts[part.type] = part.value;
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/** The Stockholm calendar date of an instant. */
export const stockholmDate = (instant: Date): LocalDate => toStockholm(instant).slice(0, 10);

export type InstantResult =
  | { ok: true; instant: Date }
  | { ok: false; reason: "format" | "nonexistent"; message: Message };

/**
 * The instant a Stockholm date-time denotes. Refuses a value that is not a date-time, and one
 * that falls in the hour skipped when summer time begins; the repeated autumn hour gives its
 * first occurrence.
 */
export function fromStockholm(local: LocalDateTime): InstantResult {
  if (!isLocalDateTime(local)) {
    return {
      ok: false,
      reason: "format",
      message: msg(
        `”${local}” är inte ett datum med klockslag (åååå-mm-ddThh:mm).`,
        `“${local}” is not a date and time (yyyy-mm-ddThh:mm).`,
      ),
    };
  }
  const [date, time] = local.split("T") as [string, string];
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  const [hour, minute] = time.split(":").map(Number) as [number, number];
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  // Stockholm is UTC+2 in summer and UTC+1 in winter; try the earlier instant first so the
  // repeated autumn hour resolves to its first occurrence.
  for (const offset of [2, 1]) {
    const instant = new Date(asUtc - offset * HOUR);
    if (toStockholm(instant) === local) return { ok: true, instant };
  }
  return {
    ok: false,
    reason: "nonexistent",
    message: msg(
      `Klockan ${formatTime(time, "sv")} finns inte den ${formatDate(date, "sv")}: då ställs klockan fram en timme från 02.00 till 03.00 (sommartid börjar). Välj en annan tid.`,
      `${formatTime(time, "en")} does not exist on ${formatDate(date, "en")}: clocks go forward an hour from 02:00 to 03:00 (summer time begins). Choose another time.`,
    ),
  };
}

/** As fromStockholm, for values already validated: throws on a value that is not a real time. */
export function stockholmInstant(local: LocalDateTime): Date {
  const result = fromStockholm(local);
  if (!result.ok) throw new RangeError(result.message.en);
  return result.instant;
}

/** The instant of `time` on `date` in Stockholm (see stockholmInstant). */
export const instantOn = (date: LocalDate, time: LocalTime): Date =>
  stockholmInstant(`${date}T${time}`);

const pad = (n: number) => String(n).padStart(2, "0");

const fromUtcDate = (d: Date): LocalDate =>
  `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

function parseDate(date: LocalDate): [number, number, number] {
  if (!isLocalDate(date)) throw new RangeError(`Not a calendar date (yyyy-mm-dd): ${date}`);
  return date.split("-").map(Number) as [number, number, number];
}

/** The calendar date `days` days after (or before, when negative) `date`. */
export function addDays(date: LocalDate, days: number): LocalDate {
  const [year, month, day] = parseDate(date);
  return fromUtcDate(new Date(Date.UTC(year, month - 1, day + days)));
}

/**
 * The same day `months` months later; a day the target month lacks becomes its last day
 * (31 August + 6 months = 28 or 29 February), never a day in the month after.
 */
export function addMonths(date: LocalDate, months: number): LocalDate {
  const [year, month, day] = parseDate(date);
  const lastOfTarget = new Date(Date.UTC(year, month - 1 + months + 1, 0)).getUTCDate();
  return fromUtcDate(new Date(Date.UTC(year, month - 1 + months, Math.min(day, lastOfTarget))));
}

const WEEKDAYS: Record<FormatLocale, readonly string[]> = {
  sv: ["söndag", "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag"],
  en: ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
};

/** The weekday's name: "tisdag", "Tuesday". */
export function weekdayName(date: LocalDate, locale: FormatLocale): string {
  const [year, month, day] = parseDate(date);
  return WEEKDAYS[locale][new Date(Date.UTC(year, month - 1, day)).getUTCDay()]!;
}

/** "tisdag 14 april 2026" (sv), "Tuesday 14 April 2026" (en). */
export function formatLongDate(date: LocalDate, locale: FormatLocale): string {
  return `${weekdayName(date, locale)} ${formatDate(date, locale)}`;
}

/** A time of day as it is written: "09.00" in Swedish, "09:00" in English. */
export function formatTime(time: LocalTime, locale: FormatLocale): string {
  if (!isLocalTime(time)) throw new RangeError(`Not a time (hh:mm): ${time}`);
  return locale === "sv" ? time.replace(":", ".") : time;
}

/** "09.00–16.00" (sv), "09:00–16:00" (en), with an en dash. */
export function formatTimeRange(start: LocalTime, end: LocalTime, locale: FormatLocale): string {
  return `${formatTime(start, locale)}\u2013${formatTime(end, locale)}`;
}

/** "tisdag 14 april 2026 kl. 09.00" (sv), "Tuesday 14 April 2026 at 09:00" (en). */
export function formatDateTime(local: LocalDateTime, locale: FormatLocale): string {
  if (!isLocalDateTime(local)) throw new RangeError(`Not a date-time: ${local}`);
  const [date, time] = local.split("T") as [string, string];
  return `${formatLongDate(date, locale)} ${locale === "sv" ? "kl." : "at"} ${formatTime(time, locale)}`;
}

/** An instant as Stockholm local time in words (see formatDateTime). */
export const formatInstant = (instant: Date, locale: FormatLocale): string =>
  formatDateTime(toStockholm(instant), locale);
