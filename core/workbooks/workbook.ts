import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { INVESTIGATION_METHODS } from "../cycle/vocabulary.ts";

/**
 * A workbook as written in content/workbooks/<id>/<sv|en>.md: YAML front matter with the
 * parts and the questions of each, then a Markdown section per part opened by a
 * `<!-- part: <id> -->` line. It ends in a plan (filled from earlier answers) and a time plan.
 * Swedish and English files have the same structure. Pure: parsing and checking only.
 */

export const PART_KINDS = ["read", "questions", "plan", "timeplan"] as const;
export const ITEM_TYPES = ["text", "list", "table", "date", "checklist"] as const;
export type ItemType = (typeof ITEM_TYPES)[number];
export const COLUMN_KINDS = ["text", "responsible", "date"] as const;

/**
 * Where an answer goes in the yearly cycle when the workbook is finished:
 * - cooperation_statement (text): how cooperation with the unions is done (3 kap. 11 §);
 * - investigation_methods (checklist, options named by INVESTIGATION_METHODS): the forums
 *   and methods the year's investigation uses;
 * - step_dates (timeplan, milestones investigate / analyse / act / follow_up): when each of
 *   the four steps is done, in the year wheel;
 * - working_group (table): who leads the work and with what mandate.
 */
export const CYCLE_TARGETS = [
  "cooperation_statement",
  "investigation_methods",
  "step_dates",
  "working_group",
] as const;
export const CYCLE_STEP_MILESTONES = ["investigate", "analyse", "act", "follow_up"] as const;

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "ids are kebab-case");
const text = z.string().trim().min(1);
const snake = z.string().regex(/^[a-z0-9]+(_[a-z0-9]+)*$/);

const columnSchema = z.object({ id, label: text, kind: z.enum(COLUMN_KINDS) });

const itemSchema = z
  .object({
    id,
    type: z.enum(ITEM_TYPES),
    label: text,
    help: text.optional(),
    required: z.boolean().default(false),
    columns: z.array(columnSchema).min(1).optional(),
    options: z
      .array(z.object({ id: z.union([id, snake]), label: text }))
      .min(1)
      .optional(),
    /** Plan items: pre-filled from these earlier items where they are answered. */
    from: z.array(id).min(1).optional(),
    /** A plan table whose rows can become measures in the year's action plan. */
    activities: z.boolean().optional(),
    cycle: z.enum(CYCLE_TARGETS).optional(),
  })
  .superRefine((item, ctx) => {
    const need = (ok: boolean, message: string) => {
      if (!ok) ctx.addIssue({ code: "custom", message: `${item.id}: ${message}` });
    };
    need((item.type === "table") === (item.columns !== undefined), "only tables have columns");
    need(
      (item.type === "checklist") === (item.options !== undefined),
      "only checklists have options",
    );
    if (item.columns) {
      const ids = item.columns.map((c) => c.id);
      need(new Set(ids).size === ids.length, "column ids are unique");
    }
    if (item.activities) {
      const kinds = (item.columns ?? []).map((c) => c.kind);
      need(
        item.type === "table" &&
          kinds.includes("text") &&
          kinds.includes("responsible") &&
          kinds.includes("date"),
        "an activities table has a text, a responsible and a date column",
      );
    }
    if (item.cycle === "cooperation_statement") need(item.type === "text", "cooperation is text");
    if (item.cycle === "working_group") need(item.type === "table", "the working group is a table");
    if (item.cycle === "investigation_methods")
      need(
        item.type === "checklist" &&
          (item.options ?? []).every((o) =>
            (INVESTIGATION_METHODS as readonly string[]).includes(o.id),
          ),
        "investigation methods are a checklist of INVESTIGATION_METHODS",
      );
  });

const partSchema = z
  .object({
    id,
    title: text,
    kind: z.enum(PART_KINDS),
    items: z.array(itemSchema).default([]),
    /** A time plan: dates to set, the first is the decision the others come after. */
    milestones: z.array(z.object({ id: z.union([id, snake]), label: text })).optional(),
    cycle: z.enum(CYCLE_TARGETS).optional(),
  })
  .superRefine((part, ctx) => {
    const need = (ok: boolean, message: string) => {
      if (!ok) ctx.addIssue({ code: "custom", message: `${part.id}: ${message}` });
    };
    if (part.kind === "read") need(part.items.length === 0, "a read part asks nothing");
    if (part.kind === "questions" || part.kind === "plan")
      need(part.items.length > 0, "the part asks something");
    if (part.kind === "timeplan") {
      need((part.milestones?.length ?? 0) >= 2, "a time plan has at least two milestones");
      need(part.items.length === 0, "a time plan has milestones, not items");
    } else need(part.milestones === undefined, "only a time plan has milestones");
    if (part.kind !== "plan")
      need(
        part.items.every((i) => i.from === undefined && i.activities === undefined),
        "only the plan is filled from earlier answers and has activities",
      );
    if (part.cycle === "step_dates")
      need(
        part.kind === "timeplan" &&
          CYCLE_STEP_MILESTONES.every((m) => part.milestones?.some((x) => x.id === m)),
        "step dates are a time plan with the four steps",
      );
  });

export const workbookSchema = z.object({
  id,
  order: z.number().int().min(0),
  title: text,
  summary: text,
  /** About how long the whole work takes, all meetings together. */
  minutes: z.number().int().min(15).max(2000),
  sources: z.array(z.object({ title: text, url: z.url({ protocol: /^https$/ }) })).default([]),
  parts: z.array(partSchema).min(2),
});

export type Workbook = z.infer<typeof workbookSchema> & {
  /** The Markdown of each part, by part id. */
  bodies: Record<string, string>;
};
export type WorkbookPart = Workbook["parts"][number];
export type WorkbookItem = WorkbookPart["items"][number];

export class WorkbookFormatError extends Error {}

const PART_MARKER = /^<!--\s*part:\s*([a-z0-9-]+)\s*-->\s*$/;

/** Parses one workbook file; throws WorkbookFormatError naming what is wrong. */
export function parseWorkbook(source: string): Workbook {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source.replace(/\r\n/g, "\n"));
  if (!match) throw new WorkbookFormatError("the file starts with front matter between --- lines");
  const parsed = workbookSchema.safeParse(parseYaml(match[1]!));
  if (!parsed.success)
    throw new WorkbookFormatError(
      parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "),
    );
  const bodies: Record<string, string> = {};
  let current: string | null = null;
  for (const line of match[2]!.split("\n")) {
    const marker = PART_MARKER.exec(line);
    if (marker) {
      current = marker[1]!;
      if (current in bodies) throw new WorkbookFormatError(`part ${current} has two sections`);
      bodies[current] = "";
    } else if (current) bodies[current] += `${line}\n`;
    else if (line.trim())
      throw new WorkbookFormatError("text before the first <!-- part: … --> line");
  }
  const workbook = {
    ...parsed.data,
    bodies: Object.fromEntries(Object.entries(bodies).map(([k, v]) => [k, v.trim()])),
  };
  const partIds = workbook.parts.map((p) => p.id);
  if (new Set(partIds).size !== partIds.length)
    throw new WorkbookFormatError("part ids are unique");
  if (Object.keys(workbook.bodies).join(",") !== partIds.join(","))
    throw new WorkbookFormatError(
      `the sections (${Object.keys(workbook.bodies).join(", ")}) follow the parts (${partIds.join(", ")})`,
    );
  for (const part of workbook.parts)
    if (!workbook.bodies[part.id]) throw new WorkbookFormatError(`part ${part.id} has no text`);
  checkItems(workbook);
  return workbook;
}

/** Item ids are unique, and a plan item is filled only from earlier items of its type. */
function checkItems(workbook: Workbook) {
  const seen = new Map<string, WorkbookItem>();
  for (const part of workbook.parts) {
    for (const item of part.items) {
      if (seen.has(item.id)) throw new WorkbookFormatError(`item ${item.id} is there twice`);
      for (const source of item.from ?? []) {
        const earlier = seen.get(source);
        if (!earlier)
          throw new WorkbookFormatError(
            `${item.id} is filled from ${source}, which is not before it`,
          );
        if (earlier.type !== item.type)
          throw new WorkbookFormatError(
            `${item.id} (${item.type}) is filled from a ${earlier.type}`,
          );
        if (item.type === "table") {
          const columns = new Set(item.columns!.map((c) => c.id));
          if (!earlier.columns!.some((c) => columns.has(c.id)))
            throw new WorkbookFormatError(`${item.id} shares no column with ${source}`);
        }
      }
      seen.set(item.id, item);
    }
  }
}

/** The structure two language versions must share. */
export function workbookShape(workbook: Workbook) {
  return {
    id: workbook.id,
    order: workbook.order,
    minutes: workbook.minutes,
    sources: workbook.sources.map((s) => s.url),
    parts: workbook.parts.map((p) => ({
      id: p.id,
      kind: p.kind,
      cycle: p.cycle ?? null,
      milestones: p.milestones?.map((m) => m.id) ?? [],
      items: p.items.map((i) => ({
        id: i.id,
        type: i.type,
        required: i.required,
        columns: i.columns?.map((c) => [c.id, c.kind]) ?? [],
        options: i.options?.map((o) => o.id) ?? [],
        from: i.from ?? [],
        activities: i.activities ?? false,
        cycle: i.cycle ?? null,
      })),
    })),
  };
}
