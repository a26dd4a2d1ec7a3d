import type { EvaluationQuestion } from "../../../core/events/evaluation.ts";
import type { EventDraft } from "../../../core/events/event.ts";
import type { Message, Problem } from "../../../core/events/problems.ts";
import type { RegistrationStatus } from "../../../core/events/registration.ts";
import type { PublicState } from "../../../core/events/state.ts";
import type { FormatLocale } from "../../../core/platform/format.ts";

/**
 * What the routes hand to the render functions of the public event pages. Everything is plain
 * data: the event as core/events stores it, the state core/events derived, and every URL, so no
 * address is written in this folder.
 */

export type Locale = FormatLocale;

/** The organisation that runs the events, as its pages name it. */
export interface OrganisationView {
  name: string;
  /** Its public list of upcoming events. */
  eventsUrl: string;
}

/** What every page needs: the language, whose page it is and the same page in the other language. */
export interface PageContext {
  locale: Locale;
  organisation: OrganisationView;
  /** The same page in the other language (sv ↔ en). */
  languageUrl: string;
  /**
   * Hidden inputs every form on the page posts, e.g. a CSRF token `{ _csrf: "…" }`. Values are
   * escaped like all other text.
   */
  hiddenFields?: Record<string, string>;
  /**
   * A CSP nonce for the inline stylesheet. Without one, allow the sheet by its hash
   * (`PAGE_STYLE_HASH` from layout.ts) in `style-src`.
   */
  styleNonce?: string;
}

/** An event row as core/events types it, with its id. */
export type PublicEvent = EventDraft & { id: string };

/** A link the caller gives: where it goes and what it says. */
export interface LinkView {
  href: string;
  text: string;
}

/** A value as a form posts it; checkboxes post "on", repeated names post arrays. */
export type PostedValue = string | readonly string[] | boolean | undefined | null;
/** Posted values by field name; answers may be flat ("answers.q1") or nested ({ answers: { q1 } }). */
export type PostedValues = { [name: string]: PostedValue | PostedValues };

/** A form that came back: what was posted, to fill the fields in again, and what is wrong. */
export interface FormState {
  values: PostedValues;
  /** core/events problems; `field` is the field's name ("email", "answers.q1", "overall"). */
  problems: readonly Problem[];
}

/** The public page of one event, with the registration form when registration is possible. */
export interface EventPageView extends PageContext {
  event: PublicEvent;
  /** From core/events/state.ts publicState(). */
  state: PublicState;
  /** The registration deadline as an instant (eventTimes(event).closesAt). */
  closesAt: Date;
  /** Present when a posted registration came back with problems. */
  form?: FormState;
  /** Documents for preparation and homework, when the organiser has attached any. */
  files?: { preReading?: readonly LinkView[]; homework?: readonly LinkView[] };
  actions: {
    /** Where the registration form posts. */
    register: string;
  };
}

/** One row of the organisation's list of upcoming events. */
export interface EventListItem {
  event: PublicEvent;
  state: PublicState;
  closesAt: Date;
  /** The event's public page. */
  url: string;
}

export interface EventListView extends PageContext {
  /** The organisation's upcoming published events, in the order to show them. */
  events: readonly EventListItem[];
}

/** After a registration was received: "check your e-mail to confirm". */
export interface RegisteredView extends PageContext {
  event: PublicEvent;
  /** The address the confirmation was sent to, as the person typed it. */
  email: string;
  /** The event was fully booked, so the registration is for the waiting list. */
  waitlisted?: boolean;
  actions: {
    /** Back to the event's page. */
    event: string;
  };
}

/** The page a confirmation link opens: one POST button, since mail scanners open links. */
export interface ConfirmView extends PageContext {
  event: PublicEvent;
  /** The address being confirmed, when known. */
  email?: string;
  actions: {
    /** Where the confirm button posts. */
    confirm: string;
    event: string;
  };
}

/** The person's own registration as their personal link shows it. */
export interface RegistrationView {
  name: string;
  email: string;
  organisation: string;
  role: string;
  /** "" when not given or already deleted after the event. */
  diet: string;
  accessibility: string;
  /** Answers to the organiser's questions by question id. */
  answers: Record<string, string>;
  status: RegistrationStatus;
  /** 1 for next in line; null when not on the waitlist. */
  waitlistPosition: number | null;
}

export interface MyRegistrationView extends PageContext {
  event: PublicEvent;
  state: PublicState;
  registration: RegistrationView;
  /** The event has ended: the registration can no longer be cancelled. */
  eventOver: boolean;
  actions: {
    /** Where the cancel button posts. */
    cancel: string;
    event: string;
    /** An iCalendar file of the event, when the route offers one. */
    calendar?: string;
  };
}

export type NoticeTone = "info" | "success" | "warning" | "error";

/** A short page with a title, a message and perhaps a link; see NOTICES in notice-pages.ts. */
export interface NoticeView extends PageContext {
  title: Message;
  /** One message per paragraph. */
  message: Message | readonly Message[];
  tone?: NoticeTone;
  /** Its text comes in both languages too. */
  link?: { href: string; text: Message };
}

/** The evaluation form sent after the event. */
export interface EvaluationPageView extends PageContext {
  event: PublicEvent;
  /** Defaults to DEFAULT_EVALUATION. */
  questions?: readonly EvaluationQuestion[];
  form?: FormState;
  actions: {
    /** Where the form posts. */
    submit: string;
  };
}
