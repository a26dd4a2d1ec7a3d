import { type EventInput, eventTimes, validateEvent } from "../../../core/events/event.ts";
import type { PublicState } from "../../../core/events/state.ts";
import type { PageContext, PublicEvent } from "./views.ts";

/**
 * A county board's two training days on active measures, after seed 002: a programme per day
 * with breaks, pre-reading, homework between the days, the place announced later (in Malmö),
 * free of charge, a registration deadline late in the evening, and a contact.
 */
const input: EventInput = {
  title: "Aktiva åtgärder i praktiken",
  description:
    "Två heldagar om hur arbetet med aktiva åtgärder kan göras i vardagen, från grunden till uppföljningen.\n\nVi varvar genomgångar med goda exempel, övningar och samtal om det som är svårt.",
  audience:
    "Chefer, HR-strateger och andra som ansvarar för arbetet med aktiva åtgärder i kommuner och myndigheter i Skåne.",
  days: [
    {
      date: "2027-03-15",
      start: "08:45",
      end: "16:00",
      programme: [
        { start: "08:45", end: "09:00", title: "Frukost", kind: "break" },
        { start: "09:00", end: "09:15", title: "Välkomna och presentationer" },
        {
          start: "09:15",
          end: "09:50",
          title: "Jämställt föräldraskap – en fråga för arbetsgivaren",
          speaker: "Länsstyrelsen Skåne",
        },
        { start: "09:50", end: "10:00", title: "Paus", kind: "break" },
        {
          start: "10:00",
          end: "10:45",
          title: "Från grund till utvärdering",
          speaker: "Malmö mot Diskriminering",
        },
        { start: "12:00", end: "13:00", title: "Lunch", kind: "break" },
        { start: "13:00", end: "13:30", title: "Privilegiepromenaden", speaker: "" },
        { start: "15:45", end: "16:00", title: "Hemuppgift och utvärdering" },
      ],
    },
    {
      date: "2027-05-04",
      start: "08:45",
      end: "16:00",
      programme: [
        { start: "09:00", end: "09:45", title: "Vi går igenom hemuppgiften" },
        { start: "12:00", end: "13:00", title: "Lunch", kind: "break" },
        { start: "13:00", end: "14:00", title: "Case: rasism i arbetslivet" },
      ],
    },
  ],
  place: "Malmö",
  placeLater: true,
  cost: { kind: "free" },
  capacity: 40,
  registrationCloses: "2027-02-28T23:30",
  preReading:
    "Läs kapitlet om vad lagen säger i boken ”Att få plats som människa i en organisation”. Boken skickas till dig före första dagen.",
  homework: "Mellan dagarna tar du reda på hur arbetet med aktiva åtgärder ser ut hos er i dag.",
  contact: { name: "Karin Lind", email: "karin.lind@example.se", phone: "010-123 45 67" },
  questions: [
    { id: "expect", label: "Vad vill du få ut av dagarna?", kind: "text" },
    {
      id: "days",
      label: "Vilka dagar kommer du?",
      kind: "choice",
      required: true,
      options: ["Båda dagarna", "Bara dag 1", "Bara dag 2"],
    },
    { id: "book", label: "Vill du ha boken skickad till dig?", kind: "yesNo", required: true },
  ],
  consentText:
    "Länsstyrelsen Skåne sparar dina uppgifter för att ordna utbildningen. Uppgifterna avidentifieras sex månader efter sista dagen.",
};

export function sampleEvent(overrides: Partial<EventInput> = {}): PublicEvent {
  const result = validateEvent({ ...input, ...overrides }, "publish");
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return { ...result.event, id: "ev-1" };
}

export const closesAtOf = (event: PublicEvent): Date => eventTimes(event).closesAt!;

export function context(locale: "sv" | "en" = "sv"): PageContext {
  return {
    locale,
    organisation: { name: "Länsstyrelsen Skåne", eventsUrl: "/e/lansstyrelsen-skane" },
    languageUrl: locale === "sv" ? "?lang=en" : "?lang=sv",
    hiddenFields: { _csrf: "token-123" },
  };
}

export const STATES: Record<string, PublicState> = {
  open: { kind: "open", seatsLeft: 12 },
  lastSeat: { kind: "open", seatsLeft: 1 },
  fullyBooked: { kind: "fullyBooked" },
  notYetOpen: { kind: "notYetOpen", opensAt: new Date("2027-01-10T08:00:00Z") },
  closed: { kind: "closed" },
  cancelled: { kind: "cancelled" },
  held: { kind: "held" },
};

export const ACTIONS = { register: "/e/lansstyrelsen-skane/ev-1/anmalan" };
