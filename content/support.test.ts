import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import {
  nationalSupportFileSchema,
  parseNationalSupport,
  SWEDISH_PHONE,
  telHref,
} from "../core/workbooks/support.ts";

/**
 * The national helplines as a file: it parses, every entry is in Swedish and English, has a
 * plausible Swedish number and cites an https page with the day it was checked.
 */
const FILE = join(import.meta.dirname, "support", "national.yaml");
const raw = readFileSync(FILE, "utf8");
const entries = parseNationalSupport(raw);

it("matches the schema", () => {
  const result = nationalSupportFileSchema.safeParse(parseYaml(raw));
  expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
});

it("has lines for those exposed, for those who use violence and for managers", () => {
  const audiences = new Set(entries.map((e) => e.audience));
  expect([...audiences].sort()).toEqual(["everyone", "managers", "perpetrators", "victims"]);
  const ids = entries.map((e) => e.id);
  expect(ids).toEqual(
    expect.arrayContaining(["sos-112", "kvinnofridslinjen", "valj-att-sluta", "brottsofferjouren"]),
  );
});

it("has the numbers the workbook on violence names", () => {
  const phone = (id: string) => entries.find((e) => e.id === id)?.phone;
  expect(phone("kvinnofridslinjen")).toBe("020-50 50 50");
  expect(phone("valj-att-sluta")).toBe("020-555 666");
  expect(phone("stodlinjen-for-man")).toBe("020-80 80 80");
  expect(phone("sos-112")).toBe("112");
});

describe.each(entries.map((e) => [e.id, e] as const))("%s", (_id, entry) => {
  it("is written in Swedish and English", () => {
    for (const field of [entry.name, entry.organiser, entry.description, entry.hours]) {
      expect(field.sv.length).toBeGreaterThan(0);
      expect(field.en.length).toBeGreaterThan(0);
    }
    // A plain-language description of one or two sentences.
    for (const lang of ["sv", "en"] as const) {
      const sentences = entry.description[lang].split(/[.!?](?:\s|$)/).filter((s) => s.trim());
      expect(sentences.length, entry.description[lang]).toBeLessThanOrEqual(3);
      expect(entry.description[lang].length).toBeLessThanOrEqual(260);
    }
  });

  it("has a plausible Swedish number or a website to find the local service", () => {
    if (entry.phone === null) {
      expect(entry.url).toMatch(/^https:\/\//);
      return;
    }
    expect(entry.phone).toMatch(SWEDISH_PHONE);
    const digits = telHref(entry.phone).slice("tel:".length);
    expect(digits).toMatch(/^\d{3,10}$/);
    // Free-phone (020), Swedish state (010) or a short number.
    expect(digits.length <= 6 || /^0(20|10)/.test(digits)).toBe(true);
  });

  it("cites an https source with the day it was checked", () => {
    expect(entry.source.url).toMatch(/^https:\/\//);
    expect(entry.source.title.length).toBeGreaterThan(5);
    expect(entry.source.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(Number.isNaN(Date.parse(entry.source.checked))).toBe(false);
    expect(entry.url).toMatch(/^https:\/\//);
  });
});
