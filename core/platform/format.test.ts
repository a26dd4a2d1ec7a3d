import { describe, expect, it } from "vitest";
import { formatAmount, formatDate, formatInteger } from "./format.ts";

it("writes dates the Swedish way, with the month in lower case, and in English", () => {
  expect(formatDate("2026-11-23", "sv")).toBe("23 november 2026");
  expect(formatDate("2026-11-23", "en")).toBe("23 November 2026");
  expect(formatDate("2027-03-01", "sv")).toBe("1 mars 2027");
  expect(formatDate("2028-02-29", "sv")).toBe("29 februari 2028");
});

it("refuses what is not a calendar date rather than guessing", () => {
  expect(() => formatDate("2026-02-30", "sv")).toThrow(RangeError);
  expect(() => formatDate("2026-13-01", "sv")).toThrow(RangeError);
  expect(() => formatDate("23/11/2026", "sv")).toThrow(RangeError);
  expect(() => formatDate("2026-11-23T10:00:00Z", "sv")).toThrow(RangeError);
});

it("writes whole kronor with no-break spaces in Swedish and SEK in English", () => {
  expect(formatAmount(12500, "sv")).toBe("12\u00A0500\u00A0kr");
  expect(formatAmount(12500, "en")).toBe("SEK\u00A012,500");
  expect(formatAmount(1234567, "sv")).toBe("1\u00A0234\u00A0567\u00A0kr");
  expect(formatAmount(999, "sv")).toBe("999\u00A0kr");
  expect(formatAmount(0, "en")).toBe("SEK\u00A00");
  expect(formatAmount(34512.6, "sv")).toBe("34\u00A0513\u00A0kr");
  expect(formatAmount(-1200, "sv")).toBe("\u22121\u00A0200\u00A0kr");
  expect(formatAmount(-1200, "en")).toBe("-SEK\u00A01,200");
  expect(formatAmount(-0.2, "sv")).toBe("0\u00A0kr");
  expect(() => formatAmount(Number.NaN, "sv")).toThrow(RangeError);
});

describe("formatInteger", () => {
  it("groups thousands the Swedish and the English way", () => {
    expect(formatInteger(70001, "sv")).toBe("70\u00A0001");
    expect(formatInteger(70001, "en")).toBe("70,001");
    expect(formatInteger(999, "sv")).toBe("999");
    expect(formatInteger(-1200, "sv")).toBe("\u22121\u00A0200");
  });
});
