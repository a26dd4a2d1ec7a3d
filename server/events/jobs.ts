import type { FastifyBaseLogger } from "fastify";
import { anonymisationDue, needsDeletionDue } from "../../core/events/anonymise.ts";
import { reminderDueAt } from "../../core/events/state.ts";
import type { Db } from "../platform/db/database.ts";
import { forOrganisation } from "../platform/db/tenant.ts";
import { mailRegistrant, type RegistrantMail } from "./notify.ts";
import { UNCONFIRMED_KEPT_HOURS } from "./registrations.ts";
import { EVENT_COLUMNS, type EventsContext, type StoredEvent, toStoredEvent } from "./stored.ts";

/**
 * What happens to events by the clock: the reminder some days before, the evaluation after,
 * the needs deleted the day after, registrations anonymised months after, and unconfirmed
 * registrations deleted when their link has gone unused. Each step is marked on the event in
 * the same transaction as its mails, so it runs once however often this runs and however many
 * servers run it.
 */
export interface EventJobReport {
  reminders: number;
  evaluations: number;
  needsDeleted: number;
  anonymised: number;
  unconfirmedDeleted: number;
}

export async function runEventJobs(db: Db, ctx: EventsContext): Promise<EventJobReport> {
  const report: EventJobReport = {
    reminders: 0,
    evaluations: 0,
    needsDeleted: 0,
    anonymised: 0,
    unconfirmedDeleted: 0,
  };
  const now = ctx.now;
  const candidates = await db
    .selectFrom("events") // tenant-checked: a system job that visits every organisation's events
    .select([...EVENT_COLUMNS])
    .where((eb) =>
      eb.or([
        eb.and([eb("events.status", "=", "published"), eb("events.reminder_sent_at", "is", null)]),
        eb.and([
          eb("events.status", "in", ["published", "held"]),
          eb("events.evaluation_sent_at", "is", null),
          eb("events.ends_at", "<=", now),
        ]),
        eb.and([eb("events.needs_deleted_at", "is", null), eb("events.last_date", "is not", null)]),
        eb.and([eb("events.anonymised_at", "is", null), eb("events.last_date", "is not", null)]),
      ]),
    )
    .execute();
  for (const row of candidates) {
    const event = toStoredEvent(row as Parameters<typeof toStoredEvent>[0]);
    const first = event.details.days[0];
    const reminderAt = first ? reminderDueAt(first.date, event.details.reminderDaysBefore) : null;
    if (
      event.status === "published" &&
      reminderAt &&
      now >= reminderAt &&
      event.startsAt &&
      now < event.startsAt &&
      !(await stepDone(db, event, "reminder_sent_at"))
    )
      report.reminders += await mailOnce(db, ctx, event, "reminder_sent_at", { kind: "reminder" });
    if (
      (event.status === "published" || event.status === "held") &&
      event.endsAt &&
      now >= event.endsAt &&
      !(await stepDone(db, event, "evaluation_sent_at"))
    )
      report.evaluations += await mailOnce(db, ctx, event, "evaluation_sent_at", {
        kind: "evaluation",
      });
    if (!event.lastDate) continue;
    if (
      now >= needsDeletionDue(event.lastDate).at &&
      !(await stepDone(db, event, "needs_deleted_at"))
    )
      report.needsDeleted += await deleteNeeds(db, event, now);
    const months = event.details.anonymiseAfterMonths;
    if (
      now >= anonymisationDue(event.lastDate, months).at &&
      !(await stepDone(db, event, "anonymised_at"))
    )
      report.anonymised += await anonymise(db, event, now);
  }
  const stale = new Date(now.getTime() - UNCONFIRMED_KEPT_HOURS * 3_600_000);
  const deleted = await db
    .deleteFrom("event_registrations") // tenant-checked: unconfirmed registrations of every organisation, by age
    .where("event_registrations.status", "=", "unconfirmed")
    .where("event_registrations.created_at", "<", stale)
    .executeTakeFirst();
  report.unconfirmedDeleted = Number(deleted.numDeletedRows);
  return report;
}

type Step = "reminder_sent_at" | "evaluation_sent_at" | "needs_deleted_at" | "anonymised_at";

async function stepDone(db: Db, event: StoredEvent, step: Step): Promise<boolean> {
  const row = await forOrganisation(db, event.organisationId)
    .selectFrom("events")
    .select(`events.${step}` as "events.reminder_sent_at")
    .where("events.id", "=", event.id)
    .executeTakeFirst();
  return !row || (row as Record<string, unknown>)[step] != null;
}

/**
 * Marks the step on the event (only if no one else has) and mails those with a seat in the
 * same transaction. The evaluation goes to those checked in when anyone was, else to all
 * with a seat.
 */
async function mailOnce(
  db: Db,
  ctx: EventsContext,
  event: StoredEvent,
  step: "reminder_sent_at" | "evaluation_sent_at",
  mail: RegistrantMail,
): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const tenant = forOrganisation(trx, event.organisationId);
    const marked = await tenant
      .updateTable("events")
      .set({ [step]: ctx.now })
      .where("events.id", "=", event.id)
      .where(`events.${step}`, "is", null)
      .executeTakeFirst();
    if (Number(marked.numUpdatedRows) === 0) return 0;
    let people = await tenant
      .selectFrom("event_registrations")
      .select([
        "event_registrations.id",
        "event_registrations.name",
        "event_registrations.email",
        "event_registrations.locale",
        "event_registrations.checked_in_at",
      ])
      .where("event_registrations.event_id", "=", event.id)
      .where("event_registrations.status", "=", "confirmed")
      .where("event_registrations.anonymised_at", "is", null)
      .execute();
    if (step === "evaluation_sent_at" && people.some((p) => p.checked_in_at))
      people = people.filter((p) => p.checked_in_at);
    for (const person of people) await mailRegistrant(trx, ctx, event, person, mail);
    return people.length;
  });
}

async function deleteNeeds(db: Db, event: StoredEvent, now: Date): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const tenant = forOrganisation(trx, event.organisationId);
    const result = await tenant
      .updateTable("event_registrations")
      .set({ diet: "", accessibility: "", updated_at: now })
      .where("event_registrations.event_id", "=", event.id)
      .where((eb) => eb.or([eb("diet", "<>", ""), eb("accessibility", "<>", "")]))
      .executeTakeFirst();
    await tenant
      .updateTable("events")
      .set({ needs_deleted_at: now })
      .where("events.id", "=", event.id)
      .execute();
    return Number(result.numUpdatedRows);
  });
}

/**
 * Keeps of each registration only what the attendance evidence needs: the organisation, the
 * status and whether the person came. The e-mail key becomes the row's id, so the rule of one
 * registration per address still holds for the rows that remain.
 */
async function anonymise(db: Db, event: StoredEvent, now: Date): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const tenant = forOrganisation(trx, event.organisationId);
    const rows = await tenant
      .selectFrom("event_registrations")
      .select("event_registrations.id")
      .where("event_registrations.event_id", "=", event.id)
      .where("event_registrations.anonymised_at", "is", null)
      .execute();
    for (const row of rows)
      await tenant
        .updateTable("event_registrations")
        .set({
          name: "",
          email: "",
          email_key: `anonymised:${row.id}`,
          participant_role: "",
          diet: "",
          accessibility: "",
          answers: "{}",
          anonymised_at: now,
          updated_at: now,
        })
        .where("event_registrations.id", "=", row.id)
        .execute();
    await tenant
      .updateTable("events")
      .set({ anonymised_at: now })
      .where("events.id", "=", event.id)
      .execute();
    return rows.length;
  });
}

/** Runs the jobs every few minutes in the server. */
export function startEventJobs(options: {
  db: Db;
  context: () => EventsContext;
  log: FastifyBaseLogger;
  intervalMs?: number;
}): { stop(): void } {
  let running = false;
  const tick = () => {
    if (running) return;
    running = true;
    runEventJobs(options.db, options.context())
      .catch((error: unknown) => options.log.error({ err: error }, "event jobs failed"))
      .finally(() => {
        running = false;
      });
  };
  const timer = setInterval(tick, options.intervalMs ?? 5 * 60_000);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
