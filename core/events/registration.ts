import { z } from "zod";
import { isValidEmail, normaliseEmail } from "./email.ts";
import type { Question } from "./event.ts";
import {
  type FieldNames,
  type Message,
  msg,
  type Problem,
  problemsFromIssues,
} from "./problems.ts";

/**
 * The public registration form (anmälan) and the seat rules. A registration asks for what the
 * organiser needs and no more: name, e-mail, organisation, role, optional needs, the
 * organiser's own questions and consent to the notice on personal data.
 */

/** confirmed: has a seat; waitlisted: in line for one; cancelled: by the person or the event. */
export const REGISTRATION_STATUSES = ["confirmed", "waitlisted", "cancelled"] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

export const REGISTRATION_STATUS_LABELS: Record<RegistrationStatus, Message> = {
  confirmed: msg("Bekräftad plats", "Confirmed seat"),
  waitlisted: msg("Väntelista", "Waiting list"),
  cancelled: msg("Avbokad", "Cancelled"),
};

/**
 * The field a person never sees (hidden by CSS and out of the tab order) but a form-filling bot
 * fills in. Named like an ordinary field so bots take the bait.
 */
export const HONEYPOT_FIELD = "website";

export const MAX_NEED_LENGTH = 300;
export const MAX_TEXT_ANSWER_LENGTH = 1000;

/** yes/no answers as the form posts them. */
export const YES = "yes";
export const NO = "no";

const field = z.string().default("");

/**
 * The form as posted; all strings, so the server-rendered page without JavaScript and the
 * script-driven one post the same thing. Consent is a checkbox: "on" when ticked.
 */
export const registrationFormSchema = z.object({
  name: field,
  email: field,
  organisation: field,
  role: field,
  diet: field,
  accessibility: field,
  answers: z.record(z.string(), z.string()).default({}),
  consent: z.union([z.boolean(), z.string()]).optional(),
  [HONEYPOT_FIELD]: field,
});
export type RegistrationForm = z.input<typeof registrationFormSchema>;

/** A registration ready to store. */
export interface RegistrationData {
  name: string;
  /** As typed (trimmed), for sending mail. */
  email: string;
  /** Trimmed and lower-case: the same person registering twice has the same key. */
  emailKey: string;
  organisation: string;
  role: string;
  diet: string;
  accessibility: string;
  /** Answers by question id; unanswered optional questions are left out. */
  answers: Record<string, string>;
}

export type RegistrationValidation =
  | { kind: "ok"; registration: RegistrationData }
  | { kind: "invalid"; problems: Problem[] }
  /** The honeypot was filled in: drop it without telling the sender anything different. */
  | { kind: "bot"; message: Message };

export const REGISTRATION_FIELD_NAMES: FieldNames = {
  name: msg("Namn", "Name"),
  email: msg("E-postadress", "E-mail address"),
  organisation: msg("Organisation", "Organisation"),
  role: msg("Roll eller befattning", "Role or position"),
  diet: msg("Kost", "Diet"),
  accessibility: msg("Tillgänglighet", "Accessibility"),
  answers: msg("Svar", "Answers"),
  consent: msg("Godkännande", "Consent"),
};

const CONSENT_GIVEN = new Set(["on", "true", "yes", "1"]);

function lengthProblem(
  value: string,
  max: number,
  fieldName: string,
  name: Message,
): Problem | null {
  return value.length > max
    ? {
        field: fieldName,
        message: msg(
          `”${name.sv}” får vara högst ${max} tecken.`,
          `“${name.en}” can be at most ${max} characters.`,
        ),
      }
    : null;
}

/**
 * Checks a posted registration against the event's questions. A filled-in honeypot is
 * reported before anything else, so a bot learns nothing from validation messages.
 */
export function validateRegistration(
  input: unknown,
  questions: readonly Question[],
): RegistrationValidation {
  const parsed = registrationFormSchema.safeParse(input);
  if (!parsed.success) {
    return {
      kind: "invalid",
      problems: problemsFromIssues(parsed.error.issues, REGISTRATION_FIELD_NAMES),
    };
  }
  const form = parsed.data;
  if (form[HONEYPOT_FIELD].trim() !== "") {
    return {
      kind: "bot",
      message: msg(
        "Ser ut som en robot: det dolda fältet var ifyllt.",
        "Looks like a bot: the hidden field was filled in.",
      ),
    };
  }

  const problems: Problem[] = [];
  const add = (p: Problem | null) => {
    if (p) problems.push(p);
  };
  const names = REGISTRATION_FIELD_NAMES;
  const name = form.name.trim();
  const email = form.email.trim();
  const organisation = form.organisation.trim();
  const role = form.role.trim();
  const diet = form.diet.trim();
  const accessibility = form.accessibility.trim();

  if (name === "") add({ field: "name", message: msg("Fyll i ditt namn.", "Fill in your name.") });
  add(lengthProblem(name, 200, "name", names.name!));
  if (email === "") {
    add({
      field: "email",
      message: msg(
        "Fyll i din e-postadress; bekräftelsen skickas dit.",
        "Fill in your e-mail address; the confirmation is sent there.",
      ),
    });
  } else if (!isValidEmail(email)) {
    add({
      field: "email",
      message: msg(
        "E-postadressen är inte giltig. Skriv den som namn@exempel.se; bekräftelsen skickas dit.",
        "The e-mail address is not valid. Write it as name@example.com; the confirmation is sent there.",
      ),
    });
  }
  if (organisation === "") {
    add({
      field: "organisation",
      message: msg(
        "Fyll i vilken organisation du kommer från.",
        "Fill in which organisation you come from.",
      ),
    });
  }
  add(lengthProblem(organisation, 200, "organisation", names.organisation!));
  add(lengthProblem(role, 200, "role", names.role!));
  add(lengthProblem(diet, MAX_NEED_LENGTH, "diet", names.diet!));
  add(lengthProblem(accessibility, MAX_NEED_LENGTH, "accessibility", names.accessibility!));

  const answers: Record<string, string> = {};
  for (const question of questions) {
    // Only the event's own questions are kept: anything else posted is not stored.
    // Own keys only: a question id like "constructor" must not reach Object.prototype.
    const answer = (
      Object.hasOwn(form.answers, question.id) ? form.answers[question.id]! : ""
    ).trim();
    const at = `answers.${question.id}`;
    const q = question.label;
    if (answer === "") {
      if (question.required)
        add({ field: at, message: msg(`Svara på frågan ”${q}”.`, `Answer the question “${q}”.`) });
      continue;
    }
    if (question.kind === "text" && answer.length > MAX_TEXT_ANSWER_LENGTH) {
      add({
        field: at,
        message: msg(
          `Svaret på frågan ”${q}” får vara högst ${MAX_TEXT_ANSWER_LENGTH} tecken.`,
          `The answer to “${q}” can be at most ${MAX_TEXT_ANSWER_LENGTH} characters.`,
        ),
      });
    } else if (question.kind === "choice" && !question.options.includes(answer)) {
      add({
        field: at,
        message: msg(
          `Välj ett av alternativen för frågan ”${q}”.`,
          `Choose one of the options for “${q}”.`,
        ),
      });
    } else if (question.kind === "yesNo" && answer !== YES && answer !== NO) {
      add({
        field: at,
        message: msg(`Svara ja eller nej på frågan ”${q}”.`, `Answer yes or no to “${q}”.`),
      });
    }
    answers[question.id] = answer;
  }

  const consent = form.consent;
  if (!(consent === true || (typeof consent === "string" && CONSENT_GIVEN.has(consent)))) {
    add({
      field: "consent",
      message: msg(
        "Kryssa i att du har läst texten om hur dina personuppgifter behandlas; utan det kan vi inte ta emot anmälan.",
        "Tick that you have read how your personal data is handled; without it we cannot take your registration.",
      ),
    });
  }

  if (problems.length > 0) return { kind: "invalid", problems };
  return {
    kind: "ok",
    registration: {
      name,
      email,
      emailKey: normaliseEmail(email),
      organisation,
      role,
      diet,
      accessibility,
      answers,
    },
  };
}

/** The answer to the second registration with an address already registered for the event. */
export const DUPLICATE_REGISTRATION: Problem = {
  field: "email",
  message: msg(
    "Den här e-postadressen är redan anmäld till utbildningen. Länken för att se eller avboka anmälan finns i bekräftelsemejlet.",
    "This e-mail address is already registered for the event. The link to see or cancel the registration is in the confirmation e-mail.",
  ),
};

/** Whether the address is already among the event's active registrations. */
export function isDuplicate(email: string, activeEmailKeys: Iterable<string>): boolean {
  const key = normaliseEmail(email);
  for (const existing of activeEmailKeys) if (existing === key) return true;
  return false;
}

/** A new registration gets a seat while one is free, otherwise a place on the waitlist. */
export function seatFor(confirmed: number, capacity: number): "confirmed" | "waitlisted" {
  return confirmed < capacity ? "confirmed" : "waitlisted";
}

export interface PromotionInput<T> {
  capacity: number;
  /** Confirmed seats now, after the change (a cancellation, a larger capacity). */
  confirmed: number;
  /** Waitlisted registrations, first registered first. */
  waitlist: readonly T[];
  now: Date;
  /** The first day's start: once the event has begun, nobody is promoted. */
  startsAt: Date;
}

/**
 * Who moves from the waitlist to a seat: as many as there are free seats, in the order they
 * registered. Promotion continues after the registration deadline, since those on the list
 * have asked for a seat, but stops when the event starts and a seat could no longer be used.
 */
export function promotions<T>(input: PromotionInput<T>): T[] {
  if (input.now >= input.startsAt) return [];
  const free = Math.max(0, input.capacity - input.confirmed);
  return input.waitlist.slice(0, free);
}

/**
 * Who is promoted when one registration is cancelled. Only a cancelled seat frees a seat;
 * someone leaving the waitlist frees nothing.
 */
export function promotedAfterCancellation<T>(
  cancelled: RegistrationStatus,
  input: Omit<PromotionInput<T>, "confirmed"> & { confirmedBefore: number },
): T[] {
  const confirmed = cancelled === "confirmed" ? input.confirmedBefore - 1 : input.confirmedBefore;
  return promotions({ ...input, confirmed });
}

/** A registration's place on the waitlist, 1 for the next in line; null when not on it. */
export function waitlistPosition<T>(registration: T, waitlist: readonly T[]): number | null {
  const index = waitlist.indexOf(registration);
  return index < 0 ? null : index + 1;
}
