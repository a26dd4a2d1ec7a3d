/**
 * Dates and amounts as they are written in Swedish official documents, and in English for the
 * English interface. Written out by hand rather than through Intl so the output does not
 * depend on the ICU data Node was built with.
 */
export type FormatLocale = "sv" | "en";

const NBSP = "\u00A0";
const MINUS = "\u2212";

const MONTHS: Record<FormatLocale, readonly string[]> = {
  sv: [
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
  ],
  en: [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ],
};

/**
 * "2026-11-23" → "23 november 2026" (sv) or "23 November 2026" (en). Takes a calendar date,
 * not a timestamp: the day of a timestamp depends on the time zone, so the caller decides it.
 */
/** A month's name (1–12) as dates are written: "mars", "March". */
export function monthName(month: number, locale: FormatLocale): string {
  const name = MONTHS[locale][month - 1];
  if (name === undefined) throw new RangeError(`Not a month: ${month}`);
  return name;
}

export function formatDate(iso: string, locale: FormatLocale): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new RangeError(`Not a calendar date (yyyy-mm-dd): ${JSON.stringify(iso)}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // Date.UTC rolls 2026-02-30 over into March; a date that does not come back unchanged is not real.
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
    throw new RangeError(`No such date: ${iso}`);
  }
  return `${day} ${MONTHS[locale][month - 1]} ${year}`;
}

/** A whole number with grouped thousands: "70 001" (sv, no-break space) or "70,001" (en). */
export function formatInteger(value: number, locale: FormatLocale): string {
  const rounded = Math.round(Math.abs(value));
  const digits = String(rounded).replace(/\B(?=(\d{3})+(?!\d))/g, locale === "sv" ? NBSP : ",");
  return value < 0 && rounded !== 0 ? `${locale === "sv" ? MINUS : "-"}${digits}` : digits;
}

/**
 * Whole kronor: "12 500 kr" (sv) or "SEK 12,500" (en). Groups of thousands are separated by a
 * no-break space in Swedish, and the unit is joined by one too, so an amount never wraps
 * across lines. Negative amounts take a true minus sign in Swedish ("−1 200 kr").
 */
export function formatAmount(kronor: number, locale: FormatLocale): string {
  if (!Number.isFinite(kronor)) throw new RangeError(`Not an amount: ${kronor}`);
  const rounded = Math.round(Math.abs(kronor));
  const negative = kronor < 0 && rounded !== 0;
  const digits = String(rounded).replace(/\B(?=(\d{3})+(?!\d))/g, locale === "sv" ? NBSP : ",");
  return locale === "sv"
    ? `${negative ? MINUS : ""}${digits}${NBSP}kr`
    : `${negative ? "-" : ""}SEK${NBSP}${digits}`;
}
