import { validateEvaluation } from "../../core/events/evaluation.ts";
import type { Message, Problem } from "../../core/events/problems.ts";
import {
  DUPLICATE_REGISTRATION,
  promotions,
  type RegistrationData,
  seatFor,
  validateRegistration,
} from "../../core/events/registration.ts";
import { registrationAttempt } from "../../core/events/state.ts";
import { recordAudit } from "../platform/audit/audit.ts";
import type { Db } from "../platform/db/database.ts";
import { forOrganisation, type TenantDb } from "../platform/db/tenant.ts";
import { mailRegistrant, type Registrant } from "./notify.ts";
import { type EventsContext, findEvent, type StoredEvent, stateInputOf } from "./stored.ts";

/**
 * A registration's life: registered (the address not yet confirmed, no seat taken) →
 * confirmed with a seat, or waitlisted → cancelled. A seat is taken only when the person
 * confirms through the link in the mail, inside a transaction that locks the event's row, so
 * however many confirm at the same moment, no more than `capacity` get a seat. A cancelled
 * seat goes to the first on the waitlist in the same transaction.
 */

/** An unconfirmed registration is deleted after this long: it holds personal data for nothing. */
export const UNCONFIRMED_KEPT_HOURS = 72;

export type RegisterResult =
  | { kind: "registered"; registrationId: string; email: string }
  /** The same address again before confirming: a new confirmation mail went out. */
  | { kind: "resent"; registrationId: string; email: string }
  | { kind: "invalid"; problems: Problem[] }
  | { kind: "refused"; reason: Message }
  /** The honeypot was filled in: answered like a success, and nothing is stored. */
  | { kind: "bot" };

/** How many of the event's registrations are in `status` (with the event's row locked, exact). */
const countInStatus = async (
  tenant: TenantDb,
  eventId: string,
  status: "confirmed" | "waitlisted",
) =>
  Number(
    (
      await tenant
        .selectFrom("event_registrations")
        .select(({ fn }) => fn.countAll<string>().as("n"))
        .where("event_registrations.event_id", "=", eventId)
        .where("event_registrations.status", "=", status)
        .executeTakeFirstOrThrow()
    ).n,
  );
const countConfirmed = (tenant: TenantDb, eventId: string) =>
  countInStatus(tenant, eventId, "confirmed");

/** A public registration: checked, stored unconfirmed, and a mail sent to confirm the address. */
export async function register(
  db: Db,
  ctx: EventsContext,
  input: { event: StoredEvent; form: unknown; locale: "sv" | "en" },
): Promise<RegisterResult> {
  const { event } = input;
  const checked = validateRegistration(input.form, event.details.questions);
  if (checked.kind === "bot") return { kind: "bot" };
  if (checked.kind === "invalid") return { kind: "invalid", problems: checked.problems };
  const registration = checked.registration;
  try {
    return await storeRegistration(db, ctx, event, registration, input.locale);
  } catch (error) {
    // The same address registering twice at the same moment: the second meets the unique index.
    if ((error as { code?: string }).code === "23505")
      return { kind: "invalid", problems: [DUPLICATE_REGISTRATION] };
    throw error;
  }
}

async function storeRegistration(
  db: Db,
  ctx: EventsContext,
  event: StoredEvent,
  registration: RegistrationData,
  locale: "sv" | "en",
): Promise<RegisterResult> {
  return db.transaction().execute(async (trx): Promise<RegisterResult> => {
    const tenant = forOrganisation(trx, event.organisationId);
    const current = await findEvent(tenant, event.id);
    if (!current) return { kind: "refused", reason: GONE };
    const attempt = registrationAttempt(
      stateInputOf(current, await countConfirmed(tenant, current.id), ctx.now),
    );
    if (!attempt.allowed) return { kind: "refused", reason: attempt.reason };
    const existing = await tenant
      .selectFrom("event_registrations")
      .select(["event_registrations.id", "event_registrations.status"])
      .where("event_registrations.event_id", "=", current.id)
      .where("event_registrations.email_key", "=", registration.emailKey)
      .where("event_registrations.status", "<>", "cancelled")
      .executeTakeFirst();
    if (existing && existing.status !== "unconfirmed")
      return { kind: "invalid", problems: [DUPLICATE_REGISTRATION] };
    const values = {
      name: registration.name,
      email: registration.email,
      participant_organisation: registration.organisation,
      participant_role: registration.role,
      diet: registration.diet,
      accessibility: registration.accessibility,
      answers: JSON.stringify(registration.answers),
      locale,
    };
    let id: string;
    if (existing) {
      // Registering again before confirming: the newer details count, and the link comes again.
      await tenant
        .updateTable("event_registrations")
        .set({ ...values, updated_at: ctx.now })
        .where("event_registrations.id", "=", existing.id)
        .execute();
      id = existing.id;
    } else {
      const created = await tenant
        .insertInto("event_registrations")
        .values({
          ...values,
          organisation_id: current.organisationId,
          event_id: current.id,
          status: "unconfirmed",
          email_key: registration.emailKey,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      id = created.id;
    }
    await mailRegistrant(trx, ctx, current, registrantOf(id, values, locale), {
      kind: "confirmEmail",
    });
    return existing
      ? { kind: "resent", registrationId: id, email: registration.email }
      : { kind: "registered", registrationId: id, email: registration.email };
  });
}

const GONE: Message = {
  sv: "Utbildningen finns inte längre.",
  en: "The event no longer exists.",
};

function registrantOf(
  id: string,
  values: { name: string; email: string },
  locale: "sv" | "en",
): Registrant {
  return { id, name: values.name, email: values.email, locale };
}

/** A registration with what its own page and the mails need. */
export interface RegistrationView {
  id: string;
  eventId: string;
  organisationId: string;
  status: "unconfirmed" | "confirmed" | "waitlisted" | "cancelled";
  name: string;
  email: string;
  organisation: string;
  role: string;
  locale: "sv" | "en";
  /** 1 for the next in line; null when not on the waitlist. */
  waitlistPosition: number | null;
  evaluated: boolean;
  anonymised: boolean;
  createdAt: Date;
}

/** Finds a registration by its id (from a checked link), with its event. */
export async function findRegistration(
  db: Db,
  registrationId: string,
): Promise<{ registration: RegistrationView; event: StoredEvent } | null> {
  const owner = await db
    .selectFrom("event_registrations") // tenant-checked: the id comes from a signed personal link
    .select(["event_registrations.organisation_id"])
    .where("event_registrations.id", "=", registrationId)
    .executeTakeFirst();
  if (!owner) return null;
  const tenant = forOrganisation(db, owner.organisation_id);
  const row = await tenant
    .selectFrom("event_registrations")
    .selectAll("event_registrations")
    .where("event_registrations.id", "=", registrationId)
    .executeTakeFirst();
  if (!row) return null;
  const event = await findEvent(tenant, row.event_id);
  if (!event) return null;
  let waitlistPosition: number | null = null;
  if (row.status === "waitlisted") {
    const ahead = await tenant
      .selectFrom("event_registrations")
      .select(({ fn }) => fn.countAll<string>().as("n"))
      .where("event_registrations.event_id", "=", row.event_id)
      .where("event_registrations.status", "=", "waitlisted")
      .where("event_registrations.queued_at", "<", row.queued_at!)
      .executeTakeFirstOrThrow();
    waitlistPosition = Number(ahead.n) + 1;
  }
  return {
    event,
    registration: {
      id: row.id,
      eventId: row.event_id,
      organisationId: row.organisation_id,
      status: row.status,
      name: row.name,
      email: row.email,
      organisation: row.participant_organisation,
      role: row.participant_role,
      locale: row.locale,
      waitlistPosition,
      evaluated: row.evaluated_at !== null,
      anonymised: row.anonymised_at !== null,
      createdAt: row.created_at,
    },
  };
}

export type ConfirmResult =
  | { kind: "confirmed" }
  | { kind: "waitlisted"; position: number }
  /** Confirmed before: nothing changes (a second click on the link). */
  | { kind: "already"; status: RegistrationView["status"] }
  | { kind: "refused"; reason: Message };

/**
 * The address is confirmed: the person gets a seat if one is free, otherwise the next place
 * on the waitlist. The event's row is locked first, so confirmations of one event are counted
 * one after the other.
 */
export async function confirmRegistration(
  db: Db,
  ctx: EventsContext,
  registrationId: string,
): Promise<ConfirmResult> {
  return db.transaction().execute(async (trx): Promise<ConfirmResult> => {
    const found = await findRegistration(trx, registrationId);
    if (!found) return { kind: "refused", reason: NOT_FOUND };
    const tenant = forOrganisation(trx, found.event.organisationId);
    const event = (await findEvent(tenant, found.event.id, { lock: true }))!;
    const row = await tenant
      .selectFrom("event_registrations")
      .select(["event_registrations.status"])
      .where("event_registrations.id", "=", registrationId)
      .forUpdate()
      .executeTakeFirstOrThrow();
    if (row.status !== "unconfirmed") return { kind: "already", status: row.status };
    const confirmed = await countConfirmed(tenant, event.id);
    const attempt = registrationAttempt(stateInputOf(event, confirmed, ctx.now));
    if (!attempt.allowed) return { kind: "refused", reason: attempt.reason };
    const seat = seatFor(confirmed, event.capacity ?? 0);
    await tenant
      .updateTable("event_registrations")
      .set({
        status: seat,
        email_confirmed_at: ctx.now,
        queued_at: ctx.now,
        updated_at: ctx.now,
      })
      .where("event_registrations.id", "=", registrationId)
      .execute();
    const registrant = registrantOf(registrationId, found.registration, found.registration.locale);
    if (seat === "confirmed") {
      await mailRegistrant(trx, ctx, event, registrant, { kind: "seatConfirmed" });
      return { kind: "confirmed" };
    }
    const position = await waitlistLength(tenant, event.id);
    await mailRegistrant(trx, ctx, event, registrant, { kind: "waitlisted", position });
    return { kind: "waitlisted", position };
  });
}

const NOT_FOUND: Message = {
  sv: "Anmälan finns inte. Den kan ha tagits bort, eller så är länken inte hel.",
  en: "The registration does not exist. It may have been removed, or the link is not complete.",
};

const waitlistLength = (tenant: TenantDb, eventId: string) =>
  countInStatus(tenant, eventId, "waitlisted");

export type CancelResult =
  | { kind: "cancelled"; promoted: number }
  | { kind: "already" }
  | { kind: "refused"; reason: Message };

/**
 * Cancels a registration, by the person from their link or by an organiser. A freed seat goes
 * to the first on the waitlist at once, with a mail; nobody is promoted once the event has begun.
 */
export async function cancelRegistration(
  db: Db,
  ctx: EventsContext,
  input: { registrationId: string; byUserId?: string },
): Promise<CancelResult> {
  return db.transaction().execute(async (trx): Promise<CancelResult> => {
    const found = await findRegistration(trx, input.registrationId);
    if (!found) return { kind: "refused", reason: NOT_FOUND };
    const tenant = forOrganisation(trx, found.event.organisationId);
    const event = (await findEvent(tenant, found.event.id, { lock: true }))!;
    const row = await tenant
      .selectFrom("event_registrations")
      .select(["event_registrations.status"])
      .where("event_registrations.id", "=", input.registrationId)
      .forUpdate()
      .executeTakeFirstOrThrow();
    if (row.status === "cancelled") return { kind: "already" };
    if (event.endsAt && ctx.now >= event.endsAt)
      return {
        kind: "refused",
        reason: {
          sv: "Utbildningen är redan slut, så anmälan kan inte avbokas.",
          en: "The event is already over, so the registration cannot be cancelled.",
        },
      };
    await tenant
      .updateTable("event_registrations")
      .set({ status: "cancelled", cancelled_at: ctx.now, updated_at: ctx.now })
      .where("event_registrations.id", "=", input.registrationId)
      .execute();
    await recordAudit(trx, {
      organisationId: event.organisationId,
      actorUserId: input.byUserId ?? null,
      action: "update",
      entityType: "event_registration",
      entityId: input.registrationId,
      before: { status: row.status },
      after: { status: "cancelled", by: input.byUserId ? "organiser" : "participant" },
    });
    // An unconfirmed registration was never told anything but "confirm": no receipt.
    if (row.status !== "unconfirmed")
      await mailRegistrant(
        trx,
        ctx,
        event,
        registrantOf(input.registrationId, found.registration, found.registration.locale),
        { kind: "registrationCancelled", hadSeat: row.status === "confirmed" },
      );
    const promoted = row.status === "confirmed" ? await fillSeats(trx, ctx, event) : 0;
    return { kind: "cancelled", promoted };
  });
}

/**
 * Gives free seats to the first on the waitlist, each with a mail and an invite. Call with
 * the event's row locked (after a cancellation or a larger capacity). Returns how many moved.
 */
export async function fillSeats(trx: Db, ctx: EventsContext, event: StoredEvent): Promise<number> {
  if (event.status !== "published" || !event.startsAt || event.capacity === null) return 0;
  const tenant = forOrganisation(trx, event.organisationId);
  const waitlist = await tenant
    .selectFrom("event_registrations")
    .select([
      "event_registrations.id",
      "event_registrations.name",
      "event_registrations.email",
      "event_registrations.locale",
    ])
    .where("event_registrations.event_id", "=", event.id)
    .where("event_registrations.status", "=", "waitlisted")
    .orderBy("event_registrations.queued_at")
    .orderBy("event_registrations.id")
    .execute();
  const moving = promotions({
    capacity: event.capacity,
    confirmed: await countConfirmed(tenant, event.id),
    waitlist,
    now: ctx.now,
    startsAt: event.startsAt,
  });
  for (const next of moving) {
    await tenant
      .updateTable("event_registrations")
      .set({ status: "confirmed", updated_at: ctx.now })
      .where("event_registrations.id", "=", next.id)
      .execute();
    await recordAudit(trx, {
      organisationId: event.organisationId,
      actorUserId: null,
      action: "update",
      entityType: "event_registration",
      entityId: next.id,
      before: { status: "waitlisted" },
      after: { status: "confirmed", by: "waitlist" },
    });
    await mailRegistrant(trx, ctx, event, registrantOf(next.id, next, next.locale), {
      kind: "promoted",
    });
  }
  return moving.length;
}

export type EvaluationResult =
  | { kind: "saved" }
  | { kind: "invalid"; problems: Problem[] }
  | { kind: "refused"; reason: Message };

/**
 * Stores an evaluation without anything that says whose it is; the registration only notes
 * that it has answered, so each person answers once.
 */
export async function submitEvaluation(
  db: Db,
  ctx: EventsContext,
  input: { registrationId: string; form: unknown },
): Promise<EvaluationResult> {
  const checked = validateEvaluation(input.form);
  if (!checked.ok) return { kind: "invalid", problems: checked.problems };
  return db.transaction().execute(async (trx): Promise<EvaluationResult> => {
    const found = await findRegistration(trx, input.registrationId);
    if (!found) return { kind: "refused", reason: NOT_FOUND };
    const refusal = evaluationRefusal(found.registration, found.event, ctx.now);
    if (refusal) return { kind: "refused", reason: refusal };
    const tenant = forOrganisation(trx, found.event.organisationId);
    const marked = await tenant
      .updateTable("event_registrations")
      .set({ evaluated_at: ctx.now })
      .where("event_registrations.id", "=", input.registrationId)
      .where("event_registrations.evaluated_at", "is", null)
      .executeTakeFirst();
    if (Number(marked.numUpdatedRows) === 0) return { kind: "refused", reason: ALREADY_EVALUATED };
    await tenant
      .insertInto("event_evaluations")
      .values({
        organisation_id: found.event.organisationId,
        event_id: found.event.id,
        answers: JSON.stringify(checked.answers),
      })
      .execute();
    return { kind: "saved" };
  });
}

const ALREADY_EVALUATED: Message = {
  sv: "Du har redan lämnat din utvärdering. Tack!",
  en: "You have already sent your evaluation. Thank you!",
};

/** Why this person cannot evaluate the event now, or null when they can. */
export function evaluationRefusal(
  registration: RegistrationView,
  event: StoredEvent,
  now: Date,
): Message | null {
  if (registration.status !== "confirmed")
    return {
      sv: "Utvärderingen är för den som hade en plats på utbildningen.",
      en: "The evaluation is for those who had a seat at the event.",
    };
  if (!event.endsAt || now < event.endsAt)
    return {
      sv: "Utvärderingen öppnar när utbildningen är slut.",
      en: "The evaluation opens when the event is over.",
    };
  if (registration.evaluated) return ALREADY_EVALUATED;
  return null;
}
