import type { RegistrationStatus } from "./registration.ts";
import { addDays, addMonths, instantOn, type LocalDate } from "./time.ts";

/**
 * When personal data in registrations goes (GDPR art. 5.1 c and e: no more than needed, no
 * longer than needed), counted in Stockholm calendar days from the event's last day:
 *
 * - The optional needs (diet, accessibility) serve the day itself and may reveal health or
 *   religion, so they are deleted at the start of the day after the event ends.
 * - The rest of the registration is anonymised at the start of the day N months after the last
 *   day (N set per event, 6 by default), kept that long for follow-up, certificates and
 *   questions. What remains is what the attendance evidence needs: organisation, status and
 *   whether the person came.
 *
 * "At the start of the day" is 00.00 Stockholm time, found through the tz rules, so a date
 * inside summer time and one inside winter time both fall at local midnight.
 */

/** The date on which, and the instant from which, something is due. */
export interface Due {
  date: LocalDate;
  at: Date;
}

const startOf = (date: LocalDate): Due => ({ date, at: instantOn(date, "00:00") });

/** When a registration's name, e-mail, role and answers are due for anonymisation. */
export function anonymisationDue(lastDate: LocalDate, months: number): Due {
  return startOf(addMonths(lastDate, months));
}

/** When the optional needs (diet, accessibility) are due for deletion: the day after the end. */
export function needsDeletionDue(lastDate: LocalDate): Due {
  return startOf(addDays(lastDate, 1));
}

export const isDue = (due: Due, now: Date): boolean => now >= due.at;

export interface StoredRegistration {
  name: string;
  email: string;
  emailKey: string;
  organisation: string;
  role: string;
  status: RegistrationStatus;
  checkedInAt: Date | null;
  diet: string;
  accessibility: string;
  answers: Record<string, string>;
}

/** The registration with the needs removed, as stored after needsDeletionDue. */
export function withoutNeeds<T extends StoredRegistration>(registration: T): T {
  return { ...registration, diet: "", accessibility: "" };
}

/**
 * The registration as kept after anonymisationDue: only what attendance per organisation
 * needs. Answers to the organiser's own questions go too, as free text can name anyone.
 * Fields not named in StoredRegistration (ids, timestamps) pass through unchanged.
 */
export function anonymised<T extends StoredRegistration>(registration: T): T {
  return {
    ...registration,
    name: "",
    email: "",
    emailKey: "",
    role: "",
    diet: "",
    accessibility: "",
    answers: {},
  };
}
