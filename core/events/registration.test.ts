import { describe, expect, it } from "vitest";
import type { Question } from "./event.ts";
import {
  DUPLICATE_REGISTRATION,
  isDuplicate,
  promotedAfterCancellation,
  promotions,
  seatFor,
  validateRegistration,
  waitlistPosition,
} from "./registration.ts";

const questions: Question[] = [
  { id: "unit", label: "Vilken förvaltning?", kind: "text", required: true, options: [] },
  {
    id: "lunch",
    label: "Lunch",
    kind: "choice",
    required: false,
    options: ["Båda dagarna", "Bara dag 1"],
  },
  { id: "first", label: "Första gången?", kind: "yesNo", required: true, options: [] },
];

const form = {
  name: "  Ali Hassan ",
  email: " Ali.Hassan@Malmo.SE ",
  organisation: "Malmö stad",
  role: "HR-strateg",
  diet: "Vegetarisk",
  accessibility: "",
  answers: { unit: "Stadskontoret", lunch: "Bara dag 1", first: "yes", stray: "not asked" },
  consent: "on",
  website: "",
};

describe("the registration form", () => {
  it("accepts a complete registration, keeping only the event's questions", () => {
    const result = validateRegistration(form, questions);
    expect(result).toEqual({
      kind: "ok",
      registration: {
        name: "Ali Hassan",
        email: "Ali.Hassan@Malmo.SE",
        emailKey: "ali.hassan@malmo.se",
        organisation: "Malmö stad",
        role: "HR-strateg",
        diet: "Vegetarisk",
        accessibility: "",
        answers: { unit: "Stadskontoret", lunch: "Bara dag 1", first: "yes" },
      },
    });
  });

  it("drops a filled-in honeypot as a bot before saying anything else", () => {
    const result = validateRegistration(
      { ...form, email: "nope", website: "http://spam" },
      questions,
    );
    expect(result.kind).toBe("bot");
    if (result.kind === "bot") expect(result.message.en).toContain("Looks like a bot");
  });

  it("refuses an invalid e-mail address and explains why it matters", () => {
    for (const email of [
      "ali.hassan",
      "ali@malmo",
      "ali @malmo.se",
      "ali@@malmo.se",
      "ali@malmo,se",
    ]) {
      const result = validateRegistration({ ...form, email }, questions);
      expect(result.kind).toBe("invalid");
      if (result.kind === "invalid") {
        expect(result.problems).toEqual([
          {
            field: "email",
            message: {
              sv: "E-postadressen är inte giltig. Skriv den som namn@exempel.se; bekräftelsen skickas dit.",
              en: "The e-mail address is not valid. Write it as name@example.com; the confirmation is sent there.",
            },
          },
        ]);
      }
    }
  });

  it("names the question that needs an answer or got a wrong one", () => {
    const result = validateRegistration(
      { ...form, answers: { unit: " ", lunch: "Middag", first: "kanske" } },
      questions,
    );
    expect(result.kind === "invalid" && result.problems).toEqual([
      {
        field: "answers.unit",
        message: {
          sv: "Svara på frågan ”Vilken förvaltning?”.",
          en: "Answer the question “Vilken förvaltning?”.",
        },
      },
      {
        field: "answers.lunch",
        message: {
          sv: "Välj ett av alternativen för frågan ”Lunch”.",
          en: "Choose one of the options for “Lunch”.",
        },
      },
      {
        field: "answers.first",
        message: {
          sv: "Svara ja eller nej på frågan ”Första gången?”.",
          en: "Answer yes or no to “Första gången?”.",
        },
      },
    ]);
  });

  it("requires consent, and the name and organisation", () => {
    const result = validateRegistration(
      { ...form, name: "", organisation: " ", consent: undefined },
      questions,
    );
    expect(result.kind === "invalid" && result.problems.map((p) => p.field)).toEqual([
      "name",
      "organisation",
      "consent",
    ]);
  });

  it("asks for a required answer whatever the question's id is called", () => {
    const asked: Question[] = [
      { id: "constructor", label: "Kommun", kind: "text", required: true, options: [] },
    ];
    const result = validateRegistration({ ...form, answers: {} }, asked);
    expect(result.kind === "invalid" && result.problems.map((p) => p.field)).toEqual([
      "answers.constructor",
    ]);
  });

  it("keeps the needs short", () => {
    const result = validateRegistration({ ...form, diet: "x".repeat(301) }, questions);
    expect(result.kind === "invalid" && result.problems).toEqual([
      {
        field: "diet",
        message: {
          sv: "”Kost” får vara högst 300 tecken.",
          en: "“Diet” can be at most 300 characters.",
        },
      },
    ]);
  });

  it("finds the same address registered twice whatever the case and spaces", () => {
    expect(isDuplicate(" ALI.hassan@malmo.se", ["ali.hassan@malmo.se"])).toBe(true);
    expect(isDuplicate("ali.hassan2@malmo.se", ["ali.hassan@malmo.se"])).toBe(false);
    expect(DUPLICATE_REGISTRATION.message.sv).toContain("redan anmäld");
  });
});

describe("seats and the waitlist", () => {
  const now = new Date("2027-03-01T10:00:00Z");
  const startsAt = new Date("2027-03-16T07:45:00Z");

  it("gives a seat while one is free, then the waitlist", () => {
    expect(seatFor(0, 1)).toBe("confirmed");
    expect(seatFor(39, 40)).toBe("confirmed");
    expect(seatFor(40, 40)).toBe("waitlisted");
  });

  it("promotes the first on the waitlist when a seat is cancelled", () => {
    const promoted = promotedAfterCancellation("confirmed", {
      capacity: 2,
      confirmedBefore: 2,
      waitlist: ["anna", "bo", "cecilia"],
      now,
      startsAt,
    });
    expect(promoted).toEqual(["anna"]);
  });

  it("promotes nobody when someone leaves the waitlist", () => {
    expect(
      promotedAfterCancellation("waitlisted", {
        capacity: 2,
        confirmedBefore: 2,
        waitlist: ["bo", "cecilia"],
        now,
        startsAt,
      }),
    ).toEqual([]);
  });

  it("promotes as many as a larger capacity frees, in order", () => {
    expect(
      promotions({ capacity: 5, confirmed: 3, waitlist: ["a", "b", "c"], now, startsAt }),
    ).toEqual(["a", "b"]);
  });

  it("promotes nobody once the event has started", () => {
    expect(
      promotions({ capacity: 5, confirmed: 3, waitlist: ["a"], now: startsAt, startsAt }),
    ).toEqual([]);
  });

  it("tells a person their place in line", () => {
    expect(waitlistPosition("bo", ["anna", "bo"])).toBe(2);
    expect(waitlistPosition("eva", ["anna", "bo"])).toBeNull();
  });
});
