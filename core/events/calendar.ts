import ical, {
  ICalAttendeeRole,
  ICalAttendeeStatus,
  ICalCalendarMethod,
  ICalEventStatus,
} from "ical-generator";
import type { FormatLocale } from "../platform/format.ts";
import type { EventDraft } from "./event.ts";
import { placeText } from "./event.ts";
import { formatLongDate, formatTimeRange, instantOn } from "./time.ts";

/**
 * The calendar invite attached to the confirmation, reminder and change e-mails: one VEVENT per
 * day, so a two-day training with weeks in between lands as two entries.
 *
 * Times are written in UTC (DTSTART:20260414T070000Z), not as TZID=Europe/Stockholm. Outlook,
 * Google Calendar and Apple Calendar all read UTC and show it in the reader's own zone, which is
 * Stockholm time for nearly everyone invited. A TZID needs a VTIMEZONE block that each client
 * interprets in its own way (Outlook maps it to Windows zones and has shown hour-shifted events
 * for hand-written blocks); a single, non-repeating occurrence gains nothing from it.
 *
 * UIDs are the event id, the day's position and the site's domain, so a later invite with a
 * higher SEQUENCE updates the same entries instead of adding new ones. When a day is removed,
 * send a CANCEL built from the old days so the dropped entry disappears as well.
 */

export type InviteMethod = "request" | "cancel";

export interface InviteInput {
  method: InviteMethod;
  event: { id: string } & Pick<
    EventDraft,
    "title" | "days" | "place" | "placeLater" | "onlineUrl" | "contact"
  >;
  /** The public event page. */
  url: string;
  /** The site's host name, e.g. "aktiva.example.se", that makes the UIDs globally unique. */
  domain: string;
  /** Starts at 0; raise it every time the place or a time changes, and for a cancellation. */
  sequence: number;
  attendee: { name: string; email: string };
  /** The person's own link to see or cancel the registration; left out of cancellations. */
  registrationUrl?: string;
  /** When the invite is made (DTSTAMP). */
  now: Date;
  locale?: FormatLocale;
}

/** The stable UID of one day of an event. */
export const calendarUid = (eventId: string, dayIndex: number, domain: string): string =>
  `event-${eventId}-day-${dayIndex + 1}@${domain}`;

const TEXT = {
  sv: {
    day: (n: number, of: number) => `dag ${n} av ${of}`,
    more: "Mer information",
    manage: "Se eller avboka din anmälan",
    online: "Delta på distans",
    cancelled: "INSTÄLLD",
  },
  en: {
    day: (n: number, of: number) => `day ${n} of ${of}`,
    more: "More information",
    manage: "See or cancel your registration",
    online: "Take part online",
    cancelled: "CANCELLED",
  },
} as const;

/** The iCalendar text (CRLF line ends) for one registrant. */
export function calendarInvite(input: InviteInput): string {
  const { event, method, locale = "sv" } = input;
  const t = TEXT[locale];
  const cancel = method === "cancel";
  const calendar = ical({
    prodId: { company: "Aktiva", product: "Utbildningar", language: locale.toUpperCase() },
    // Outlook shows an invitation (with the right buttons) only when METHOD is set.
    method: cancel ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
  });
  const onlineOnly = !event.place && !event.placeLater && event.onlineUrl !== "";
  const location = onlineOnly ? event.onlineUrl : placeText(event, locale);
  const count = event.days.length;

  event.days.forEach((day, index) => {
    const part = count > 1 ? ` (${t.day(index + 1, count)})` : "";
    const lines = [
      `${formatLongDate(day.date, locale)}, ${formatTimeRange(day.start, day.end, locale)}`,
      "",
      ...day.programme.map(
        (item) =>
          `${formatTimeRange(item.start, item.end, locale)} ${item.title}${item.speaker ? ` (${item.speaker})` : ""}`,
      ),
      ...(day.programme.length > 0 ? [""] : []),
      ...(event.onlineUrl ? [`${t.online}: ${event.onlineUrl}`] : []),
      `${t.more}: ${input.url}`,
      ...(input.registrationUrl && !cancel ? [`${t.manage}: ${input.registrationUrl}`] : []),
    ];
    calendar.createEvent({
      id: calendarUid(event.id, index, input.domain),
      sequence: input.sequence,
      stamp: input.now,
      start: instantOn(day.date, day.start),
      end: instantOn(day.date, day.end),
      summary: `${cancel ? `${t.cancelled}: ` : ""}${event.title}${part}`,
      description: lines.join("\n"),
      location,
      url: input.url,
      organizer: event.contact
        ? { name: event.contact.name, email: event.contact.email }
        : undefined,
      attendees: [
        {
          name: input.attendee.name,
          email: input.attendee.email,
          role: ICalAttendeeRole.REQ,
          status: cancel ? ICalAttendeeStatus.DECLINED : ICalAttendeeStatus.ACCEPTED,
          rsvp: false,
        },
      ],
      status: cancel ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  });
  // RFC 5545 ends every content line with CRLF, the last one included.
  return `${calendar.toString()}\r\n`;
}
