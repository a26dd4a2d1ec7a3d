import {
  attendanceByOrganisation,
  attendanceSummary,
  type OrganisationAttendance,
} from "../../core/events/participants.ts";
import type { Message } from "../../core/events/problems.ts";
import { formatLongDate } from "../../core/events/time.ts";
import type { TenantDb } from "../platform/db/tenant.ts";

/**
 * Training events as evidence that a measure of the yearly plan was carried out: for each
 * linked event, how many of those with a seat came, and from how many organisations. Only
 * counts leave this module; the yearly cycle reads them here (its follow-up and report).
 */
export interface EventEvidence {
  eventId: string;
  measureId: string;
  title: string;
  /** The first day (yyyy-mm-dd), or null for an event without days. */
  firstDate: string | null;
  status: "draft" | "published" | "cancelled" | "held";
  registered: number;
  attended: number;
  organisations: OrganisationAttendance[];
  /** "Aktiva åtgärder i praktiken, 13 april 2027: 28 av 30 anmälda deltog, från 9 organisationer." */
  summary: Message;
}

export async function evidenceForMeasures(
  tenant: TenantDb,
  measureIds: readonly string[],
): Promise<Map<string, EventEvidence[]>> {
  const byMeasure = new Map<string, EventEvidence[]>();
  if (measureIds.length === 0) return byMeasure;
  const events = await tenant
    .selectFrom("events")
    .select(["events.id", "events.measure_id", "events.title", "events.status", "events.details"])
    .where("events.measure_id", "in", measureIds)
    .where("events.status", "in", ["published", "held"])
    .orderBy("events.starts_at")
    .execute();
  if (events.length === 0) return byMeasure;
  const registrations = await tenant
    .selectFrom("event_registrations")
    .select([
      "event_registrations.event_id",
      "event_registrations.participant_organisation",
      "event_registrations.status",
      "event_registrations.checked_in_at",
    ])
    .where(
      "event_registrations.event_id",
      "in",
      events.map((e) => e.id),
    )
    .where("event_registrations.status", "=", "confirmed")
    .execute();
  for (const event of events) {
    const organisations = attendanceByOrganisation(
      registrations
        .filter((r) => r.event_id === event.id)
        .map((r) => ({
          organisation: r.participant_organisation,
          status: "confirmed" as const,
          checkedInAt: r.checked_in_at,
        })),
    );
    const details = event.details as { days?: { date: string }[] };
    const firstDate = details.days?.[0]?.date ?? null;
    const counts = attendanceSummary(organisations);
    const when = (locale: "sv" | "en") =>
      firstDate ? `, ${formatLongDate(firstDate, locale)}` : "";
    const evidence: EventEvidence = {
      eventId: event.id,
      measureId: event.measure_id!,
      title: event.title,
      firstDate,
      status: event.status,
      registered: organisations.reduce((sum, o) => sum + o.registered, 0),
      attended: organisations.reduce((sum, o) => sum + o.attended, 0),
      organisations,
      summary: {
        sv: `${event.title}${when("sv")}: ${counts.sv}`,
        en: `${event.title}${when("en")}: ${counts.en}`,
      },
    };
    byMeasure.set(event.measure_id!, [...(byMeasure.get(event.measure_id!) ?? []), evidence]);
  }
  return byMeasure;
}
