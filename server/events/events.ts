import { validateEvent } from "../../core/events/event.ts";
import type { EventChange } from "../../core/events/mail.ts";
import type { Message, Problem } from "../../core/events/problems.ts";
import { type Transition, transition } from "../../core/events/state.ts";
import { recordAudit } from "../platform/audit/audit.ts";
import type { Db } from "../platform/db/database.ts";
import { forOrganisation } from "../platform/db/tenant.ts";
import { mailRegistrant, type RegistrantMail } from "./notify.ts";
import { fillSeats } from "./registrations.ts";
import {
  type EventsContext,
  eventColumns,
  findEvent,
  type StoredEvent,
  seatCounts,
} from "./stored.ts";

/**
 * What organisers do with events: create and change them (a published event stays valid for
 * publishing, and a changed place or time is sent to everyone registered with an updated
 * calendar invite), publish, cancel, mark as held, link to a measure, write to everyone, and
 * mark who came. Every change is in the audit trail.
 */

export type EventsResult<T> =
  | { ok: true; value: T }
  | { ok: false; status: 404 | 409 | 422; problems: Problem[] };

const fail = (
  status: 404 | 409 | 422,
  sv: string,
  en: string,
  field = "",
): EventsResult<never> => ({
  ok: false,
  status,
  problems: [{ field, message: { sv, en } }],
});
const refused = (reason: Message): EventsResult<never> => ({
  ok: false,
  status: 409,
  problems: [{ field: "", message: reason }],
});
export const EVENT_NOT_FOUND = () =>
  fail(404, "Utbildningen finns inte.", "The event does not exist.");
const STALE = () =>
  fail(
    409,
    "Någon annan har ändrat utbildningen sedan du öppnade den. Ladda om sidan och gör ändringen igen.",
    "Someone else has changed the event since you opened it. Reload the page and make the change again.",
  );

interface Actor {
  organisationId: string;
  userId: string;
}

/** A new event, saved as a draft (only the title is required). */
export async function createEvent(
  db: Db,
  actor: Actor,
  input: unknown,
): Promise<EventsResult<StoredEvent>> {
  const checked = validateEvent(input, "draft");
  if (!checked.ok) return { ok: false, status: 422, problems: checked.problems };
  return db.transaction().execute(async (trx) => {
    const tenant = forOrganisation(trx, actor.organisationId);
    const created = await tenant
      .insertInto("events")
      .values({
        organisation_id: actor.organisationId,
        created_by: actor.userId,
        ...eventColumns(checked.event),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: "create",
      entityType: "event",
      entityId: created.id,
      after: checked.event,
    });
    return { ok: true, value: (await findEvent(tenant, created.id))! };
  });
}

/** What changed for those registered: the place, the online link, a day's date or times. */
export function changesFor(before: StoredEvent["details"], after: StoredEvent["details"]) {
  const changes: EventChange[] = [];
  if (before.place !== after.place || before.placeLater !== after.placeLater)
    changes.push({
      kind: "place",
      before: { place: before.place, placeLater: before.placeLater },
      after: { place: after.place, placeLater: after.placeLater },
    });
  if (before.onlineUrl !== after.onlineUrl)
    changes.push({ kind: "online", before: before.onlineUrl, after: after.onlineUrl });
  const days = Math.max(before.days.length, after.days.length);
  for (let i = 0; i < days; i++) {
    const b = before.days[i] ?? null;
    const a = after.days[i] ?? null;
    if (b?.date !== a?.date || b?.start !== a?.start || b?.end !== a?.end)
      changes.push({ kind: "day", before: b, after: a });
  }
  return changes;
}

/**
 * Saves the organiser's changes. A published event must still pass the publishing rules, its
 * capacity cannot go below the seats already given, a larger capacity gives seats to the
 * waitlist at once, and a new place or time goes to everyone registered with an updated invite.
 */
export async function updateEvent(
  db: Db,
  ctx: EventsContext,
  actor: Actor,
  input: { eventId: string; version: number; details: unknown },
): Promise<EventsResult<StoredEvent>> {
  return db.transaction().execute(async (trx): Promise<EventsResult<StoredEvent>> => {
    const tenant = forOrganisation(trx, actor.organisationId);
    const event = await findEvent(tenant, input.eventId, { lock: true });
    if (!event) return EVENT_NOT_FOUND();
    if (event.version !== input.version) return STALE();
    if (event.status === "cancelled" || event.status === "held")
      return fail(
        409,
        "En inställd eller genomförd utbildning kan inte ändras.",
        "A cancelled event or one that has taken place cannot be changed.",
      );
    const checked = validateEvent(input.details, event.status === "draft" ? "draft" : "publish");
    if (!checked.ok) return { ok: false, status: 422, problems: checked.problems };
    const details = checked.event;
    const counts = (await seatCounts(tenant, [event.id])).get(event.id);
    const confirmed = counts?.confirmed ?? 0;
    if (details.capacity !== null && details.capacity < confirmed)
      return fail(
        422,
        `Antalet platser kan inte bli färre än de ${confirmed} som redan har fått plats. Avboka deltagare först om det behövs.`,
        `The number of seats cannot be fewer than the ${confirmed} already given. Cancel participants first if you must.`,
        "capacity",
      );
    const changes = event.status === "published" ? changesFor(event.details, details) : [];
    await tenant
      .updateTable("events")
      .set({
        ...eventColumns(details),
        version: event.version + 1,
        updated_at: ctx.now,
        ...(changes.length > 0 ? { calendar_sequence: event.calendarSequence + 1 } : {}),
      })
      .where("events.id", "=", event.id)
      .execute();
    await recordAudit(trx, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: "update",
      entityType: "event",
      entityId: event.id,
      before: event.details,
      after: details,
    });
    const updated = (await findEvent(tenant, event.id))!;
    if (changes.length > 0)
      await mailEveryone(trx, ctx, updated, ["confirmed", "waitlisted"], (status) => ({
        kind: "eventChanged",
        changes,
        seat: status === "confirmed",
      }));
    await fillSeats(trx, ctx, updated);
    return { ok: true, value: updated };
  });
}

/** Mails every registration in the given statuses, each in the language they registered in. */
async function mailEveryone(
  trx: Db,
  ctx: EventsContext,
  event: StoredEvent,
  statuses: ("confirmed" | "waitlisted")[],
  mail: (status: "confirmed" | "waitlisted") => RegistrantMail,
): Promise<number> {
  const people = await forOrganisation(trx, event.organisationId)
    .selectFrom("event_registrations")
    .select([
      "event_registrations.id",
      "event_registrations.name",
      "event_registrations.email",
      "event_registrations.locale",
      "event_registrations.status",
    ])
    .where("event_registrations.event_id", "=", event.id)
    .where("event_registrations.status", "in", statuses)
    .orderBy("event_registrations.queued_at")
    .execute();
  for (const person of people)
    await mailRegistrant(
      trx,
      ctx,
      event,
      person,
      mail(person.status as "confirmed" | "waitlisted"),
    );
  return people.length;
}

/**
 * Publishes, cancels, marks as held or turns back into a draft. Cancelling tells everyone
 * registered (with the organiser's message) and withdraws the calendar entries.
 */
export async function changeStatus(
  db: Db,
  ctx: EventsContext,
  actor: Actor,
  input: { eventId: string; version: number; action: Transition; message?: string },
): Promise<EventsResult<StoredEvent>> {
  return db.transaction().execute(async (trx): Promise<EventsResult<StoredEvent>> => {
    const tenant = forOrganisation(trx, actor.organisationId);
    const event = await findEvent(tenant, input.eventId, { lock: true });
    if (!event) return EVENT_NOT_FOUND();
    if (event.version !== input.version) return STALE();
    const counts = (await seatCounts(tenant, [event.id])).get(event.id);
    const decided = transition(input.action, {
      status: event.status,
      now: ctx.now,
      startsAt: event.startsAt,
      endsAt: event.endsAt,
      closesAt: event.closesAt,
      activeRegistrations: (counts?.confirmed ?? 0) + (counts?.waitlisted ?? 0),
    });
    if (!decided.ok) return refused(decided.reason);
    if (input.action === "publish") {
      const checked = validateEvent(event.details, "publish");
      if (!checked.ok) return { ok: false, status: 422, problems: checked.problems };
    }
    await tenant
      .updateTable("events")
      .set({
        status: decided.status,
        version: event.version + 1,
        updated_at: ctx.now,
        ...(input.action === "publish" ? { published_at: ctx.now } : {}),
        ...(input.action === "cancel" ? { calendar_sequence: event.calendarSequence + 1 } : {}),
      })
      .where("events.id", "=", event.id)
      .execute();
    await recordAudit(trx, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: "update",
      entityType: "event",
      entityId: event.id,
      before: { status: event.status },
      after: { status: decided.status, ...(input.message ? { message: input.message } : {}) },
    });
    const updated = (await findEvent(tenant, event.id))!;
    if (input.action === "cancel") {
      await mailEveryone(trx, ctx, event, ["confirmed", "waitlisted"], (status) => ({
        kind: "eventCancelled",
        message: input.message ?? "",
        seat: status === "confirmed",
      }));
      // Their registrations end with the event; unconfirmed ones simply go.
      await tenant
        .updateTable("event_registrations")
        .set({ status: "cancelled", cancelled_at: ctx.now, updated_at: ctx.now })
        .where("event_registrations.event_id", "=", event.id)
        .where("event_registrations.status", "in", ["confirmed", "waitlisted"])
        .execute();
      await tenant
        .deleteFrom("event_registrations")
        .where("event_registrations.event_id", "=", event.id)
        .where("event_registrations.status", "=", "unconfirmed")
        .execute();
    }
    return { ok: true, value: updated };
  });
}

/** Deletes a draft nobody has registered to (a published event is cancelled instead). */
export async function deleteEvent(
  db: Db,
  actor: Actor,
  eventId: string,
): Promise<EventsResult<null>> {
  return db.transaction().execute(async (trx): Promise<EventsResult<null>> => {
    const tenant = forOrganisation(trx, actor.organisationId);
    const event = await findEvent(tenant, eventId, { lock: true });
    if (!event) return EVENT_NOT_FOUND();
    if (event.status !== "draft")
      return fail(
        409,
        "Bara ett utkast kan tas bort. En publicerad utbildning ställs in i stället, så att de anmälda får besked.",
        "Only a draft can be deleted. A published event is cancelled instead, so those registered are told.",
      );
    await tenant.deleteFrom("events").where("events.id", "=", eventId).execute();
    await recordAudit(trx, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: "delete",
      entityType: "event",
      entityId: eventId,
      before: event.details,
    });
    return { ok: true, value: null };
  });
}

/** Links the event to a measure of the yearly plan (null: no measure), as evidence. */
export async function linkMeasure(
  db: Db,
  actor: Actor,
  input: { eventId: string; measureId: string | null },
): Promise<EventsResult<StoredEvent>> {
  return db.transaction().execute(async (trx): Promise<EventsResult<StoredEvent>> => {
    const tenant = forOrganisation(trx, actor.organisationId);
    const event = await findEvent(tenant, input.eventId, { lock: true });
    if (!event) return EVENT_NOT_FOUND();
    if (input.measureId) {
      const measure = await tenant
        .selectFrom("measures")
        .select("measures.id")
        .where("measures.id", "=", input.measureId)
        .executeTakeFirst();
      if (!measure)
        return fail(
          422,
          "Åtgärden finns inte i organisationens plan.",
          "The measure is not in the organisation's plan.",
          "measureId",
        );
    }
    await tenant
      .updateTable("events")
      .set({ measure_id: input.measureId, version: event.version + 1 })
      .where("events.id", "=", event.id)
      .execute();
    await recordAudit(trx, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: "update",
      entityType: "event",
      entityId: event.id,
      before: { measureId: event.measureId },
      after: { measureId: input.measureId },
    });
    return { ok: true, value: (await findEvent(tenant, event.id))! };
  });
}

/** The organiser's own message to everyone with a seat (and, if asked, the waitlist). */
export async function messageRegistered(
  db: Db,
  ctx: EventsContext,
  actor: Actor & { name: string },
  input: { eventId: string; subject: string; body: string; waitlist: boolean },
): Promise<EventsResult<{ sent: number }>> {
  return db.transaction().execute(async (trx): Promise<EventsResult<{ sent: number }>> => {
    const tenant = forOrganisation(trx, actor.organisationId);
    const event = await findEvent(tenant, input.eventId);
    if (!event) return EVENT_NOT_FOUND();
    const sent = await mailEveryone(
      trx,
      ctx,
      event,
      input.waitlist ? ["confirmed", "waitlisted"] : ["confirmed"],
      () => ({
        kind: "organiserMessage",
        subject: input.subject,
        body: input.body,
        sender: actor.name,
      }),
    );
    await recordAudit(trx, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: "create",
      entityType: "event_message",
      entityId: event.id,
      after: { subject: input.subject, recipients: sent },
    });
    return { ok: true, value: { sent } };
  });
}

/** Marks a person with a seat as present (or not) on the day. */
export async function checkIn(
  db: Db,
  ctx: EventsContext,
  actor: Actor,
  input: { eventId: string; registrationId: string; present: boolean },
): Promise<EventsResult<{ checkedInAt: Date | null }>> {
  return db
    .transaction()
    .execute(async (trx): Promise<EventsResult<{ checkedInAt: Date | null }>> => {
      const tenant = forOrganisation(trx, actor.organisationId);
      const row = await tenant
        .selectFrom("event_registrations")
        .select(["event_registrations.status", "event_registrations.checked_in_at"])
        .where("event_registrations.id", "=", input.registrationId)
        .where("event_registrations.event_id", "=", input.eventId)
        .executeTakeFirst();
      if (!row) return fail(404, "Anmälan finns inte.", "The registration does not exist.");
      if (row.status !== "confirmed")
        return fail(
          409,
          "Bara den som har en plats kan prickas av som närvarande.",
          "Only someone with a seat can be marked as present.",
        );
      const checkedInAt = input.present ? (row.checked_in_at ?? ctx.now) : null;
      await tenant
        .updateTable("event_registrations")
        .set({ checked_in_at: checkedInAt, updated_at: ctx.now })
        .where("event_registrations.id", "=", input.registrationId)
        .execute();
      await recordAudit(trx, {
        organisationId: actor.organisationId,
        actorUserId: actor.userId,
        action: "update",
        entityType: "event_registration",
        entityId: input.registrationId,
        before: { present: row.checked_in_at !== null },
        after: { present: input.present },
      });
      return { ok: true, value: { checkedInAt } };
    });
}
