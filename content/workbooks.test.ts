import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseWorkbook, type Workbook, workbookShape } from "../core/workbooks/workbook.ts";

/**
 * The workbooks as files: every workbook parses, Swedish and English have the same structure,
 * each ends in a plan, and every link leads somewhere.
 */
const WORKBOOKS = join(import.meta.dirname, "workbooks");
const ROOMS = join(import.meta.dirname, "rooms");
const folders = readdirSync(WORKBOOKS, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

const workbooks = new Map<string, { sv: Workbook; en: Workbook }>();
for (const folder of folders) {
  const read = (lang: string) =>
    parseWorkbook(readFileSync(join(WORKBOOKS, folder, `${lang}.md`), "utf8"));
  workbooks.set(folder, { sv: read("sv"), en: read("en") });
}

it("has the workbook on violence in close relationships and the one for getting started", () => {
  expect(folders.length).toBeGreaterThanOrEqual(2);
  const kinds = [...workbooks.values()].flatMap((w) => w.sv.parts.map((p) => p.kind));
  expect(kinds).toContain("plan");
  expect(kinds).toContain("timeplan");
  const targets = [...workbooks.values()].flatMap((w) =>
    w.sv.parts.flatMap((p) => [p.cycle, ...p.items.map((i) => i.cycle)]).filter(Boolean),
  );
  // The getting-started workbook fills the year: cooperation, investigation and the step dates.
  expect(targets).toEqual(
    expect.arrayContaining(["cooperation_statement", "investigation_methods", "step_dates"]),
  );
});

describe.each(folders)("workbook %s", (folder) => {
  const { sv, en } = workbooks.get(folder)!;

  it("is named after its folder and has the same structure in Swedish and English", () => {
    expect(sv.id).toBe(folder);
    expect(workbookShape(en)).toEqual(workbookShape(sv));
    for (const part of sv.parts) {
      const english = en.parts.find((p) => p.id === part.id)!;
      expect(english.title, `${part.id} is translated`).not.toBe(part.title);
    }
  });

  it("asks something that must be answered and ends in a plan", () => {
    const items = sv.parts.flatMap((p) => p.items);
    expect(items.some((i) => i.required)).toBe(true);
    expect(
      sv.parts.some(
        (p) => p.kind === "plan" || p.cycle !== undefined || items.some((i) => i.cycle),
      ),
    ).toBe(true);
  });

  it("links only to rooms and workbooks that exist and to https addresses", () => {
    for (const workbook of [sv, en]) {
      const text = Object.values(workbook.bodies).join("\n");
      for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        if (target!.startsWith("room:"))
          expect(existsSync(join(ROOMS, target!.slice(5))), target).toBe(true);
        else if (target!.startsWith("workbook:"))
          expect(existsSync(join(WORKBOOKS, target!.slice(9))), target).toBe(true);
        else expect(target, "links go to https addresses").toMatch(/^https:\/\//);
      }
    }
  });
});
