import type { EventDraft, EventInput } from "../../core/events/event.ts";

/** The event as the organiser's form edits it (core/events/event.ts). */
export type EventDetails = EventDraft;
export type { EventInput };

export type EventStatus = "draft" | "published" | "cancelled" | "held";

export type EventStateKind =
  | "draft"
  | "notYetOpen"
  | "open"
  | "fullyBooked"
  | "closed"
  | "cancelled"
  | "held";

export interface EventState {
  kind: EventStateKind;
  /** With "open": seats still free. */
  seatsLeft?: number;
  /** With "notYetOpen": when registration opens (ISO instant). */
  opensAt?: string;
}

export interface SeatCounts {
  confirmed: number;
  waitlisted: number;
  unconfirmed: number;
  cancelled: number;
  checkedIn: number;
}

/** GET /api/organisations/:id/events/:eventId */
export interface TrainingEvent {
  id: string;
  status: EventStatus;
  details: EventDetails;
  state: EventState;
  counts: SeatCounts;
  startsAt: string | null;
  endsAt: string | null;
  measure: MeasureOption | null;
  publicUrl: string;
  version: number;
  updatedAt: string;
}

export interface MeasureOption {
  id: string;
  title: string;
  year: number;
}

export type RegistrationStatus = "unconfirmed" | "confirmed" | "waitlisted" | "cancelled";

export interface Registration {
  id: string;
  status: RegistrationStatus;
  name: string;
  email: string;
  organisation: string;
  role: string;
  diet: string;
  accessibility: string;
  answers: Record<string, string>;
  registeredAt: string;
  checkedInAt: string | null;
  waitlistPosition: number | null;
}

export interface Attendance {
  organisation: string;
  registered: number;
  attended: number;
}

/** GET …/events/:eventId/registrations */
export interface RegistrationList {
  registrations: Registration[];
  attendance: Attendance[];
}

export type EventAction = "publish" | "cancel" | "markHeld" | "backToDraft";

interface Text {
  sv: string;
  en: string;
}

export type EvaluationQuestionSummary =
  | {
      id: string;
      kind: "grade";
      label: Text;
      n: number;
      mean: number | null;
      distribution: [number, number, number, number, number];
    }
  | { id: string; kind: "text"; label: Text; n: number; answers: string[] };

/** GET …/events/:eventId/evaluation */
export interface EvaluationSummary {
  responses: number;
  questions: EvaluationQuestionSummary[];
}

export type FileKind = "preReading" | "homework";

/** A pre-reading or homework file (GET …/events/:eventId/files). */
export interface EventFile {
  id: string;
  kind: FileKind;
  fileName: string;
  contentType: string;
  size: number;
}
