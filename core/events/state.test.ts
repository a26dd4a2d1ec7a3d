import { describe, expect, it } from "vitest";
import {
  describeState,
  publicState,
  registrationAttempt,
  reminderDueAt,
  type StateInput,
  type TransitionInput,
  transition,
} from "./state.ts";
import { stockholmInstant } from "./time.ts";

const at = stockholmInstant;
const base: StateInput = {
  status: "published",
  now: at("2027-02-01T12:00"),
  opensAt: at("2027-01-10T09:00"),
  closesAt: at("2027-02-28T23:30"),
  confirmed: 10,
  capacity: 40,
};

describe("the state a visitor sees", () => {
  it("shows open with the seats left", () => {
    const state = publicState(base);
    expect(state).toEqual({ kind: "open", seatsLeft: 30 });
    expect(describeState(state)).toEqual({
      sv: "Öppen för anmälan – 30 platser kvar.",
      en: "Open for registration – 30 seats left.",
    });
    expect(describeState({ kind: "open", seatsLeft: 1 }).sv).toBe(
      "Öppen för anmälan – 1 plats kvar.",
    );
  });

  it("shows fully booked with the waitlist when every seat is taken", () => {
    const state = publicState({ ...base, confirmed: 40 });
    expect(state).toEqual({ kind: "fullyBooked" });
    expect(describeState(state).sv).toContain("väntelistan");
  });

  it("says when registration opens before it has opened", () => {
    const state = publicState({ ...base, now: at("2027-01-10T08:59") });
    expect(state.kind).toBe("notYetOpen");
    expect(describeState(state).sv).toBe("Anmälan öppnar söndag 10 januari 2027 kl. 09.00.");
  });

  it("opens at publication when no opening time is set", () => {
    expect(publicState({ ...base, opensAt: null, now: at("2026-12-01T00:00") }).kind).toBe("open");
  });

  it("accepts registrations up to and including the deadline minute, then closes", () => {
    expect(publicState({ ...base, now: at("2027-02-28T23:30") }).kind).toBe("open");
    const closed = publicState({ ...base, now: new Date(at("2027-02-28T23:30").getTime() + 1) });
    expect(closed).toEqual({ kind: "closed" });
    expect(describeState(closed, base.closesAt).sv).toBe(
      "Anmälan är stängd. Sista anmälningsdag var söndag 28 februari 2027 kl. 23.30.",
    );
  });

  it("closes on time across the switch to summer time", () => {
    // The deadline is 03.00 on the night the clocks go forward: 01:00 UTC, not 02:00.
    const closesAt = at("2027-03-28T03:00");
    expect(closesAt.toISOString()).toBe("2027-03-28T01:00:00.000Z");
    const input = { ...base, closesAt, confirmed: 0 };
    expect(publicState({ ...input, now: new Date("2027-03-28T01:00:00Z") }).kind).toBe("open");
    expect(publicState({ ...input, now: new Date("2027-03-28T01:01:00Z") }).kind).toBe("closed");
  });

  it("lets the organiser's decisions win over the clock", () => {
    expect(publicState({ ...base, status: "cancelled" })).toEqual({ kind: "cancelled" });
    expect(publicState({ ...base, status: "held" })).toEqual({ kind: "held" });
    expect(publicState({ ...base, status: "draft" })).toEqual({ kind: "draft" });
  });
});

describe("whether a registration is allowed now", () => {
  it("confirms while seats are left and waitlists when full", () => {
    expect(registrationAttempt({ ...base, confirmed: 39 })).toEqual({
      allowed: true,
      outcome: "confirmed",
    });
    expect(registrationAttempt({ ...base, confirmed: 40 })).toEqual({
      allowed: true,
      outcome: "waitlisted",
    });
  });

  it("refuses after the deadline, naming it", () => {
    const result = registrationAttempt({ ...base, now: at("2027-03-01T00:00") });
    expect(result.allowed).toBe(false);
    if (!result.allowed)
      expect(result.reason.en).toContain("The deadline was Sunday 28 February 2027");
  });

  it("refuses a cancelled event and an unpublished one", () => {
    const cancelled = registrationAttempt({ ...base, status: "cancelled" });
    expect(cancelled).toEqual({
      allowed: false,
      reason: {
        sv: "Utbildningen är inställd och går inte att anmäla sig till.",
        en: "The event is cancelled and is not open for registration.",
      },
    });
    expect(registrationAttempt({ ...base, status: "draft" }).allowed).toBe(false);
  });
});

describe("the organiser's status changes", () => {
  const ctx: TransitionInput = {
    status: "draft",
    now: at("2027-01-05T10:00"),
    startsAt: at("2027-03-16T08:45"),
    endsAt: at("2027-05-04T16:00"),
    closesAt: at("2027-02-28T23:30"),
    activeRegistrations: 0,
  };

  it("publishes a draft", () => {
    expect(transition("publish", ctx)).toEqual({ ok: true, status: "published" });
  });

  it("refuses to publish with a deadline already passed", () => {
    const result = transition("publish", { ...ctx, now: at("2027-03-01T10:00") });
    expect(result).toEqual({
      ok: false,
      reason: {
        sv: "Sista anmälningsdag har redan passerat. Ändra den innan du publicerar.",
        en: "The registration deadline has already passed. Change it before publishing.",
      },
    });
  });

  it("goes back to draft only while nobody is registered", () => {
    const published = { ...ctx, status: "published" as const };
    expect(transition("backToDraft", published)).toEqual({ ok: true, status: "draft" });
    const refused = transition("backToDraft", { ...published, activeRegistrations: 3 });
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.reason.sv).toBe(
        "Utbildningen kan inte göras om till utkast eftersom 3 personer är anmälda. Ställ in den i stället, så får de besked.",
      );
    }
  });

  it("cancels a published event but not a draft or a held one", () => {
    expect(transition("cancel", { ...ctx, status: "published" })).toEqual({
      ok: true,
      status: "cancelled",
    });
    expect(transition("cancel", ctx).ok).toBe(false);
    expect(transition("cancel", { ...ctx, status: "held" }).ok).toBe(false);
    const again = transition("cancel", { ...ctx, status: "cancelled" });
    expect(again.ok ? "" : again.reason.sv).toBe("Utbildningen är redan inställd.");
  });

  it("marks an event held only once it has started", () => {
    const published = { ...ctx, status: "published" as const };
    expect(transition("markHeld", published).ok).toBe(false);
    expect(transition("markHeld", { ...published, now: at("2027-05-04T16:00") })).toEqual({
      ok: true,
      status: "held",
    });
    expect(transition("markHeld", { ...ctx, now: at("2027-05-04T16:00") }).ok).toBe(false);
  });
});

describe("the reminder", () => {
  it("goes out N days before the first day at 08.00 Stockholm time", () => {
    expect(reminderDueAt("2027-03-16", 3)?.toISOString()).toBe("2027-03-13T07:00:00.000Z");
    // Three days before 31 March 2027 is 28 March, when summer time begins at 02.00: 08.00
    // that morning is already summer time, two hours ahead of UTC.
    expect(reminderDueAt("2027-03-31", 3)?.toISOString()).toBe("2027-03-28T06:00:00.000Z");
    expect(reminderDueAt("2027-03-16", 0)).toBeNull();
  });
});
