import { describe, expect, it } from "vitest";
import {
  anonymisationDue,
  anonymised,
  isDue,
  needsDeletionDue,
  type StoredRegistration,
  withoutNeeds,
} from "./anonymise.ts";

describe("when personal data goes", () => {
  it("anonymises N months after the last day, at midnight Stockholm time", () => {
    // 4 November is winter time: midnight is 23:00 UTC the evening before.
    const due = anonymisationDue("2027-05-04", 6);
    expect(due.date).toBe("2027-11-04");
    expect(due.at.toISOString()).toBe("2027-11-03T23:00:00.000Z");
    expect(isDue(due, new Date("2027-11-03T22:59:59Z"))).toBe(false);
    expect(isDue(due, new Date("2027-11-03T23:00:00Z"))).toBe(true);
  });

  it("uses the last day of a shorter month", () => {
    expect(anonymisationDue("2027-08-31", 6).date).toBe("2028-02-29");
    expect(anonymisationDue("2026-08-31", 6).date).toBe("2027-02-28");
  });

  it("deletes diet and accessibility needs the day after the event ends", () => {
    // 5 May is summer time: midnight is 22:00 UTC the evening before.
    const due = needsDeletionDue("2027-05-04");
    expect(due.date).toBe("2027-05-05");
    expect(due.at.toISOString()).toBe("2027-05-04T22:00:00.000Z");
    expect(isDue(due, new Date("2027-05-04T15:00:00Z"))).toBe(false);
  });
});

describe("what is kept", () => {
  const registration: StoredRegistration & { id: string } = {
    id: "r1",
    name: "Ali Hassan",
    email: "Ali.Hassan@malmo.se",
    emailKey: "ali.hassan@malmo.se",
    organisation: "Malmö stad",
    role: "HR-strateg",
    status: "confirmed",
    checkedInAt: new Date("2027-03-16T07:40:00Z"),
    diet: "Glutenfri",
    accessibility: "Hörslinga",
    answers: { unit: "Stadskontoret" },
  };

  it("removes only the needs after the event", () => {
    expect(withoutNeeds(registration)).toEqual({ ...registration, diet: "", accessibility: "" });
  });

  it("keeps what the attendance evidence needs and nothing that names the person", () => {
    expect(anonymised(registration)).toEqual({
      id: "r1",
      name: "",
      email: "",
      emailKey: "",
      organisation: "Malmö stad",
      role: "",
      status: "confirmed",
      checkedInAt: new Date("2027-03-16T07:40:00Z"),
      diet: "",
      accessibility: "",
      answers: {},
    });
  });
});
