import { type EventDay, formatCost, placeText } from "../../../core/events/event.ts";
import { describeState, type PublicState } from "../../../core/events/state.ts";
import { formatLongDate, formatTimeRange } from "../../../core/events/time.ts";
import { formatDate } from "../../../core/platform/format.ts";
import { html, type SafeHtml } from "./html.ts";
import { pick, t } from "./layout.ts";
import type { Locale, PageContext, PublicEvent } from "./views.ts";

/** Pieces more than one page uses: dates in words, the state box, the event in brief. */

/** "tisdag 15 mars 2023 kl. 08.45–16.00" (sv), "Tuesday 15 March 2023, 08:45–16:00" (en). */
export function dayWhen(day: EventDay, locale: Locale): string {
  const hours = formatTimeRange(day.start, day.end, locale);
  return `${formatLongDate(day.date, locale)}${locale === "sv" ? " kl. " : ", "}${hours}`;
}

/** The dates of an event, short enough for a list: "15 mars 2023 och 4 maj 2023". */
export function datesText(days: readonly EventDay[], locale: Locale): string {
  const dates = days.map((d) => formatDate(d.date, locale));
  if (dates.length === 0) return t(locale, "Datum meddelas senare", "Date to be announced");
  if (dates.length <= 3) {
    const and = t(locale, " och ", " and ");
    return dates.length === 1
      ? dates[0]!
      : `${dates.slice(0, -1).join(", ")}${and}${dates[dates.length - 1]}`;
  }
  return t(
    locale,
    `${dates.length} dagar, ${dates[0]} – ${dates[dates.length - 1]}`,
    `${dates.length} days, ${dates[0]} – ${dates[dates.length - 1]}`,
  );
}

export type StateTone = "success" | "warning" | "info" | "error" | "neutral";

/** The colour of the state box; the words always say the same, colour is only a help. */
export function stateTone(state: PublicState): StateTone {
  switch (state.kind) {
    case "open":
      return "success";
    case "fullyBooked":
      return "warning";
    case "notYetOpen":
      return "info";
    case "cancelled":
      return "error";
    default:
      return "neutral";
  }
}

/** The state in words, as core/events/state.ts spells it out. */
export const stateText = (state: PublicState, closesAt: Date, locale: Locale): string =>
  pick(locale, describeState(state, closesAt));

/** Hidden inputs every form posts (a CSRF token, say). */
export function hiddenInputs(ctx: PageContext): SafeHtml {
  return html`${Object.entries(ctx.hiddenFields ?? {}).map(
    ([name, value]) => html`<input type="hidden" name="${name}" value="${value}">`,
  )}`;
}

/** The place in words, with a note that it is announced to those registered when decided. */
export const placeWords = (event: PublicEvent, locale: Locale): string => placeText(event, locale);

/** When, where and what it costs, as a definition list: for the pages around a registration. */
export function eventSummary(event: PublicEvent, locale: Locale): SafeHtml {
  return html`<dl class="facts">
<dt>${t(locale, "Utbildning", "Event")}</dt>
<dd>${event.title}</dd>
<dt>${event.days.length > 1 ? t(locale, "Datum och tider", "Dates and times") : t(locale, "Datum och tid", "Date and time")}</dt>
<dd>${dayList(event.days, locale)}</dd>
<dt>${t(locale, "Plats", "Place")}</dt>
<dd>${placeWords(event, locale)}</dd>
<dt>${t(locale, "Kostnad", "Cost")}</dt>
<dd>${formatCost(event.cost, locale)}</dd>
</dl>`;
}

/** The days as a list, or the one day as text. */
export function dayList(days: readonly EventDay[], locale: Locale): SafeHtml {
  if (days.length === 0) return html`${t(locale, "Datum meddelas senare", "Date to be announced")}`;
  if (days.length === 1) return html`${dayWhen(days[0]!, locale)}`;
  return html`<ul>${days.map((day) => html`<li>${dayWhen(day, locale)}</li>`)}</ul>`;
}

/** The contact person with e-mail and phone as links; null when there is none. */
export function contactBlock(event: PublicEvent, locale: Locale): SafeHtml | null {
  const contact = event.contact;
  if (!contact || (contact.name === "" && contact.email === "")) return null;
  const phoneHref = contact.phone.replace(/[^0-9+]/g, "");
  return html`<p>${contact.name}${contact.email ? html`<br><a href="mailto:${contact.email}">${contact.email}</a>` : ""}${
    contact.phone
      ? html`<br>${t(locale, "Telefon", "Phone")}: <a href="tel:${phoneHref}">${contact.phone}</a>`
      : ""
  }</p>`;
}
