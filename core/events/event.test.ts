import { describe, expect, it } from "vitest";
import {
  type EventInput,
  eventProblems,
  eventPublishSchema,
  eventTimes,
  formatCost,
  placeText,
  validateEvent,
} from "./event.ts";
import type { Problem } from "./problems.ts";

/** Two full days some weeks apart, as a county board runs them; place decided later. */
function twoDays(): EventInput {
  return {
    title: "Aktiva åtgärder i praktiken",
    description: "Två heldagar om hur arbetet med aktiva åtgärder läggs upp i praktiken.",
    audience: "Chefer och strateger inom HR i kommuner och myndigheter",
    days: [
      {
        date: "2027-03-16",
        start: "08:45",
        end: "16:00",
        programme: [
          { start: "08:45", end: "09:00", title: "Frukostfika", kind: "break" },
          { start: "09:00", end: "09:15", title: "Introduktion och presentationsrunda" },
          {
            start: "10:00",
            end: "10:45",
            title: "Från grund till utvärdering",
            speaker: "Malmö mot Diskriminering",
          },
          { start: "15:45", end: "16:00", title: "Avrundning och hemuppgift" },
        ],
      },
      {
        date: "2027-05-04",
        start: "08:45",
        end: "16:00",
        programme: [{ start: "09:00", end: "09:45", title: "Uppföljning av hemuppgiften" }],
      },
    ],
    place: "Malmö",
    placeLater: true,
    cost: { kind: "free" },
    capacity: 40,
    registrationOpens: "2027-01-10T09:00",
    registrationCloses: "2027-02-28T23:30",
    preReading: "Kapitel 2 i boken som skickas ut före första dagen.",
    homework: "Kartlägg vilka områden ni börjar med.",
    contact: { name: "Sara Lind", email: "sara.lind@example.se", phone: "+46 40 123 45 67" },
    questions: [
      { id: "kommun", label: "Vilken kommun eller myndighet?", kind: "text", required: true },
      {
        id: "lunch",
        label: "Äter du lunch?",
        kind: "choice",
        options: ["Ja, båda dagarna", "Bara dag 1", "Nej"],
      },
    ],
    consentText: "Vi sparar dina uppgifter för att administrera utbildningen.",
  };
}

const problemsOf = (input: unknown, mode: "draft" | "publish" = "publish"): Problem[] => {
  const result = validateEvent(input, mode);
  return result.ok ? [] : result.problems;
};
const fields = (problems: Problem[]) => problems.map((p) => p.field);

describe("a valid event", () => {
  it("publishes a two-day event with programme and fills in the defaults", () => {
    const result = validateEvent(twoDays(), "publish");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.event.anonymiseAfterMonths).toBe(6);
    expect(result.event.reminderDaysBefore).toBe(3);
    expect(result.event.days[0]!.programme[1]!.kind).toBe("session");
    expect(eventPublishSchema.safeParse(twoDays()).success).toBe(true);
  });

  it("saves a draft with only a title", () => {
    const result = validateEvent({ title: "Ny utbildning" }, "draft");
    expect(result.ok).toBe(true);
  });

  it("gives the instants of the event in Stockholm time, winter and summer", () => {
    const result = validateEvent(twoDays(), "publish");
    if (!result.ok) throw new Error("invalid");
    const times = eventTimes(result.event);
    expect(times.startsAt?.toISOString()).toBe("2027-03-16T07:45:00.000Z");
    expect(times.endsAt?.toISOString()).toBe("2027-05-04T14:00:00.000Z");
    expect(times.closesAt?.toISOString()).toBe("2027-02-28T22:30:00.000Z");
    expect(times.lastDate).toBe("2027-05-04");
  });

  it("words the cost and the place as the event page shows them", () => {
    expect(formatCost({ kind: "free" }, "sv")).toBe("Kostnadsfritt");
    expect(formatCost({ kind: "amount", kronor: 1500 }, "sv")).toBe("1\u00A0500\u00A0kr");
    expect(placeText({ place: "Malmö", placeLater: true, onlineUrl: "" }, "sv")).toBe(
      "Plats meddelas senare (Malmö)",
    );
    expect(placeText({ place: "", placeLater: false, onlineUrl: "https://m.se/x" }, "en")).toBe(
      "Online",
    );
  });
});

describe("publishing needs what a visitor must know", () => {
  it("lists every missing part of a title-only event, naming each field", () => {
    const problems = problemsOf({ title: "Ny utbildning" });
    expect(fields(problems).sort()).toEqual(
      ["capacity", "consentText", "contact", "days", "place", "registrationCloses"].sort(),
    );
    expect(problems.find((p) => p.field === "registrationCloses")?.message).toEqual({
      sv: "Ange sista anmälningsdag med klockslag.",
      en: "Enter the registration deadline with a time.",
    });
  });

  it("accepts an online link instead of a place", () => {
    const input = {
      ...twoDays(),
      place: "",
      placeLater: false,
      onlineUrl: "https://meet.example.se/abc",
    };
    expect(problemsOf(input)).toEqual([]);
  });

  it("requires a title even for a draft, and says so in both languages", () => {
    const problems = problemsOf({ title: "   " }, "draft");
    expect(problems).toEqual([
      { field: "title", message: { sv: "Fyll i ”Titel”.", en: "Fill in “Title”." } },
    ]);
  });
});

describe("rules that hold for drafts too", () => {
  it("refuses a deadline before registration opens", () => {
    const problems = problemsOf(
      { title: "X", registrationOpens: "2027-02-01T09:00", registrationCloses: "2027-01-31T09:00" },
      "draft",
    );
    expect(problems).toEqual([
      {
        field: "registrationCloses",
        message: {
          sv: "Sista anmälningsdag måste vara efter att anmälan öppnar.",
          en: "The registration deadline must be after registration opens.",
        },
      },
    ]);
  });

  it("refuses a deadline after the event has started", () => {
    const problems = problemsOf({ ...twoDays(), registrationCloses: "2027-03-16T09:00" });
    expect(problems).toHaveLength(1);
    expect(problems[0]!.field).toBe("registrationCloses");
    expect(problems[0]!.message.sv).toBe(
      "Sista anmälningsdag får inte vara efter att utbildningen börjar (tisdag 16 mars 2027 kl. 08.45).",
    );
  });

  it("refuses a deadline in the hour that does not exist when summer time begins", () => {
    const problems = problemsOf({ title: "X", registrationCloses: "2027-03-28T02:30" }, "draft");
    expect(fields(problems)).toEqual(["registrationCloses"]);
    expect(problems[0]!.message.sv).toContain("finns inte den 28 mars 2027");
  });

  it.each([0, -3, 2.5])("refuses %s seats", (capacity) => {
    const problems = problemsOf({ title: "X", capacity }, "draft");
    expect(problems).toEqual([
      {
        field: "capacity",
        message: {
          sv: "Antal platser måste vara ett heltal, minst 1.",
          en: "The number of seats must be a whole number, at least 1.",
        },
      },
    ]);
  });

  it("names the field when a value has the wrong type", () => {
    const problems = problemsOf({ title: "X", capacity: "många" }, "draft");
    expect(problems).toEqual([
      {
        field: "capacity",
        message: {
          sv: "”Antal platser” har fel format.",
          en: "“Number of seats” is not in the right format.",
        },
      },
    ]);
  });

  it("refuses a day that ends before it starts", () => {
    const input = twoDays();
    input.days![1] = { date: "2027-05-04", start: "16:00", end: "08:45", programme: [] };
    const problems = problemsOf(input);
    expect(problems).toEqual([
      {
        field: "days.1.end",
        message: {
          sv: "Dag 2 slutar innan den börjar: sluttiden måste vara efter starttiden.",
          en: "Day 2 ends before it starts: the end time must be after the start time.",
        },
      },
    ]);
  });

  it("refuses days out of date order", () => {
    const input = twoDays();
    input.days = [input.days![1]!, input.days![0]!];
    const problems = problemsOf(input);
    expect(fields(problems)).toContain("days.1.date");
    expect(problems.find((p) => p.field === "days.1.date")?.message.sv).toBe(
      "Dag 2 måste ha ett senare datum än dag 1; lägg dagarna i datumordning.",
    );
  });

  it("refuses a programme item outside the day's hours", () => {
    const input = twoDays();
    input.days![1]!.programme = [{ start: "15:30", end: "16:30", title: "Avslut" }];
    expect(problemsOf(input)).toEqual([
      {
        field: "days.1.programme.0.end",
        message: {
          sv: "Programpunkt 1 på dag 2 ligger utanför dagens tider (08.45–16.00).",
          en: "Programme item 1 on day 2 is outside the day's hours (08:45–16:00).",
        },
      },
    ]);
  });

  it("refuses overlapping programme items and items out of order", () => {
    const input = twoDays();
    input.days![1]!.programme = [
      { start: "09:00", end: "10:15", title: "Case 1" },
      { start: "10:00", end: "10:30", title: "Paus", kind: "break" },
      { start: "09:30", end: "09:45", title: "Övning" },
    ];
    const problems = problemsOf(input);
    expect(problems.map((p) => [p.field, p.message.sv])).toEqual([
      [
        "days.1.programme.1.start",
        "Programpunkt 2 på dag 2 börjar 10.00, innan programpunkt 1 slutar (10.15).",
      ],
      [
        "days.1.programme.2.start",
        "Programpunkt 3 på dag 2 börjar före programpunkt 2; lägg programmet i tidsordning.",
      ],
    ]);
  });

  it("refuses a contact with an invalid e-mail address", () => {
    const input = { ...twoDays(), contact: { name: "Sara", email: "sara.lind@example" } };
    expect(problemsOf(input)).toEqual([
      {
        field: "contact.email",
        message: {
          sv: "Kontaktpersonens e-postadress är inte giltig (till exempel namn@exempel.se).",
          en: "The contact person's e-mail address is not valid (for example name@example.com).",
        },
      },
    ]);
  });

  it("accepts only https links for taking part online", () => {
    const problems = problemsOf({ title: "X", onlineUrl: "http://meet.example.se/abc" }, "draft");
    expect(fields(problems)).toEqual(["onlineUrl"]);
  });

  it("keeps anonymisation between 1 and 36 months", () => {
    expect(fields(problemsOf({ title: "X", anonymiseAfterMonths: 0 }, "draft"))).toEqual([
      "anonymiseAfterMonths",
    ]);
    expect(fields(problemsOf({ title: "X", anonymiseAfterMonths: 37 }, "draft"))).toEqual([
      "anonymiseAfterMonths",
    ]);
    expect(problemsOf({ title: "X", anonymiseAfterMonths: 36 }, "draft")).toEqual([]);
  });

  it("refuses a cost of 0 kronor, pointing to free of charge", () => {
    const problems = problemsOf({ title: "X", cost: { kind: "amount", kronor: 0 } }, "draft");
    expect(fields(problems)).toEqual(["cost.kronor"]);
    expect(problems[0]!.message.sv).toContain("Välj ”Kostnadsfri”");
  });

  it("needs two different options for a choice question, naming the question", () => {
    const input = twoDays();
    input.questions![1]!.options = ["Ja"];
    expect(problemsOf(input)).toEqual([
      {
        field: "questions.1.options",
        message: {
          sv: "Frågan ”Äter du lunch?” behöver minst två svarsalternativ.",
          en: "The question “Äter du lunch?” needs at least two options.",
        },
      },
    ]);
  });

  it("names where a too long programme title sits", () => {
    const input = twoDays();
    input.days![0]!.programme![1]!.title = "x".repeat(301);
    expect(problemsOf(input)).toEqual([
      {
        field: "days.0.programme.1.title",
        message: {
          sv: "”Titel” (dag 1, programpunkt 2) får vara högst 300 tecken.",
          en: "“Title” (day 1, programme item 2) can be at most 300 characters.",
        },
      },
    ]);
  });

  it("exposes the rules on their own for an already parsed event", () => {
    const parsed = validateEvent(twoDays(), "draft");
    if (!parsed.ok) throw new Error("invalid");
    expect(eventProblems({ ...parsed.event, capacity: null }, "draft")).toEqual([]);
    expect(fields(eventProblems({ ...parsed.event, capacity: null }, "publish"))).toEqual([
      "capacity",
    ]);
  });
});
