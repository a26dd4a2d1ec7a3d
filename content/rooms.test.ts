import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SECTION_5_AREAS } from "../core/cycle/vocabulary.ts";
import { parseRoom, type Room, roomMinutes, roomShape } from "../core/learning/room.ts";

/**
 * The learning rooms as files: every room parses, Swedish and English have the same
 * structure, each area room is a full one-hour session, and every link leads somewhere.
 */
const ROOMS = join(import.meta.dirname, "rooms");
const MEDIA = join(import.meta.dirname, "media");
const folders = readdirSync(ROOMS, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

const rooms = new Map<string, { sv: Room; en: Room }>();
for (const folder of folders) {
  const read = (lang: string) => parseRoom(readFileSync(join(ROOMS, folder, `${lang}.md`), "utf8"));
  rooms.set(folder, { sv: read("sv"), en: read("en") });
}

it("has the introduction, a room for each of the five areas and one on harassment", () => {
  const areas = [...rooms.values()].map((r) => r.sv.area);
  expect(areas).toContain(null);
  expect(areas).toContain("harassment");
  for (const area of SECTION_5_AREAS) expect(areas).toContain(area);
  const orders = [...rooms.values()].map((r) => r.sv.order);
  expect(new Set(orders).size).toBe(orders.length);
});

describe.each(folders)("room %s", (folder) => {
  const { sv, en } = rooms.get(folder)!;

  it("is named after its folder and has the same structure in Swedish and English", () => {
    expect(sv.id).toBe(folder);
    expect(roomShape(en)).toEqual(roomShape(sv));
    for (const step of sv.steps) {
      const english = en.steps.find((s) => s.id === step.id)!;
      expect(english.title, `${step.id} is translated`).not.toBe(step.title);
    }
  });

  it("takes 45–60 minutes, with the steps an area room needs", () => {
    expect(roomMinutes(sv)).toBeGreaterThanOrEqual(45);
    expect(roomMinutes(sv)).toBeLessThanOrEqual(60);
    const types = sv.steps.map((s) => s.type);
    expect(types).toContain("summary");
    if (sv.area !== null) {
      expect(
        types.filter((t) => t === "situation").length,
        "two situations",
      ).toBeGreaterThanOrEqual(2);
      const questions = sv.steps.flatMap((s) => s.questions ?? []);
      expect(questions.length, "six discussion questions").toBeGreaterThanOrEqual(6);
      expect(types).toContain("task");
    }
  });

  it("links only to rooms, media and https addresses that exist", () => {
    for (const room of [sv, en]) {
      const text = [...Object.values(room.bodies), ...room.steps.map((s) => s.title)].join("\n");
      for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        if (target!.startsWith("room:")) expect(rooms.has(target!.slice(5)), target).toBe(true);
        else if (target!.startsWith("media/"))
          expect(existsSync(join(MEDIA, target!.slice(6))), target).toBe(true);
        else expect(() => new URL(target!), target).not.toThrow();
        if (!target!.startsWith("room:") && !target!.startsWith("media/"))
          expect(target!.startsWith("https://"), target).toBe(true);
      }
      for (const step of room.steps) {
        if (step.video) {
          for (const file of [step.video.src, step.video.captions, step.video.transcript])
            expect(existsSync(join(MEDIA, file)), file).toBe(true);
        }
      }
    }
  });

  it("contains no placeholders", () => {
    for (const room of [sv, en]) {
      const text = JSON.stringify(room);
      expect(text).not.toMatch(/\b(TODO|TBD|lorem|ipsum|xxx)\b/i);
    }
  });
});
