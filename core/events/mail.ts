import type { FormatLocale } from "../platform/format.ts";
import { type EventDay, type EventDraft, formatCost } from "./event.ts";
import {
  formatInstant,
  formatLongDate,
  formatTime,
  formatTimeRange,
  type LocalDate,
  stockholmDate,
} from "./time.ts";

/**
 * The e-mails a registrant of a training event gets, from "confirm your address" to "what did
 * you think?", as plain text in Swedish or English. Pure: the caller passes the links, the
 * clock and the event; sending (and attaching the calendar invite from calendar.ts) is the
 * outbox's job.
 *
 * A mail never says more about the person than their name: their diet, accessibility needs and
 * answers to the organiser's questions stay in the registration, because a mail is forwarded,
 * printed and read over shoulders. The input types therefore carry only the name; passing a
 * whole registration as the recipient is harmless, nothing else of it is read.
 *
 * Days and times are Stockholm local time, as the event stores them; instants (the moment of a
 * cancellation) are shown on a Stockholm clock too.
 */

export type MailLocale = FormatLocale;

/** An e-mail ready for the outbox: a one-line subject and a plain-text body. */
export interface Mail {
  subject: string;
  text: string;
}

/** The event as stored, with its id. */
export type MailEvent = EventDraft & { id: string };

/** What every event mail needs. */
export interface EventMailInput {
  event: MailEvent;
  /** The organisation that arranges the event, named in the signature. */
  organisation: string;
  /** Only the name is used. */
  recipient: { name: string };
  /** The public event page. */
  eventUrl: string;
  locale: MailLocale;
  now: Date;
}

export interface ConfirmEmailInput extends EventMailInput {
  /** The link that confirms the address and completes the registration. */
  confirmUrl: string;
}

/** Mails to someone with an active registration carry their own link to see or cancel it. */
export interface RegisteredMailInput extends EventMailInput {
  registrationUrl: string;
}

export interface WaitlistedInput extends RegisteredMailInput {
  /** 1 for the next in line. */
  position: number;
}

/** Where the event is held, before or after a change. */
export type PlaceFields = Pick<EventDraft, "place" | "placeLater">;

/**
 * One change the registrant should know about:
 * - place: the venue (or "to be announced") changed;
 * - online: the link for taking part online changed, was added ("" before) or removed ("" after);
 * - day: a day's date or times changed; before null for an added day, after null for a removed one.
 */
export type EventChange =
  | { kind: "place"; before: PlaceFields; after: PlaceFields }
  | { kind: "online"; before: string; after: string }
  | { kind: "day"; before: EventDay | null; after: EventDay | null };

export interface EventChangedInput extends RegisteredMailInput {
  changes: readonly EventChange[];
}

export interface EventCancelledInput extends EventMailInput {
  /** The organiser's own words about the cancellation; "" or left out for none. */
  message?: string;
}

export interface RegistrationCancelledInput extends EventMailInput {
  /** What the person gave up: a seat or a place on the waiting list. */
  previousStatus: "confirmed" | "waitlisted";
}

export interface OrganiserMessageInput extends RegisteredMailInput {
  /** The organiser's subject and message, as written. */
  subject: string;
  body: string;
  /** Who writes; the event's contact person when left out. */
  sender?: { name: string };
}

export interface EvaluationMailInput extends EventMailInput {
  evaluationUrl: string;
}

// ---------------------------------------------------------------------------------------------
// Building blocks

type L = MailLocale;

const pick = (locale: L, sv: string, en: string) => (locale === "sv" ? sv : en);

/** A subject is one header line: no line breaks from a title or an organiser's subject. */
const oneLine = (value: string) => value.replace(/\s+/g, " ").trim();

function greeting(input: EventMailInput): string {
  const name = input.recipient.name.trim();
  return pick(input.locale, name ? `Hej ${name}!` : "Hej!", name ? `Hello ${name}!` : "Hello!");
}

/** "tisdag 16 mars 2027 kl. 08.45–16.00" / "Tuesday 16 March 2027, 08:45–16:00". */
function dayText(day: EventDay, locale: L): string {
  const range = formatTimeRange(day.start, day.end, locale);
  return `${formatLongDate(day.date, locale)}${pick(locale, " kl. ", ", ")}${range}`;
}

/** Every day on a line of its own, numbered when there are several. */
function dayLines(event: MailEvent, locale: L): string[] {
  const days = event.days;
  if (days.length === 0) {
    return [pick(locale, "Datum och tider meddelas senare.", "Dates and times to be announced.")];
  }
  if (days.length === 1) return [dayText(days[0]!, locale)];
  return days.map((day, i) => `${pick(locale, "Dag", "Day")} ${i + 1}: ${dayText(day, locale)}`);
}

/** The place in words, with "meddelas senare" and the organiser's hint while it is undecided. */
function placeWords(place: PlaceFields, hasOnline: boolean, locale: L): string {
  const later = pick(locale, "meddelas senare", "to be announced");
  if (place.placeLater) return place.place ? `${later} (${place.place})` : later;
  if (place.place) return place.place;
  return hasOnline ? pick(locale, "på distans", "online") : pick(locale, "ingen plats", "no venue");
}

function whereLines(event: MailEvent, locale: L): string[] {
  const online = event.onlineUrl !== "";
  const lines = [`${pick(locale, "Plats", "Place")}: ${placeWords(event, online, locale)}`];
  if (online) {
    lines.push(`${pick(locale, "Delta på distans", "Take part online")}: ${event.onlineUrl}`);
  }
  if (event.placeLater) {
    lines.push(
      pick(
        locale,
        "Vi mejlar dig när platsen är bestämd.",
        "We will e-mail you when the place is decided.",
      ),
    );
  }
  return lines;
}

function costLine(event: MailEvent, locale: L): string {
  const cost = formatCost(event.cost, locale);
  const per =
    event.cost.kind === "amount" ? pick(locale, " per deltagare", " per participant") : "";
  return `${pick(locale, "Kostnad", "Cost")}: ${cost}${per}`;
}

function preparationLines(event: MailEvent, locale: L): string[] {
  const lines: string[] = [];
  if (event.preReading.trim()) {
    lines.push(
      "",
      pick(locale, "Att läsa före utbildningen:", "To read before the event:"),
      event.preReading.trim(),
    );
  }
  if (event.homework.trim()) {
    lines.push("", pick(locale, "Hemuppgift:", "Homework:"), event.homework.trim());
  }
  return lines;
}

function contactLines(event: MailEvent, locale: L): string[] {
  const contact = event.contact;
  if (!contact || (!contact.name && !contact.email)) return [];
  const parts = [contact.name, contact.email, contact.phone].filter((p) => p.trim() !== "");
  return ["", `${pick(locale, "Frågor? Kontakta", "Questions? Contact")} ${parts.join(", ")}.`];
}

/** The name, place, days, cost and preparation: what someone with a seat needs to know. */
function detailLines(event: MailEvent, locale: L): string[] {
  return [
    event.title,
    ...dayLines(event, locale),
    ...whereLines(event, locale),
    costLine(event, locale),
    ...preparationLines(event, locale),
  ];
}

function manageLine(input: RegisteredMailInput): string[] {
  return [
    "",
    pick(input.locale, "Se eller avboka din anmälan:", "See or cancel your registration:"),
    input.registrationUrl,
  ];
}

function moreLine(input: EventMailInput): string[] {
  return ["", pick(input.locale, "Mer om utbildningen:", "More about the event:"), input.eventUrl];
}

/** The signature, then one line on why the mail came. */
function footer(input: EventMailInput, why: string): string[] {
  const { event, locale } = input;
  const contact = event.contact;
  const lines = ["", pick(locale, "Vänliga hälsningar", "Kind regards")];
  if (input.organisation.trim()) lines.push(input.organisation.trim());
  if (contact?.name) {
    lines.push(
      contact.email
        ? `${pick(locale, "Kontaktperson", "Contact person")}: ${contact.name}, ${contact.email}`
        : `${pick(locale, "Kontaktperson", "Contact person")}: ${contact.name}`,
    );
  } else if (contact?.email) {
    lines.push(contact.email);
  }
  lines.push("", why);
  return lines;
}

/** Joins lines into a body: no runs of blank lines, no trailing spaces, one final newline. */
function body(lines: readonly string[]): string {
  return `${lines
    .map((l) => l.replace(/[ \t]+$/gm, ""))
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim()}\n`;
}

const mail = (subject: string, lines: readonly string[]): Mail => ({
  subject: oneLine(subject),
  text: body(lines),
});

function invite(locale: L, updated = false): string[] {
  return [
    "",
    updated
      ? pick(
          locale,
          "En uppdaterad kalenderinbjudan finns bifogad. Öppna den så flyttas utbildningen i din kalender.",
          "An updated calendar invite is attached. Open it and the event moves in your calendar.",
        )
      : pick(
          locale,
          "En kalenderinbjudan finns bifogad, så att du kan lägga in dagarna i din kalender.",
          "A calendar invite is attached so you can add the days to your calendar.",
        ),
  ];
}

const DAY_MS = 86_400_000;

function daysBetween(from: LocalDate, to: LocalDate): number {
  const utc = (d: LocalDate) => {
    const [y, m, day] = d.split("-").map(Number) as [number, number, number];
    return Date.UTC(y, m - 1, day);
  };
  return Math.round((utc(to) - utc(from)) / DAY_MS);
}

// ---------------------------------------------------------------------------------------------
// The mails

/** 1. Confirm the address: nothing is booked until the link is followed. */
export function confirmEmailMail(input: ConfirmEmailInput): Mail {
  const { event, locale } = input;
  const sv = locale === "sv";
  return mail(
    pick(
      locale,
      `Bekräfta din anmälan till ${event.title}`,
      `Confirm your registration for ${event.title}`,
    ),
    [
      greeting(input),
      "",
      sv ? "Tack för din anmälan till:" : "Thank you for registering for:",
      event.title,
      ...dayLines(event, locale),
      "",
      sv
        ? "Bekräfta din anmälan genom att öppna länken:"
        : "Confirm your registration by opening this link:",
      input.confirmUrl,
      "",
      sv
        ? "Inget är bokat förrän du har bekräftat, så gör det gärna med en gång."
        : "Nothing is booked until you confirm, so please do it straight away.",
      "",
      sv
        ? "Har du inte anmält dig kan du bortse från det här mejlet. Utan bekräftelse blir det ingen anmälan."
        : "If you did not register, you can ignore this e-mail. Without confirmation there is no registration.",
      ...footer(
        input,
        sv
          ? `Du får det här mejlet för att någon anmälde den här e-postadressen till ${event.title}.`
          : `You get this e-mail because someone registered this e-mail address for ${event.title}.`,
      ),
    ],
  );
}

const whyRegistered = (input: EventMailInput) =>
  pick(
    input.locale,
    `Du får det här mejlet för att du är anmäld till ${input.event.title}.`,
    `You get this e-mail because you are registered for ${input.event.title}.`,
  );

/** 2. A seat is booked: everything needed to turn up. */
export function seatConfirmedMail(input: RegisteredMailInput): Mail {
  const { event, locale } = input;
  const sv = locale === "sv";
  return mail(pick(locale, `Du har en plats: ${event.title}`, `You have a seat: ${event.title}`), [
    greeting(input),
    "",
    sv
      ? "Välkommen! Din anmälan är bekräftad och du har en plats på utbildningen."
      : "Welcome! Your registration is confirmed and you have a seat at the event.",
    "",
    ...detailLines(event, locale),
    ...contactLines(event, locale),
    ...invite(locale),
    "",
    sv
      ? "Kan du inte komma? Avboka så snart du vet, så går platsen till någon annan. Här ser du eller avbokar din anmälan:"
      : "Cannot come after all? Cancel as soon as you know, so the seat goes to someone else. See or cancel your registration here:",
    input.registrationUrl,
    ...moreLine(input),
    ...footer(input, whyRegistered(input)),
  ]);
}

/** 3. On the waiting list, at a given position. */
export function waitlistedMail(input: WaitlistedInput): Mail {
  const { event, locale, position } = input;
  const sv = locale === "sv";
  const place = sv
    ? position === 1
      ? "Du står först på väntelistan."
      : `Du står som nummer ${position} på väntelistan.`
    : position === 1
      ? "You are first on the waiting list."
      : `You are number ${position} on the waiting list.`;
  return mail(
    pick(
      locale,
      `Du står på väntelistan till ${event.title}`,
      `You are on the waiting list for ${event.title}`,
    ),
    [
      greeting(input),
      "",
      sv
        ? "Tack för din anmälan. Utbildningen är fullbokad, så du står nu på väntelistan."
        : "Thank you for registering. The event is fully booked, so you are now on the waiting list.",
      place,
      "",
      event.title,
      ...dayLines(event, locale),
      "",
      sv
        ? "Om någon avbokar går platsen till den som står först i tur. Får du en plats mejlar vi dig direkt, och då är den din utan att du behöver göra något mer."
        : "If someone cancels, the seat goes to the next in line. If you get a seat we will e-mail you at once, and it is yours without you doing anything more.",
      "",
      sv
        ? "Vill du inte längre stå på väntelistan kan du lämna den här:"
        : "If you no longer want to be on the waiting list, you can leave it here:",
      input.registrationUrl,
      ...moreLine(input),
      ...footer(
        input,
        sv
          ? `Du får det här mejlet för att du står på väntelistan till ${event.title}.`
          : `You get this e-mail because you are on the waiting list for ${event.title}.`,
      ),
    ],
  );
}

/** 4. A seat freed up and went to this person from the waiting list. */
export function promotedMail(input: RegisteredMailInput): Mail {
  const { event, locale } = input;
  const sv = locale === "sv";
  return mail(
    pick(locale, `Du har fått en plats: ${event.title}`, `You now have a seat: ${event.title}`),
    [
      greeting(input),
      "",
      sv
        ? "Goda nyheter: en plats har blivit ledig och den är nu din. Du behöver inte göra något mer."
        : "Good news: a seat has become free and it is now yours. You do not need to do anything more.",
      "",
      ...detailLines(event, locale),
      ...contactLines(event, locale),
      ...invite(locale),
      "",
      sv
        ? "Om du inte längre kan komma, avboka gärna så snart som möjligt, så att platsen går vidare till nästa person på väntelistan:"
        : "If you can no longer come, please cancel as soon as you can, so the seat goes to the next person on the waiting list:",
      input.registrationUrl,
      ...moreLine(input),
      ...footer(input, whyRegistered(input)),
    ],
  );
}

/** 5. A reminder some days before the first day. */
export function reminderMail(input: RegisteredMailInput): Mail {
  const { event, locale } = input;
  const sv = locale === "sv";
  const first = event.days[0];
  const until = first ? daysBetween(stockholmDate(input.now), first.date) : null;
  const when =
    until === null || until < 0
      ? ""
      : until === 0
        ? pick(locale, "i dag", "today")
        : until === 1
          ? pick(locale, "i morgon", "tomorrow")
          : pick(locale, `om ${until} dagar`, `in ${until} days`);
  const starts = first
    ? sv
      ? `${event.title} börjar ${when ? `${when}, ` : ""}${formatLongDate(first.date, "sv")} kl. ${formatTime(first.start, "sv")}.`
      : `${event.title} starts ${when ? `${when}, ` : ""}on ${formatLongDate(first.date, "en")} at ${formatTime(first.start, "en")}.`
    : sv
      ? `Det här är en påminnelse om ${event.title}.`
      : `This is a reminder about ${event.title}.`;
  return mail(
    first
      ? pick(
          locale,
          `Påminnelse: ${event.title} börjar ${formatLongDate(first.date, "sv")}`,
          `Reminder: ${event.title} starts ${formatLongDate(first.date, "en")}`,
        )
      : pick(locale, `Påminnelse: ${event.title}`, `Reminder: ${event.title}`),
    [
      greeting(input),
      "",
      `${starts} ${pick(locale, "Välkommen!", "Welcome!")}`,
      "",
      ...dayLines(event, locale),
      ...whereLines(event, locale),
      ...preparationLines(event, locale),
      ...contactLines(event, locale),
      "",
      sv
        ? "Kan du inte komma? Avboka så att någon annan kan få platsen:"
        : "Cannot come? Cancel so someone else can have the seat:",
      input.registrationUrl,
      ...moreLine(input),
      ...footer(input, whyRegistered(input)),
    ],
  );
}

function changeLines(change: EventChange, locale: L): string[] {
  const arrow = " → ";
  switch (change.kind) {
    case "place": {
      // "No venue" rather than "online": whether there is a link is a change of its own.
      const online = false;
      return [
        `${pick(locale, "Plats", "Place")}: ${placeWords(change.before, online, locale)}${arrow}${placeWords(change.after, online, locale)}`,
      ];
    }
    case "online": {
      const none = pick(locale, "ingen länk", "no link");
      return [
        `${pick(locale, "Länk för att delta på distans", "Link for taking part online")}: ${change.before || none}${arrow}${change.after || none}`,
      ];
    }
    case "day": {
      const label = pick(locale, "Datum och tid", "Date and time");
      if (change.before && change.after) {
        return [
          `${label}: ${dayText(change.before, locale)}${arrow}${dayText(change.after, locale)}`,
        ];
      }
      if (change.after) {
        return [`${pick(locale, "Ny dag", "New day")}: ${dayText(change.after, locale)}`];
      }
      if (change.before) {
        return [
          `${pick(locale, "Dag som utgår", "Day removed")}: ${dayText(change.before, locale)}`,
        ];
      }
      return [];
    }
  }
}

/** 6. The place or the times changed. */
export function eventChangedMail(input: EventChangedInput): Mail {
  const { event, locale, changes } = input;
  const sv = locale === "sv";
  const times = changes.some((c) => c.kind === "day");
  const place = changes.some((c) => c.kind !== "day");
  const subject =
    times && place
      ? pick(
          locale,
          `Ändrade tider och plats: ${event.title}`,
          `New times and place: ${event.title}`,
        )
      : times
        ? pick(locale, `Ändrade tider: ${event.title}`, `New times: ${event.title}`)
        : pick(locale, `Ändrad plats: ${event.title}`, `New place: ${event.title}`);
  return mail(subject, [
    greeting(input),
    "",
    sv
      ? `Arrangören har gjort ändringar i ${event.title}. Det här har ändrats (tidigare → nu):`
      : `The organiser has made changes to ${event.title}. This is what changed (before → now):`,
    "",
    ...changes.flatMap((c) => changeLines(c, locale)),
    "",
    sv ? "Så här ser det ut nu:" : "This is how it looks now:",
    ...dayLines(event, locale),
    ...whereLines(event, locale),
    ...invite(locale, true),
    "",
    sv
      ? "Passar det inte längre? Avboka, så går platsen till någon annan:"
      : "Does it no longer suit you? Cancel, so the seat goes to someone else:",
    input.registrationUrl,
    ...footer(input, whyRegistered(input)),
  ]);
}

/** 7. The organiser cancelled the event. */
export function eventCancelledMail(input: EventCancelledInput): Mail {
  const { event, locale } = input;
  const sv = locale === "sv";
  const message = input.message?.trim() ?? "";
  return mail(pick(locale, `Inställd: ${event.title}`, `Cancelled: ${event.title}`), [
    greeting(input),
    "",
    sv
      ? `Tyvärr har arrangören ställt in ${event.title}. Utbildningen blir inte av, och din anmälan är avslutad. Du behöver inte göra något.`
      : `Unfortunately the organiser has cancelled ${event.title}. The event will not take place, and your registration has ended. You do not need to do anything.`,
    "",
    sv ? "Utbildningen skulle ha hållits:" : "The event was to be held:",
    ...dayLines(event, locale),
    ...(message
      ? ["", sv ? "Meddelande från arrangören:" : "Message from the organiser:", message]
      : []),
    "",
    sv
      ? "Har du lagt in dagarna i din kalender kan du ta bort dem."
      : "If you added the days to your calendar, you can remove them.",
    ...footer(
      input,
      sv
        ? `Du får det här mejlet för att du var anmäld till ${event.title}.`
        : `You get this e-mail because you were registered for ${event.title}.`,
    ),
  ]);
}

/** 8. A receipt: the person cancelled their own registration. */
export function registrationCancelledMail(input: RegistrationCancelledInput): Mail {
  const { event, locale } = input;
  const sv = locale === "sv";
  const at = formatInstant(input.now, locale);
  const what =
    input.previousStatus === "waitlisted"
      ? sv
        ? `Du har lämnat väntelistan till ${event.title}.`
        : `You have left the waiting list for ${event.title}.`
      : sv
        ? `Du har avbokat din plats på ${event.title}. Tack för att du avbokade – då kan någon annan få platsen.`
        : `You have cancelled your seat at ${event.title}. Thank you for cancelling – now someone else can have the seat.`;
  return mail(
    pick(
      locale,
      `Din anmälan till ${event.title} är avbokad`,
      `Your registration for ${event.title} is cancelled`,
    ),
    [
      greeting(input),
      "",
      what,
      sv ? `Avbokningen registrerades ${at}.` : `The cancellation was recorded on ${at}.`,
      "",
      event.title,
      ...dayLines(event, locale),
      "",
      sv
        ? "Ändrar du dig kan du anmäla dig igen på utbildningens sida, så länge anmälan är öppen:"
        : "If you change your mind, you can register again on the event page while registration is open:",
      input.eventUrl,
      "",
      sv
        ? "Var det inte du som avbokade? Kontakta arrangören."
        : "Was it not you who cancelled? Contact the organiser.",
      ...footer(
        input,
        sv
          ? `Du får det här mejlet som kvitto på att din anmälan till ${event.title} är avbokad.`
          : `You get this e-mail as a receipt that your registration for ${event.title} is cancelled.`,
      ),
    ],
  );
}

/** 9. The organiser's own message to everyone registered. */
export function organiserMessageMail(input: OrganiserMessageInput): Mail {
  const { event, locale } = input;
  const sv = locale === "sv";
  const sender = input.sender?.name.trim() || event.contact?.name.trim() || "";
  const organisation = input.organisation.trim();
  const from =
    sender && organisation
      ? `${sender} ${pick(locale, "på", "at")} ${organisation}`
      : sender || organisation;
  const intro = from
    ? sv
      ? `${from} skickar det här meddelandet till alla anmälda till ${event.title}:`
      : `${from} sends this message to everyone registered for ${event.title}:`
    : sv
      ? `Ett meddelande till alla anmälda till ${event.title}:`
      : `A message to everyone registered for ${event.title}:`;
  const subject = oneLine(input.subject);
  return mail(subject ? `${event.title}: ${subject}` : event.title, [
    greeting(input),
    "",
    intro,
    "",
    input.body.replace(/\r\n?/g, "\n").trim(),
    "",
    `${sv ? "Utbildningen" : "The event"}: ${event.title}`,
    ...dayLines(event, locale),
    ...manageLine(input),
    ...footer(
      input,
      sv
        ? `Du får det här mejlet för att du är anmäld till ${event.title}; meddelandet går till alla anmälda.`
        : `You get this e-mail because you are registered for ${event.title}; the message goes to everyone registered.`,
    ),
  ]);
}

/** 10. After the event: the short evaluation, answered without a name. */
export function evaluationMail(input: EvaluationMailInput): Mail {
  const { event, locale } = input;
  const sv = locale === "sv";
  return mail(
    pick(locale, `Vad tyckte du om ${event.title}?`, `What did you think of ${event.title}?`),
    [
      greeting(input),
      "",
      sv
        ? `Tack för att du deltog i ${event.title}. Berätta gärna vad du tyckte – svaren hjälper arrangören att göra nästa utbildning bättre.`
        : `Thank you for taking part in ${event.title}. Please tell us what you thought – the answers help the organiser make the next event better.`,
      "",
      sv
        ? "Utvärderingen är kort och tar bara några minuter:"
        : "The evaluation is short and takes only a few minutes:",
      input.evaluationUrl,
      "",
      sv
        ? "Dina svar sparas utan ditt namn. Arrangören ser bara det sammanlagda resultatet – antal svar och betygen för hela gruppen – och kommentarerna utan namn. Kommentarerna visas som du skriver dem, så skriv inget i dem som avslöjar vem du är om du vill vara anonym."
        : "Your answers are stored without your name. The organiser sees only the totals – the number of answers and the grades for the group as a whole – and the comments without names. Comments are shown as you write them, so leave out anything that would reveal who you are if you want to stay anonymous.",
      ...footer(
        input,
        sv
          ? `Du får det här mejlet för att du var anmäld till ${event.title}.`
          : `You get this e-mail because you were registered for ${event.title}.`,
      ),
    ],
  );
}
