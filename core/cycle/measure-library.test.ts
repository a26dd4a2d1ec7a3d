import { describe, expect, it } from "vitest";
import { monthName } from "../platform/format.ts";
import {
  type LibraryMeasure,
  type LocalizedText,
  libraryByArea,
  libraryMeasure,
  MEASURE_LIBRARY,
} from "./measure-library.ts";
import { AREAS, GROUNDS } from "./vocabulary.ts";

function texts(measure: LibraryMeasure): [string, LocalizedText][] {
  return [
    ["title", measure.title],
    ["description", measure.description],
    ["responsibleTitle", measure.responsibleTitle],
    ["followUp", measure.followUp],
  ];
}

/** Sentences in a text, split at ., ! or ? followed by a space or the end ("2.1" stays whole). */
function sentences(text: string): string[] {
  return text.split(/[.!?](?:\s+|$)/).filter((part) => part.trim() !== "");
}

describe("the measure library", () => {
  it("has 30–36 measures, and 3–6 in every area", () => {
    expect(MEASURE_LIBRARY.length).toBeGreaterThanOrEqual(30);
    expect(MEASURE_LIBRARY.length).toBeLessThanOrEqual(36);
    for (const area of AREAS) {
      const count = MEASURE_LIBRARY.filter((measure) => measure.area === area).length;
      expect(count, area).toBeGreaterThanOrEqual(3);
      expect(count, area).toBeLessThanOrEqual(6);
    }
  });

  it("uses unique kebab-case keys", () => {
    const keys = MEASURE_LIBRARY.map((measure) => measure.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(key).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it("has every text written in both Swedish and English", () => {
    for (const measure of MEASURE_LIBRARY) {
      for (const [field, text] of texts(measure)) {
        const where = `${measure.key}.${field}`;
        expect(text.sv.trim(), where).not.toBe("");
        expect(text.en.trim(), where).not.toBe("");
        expect(text.sv, where).not.toBe(text.en);
        expect(text.sv, where).toBe(text.sv.trim());
        expect(text.en, where).toBe(text.en.trim());
      }
    }
  });

  it("keeps titles short and descriptions to 2–4 sentences", () => {
    for (const measure of MEASURE_LIBRARY) {
      expect(measure.title.sv.length, measure.key).toBeLessThanOrEqual(90);
      expect(measure.title.en.length, measure.key).toBeLessThanOrEqual(90);
      for (const language of ["sv", "en"] as const) {
        const count = sentences(measure.description[language]).length;
        expect(count, `${measure.key} (${language})`).toBeGreaterThanOrEqual(2);
        expect(count, `${measure.key} (${language})`).toBeLessThanOrEqual(4);
      }
    }
  });

  it("schedules every measure as yearly, N times a year or continuous", () => {
    for (const measure of MEASURE_LIBRARY) {
      const schedule = measure.schedule;
      expect(["yearly", "times_per_year", "continuous"], measure.key).toContain(schedule.kind);
      if (schedule.kind === "yearly") {
        expect(Number.isInteger(schedule.month), measure.key).toBe(true);
        expect(schedule.month, measure.key).toBeGreaterThanOrEqual(1);
        expect(schedule.month, measure.key).toBeLessThanOrEqual(12);
      }
      if (schedule.kind === "times_per_year") {
        expect(Number.isInteger(schedule.times), measure.key).toBe(true);
        expect(schedule.times, measure.key).toBeGreaterThanOrEqual(2);
        expect(schedule.times, measure.key).toBeLessThanOrEqual(12);
      }
    }
  });

  it("names the follow-up month in the follow-up text when there is one", () => {
    for (const measure of MEASURE_LIBRARY) {
      const month = measure.followUpMonth;
      if (month === undefined) continue;
      expect(Number.isInteger(month), measure.key).toBe(true);
      expect(month, measure.key).toBeGreaterThanOrEqual(1);
      expect(month, measure.key).toBeLessThanOrEqual(12);
      expect(measure.followUp.sv, measure.key).toContain(monthName(month, "sv"));
      expect(measure.followUp.en, measure.key).toContain(monthName(month, "en"));
    }
  });

  it("lists at least one valid ground per measure, each once", () => {
    for (const measure of MEASURE_LIBRARY) {
      expect(measure.grounds.length, measure.key).toBeGreaterThan(0);
      expect(new Set(measure.grounds).size, measure.key).toBe(measure.grounds.length);
      for (const ground of measure.grounds) expect(GROUNDS, measure.key).toContain(ground);
    }
  });

  it("gives every pay-survey measure a timetable of at most three years", () => {
    const paySurvey = MEASURE_LIBRARY.filter((measure) => measure.area === "pay_survey");
    for (const measure of paySurvey) {
      expect(measure.description.sv, measure.key).toMatch(/högst tre år|senast inom tre år/);
      expect(measure.description.en, measure.key).toMatch(/three years at most/);
    }
  });

  it("contains no placeholder words", () => {
    for (const measure of MEASURE_LIBRARY) {
      for (const [field, text] of texts(measure)) {
        for (const value of [text.sv, text.en]) {
          expect(value, `${measure.key}.${field}`).not.toMatch(/\b(?:todo|tbd|fixme|lorem|xxx)\b/i);
        }
      }
    }
  });

  it("never suggests recording individuals' sensitive characteristics", () => {
    // Investigations look at conditions at group level; a sentence that pairs recording with a
    // sensitive ground is a sign that a measure asks for individual data.
    const recordingSv = /registrer|kartlägg|samla in|för in/i;
    const sensitiveSv = /etnisk|religio|sexuell läggning|funktionsnedsättning|könsidentitet/i;
    const recordingEn = /record|register|collect|\bmap/i;
    const sensitiveEn = /ethnic|religio|sexual orientation|disabilit|gender identity/i;
    for (const measure of MEASURE_LIBRARY) {
      for (const [field, text] of texts(measure)) {
        for (const sentence of sentences(text.sv)) {
          const risky = recordingSv.test(sentence) && sensitiveSv.test(sentence);
          expect(risky, `${measure.key}.${field}: ${sentence}`).toBe(false);
        }
        for (const sentence of sentences(text.en)) {
          const risky = recordingEn.test(sentence) && sensitiveEn.test(sentence);
          expect(risky, `${measure.key}.${field}: ${sentence}`).toBe(false);
        }
      }
    }
  });

  it("covers the measures an organisation most often needs", () => {
    const required = [
      "safety-round-social",
      "apt-theme-equal-treatment",
      "accessibility-review-premises-digital",
      "cooperation-standing-item",
      "recruitment-routine-competence-based",
      "inclusive-job-ads",
      "manager-training-competence-recruitment",
      "manager-training-pay-setting",
      "pay-criteria-benefits-review",
      "full-time-norm",
      "pay-survey-yearly",
      "pay-survey-action-plan",
      "development-talks-competence-plan",
      "equal-access-training",
      "parental-leave-contact",
      "meeting-times-parents",
      "return-after-parental-leave",
      "reduced-hours-right",
      "harassment-training-managers",
      "harassment-training-staff",
      "harassment-routines-review",
      "apt-theme-harassment-routines",
      "mixed-shortlist-leadership",
      "mentorship-underrepresented-sex",
      "sex-distribution-follow-up",
    ];
    for (const key of required) expect(libraryMeasure(key), key).toBeDefined();
    expect(libraryMeasure("pay-survey-yearly")?.area).toBe("pay_survey");
    expect(libraryMeasure("pay-criteria-benefits-review")?.grounds).toEqual([...GROUNDS]);
  });
});

describe("libraryMeasure", () => {
  it("finds a measure by key and returns undefined for an unknown key", () => {
    expect(libraryMeasure("safety-round-social")?.area).toBe("working_conditions");
    expect(libraryMeasure("no-such-measure")).toBeUndefined();
  });
});

describe("libraryByArea", () => {
  it("groups every measure under its area, with all areas in order", () => {
    const byArea = libraryByArea();
    expect([...byArea.keys()]).toEqual([...AREAS]);
    let total = 0;
    for (const [area, measures] of byArea) {
      for (const measure of measures) expect(measure.area).toBe(area);
      total += measures.length;
    }
    expect(total).toBe(MEASURE_LIBRARY.length);
  });

  it("returns fresh lists, so a caller cannot change the library", () => {
    libraryByArea().get("harassment")!.length = 0;
    expect(libraryByArea().get("harassment")!.length).toBeGreaterThanOrEqual(3);
  });
});
