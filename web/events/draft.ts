import type { EventDetails, EventInput } from "./types.ts";

/**
 * The editor's working copy of an event: everything as the user typed it (numbers and times as
 * text), lists with stable keys so focus and React state follow an item when it moves.
 */
export interface ItemDraft {
  key: string;
  start: string;
  end: string;
  title: string;
  speaker: string;
  isBreak: boolean;
}

export interface DayDraft {
  key: string;
  date: string;
  start: string;
  end: string;
  programme: ItemDraft[];
}

export type QuestionKind = "text" | "choice" | "yesNo";

export interface QuestionDraft {
  key: string;
  /** The stored id (answers are kept under it); new questions get one when added. */
  id: string;
  label: string;
  kind: QuestionKind;
  required: boolean;
  /** One option per line. */
  options: string;
}

export interface EventFormDraft {
  title: string;
  description: string;
  audience: string;
  days: DayDraft[];
  place: string;
  placeLater: boolean;
  onlineUrl: string;
  costKind: "free" | "amount";
  kronor: string;
  capacity: string;
  opensDate: string;
  opensTime: string;
  closesDate: string;
  closesTime: string;
  preReading: string;
  homework: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  questions: QuestionDraft[];
  consentText: string;
  anonymiseAfterMonths: string;
  reminderDaysBefore: string;
}

let counter = 0;
/** A key for a new list item, unique in this page. */
export function newKey(prefix: string): string {
  counter += 1;
  return `${prefix}${counter}`;
}

/** A question id the server accepts (a letter first, then letters, digits, - and _). */
export function newQuestionId(): string {
  return `q${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
}

export function emptyItem(start = "", end = ""): ItemDraft {
  return { key: newKey("item"), start, end, title: "", speaker: "", isBreak: false };
}

export function emptyDay(): DayDraft {
  return { key: newKey("day"), date: "", start: "09:00", end: "16:00", programme: [] };
}

export function emptyQuestion(): QuestionDraft {
  return {
    key: newKey("question"),
    id: newQuestionId(),
    label: "",
    kind: "text",
    required: false,
    options: "",
  };
}

function splitDateTime(value: string | null): [string, string] {
  if (!value) return ["", ""];
  const [date = "", time = ""] = value.split("T");
  return [date, time];
}

/** The form's copy of a saved event, or of a new one (with the given consent text). */
export function draftOf(details: EventDetails | null, consentText: string): EventFormDraft {
  const [opensDate, opensTime] = splitDateTime(details?.registrationOpens ?? null);
  const [closesDate, closesTime] = splitDateTime(details?.registrationCloses ?? null);
  return {
    title: details?.title ?? "",
    description: details?.description ?? "",
    audience: details?.audience ?? "",
    days: (details?.days ?? [emptyDayFields()]).map((day) => ({
      key: newKey("day"),
      date: day.date,
      start: day.start,
      end: day.end,
      programme: day.programme.map((item) => ({
        key: newKey("item"),
        start: item.start,
        end: item.end,
        title: item.title,
        speaker: item.speaker,
        isBreak: item.kind === "break",
      })),
    })),
    place: details?.place ?? "",
    placeLater: details?.placeLater ?? false,
    onlineUrl: details?.onlineUrl ?? "",
    costKind: details?.cost.kind ?? "free",
    kronor: details?.cost.kind === "amount" ? String(details.cost.kronor) : "",
    capacity: details?.capacity != null ? String(details.capacity) : "",
    opensDate,
    opensTime,
    closesDate,
    closesTime,
    preReading: details?.preReading ?? "",
    homework: details?.homework ?? "",
    contactName: details?.contact?.name ?? "",
    contactEmail: details?.contact?.email ?? "",
    contactPhone: details?.contact?.phone ?? "",
    questions: (details?.questions ?? []).map((q) => ({
      key: newKey("question"),
      id: q.id,
      label: q.label,
      kind: q.kind,
      required: q.required,
      options: q.options.join("\n"),
    })),
    consentText: details ? details.consentText : consentText,
    anonymiseAfterMonths: String(details?.anonymiseAfterMonths ?? 6),
    reminderDaysBefore: String(details?.reminderDaysBefore ?? 3),
  };
}

function emptyDayFields() {
  return { date: "", start: "09:00", end: "16:00", programme: [] };
}

/** "9", "930", "9.30", "09:30" → "09:30"; "" stays ""; anything else → null. */
export function normaliseTime(text: string): string | null {
  const value = text.trim();
  if (value === "") return "";
  const match = /^(\d{1,2})(?:[:.]?(\d{2}))?$/.exec(value);
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2] ?? "0");
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, "0")}:${String(minutes).padStart(2, "0")}`;
}

/** "12 000", "12000 kr" → 12000; "" → null; anything else → NaN. */
export function parseWhole(text: string): number | null {
  const digits = text.replace(/[\s\u00a0]/g, "").replace(/kr$/i, "");
  if (digits === "") return null;
  return /^-?\d+$/.test(digits) ? Number(digits) : Number.NaN;
}

export interface DraftMessages {
  time: string;
  number: string;
  dateMissing: string;
  timeMissing: string;
}

/**
 * The body the server expects, or the fields the user must fix first (times and numbers that
 * cannot be read; the rest is the server's to check, so the rules live in one place).
 */
export function inputOf(
  draft: EventFormDraft,
  messages: DraftMessages,
): { input: EventInput; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const time = (name: string, text: string): string => {
    const value = normaliseTime(text);
    if (value === null) {
      errors[name] = messages.time;
      return text;
    }
    return value;
  };
  const whole = (name: string, text: string): number | null => {
    const value = parseWhole(text);
    if (value !== null && Number.isNaN(value)) errors[name] = messages.number;
    return value;
  };
  const dateTime = (
    name: string,
    timeName: string,
    date: string,
    timeText: string,
  ): string | null => {
    const at = time(timeName, timeText);
    if (!date && !at) return null;
    if (!date) {
      errors[name] = messages.dateMissing;
      return null;
    }
    if (!at) {
      errors[timeName] = messages.timeMissing;
      return null;
    }
    return `${date}T${at}`;
  };

  const days = draft.days.map((day, i) => ({
    date: day.date,
    start: time(`days-${i}-start`, day.start),
    end: time(`days-${i}-end`, day.end),
    programme: day.programme.map((item, j) => ({
      start: time(`days-${i}-programme-${j}-start`, item.start),
      end: time(`days-${i}-programme-${j}-end`, item.end),
      title: item.title,
      speaker: item.speaker,
      kind: item.isBreak ? ("break" as const) : ("session" as const),
    })),
  }));
  days.forEach((day, i) => {
    if (!day.date) errors[`days-${i}-date`] = messages.dateMissing;
  });

  const kronor = whole("cost-kronor", draft.kronor);
  const contactGiven = [draft.contactName, draft.contactEmail, draft.contactPhone].some(
    (v) => v.trim() !== "",
  );
  const input: EventInput = {
    title: draft.title,
    description: draft.description,
    audience: draft.audience,
    days,
    place: draft.place,
    placeLater: draft.placeLater,
    onlineUrl: draft.onlineUrl.trim(),
    cost: draft.costKind === "free" ? { kind: "free" } : { kind: "amount", kronor: kronor ?? 0 },
    capacity: whole("capacity", draft.capacity),
    registrationOpens: dateTime("registrationOpens", "opensTime", draft.opensDate, draft.opensTime),
    registrationCloses: dateTime(
      "registrationCloses",
      "closesTime",
      draft.closesDate,
      draft.closesTime,
    ),
    preReading: draft.preReading,
    homework: draft.homework,
    contact: contactGiven
      ? { name: draft.contactName, email: draft.contactEmail.trim(), phone: draft.contactPhone }
      : null,
    questions: draft.questions.map((q) => ({
      id: q.id,
      label: q.label,
      kind: q.kind,
      required: q.required,
      options:
        q.kind === "choice"
          ? q.options
              .split("\n")
              .map((o) => o.trim())
              .filter(Boolean)
          : [],
    })),
    consentText: draft.consentText,
    anonymiseAfterMonths: whole("anonymiseAfterMonths", draft.anonymiseAfterMonths) ?? 6,
    reminderDaysBefore: whole("reminderDaysBefore", draft.reminderDaysBefore) ?? 0,
  };
  return { input, errors };
}

/** The editor's field name for a server path: "days.0.programme.1.end" → "days-0-programme-1-end". */
export function fieldNameOf(path: string): string {
  return path.replaceAll(".", "-");
}
