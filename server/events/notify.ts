import { calendarInvite } from "../../core/events/calendar.ts";
import {
  confirmEmailMail,
  type EventChange,
  evaluationMail,
  eventCancelledMail,
  eventChangedMail,
  type Mail,
  organiserMessageMail,
  promotedMail,
  registrationCancelledMail,
  reminderMail,
  seatConfirmedMail,
  waitlistedMail,
} from "../../core/events/mail.ts";
import type { Db } from "../platform/db/database.ts";
import { queueEmail } from "../platform/mail/outbox.ts";
import type { EventsContext, StoredEvent } from "./stored.ts";

/**
 * The mails to registrants (texts in core/events/mail.ts), put in the outbox in the
 * transaction of the change that causes them, with a calendar invite where the person holds
 * a seat: a new or moved seat gets REQUEST, a lost one CANCEL.
 */
export interface Registrant {
  id: string;
  name: string;
  email: string;
  locale: "sv" | "en";
}

export type RegistrantMail =
  | { kind: "confirmEmail" }
  | { kind: "seatConfirmed" }
  | { kind: "waitlisted"; position: number }
  | { kind: "promoted" }
  | { kind: "reminder" }
  | { kind: "eventChanged"; changes: readonly EventChange[]; seat: boolean }
  | { kind: "eventCancelled"; message: string; seat: boolean }
  | { kind: "registrationCancelled"; hadSeat: boolean }
  | { kind: "organiserMessage"; subject: string; body: string; sender: string }
  | { kind: "evaluation" };

export async function mailRegistrant(
  trx: Db,
  ctx: EventsContext,
  event: StoredEvent,
  registrant: Registrant,
  mail: RegistrantMail,
): Promise<void> {
  const organisation = await trx
    .selectFrom("organisations")
    .select("organisations.name")
    .where("organisations.id", "=", event.organisationId)
    .executeTakeFirstOrThrow();
  const base = {
    event: { ...event.details, id: event.id },
    organisation: organisation.name,
    recipient: { name: registrant.name },
    eventUrl: ctx.links.event(event.id),
    locale: registrant.locale,
    now: ctx.now,
  };
  const own = { ...base, registrationUrl: ctx.links.registration(registrant.id) };
  let text: Mail;
  let invite: "REQUEST" | "CANCEL" | null = null;
  switch (mail.kind) {
    case "confirmEmail":
      text = confirmEmailMail({ ...base, confirmUrl: ctx.links.confirm(registrant.id) });
      break;
    case "seatConfirmed":
      text = seatConfirmedMail(own);
      invite = "REQUEST";
      break;
    case "waitlisted":
      text = waitlistedMail({ ...own, position: mail.position });
      break;
    case "promoted":
      text = promotedMail(own);
      invite = "REQUEST";
      break;
    case "reminder":
      text = reminderMail(own);
      break;
    case "eventChanged":
      text = eventChangedMail({ ...own, changes: mail.changes });
      invite = mail.seat ? "REQUEST" : null;
      break;
    case "eventCancelled":
      text = eventCancelledMail({ ...base, message: mail.message });
      invite = mail.seat ? "CANCEL" : null;
      break;
    case "registrationCancelled":
      text = registrationCancelledMail({
        ...base,
        previousStatus: mail.hadSeat ? "confirmed" : "waitlisted",
      });
      invite = mail.hadSeat ? "CANCEL" : null;
      break;
    case "organiserMessage":
      text = organiserMessageMail({
        ...own,
        subject: mail.subject,
        body: mail.body,
        sender: { name: mail.sender },
      });
      break;
    case "evaluation":
      text = evaluationMail({ ...base, evaluationUrl: ctx.links.evaluation(registrant.id) });
      break;
  }
  await queueEmail(trx, {
    organisationId: event.organisationId,
    to: registrant.email,
    subject: text.subject,
    text: text.text,
    ...(invite && event.details.days.length > 0
      ? {
          calendar: {
            method: invite,
            content: calendarInvite({
              method: invite === "CANCEL" ? "cancel" : "request",
              event: { ...event.details, id: event.id },
              url: ctx.links.event(event.id),
              domain: ctx.domain,
              // A cancellation must outrank the invite it withdraws.
              sequence: event.calendarSequence + (invite === "CANCEL" ? 1 : 0),
              attendee: { name: registrant.name, email: registrant.email },
              ...(invite === "REQUEST"
                ? { registrationUrl: ctx.links.registration(registrant.id) }
                : {}),
              now: ctx.now,
              locale: registrant.locale,
            }),
          },
        }
      : {}),
  });
}
