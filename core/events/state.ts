import { type Message, msg } from "./problems.ts";
import { addDays, formatInstant, instantOn, type LocalDate } from "./time.ts";

/**
 * What state an event is in for a visitor, which status changes the organiser may make, and
 * whether a registration can be made right now. The stored status says what the organiser
 * decided; everything else (not yet open, open, fully booked, closed) follows from the clock
 * and the seats, so it is derived here and never stored where it could go stale.
 */

export const EVENT_STATUSES = ["draft", "published", "cancelled", "held"] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

export type PublicState =
  | { kind: "draft" }
  | { kind: "notYetOpen"; opensAt: Date }
  | { kind: "open"; seatsLeft: number }
  | { kind: "fullyBooked" }
  | { kind: "closed" }
  | { kind: "cancelled" }
  | { kind: "held" };

export interface StateInput {
  status: EventStatus;
  now: Date;
  /** null: registration opened when the event was published. */
  opensAt: Date | null;
  closesAt: Date;
  confirmed: number;
  capacity: number;
}

/** The state a visitor sees. A decision by the organiser (cancelled, held) wins over the clock. */
export function publicState(input: StateInput): PublicState {
  const { status, now, opensAt, closesAt, confirmed, capacity } = input;
  if (status === "draft") return { kind: "draft" };
  if (status === "cancelled") return { kind: "cancelled" };
  if (status === "held") return { kind: "held" };
  if (opensAt && now < opensAt) return { kind: "notYetOpen", opensAt };
  // The deadline is the last moment one may register: 23.30 means up to and including 23.30.
  if (now > closesAt) return { kind: "closed" };
  const seatsLeft = Math.max(0, capacity - confirmed);
  return seatsLeft > 0 ? { kind: "open", seatsLeft } : { kind: "fullyBooked" };
}

/** The state spelled out for the event page, in sv and en. */
export function describeState(state: PublicState, closesAt?: Date): Message {
  switch (state.kind) {
    case "draft":
      return msg("Utkast – inte publicerad.", "Draft – not published.");
    case "notYetOpen":
      return msg(
        `Anmälan öppnar ${formatInstant(state.opensAt, "sv")}.`,
        `Registration opens ${formatInstant(state.opensAt, "en")}.`,
      );
    case "open": {
      const seats = msg(
        state.seatsLeft === 1 ? "1 plats kvar" : `${state.seatsLeft} platser kvar`,
        state.seatsLeft === 1 ? "1 seat left" : `${state.seatsLeft} seats left`,
      );
      return msg(`Öppen för anmälan – ${seats.sv}.`, `Open for registration – ${seats.en}.`);
    }
    case "fullyBooked":
      return msg(
        "Fulltecknad. Du kan anmäla dig till väntelistan och får en plats om någon avbokar.",
        "Fully booked. You can join the waiting list and get a seat if someone cancels.",
      );
    case "closed":
      return closesAt
        ? msg(
            `Anmälan är stängd. Sista anmälningsdag var ${formatInstant(closesAt, "sv")}.`,
            `Registration is closed. The deadline was ${formatInstant(closesAt, "en")}.`,
          )
        : msg("Anmälan är stängd.", "Registration is closed.");
    case "cancelled":
      return msg("Utbildningen är inställd.", "The event is cancelled.");
    case "held":
      return msg("Utbildningen har genomförts.", "The event has taken place.");
  }
}

export const TRANSITIONS = ["publish", "cancel", "markHeld", "backToDraft"] as const;
export type Transition = (typeof TRANSITIONS)[number];

export interface TransitionInput {
  status: EventStatus;
  now: Date;
  /** The first day's start and the last day's end; null while a draft has no days. */
  startsAt: Date | null;
  endsAt: Date | null;
  closesAt: Date | null;
  /** Registrations that still hold a seat or a place on the waitlist. */
  activeRegistrations: number;
}

export type TransitionResult = { ok: true; status: EventStatus } | { ok: false; reason: Message };

const refuse = (sv: string, en: string): TransitionResult => ({ ok: false, reason: msg(sv, en) });

/**
 * Whether the organiser may make a status change now, and if not, why. Publishing also needs
 * the event to pass `eventPublishSchema`; this checks only what depends on status and time.
 */
export function transition(action: Transition, input: TransitionInput): TransitionResult {
  const { status, now, startsAt, endsAt, closesAt, activeRegistrations } = input;
  switch (action) {
    case "publish":
      if (status !== "draft")
        return refuse("Bara ett utkast kan publiceras.", "Only a draft can be published.");
      if (startsAt && now >= startsAt)
        return refuse(
          "Utbildningen har redan börjat och kan inte publiceras.",
          "The event has already started and cannot be published.",
        );
      if (closesAt && now > closesAt)
        return refuse(
          "Sista anmälningsdag har redan passerat. Ändra den innan du publicerar.",
          "The registration deadline has already passed. Change it before publishing.",
        );
      return { ok: true, status: "published" };
    case "cancel":
      if (status === "draft")
        return refuse(
          "Ett utkast kan inte ställas in; ta bort det i stället.",
          "A draft cannot be cancelled; delete it instead.",
        );
      if (status === "cancelled")
        return refuse("Utbildningen är redan inställd.", "The event is already cancelled.");
      if (status === "held")
        return refuse(
          "Utbildningen har redan genomförts och kan inte ställas in.",
          "The event has already taken place and cannot be cancelled.",
        );
      return { ok: true, status: "cancelled" };
    case "markHeld":
      if (status === "held")
        return refuse(
          "Utbildningen är redan markerad som genomförd.",
          "The event is already marked as held.",
        );
      if (status !== "published")
        return refuse(
          "Bara en publicerad utbildning kan markeras som genomförd.",
          "Only a published event can be marked as held.",
        );
      if (!startsAt || now < startsAt)
        return refuse(
          "Utbildningen har inte börjat än och kan inte markeras som genomförd.",
          "The event has not started yet and cannot be marked as held.",
        );
      return { ok: true, status: "held" };
    case "backToDraft":
      if (status === "draft")
        return refuse("Utbildningen är redan ett utkast.", "The event is already a draft.");
      if (status === "held")
        return refuse(
          "En genomförd utbildning kan inte göras om till utkast.",
          "An event that has taken place cannot be turned back into a draft.",
        );
      if (activeRegistrations > 0)
        return refuse(
          `Utbildningen kan inte göras om till utkast eftersom ${activeRegistrations} ${activeRegistrations === 1 ? "person är anmäld" : "personer är anmälda"}. Ställ in den i stället, så får de besked.`,
          `The event cannot be turned back into a draft because ${activeRegistrations} ${activeRegistrations === 1 ? "person is" : "people are"} registered. Cancel it instead, so they are told.`,
        );
      if (endsAt && now >= endsAt)
        return refuse(
          "Utbildningen är redan slut och kan inte göras om till utkast.",
          "The event is already over and cannot be turned back into a draft.",
        );
      return { ok: true, status: "draft" };
  }
}

export type RegistrationAttempt =
  | { allowed: true; outcome: "confirmed" | "waitlisted" }
  | { allowed: false; reason: Message };

/**
 * Whether someone may register now, and whether they would get a seat or a place on the
 * waitlist. The server must decide again inside the transaction that takes the seat: this
 * answers for the page and for the first check, not for the race between two registrations.
 */
export function registrationAttempt(input: StateInput): RegistrationAttempt {
  const state = publicState(input);
  switch (state.kind) {
    case "open":
      return { allowed: true, outcome: "confirmed" };
    case "fullyBooked":
      return { allowed: true, outcome: "waitlisted" };
    case "draft":
      return {
        allowed: false,
        reason: msg(
          "Utbildningen är inte publicerad och går inte att anmäla sig till.",
          "The event is not published and is not open for registration.",
        ),
      };
    case "notYetOpen":
      return { allowed: false, reason: describeState(state) };
    case "closed":
      return { allowed: false, reason: describeState(state, input.closesAt) };
    case "cancelled":
      return {
        allowed: false,
        reason: msg(
          "Utbildningen är inställd och går inte att anmäla sig till.",
          "The event is cancelled and is not open for registration.",
        ),
      };
    case "held":
      return {
        allowed: false,
        reason: msg("Utbildningen har redan genomförts.", "The event has already taken place."),
      };
  }
}

/** Reminders go out at this Stockholm time, a working hour when e-mail is read. */
export const REMINDER_TIME = "08:00";

/**
 * When the reminder for an event starting on `firstDate` is due: `daysBefore` days earlier at
 * 08.00 Stockholm time; null when the organiser asked for none (0).
 */
export function reminderDueAt(firstDate: LocalDate, daysBefore: number): Date | null {
  if (daysBefore <= 0) return null;
  return instantOn(addDays(firstDate, -daysBefore), REMINDER_TIME);
}
