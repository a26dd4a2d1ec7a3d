import { z } from "zod";
import type { Workbook, WorkbookItem, WorkbookPart } from "./workbook.ts";

/**
 * The answers of one run of a workbook, and the rules on them: what shape each type of
 * question takes, how the plan is pre-filled from earlier answers, that no date in the time
 * plan comes before the decision, and what must be answered before the run is finished.
 * Answers are keyed `<part id>/<item or milestone id>`.
 */

export const answerKey = (partId: string, id: string) => `${partId}/${id}`;

const isoDate = z.iso.date({ error: "field.date" });
const line = z.string().trim().max(2000);

/** One row of a table answer: a stable id (so a row can become a measure) and its cells. */
export const tableRowSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9_-]{1,40}$/),
  cells: z.record(z.string(), z.string().trim().max(2000)),
});
export type TableRow = z.infer<typeof tableRowSchema>;

export type AnswerValue = string | string[] | TableRow[];

/** The schema an answer to `item` must meet; table cells are checked against the columns. */
export function answerSchema(item: WorkbookItem) {
  switch (item.type) {
    case "text":
      return z.string().trim().max(10_000);
    case "date":
      // "" clears the date.
      return z.union([z.literal(""), isoDate]);
    case "list":
      return z.array(line).max(50);
    case "checklist": {
      const ids = (item.options ?? []).map((o) => o.id) as [string, ...string[]];
      return z.array(z.enum(ids)).max(ids.length);
    }
    case "table": {
      const columns = item.columns ?? [];
      return z
        .array(tableRowSchema)
        .max(100)
        .superRefine((rows, ctx) => {
          rows.forEach((row, index) => {
            for (const key of Object.keys(row.cells))
              if (!columns.some((c) => c.id === key))
                ctx.addIssue({
                  code: "custom",
                  path: [index, "cells", key],
                  message: "field.unknownColumn",
                });
            for (const column of columns.filter((c) => c.kind === "date")) {
              const value = row.cells[column.id];
              if (value && !isoDate.safeParse(value).success)
                ctx.addIssue({
                  code: "custom",
                  path: [index, "cells", column.id],
                  message: "field.date",
                });
            }
          });
          const ids = rows.map((r) => r.id);
          if (new Set(ids).size !== ids.length)
            ctx.addIssue({ code: "custom", path: [], message: "field.duplicateRow" });
        });
    }
  }
}

/** Whether an answer says anything: blank text, empty lists and empty rows do not count. */
export function isAnswered(value: AnswerValue | undefined): boolean {
  if (value === undefined) return false;
  if (typeof value === "string") return value.trim() !== "";
  return value.some((entry) =>
    typeof entry === "string"
      ? entry.trim() !== ""
      : Object.values(entry.cells).some((cell) => cell.trim() !== ""),
  );
}

/** Where each item is, by id, for looking up the sources of the plan. */
function itemsById(workbook: Workbook) {
  const found = new Map<string, { part: WorkbookPart; item: WorkbookItem }>();
  for (const part of workbook.parts)
    for (const item of part.items) found.set(item.id, { part, item });
  return found;
}

/**
 * The plan item's value as it would be pre-filled from the earlier answers it names: text
 * joined by blank lines, lists and table rows one after another (tables copy the columns the
 * two share). The group then edits the plan; a saved plan answer wins over this.
 */
export function prefill(
  workbook: Workbook,
  item: WorkbookItem,
  answers: ReadonlyMap<string, AnswerValue>,
): AnswerValue | undefined {
  if (!item.from) return undefined;
  const byId = itemsById(workbook);
  const sources = item.from
    .map((id) => byId.get(id))
    .filter((s) => s !== undefined)
    .map(({ part, item: source }) => ({
      source,
      value: answers.get(answerKey(part.id, source.id)),
    }))
    .filter(({ value }) => isAnswered(value));
  if (sources.length === 0) return undefined;
  switch (item.type) {
    case "text":
      return sources.map(({ value }) => (value as string).trim()).join("\n\n");
    case "date":
      return sources[0]!.value as string;
    case "list":
    case "checklist":
      return [...new Set(sources.flatMap(({ value }) => value as string[]))].filter((v) =>
        v.trim(),
      );
    case "table": {
      const columns = new Set((item.columns ?? []).map((c) => c.id));
      return sources.flatMap(({ source, value }) =>
        (value as TableRow[]).map((row) => ({
          id: `${source.id}-${row.id}`.slice(0, 40),
          cells: Object.fromEntries(Object.entries(row.cells).filter(([key]) => columns.has(key))),
        })),
      );
    }
  }
}

export interface AnswerProblem {
  key: string;
  message: "field.required" | "workbook.beforeDecision";
}

/** The time plan's dates that come before its first milestone, the decision. */
export function timeplanProblems(
  part: WorkbookPart,
  answers: ReadonlyMap<string, AnswerValue>,
): AnswerProblem[] {
  const [decision, ...rest] = part.milestones ?? [];
  if (!decision) return [];
  const decided = answers.get(answerKey(part.id, decision.id));
  if (typeof decided !== "string" || !decided) return [];
  return rest
    .map((m) => ({ key: answerKey(part.id, m.id), value: answers.get(answerKey(part.id, m.id)) }))
    .filter(({ value }) => typeof value === "string" && value !== "" && value < decided)
    .map(({ key }) => ({ key, message: "workbook.beforeDecision" as const }));
}

/**
 * What stands in the way of finishing a run: required questions left empty (a plan item
 * counts as answered when it would be pre-filled) and dates before the decision.
 */
export function finishProblems(
  workbook: Workbook,
  answers: ReadonlyMap<string, AnswerValue>,
): AnswerProblem[] {
  const problems: AnswerProblem[] = [];
  for (const part of workbook.parts) {
    for (const item of part.items) {
      const key = answerKey(part.id, item.id);
      const value = answers.get(key) ?? prefill(workbook, item, answers);
      if (item.required && !isAnswered(value)) problems.push({ key, message: "field.required" });
    }
    if (part.kind === "timeplan") problems.push(...timeplanProblems(part, answers));
  }
  return problems;
}
