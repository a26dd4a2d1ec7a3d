import { z } from "zod";
import { formatAmount } from "../platform/format.ts";
import { isValidEmail } from "./email.ts";
import {
  type FieldNames,
  type Message,
  msg,
  type Problem,
  pathOf,
  problemsFromIssues,
} from "./problems.ts";
import {
  formatDateTime,
  formatTime,
  formatTimeRange,
  fromStockholm,
  instantOn,
  isLocalDate,
  isLocalDateTime,
  isLocalTime,
  type LocalDate,
  stockholmInstant,
} from "./time.ts";

/**
 * A training event (utbildning) as the organiser edits it: days with a time-slotted programme,
 * place, cost, capacity, the registration window in Stockholm time, preparation, contact, the
 * organiser's own questions and how long registrations are kept.
 *
 * Two schemas share one shape: a draft may be saved half-written (only the title is needed),
 * publishing needs what a visitor must know to register. The rules that span fields (times in
 * order, deadline before the start) apply to both whenever the values are there, so a draft
 * never stores a contradiction that would only surface at publication.
 */

export const PROGRAMME_ITEM_KINDS = ["session", "break"] as const;
export type ProgrammeItemKind = (typeof PROGRAMME_ITEM_KINDS)[number];

export const QUESTION_KINDS = ["text", "choice", "yesNo"] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export const MAX_DAYS = 14;
export const MAX_PROGRAMME_ITEMS = 40;
export const MAX_QUESTIONS = 20;
export const MAX_OPTIONS = 20;
export const MAX_COST_KRONOR = 1_000_000;

/** Registrations are anonymised this many months after the last day, unless set otherwise. */
export const DEFAULT_ANONYMISE_AFTER_MONTHS = 6;
export const MIN_ANONYMISE_AFTER_MONTHS = 1;
export const MAX_ANONYMISE_AFTER_MONTHS = 36;

/** The reminder goes out this many days before the first day; 0 sends none. */
export const DEFAULT_REMINDER_DAYS_BEFORE = 3;
export const MAX_REMINDER_DAYS_BEFORE = 30;

const text = (max: number) => z.string().trim().max(max);
const required = (max: number) => z.string().trim().min(1).max(max);
const localDate = z.string().refine(isLocalDate);
const localTime = z.string().refine(isLocalTime);
const localDateTime = z.string().refine(isLocalDateTime);

export const programmeItemSchema = z.object({
  start: localTime,
  end: localTime,
  title: required(300),
  /** Who speaks or leads it: a person, an organisation or both, as the organiser writes it. */
  speaker: text(200).default(""),
  kind: z.enum(PROGRAMME_ITEM_KINDS).default("session"),
});
export type ProgrammeItem = z.output<typeof programmeItemSchema>;

export const eventDaySchema = z.object({
  date: localDate,
  start: localTime,
  end: localTime,
  programme: z.array(programmeItemSchema).max(MAX_PROGRAMME_ITEMS).default([]),
});
export type EventDay = z.output<typeof eventDaySchema>;

export const costSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("free") }),
  /** Whole kronor per participant. */
  z.object({ kind: z.literal("amount"), kronor: z.number() }),
]);
export type Cost = z.output<typeof costSchema>;

export const contactSchema = z.object({
  name: text(200),
  email: text(254),
  phone: text(40).default(""),
});
export type Contact = z.output<typeof contactSchema>;

export const questionSchema = z.object({
  /** Stable while answers exist; answers are stored under it. */
  id: z.string().regex(/^[A-Za-z][A-Za-z0-9_-]{0,39}$/),
  label: required(300),
  kind: z.enum(QUESTION_KINDS),
  required: z.boolean().default(false),
  /** The choices of a "choice" question; ignored for the other kinds. */
  options: z.array(text(200)).max(MAX_OPTIONS).default([]),
});
export type Question = z.output<typeof questionSchema>;

const eventShape = z.object({
  title: required(200),
  description: text(10_000).default(""),
  audience: text(2000).default(""),
  days: z.array(eventDaySchema).max(MAX_DAYS).default([]),
  /** The place as text; with placeLater it is a hint ("in Malmö") until the place is decided. */
  place: text(500).default(""),
  placeLater: z.boolean().default(false),
  /** A link for taking part online; "" for none. */
  onlineUrl: text(2000).default(""),
  cost: costSchema.default({ kind: "free" }),
  capacity: z.number().nullable().default(null),
  /** Stockholm local time; null opens registration when the event is published. */
  registrationOpens: localDateTime.nullable().default(null),
  registrationCloses: localDateTime.nullable().default(null),
  preReading: text(10_000).default(""),
  homework: text(10_000).default(""),
  contact: contactSchema.nullable().default(null),
  questions: z.array(questionSchema).max(MAX_QUESTIONS).default([]),
  /** What the registrant agrees to about their personal data, shown next to the consent box. */
  consentText: text(5000).default(""),
  anonymiseAfterMonths: z.number().default(DEFAULT_ANONYMISE_AFTER_MONTHS),
  reminderDaysBefore: z.number().default(DEFAULT_REMINDER_DAYS_BEFORE),
});

/** An event as stored, draft or published. */
export type EventDraft = z.output<typeof eventShape>;
/** What the organiser's form sends: everything but the title may be left out. */
export type EventInput = z.input<typeof eventShape>;

export type ValidationMode = "draft" | "publish";

/** The names of the event's fields, for messages about shape. */
export const EVENT_FIELD_NAMES: FieldNames = {
  title: msg("Titel", "Title"),
  description: msg("Beskrivning", "Description"),
  audience: msg("Målgrupp", "Audience"),
  days: msg("Dagar", "Days"),
  date: msg("Datum", "Date"),
  start: msg("Starttid", "Start time"),
  end: msg("Sluttid", "End time"),
  programme: msg("Program", "Programme"),
  speaker: msg("Talare eller organisation", "Speaker or organisation"),
  kind: msg("Typ", "Kind"),
  place: msg("Plats", "Place"),
  placeLater: msg("Plats meddelas senare", "Place to be announced"),
  onlineUrl: msg("Länk för deltagande på distans", "Link for taking part online"),
  cost: msg("Kostnad", "Cost"),
  kronor: msg("Belopp", "Amount"),
  capacity: msg("Antal platser", "Number of seats"),
  registrationOpens: msg("Anmälan öppnar", "Registration opens"),
  registrationCloses: msg("Sista anmälningsdag", "Registration deadline"),
  preReading: msg("Läsning inför utbildningen", "Pre-reading"),
  homework: msg("Hemuppgift", "Homework"),
  contact: msg("Kontaktperson", "Contact person"),
  name: msg("Namn", "Name"),
  email: msg("E-postadress", "E-mail address"),
  phone: msg("Telefon", "Phone"),
  questions: msg("Egna frågor", "Own questions"),
  id: msg("Frågans id", "Question id"),
  label: msg("Fråga", "Question"),
  required: msg("Obligatorisk", "Required"),
  options: msg("Svarsalternativ", "Options"),
  consentText: msg("Text om personuppgifter", "Personal data notice"),
  anonymiseAfterMonths: msg("Avidentifiera efter (månader)", "Anonymise after (months)"),
  reminderDaysBefore: msg("Påminnelse (dagar före)", "Reminder (days before)"),
};

const isWhole = (n: number, min: number, max: number) =>
  Number.isInteger(n) && n >= min && n <= max;

function isHttpsUrl(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  return url.protocol === "https:" && url.hostname.includes(".");
}

const PHONE = /^\+?[0-9 ()-]{6,20}$/;

/** The rules the shape cannot express, for a draft or for publishing. */
export function eventProblems(event: EventDraft, mode: ValidationMode): Problem[] {
  const problems: Problem[] = [];
  const add = (field: string, message: Message) => problems.push({ field, message });
  const publishing = mode === "publish";

  if (event.capacity === null) {
    if (publishing) add("capacity", msg("Ange antal platser.", "Enter the number of seats."));
  } else if (!isWhole(event.capacity, 1, 100_000)) {
    add(
      "capacity",
      msg(
        "Antal platser måste vara ett heltal, minst 1.",
        "The number of seats must be a whole number, at least 1.",
      ),
    );
  }

  if (event.cost.kind === "amount" && !isWhole(event.cost.kronor, 1, MAX_COST_KRONOR)) {
    add(
      "cost.kronor",
      msg(
        `Kostnaden måste vara ett helt antal kronor, från 1 till ${formatAmount(MAX_COST_KRONOR, "sv")}. Välj ”Kostnadsfri” om utbildningen inte kostar något.`,
        `The cost must be whole kronor, from 1 to ${formatAmount(MAX_COST_KRONOR, "en")}. Choose “Free of charge” if the event costs nothing.`,
      ),
    );
  }

  if (
    !isWhole(event.anonymiseAfterMonths, MIN_ANONYMISE_AFTER_MONTHS, MAX_ANONYMISE_AFTER_MONTHS)
  ) {
    add(
      "anonymiseAfterMonths",
      msg(
        `Tiden tills anmälningarna avidentifieras måste vara ett helt antal månader, ${MIN_ANONYMISE_AFTER_MONTHS}–${MAX_ANONYMISE_AFTER_MONTHS}.`,
        `The time until registrations are anonymised must be whole months, ${MIN_ANONYMISE_AFTER_MONTHS}–${MAX_ANONYMISE_AFTER_MONTHS}.`,
      ),
    );
  }

  if (!isWhole(event.reminderDaysBefore, 0, MAX_REMINDER_DAYS_BEFORE)) {
    add(
      "reminderDaysBefore",
      msg(
        `Påminnelsen måste skickas ett helt antal dagar före, 0–${MAX_REMINDER_DAYS_BEFORE} (0 betyder ingen påminnelse).`,
        `The reminder must be sent whole days before, 0–${MAX_REMINDER_DAYS_BEFORE} (0 means no reminder).`,
      ),
    );
  }

  if (event.onlineUrl !== "" && !isHttpsUrl(event.onlineUrl)) {
    add(
      "onlineUrl",
      msg(
        "Länken för deltagande på distans måste vara en fullständig adress som börjar med https://.",
        "The link for taking part online must be a full address starting with https://.",
      ),
    );
  }

  if (event.contact === null) {
    if (publishing) add("contact", msg("Ange en kontaktperson.", "Enter a contact person."));
  } else {
    if (event.contact.name === "") {
      add(
        "contact.name",
        msg("Fyll i kontaktpersonens namn.", "Fill in the contact person's name."),
      );
    }
    if (!isValidEmail(event.contact.email)) {
      add(
        "contact.email",
        msg(
          "Kontaktpersonens e-postadress är inte giltig (till exempel namn@exempel.se).",
          "The contact person's e-mail address is not valid (for example name@example.com).",
        ),
      );
    }
    const phone = event.contact.phone;
    if (phone !== "" && (!PHONE.test(phone) || phone.replace(/\D/g, "").length < 6)) {
      add(
        "contact.phone",
        msg(
          "Kontaktpersonens telefonnummer får bara innehålla siffror, mellanslag, bindestreck och +.",
          "The contact person's phone number may only contain digits, spaces, hyphens and +.",
        ),
      );
    }
  }

  if (publishing && event.days.length === 0) {
    add(
      "days",
      msg(
        "Lägg till minst en dag med datum och tider.",
        "Add at least one day with a date and times.",
      ),
    );
  }
  event.days.forEach((day, i) => {
    dayProblems(day, i, event.days[i - 1], add);
  });

  if (publishing && event.place === "" && !event.placeLater && event.onlineUrl === "") {
    add(
      "place",
      msg(
        "Ange en plats, välj ”Plats meddelas senare” eller ange en länk för deltagande på distans.",
        "Enter a place, choose “Place to be announced” or enter a link for taking part online.",
      ),
    );
  }

  registrationWindowProblems(event, publishing, add);

  const seen = new Set<string>();
  event.questions.forEach((question, k) => {
    if (seen.has(question.id)) {
      add(
        `questions.${k}.id`,
        msg(
          `Frågan ”${question.label}” har samma id som en annan fråga.`,
          `The question “${question.label}” has the same id as another question.`,
        ),
      );
    }
    seen.add(question.id);
    if (question.kind !== "choice") return;
    const options = question.options.filter((o) => o !== "");
    if (options.length < 2) {
      add(
        `questions.${k}.options`,
        msg(
          `Frågan ”${question.label}” behöver minst två svarsalternativ.`,
          `The question “${question.label}” needs at least two options.`,
        ),
      );
    } else if (new Set(options.map((o) => o.toLowerCase())).size !== options.length) {
      add(
        `questions.${k}.options`,
        msg(
          `Frågan ”${question.label}” har samma svarsalternativ två gånger.`,
          `The question “${question.label}” has the same option twice.`,
        ),
      );
    }
  });

  if (publishing && event.consentText === "") {
    add(
      "consentText",
      msg(
        "Skriv texten om hur deltagarnas personuppgifter behandlas; den visas vid rutan som deltagaren kryssar i.",
        "Write the notice on how participants' personal data is handled; it is shown by the box the participant ticks.",
      ),
    );
  }
  return problems;
}

type Add = (field: string, message: Message) => void;

function dayProblems(day: EventDay, i: number, previous: EventDay | undefined, add: Add) {
  const n = i + 1;
  const at = `days.${i}`;
  if (previous && day.date <= previous.date) {
    add(
      `${at}.date`,
      msg(
        `Dag ${n} måste ha ett senare datum än dag ${i}; lägg dagarna i datumordning.`,
        `Day ${n} must have a later date than day ${i}; put the days in date order.`,
      ),
    );
  }
  if (day.end <= day.start) {
    add(
      `${at}.end`,
      msg(
        `Dag ${n} slutar innan den börjar: sluttiden måste vara efter starttiden.`,
        `Day ${n} ends before it starts: the end time must be after the start time.`,
      ),
    );
  }
  for (const key of ["start", "end"] as const) {
    const result = fromStockholm(`${day.date}T${day[key]}`);
    if (!result.ok) add(`${at}.${key}`, result.message);
  }

  const hours = msg(
    formatTimeRange(day.start, day.end, "sv"),
    formatTimeRange(day.start, day.end, "en"),
  );
  day.programme.forEach((item, j) => {
    const m = j + 1;
    const where = `${at}.programme.${j}`;
    if (item.end <= item.start) {
      add(
        `${where}.end`,
        msg(
          `Programpunkt ${m} på dag ${n} slutar innan den börjar.`,
          `Programme item ${m} on day ${n} ends before it starts.`,
        ),
      );
    }
    if (item.start < day.start || item.end > day.end) {
      add(
        `${where}.${item.start < day.start ? "start" : "end"}`,
        msg(
          `Programpunkt ${m} på dag ${n} ligger utanför dagens tider (${hours.sv}).`,
          `Programme item ${m} on day ${n} is outside the day's hours (${hours.en}).`,
        ),
      );
    }
    const before = day.programme[j - 1];
    if (!before) return;
    if (item.start < before.start) {
      add(
        `${where}.start`,
        msg(
          `Programpunkt ${m} på dag ${n} börjar före programpunkt ${j}; lägg programmet i tidsordning.`,
          `Programme item ${m} on day ${n} starts before item ${j}; put the programme in time order.`,
        ),
      );
    } else if (item.start < before.end) {
      add(
        `${where}.start`,
        msg(
          `Programpunkt ${m} på dag ${n} börjar ${formatTime(item.start, "sv")}, innan programpunkt ${j} slutar (${formatTime(before.end, "sv")}).`,
          `Programme item ${m} on day ${n} starts at ${formatTime(item.start, "en")}, before item ${j} ends (${formatTime(before.end, "en")}).`,
        ),
      );
    }
  });
}

function registrationWindowProblems(event: EventDraft, publishing: boolean, add: Add) {
  const opens = event.registrationOpens ? fromStockholm(event.registrationOpens) : null;
  const closes = event.registrationCloses ? fromStockholm(event.registrationCloses) : null;
  if (opens && !opens.ok) add("registrationOpens", opens.message);
  if (closes && !closes.ok) add("registrationCloses", closes.message);
  if (!closes && publishing) {
    add(
      "registrationCloses",
      msg(
        "Ange sista anmälningsdag med klockslag.",
        "Enter the registration deadline with a time.",
      ),
    );
  }
  if (opens?.ok && closes?.ok && closes.instant <= opens.instant) {
    add(
      "registrationCloses",
      msg(
        "Sista anmälningsdag måste vara efter att anmälan öppnar.",
        "The registration deadline must be after registration opens.",
      ),
    );
  }
  const first = event.days[0];
  if (!first) return;
  const start = fromStockholm(`${first.date}T${first.start}`);
  if (!start.ok) return;
  const startsAt = msg(
    formatDateTime(`${first.date}T${first.start}`, "sv"),
    formatDateTime(`${first.date}T${first.start}`, "en"),
  );
  if (closes?.ok && closes.instant > start.instant) {
    add(
      "registrationCloses",
      msg(
        `Sista anmälningsdag får inte vara efter att utbildningen börjar (${startsAt.sv}).`,
        `The registration deadline cannot be after the event starts (${startsAt.en}).`,
      ),
    );
  }
  if (opens?.ok && opens.instant >= start.instant) {
    add(
      "registrationOpens",
      msg(
        `Anmälan måste öppna innan utbildningen börjar (${startsAt.sv}).`,
        `Registration must open before the event starts (${startsAt.en}).`,
      ),
    );
  }
}

function withRules(mode: ValidationMode) {
  return eventShape.superRefine((event, ctx) => {
    for (const problem of eventProblems(event, mode)) {
      ctx.addIssue({
        code: "custom",
        path: pathOf(problem.field),
        message: problem.message.en,
        params: { message: problem.message },
      });
    }
  });
}

/** Saving a draft: only the title is required; what is filled in must be consistent. */
export const eventDraftSchema = withRules("draft");
/** Publishing: also days, a place (or "later", or online), seats, deadline, contact, notice. */
export const eventPublishSchema = withRules("publish");

export type EventValidation = { ok: true; event: EventDraft } | { ok: false; problems: Problem[] };

/** Parses and checks an event for saving or publishing; problems name the field in sv and en. */
export function validateEvent(input: unknown, mode: ValidationMode): EventValidation {
  const result = (mode === "publish" ? eventPublishSchema : eventDraftSchema).safeParse(input);
  if (result.success) return { ok: true, event: result.data };
  return { ok: false, problems: problemsFromIssues(result.error.issues, EVENT_FIELD_NAMES) };
}

/** When the event and its registration happen, as instants; null where not set yet. */
export interface EventTimes {
  startsAt: Date | null;
  endsAt: Date | null;
  opensAt: Date | null;
  closesAt: Date | null;
  /** The Stockholm date of the last day, which the retention rules count from. */
  lastDate: LocalDate | null;
}

/** The instants of a validated event (its times exist, so this does not throw). */
export function eventTimes(
  event: Pick<EventDraft, "days" | "registrationOpens" | "registrationCloses">,
): EventTimes {
  const first = event.days[0];
  const last = event.days[event.days.length - 1];
  return {
    startsAt: first ? instantOn(first.date, first.start) : null,
    endsAt: last ? instantOn(last.date, last.end) : null,
    opensAt: event.registrationOpens ? stockholmInstant(event.registrationOpens) : null,
    closesAt: event.registrationCloses ? stockholmInstant(event.registrationCloses) : null,
    lastDate: last ? last.date : null,
  };
}

/** The cost as the event page writes it: "Kostnadsfritt" or "1 500 kr". */
export function formatCost(cost: Cost, locale: "sv" | "en"): string {
  if (cost.kind === "free") return locale === "sv" ? "Kostnadsfritt" : "Free of charge";
  return formatAmount(cost.kronor, locale);
}

/** Where the event is, in words: the place, "to be announced (hint)" or online. */
export function placeText(
  event: Pick<EventDraft, "place" | "placeLater" | "onlineUrl">,
  locale: "sv" | "en",
): string {
  const later = locale === "sv" ? "Plats meddelas senare" : "Place to be announced";
  const online = locale === "sv" ? "På distans" : "Online";
  if (event.placeLater) return event.place ? `${later} (${event.place})` : later;
  if (event.place) return event.place;
  return event.onlineUrl ? online : later;
}
