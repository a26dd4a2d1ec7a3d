import type { FormatLocale } from "../platform/format.ts";
import type { Question } from "./event.ts";
import { type Message, msg } from "./problems.ts";
import { NO, REGISTRATION_STATUS_LABELS, type RegistrationStatus, YES } from "./registration.ts";
import { toStockholm } from "./time.ts";

/**
 * The participant list for export (CSV through core/platform/csv.ts toCsv, XLSX through the
 * server's writer with neutraliseCell) and the attendance counts that serve as evidence in a
 * measure's follow-up.
 */

export interface Participant {
  name: string;
  email: string;
  organisation: string;
  role: string;
  status: RegistrationStatus;
  registeredAt: Date;
  checkedInAt: Date | null;
  answers: Record<string, string>;
  /** Empty once deleted the day after the event. */
  diet: string;
  accessibility: string;
}

const HEADERS: Record<string, Message> = {
  name: msg("Namn", "Name"),
  email: msg("E-postadress", "E-mail address"),
  organisation: msg("Organisation", "Organisation"),
  role: msg("Roll eller befattning", "Role or position"),
  status: msg("Status", "Status"),
  registeredAt: msg("Anmäld", "Registered"),
  checkedIn: msg("Närvarande", "Checked in"),
  diet: msg("Kost", "Diet"),
  accessibility: msg("Tillgänglighet", "Accessibility"),
};

/** A Stockholm time as a sortable spreadsheet value: "2026-03-01 14:05". */
const stamp = (instant: Date) => toStockholm(instant).replace("T", " ");

function answerText(question: Question, answer: string | undefined, locale: FormatLocale) {
  if (answer === undefined) return "";
  if (question.kind === "yesNo") {
    if (answer === YES) return locale === "sv" ? "Ja" : "Yes";
    if (answer === NO) return locale === "sv" ? "Nej" : "No";
  }
  return answer;
}

export interface ParticipantRowsOptions {
  locale: FormatLocale;
  /** Cancelled registrations are left out unless asked for. */
  includeCancelled?: boolean;
}

/**
 * The list as rows, the header first: fixed columns, one column per own question (headed by the
 * question), then the needs. Confirmed first, then the waitlist in order, then cancelled; by
 * registration time within each, so the list reads as the seats were given.
 */
export function participantRows(
  participants: readonly Participant[],
  questions: readonly Question[],
  options: ParticipantRowsOptions,
): string[][] {
  const { locale } = options;
  const h = (key: string) => HEADERS[key]![locale];
  const header = [
    h("name"),
    h("email"),
    h("organisation"),
    h("role"),
    h("status"),
    h("registeredAt"),
    h("checkedIn"),
    ...questions.map((q) => q.label),
    h("diet"),
    h("accessibility"),
  ];
  const order: Record<RegistrationStatus, number> = { confirmed: 0, waitlisted: 1, cancelled: 2 };
  const rows = participants
    .filter((p) => options.includeCancelled || p.status !== "cancelled")
    .toSorted(
      (a, b) =>
        order[a.status] - order[b.status] || a.registeredAt.getTime() - b.registeredAt.getTime(),
    )
    .map((p) => [
      p.name,
      p.email,
      p.organisation,
      p.role,
      REGISTRATION_STATUS_LABELS[p.status][locale],
      stamp(p.registeredAt),
      p.checkedInAt ? stamp(p.checkedInAt) : "",
      ...questions.map((q) =>
        answerText(q, Object.hasOwn(p.answers, q.id) ? p.answers[q.id] : undefined, locale),
      ),
      p.diet,
      p.accessibility,
    ]);
  return [header, ...rows];
}

/**
 * A cell value made safe for a spreadsheet, by the same rule as toCsv: a value starting with
 * = + - @ tab or carriage return gets a leading ' so Excel and LibreOffice show it as text
 * instead of running it as a formula (a participant could type =HYPERLINK(…) as their name).
 */
export function neutraliseCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export interface OrganisationAttendance {
  organisation: string;
  /** Held a confirmed seat. */
  registered: number;
  /** Checked in on the day. */
  attended: number;
}

/**
 * Attendance per organisation, the evidence that a measure was carried out. Names are grouped
 * without regard to case and spacing ("Malmö stad" and "malmö  stad" are one), shown as first
 * written. Only counts leave this function: the follow-up needs how many, not who.
 */
export function attendanceByOrganisation(
  participants: readonly Pick<Participant, "organisation" | "status" | "checkedInAt">[],
): OrganisationAttendance[] {
  const groups = new Map<string, OrganisationAttendance>();
  for (const p of participants) {
    if (p.status !== "confirmed") continue;
    const shown = p.organisation.trim().replace(/\s+/g, " ");
    const key = shown.toLocaleLowerCase("sv");
    const group = groups.get(key) ?? { organisation: shown, registered: 0, attended: 0 };
    group.registered += 1;
    if (p.checkedInAt) group.attended += 1;
    groups.set(key, group);
  }
  return [...groups.values()].sort(
    (a, b) => b.attended - a.attended || a.organisation.localeCompare(b.organisation, "sv"),
  );
}

/** One sentence for the follow-up: "28 av 30 anmälda deltog, från 9 organisationer." */
export function attendanceSummary(counts: readonly OrganisationAttendance[]): Message {
  const registered = counts.reduce((sum, c) => sum + c.registered, 0);
  const attended = counts.reduce((sum, c) => sum + c.attended, 0);
  const organisations = counts.filter((c) => c.attended > 0).length;
  const orgSv = organisations === 1 ? "1 organisation" : `${organisations} organisationer`;
  const orgEn = organisations === 1 ? "1 organisation" : `${organisations} organisations`;
  return msg(
    `${attended} av ${registered} anmälda deltog, från ${orgSv}.`,
    `${attended} of ${registered} registered took part, from ${orgEn}.`,
  );
}
