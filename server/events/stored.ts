import { type EventDraft, eventTimes } from "../../core/events/event.ts";
import { type PublicState, publicState, type StateInput } from "../../core/events/state.ts";
import type { Db } from "../platform/db/database.ts";
import { forOrganisation, type TenantDb } from "../platform/db/tenant.ts";
import { type EventLinks, eventLinks } from "./links.ts";

/** An event as the server works with it: the organiser's form and the columns beside it. */
export interface StoredEvent {
  id: string;
  organisationId: string;
  status: "draft" | "published" | "cancelled" | "held";
  details: EventDraft;
  capacity: number | null;
  startsAt: Date | null;
  endsAt: Date | null;
  opensAt: Date | null;
  closesAt: Date | null;
  lastDate: string | null;
  calendarSequence: number;
  measureId: string | null;
  publishedAt: Date | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export const EVENT_COLUMNS = [
  "events.id",
  "events.organisation_id",
  "events.status",
  "events.details",
  "events.capacity",
  "events.starts_at",
  "events.ends_at",
  "events.registration_opens_at",
  "events.registration_closes_at",
  "events.last_date",
  "events.calendar_sequence",
  "events.measure_id",
  "events.published_at",
  "events.version",
  "events.created_at",
  "events.updated_at",
] as const;

type EventRow = {
  id: string;
  organisation_id: string;
  status: StoredEvent["status"];
  details: unknown;
  capacity: number | null;
  starts_at: Date | null;
  ends_at: Date | null;
  registration_opens_at: Date | null;
  registration_closes_at: Date | null;
  last_date: string | null;
  calendar_sequence: number;
  measure_id: string | null;
  published_at: Date | null;
  version: number;
  created_at: Date;
  updated_at: Date;
};

const date = (value: Date | string | null) =>
  value === null ? null : value instanceof Date ? value : new Date(value);

export function toStoredEvent(row: EventRow): StoredEvent {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    status: row.status,
    details: (typeof row.details === "string"
      ? JSON.parse(row.details)
      : row.details) as EventDraft,
    capacity: row.capacity,
    startsAt: date(row.starts_at),
    endsAt: date(row.ends_at),
    opensAt: date(row.registration_opens_at),
    closesAt: date(row.registration_closes_at),
    lastDate: row.last_date === null ? null : String(row.last_date).slice(0, 10),
    calendarSequence: row.calendar_sequence,
    measureId: row.measure_id,
    publishedAt: date(row.published_at),
    version: row.version,
    createdAt: date(row.created_at)!,
    updatedAt: date(row.updated_at)!,
  };
}

/** The columns kept beside the form, from a checked form. */
export function eventColumns(details: EventDraft) {
  const times = eventTimes(details);
  return {
    details: JSON.stringify(details),
    title: details.title,
    capacity: details.capacity,
    starts_at: times.startsAt,
    ends_at: times.endsAt,
    registration_opens_at: times.opensAt,
    registration_closes_at: times.closesAt,
    last_date: times.lastDate,
  };
}

export async function findEvent(
  tenant: TenantDb,
  eventId: string,
  options: { lock?: boolean } = {},
): Promise<StoredEvent | null> {
  let query = tenant
    .selectFrom("events")
    .select([...EVENT_COLUMNS])
    .where("events.id", "=", eventId);
  if (options.lock) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  return row ? toStoredEvent(row as EventRow) : null;
}

/**
 * An event found by its id alone, for the public pages (whose addresses carry no
 * organisation), then read through its organisation like everything else.
 */
export async function findPublicEvent(
  db: Db,
  eventId: string,
): Promise<{ event: StoredEvent; tenant: TenantDb } | null> {
  const owner = await db
    .selectFrom("events") // tenant-checked: a public page finds the event's organisation by its id
    .select("events.organisation_id")
    .where("events.id", "=", eventId)
    .executeTakeFirst();
  if (!owner) return null;
  const tenant = forOrganisation(db, owner.organisation_id);
  const event = await findEvent(tenant, eventId);
  return event ? { event, tenant } : null;
}

/** How many registrations an event has in each status, and how many came. */
export interface SeatCounts {
  confirmed: number;
  waitlisted: number;
  unconfirmed: number;
  cancelled: number;
  checkedIn: number;
}

export const NO_SEATS: SeatCounts = {
  confirmed: 0,
  waitlisted: 0,
  unconfirmed: 0,
  cancelled: 0,
  checkedIn: 0,
};

export async function seatCounts(
  tenant: TenantDb,
  eventIds: readonly string[],
): Promise<Map<string, SeatCounts>> {
  const counts = new Map<string, SeatCounts>();
  if (eventIds.length === 0) return counts;
  const rows = await tenant
    .selectFrom("event_registrations")
    .select(({ fn }) => [
      "event_registrations.event_id",
      "event_registrations.status",
      fn.countAll<string>().as("n"),
      fn.count<string>("event_registrations.checked_in_at").as("present"),
    ])
    .where("event_registrations.event_id", "in", eventIds)
    .groupBy(["event_registrations.event_id", "event_registrations.status"])
    .execute();
  for (const row of rows) {
    const c = counts.get(row.event_id) ?? { ...NO_SEATS };
    c[row.status] = Number(row.n);
    c.checkedIn += Number(row.present);
    counts.set(row.event_id, c);
  }
  return counts;
}

/** The event's state as core/events/state.ts reads it. A draft without a deadline has none yet. */
export function stateInputOf(event: StoredEvent, confirmed: number, now: Date): StateInput {
  return {
    status: event.status,
    now,
    opensAt: event.opensAt ?? event.publishedAt,
    closesAt: event.closesAt ?? event.startsAt ?? new Date(8.64e15),
    confirmed,
    capacity: event.capacity ?? 0,
  };
}

/** What a visitor sees of the event now. */
export const stateOf = (event: StoredEvent, confirmed: number, now: Date): PublicState =>
  publicState(stateInputOf(event, confirmed, now));

/** What the services need besides the database: the links in mails, and the time. */
export interface EventsContext {
  links: EventLinks;
  /** The site's host name, for the calendar invites' UIDs. */
  domain: string;
  now: Date;
}

/** The context for a server at `publicUrl`, with the time of each call. */
export function eventsContext(config: { publicUrl: string; secret: string }): () => EventsContext {
  const links = eventLinks(config.publicUrl, config.secret);
  const domain = new URL(config.publicUrl).hostname;
  return () => ({ links, domain, now: new Date() });
}
