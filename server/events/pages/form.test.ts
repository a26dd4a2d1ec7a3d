import { describe, expect, it } from "vitest";
import { validateRegistration } from "../../../core/events/registration.ts";
import { sampleEvent } from "./fixtures.test-helper.ts";
import { fieldId, postedRegistration, postedValue } from "./form.ts";

describe("posted values", () => {
  it("finds a value by its dotted name, flat, in brackets or nested", () => {
    expect(postedValue({ "answers.q1": "a" }, "answers.q1")).toBe("a");
    expect(postedValue({ "answers[q1]": "b" }, "answers.q1")).toBe("b");
    expect(postedValue({ answers: { q1: "c" } }, "answers.q1")).toBe("c");
    expect(postedValue({ name: ["first", "second"] }, "name")).toBe("first");
    expect(postedValue({ consent: true }, "consent")).toBe("on");
    expect(postedValue({}, "answers.q1")).toBe("");
    expect(postedValue(undefined, "name")).toBe("");
    expect(postedValue({ answers: {} }, "answers.constructor")).toBe("");
  });

  it("turns a posted form into what validateRegistration reads", () => {
    const event = sampleEvent();
    const body = {
      name: "Anna",
      email: "anna@example.se",
      organisation: "Malmö stad",
      "answers.days": "Båda dagarna",
      "answers[book]": "no",
      consent: "on",
      website: "",
      // A parser may hand over "__proto__" as an ordinary key.
      ...JSON.parse('{"__proto__": {"polluted": "yes"}, "answers.__proto__": "x"}'),
    };
    const input = postedRegistration(body);
    expect(input.answers).toEqual({ days: "Båda dagarna", book: "no" });
    const result = validateRegistration(input, event.questions);
    expect(result.kind).toBe("ok");
    expect(Object.getPrototypeOf(input)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(input.answers)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("gives every field a valid, stable id", () => {
    expect(fieldId("email")).toBe("f-email");
    expect(fieldId("answers.q-1")).toBe("f-answers-q-1");
  });
});
