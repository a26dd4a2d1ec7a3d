import { INVESTIGATION_METHODS, type InvestigationMethod } from "../cycle/vocabulary.ts";
import { type AnswerValue, answerKey, isAnswered, prefill, type TableRow } from "./answers.ts";
import {
  CYCLE_STEP_MILESTONES,
  CYCLE_TARGETS,
  type Workbook,
  type WorkbookItem,
} from "./workbook.ts";

/**
 * What a workbook's answers put into a work year: the items and time plan marked with a
 * `cycle` target are read (a saved answer, or what the plan would be pre-filled with) and
 * checked against the year. Pure: the server stores the result, the tests read it.
 */

export type CycleTarget = (typeof CYCLE_TARGETS)[number];
export type StepMilestone = (typeof CYCLE_STEP_MILESTONES)[number];

export interface WorkingGroupMember {
  person: string;
  represents: string;
  task: string;
}

export interface YearSetup {
  workingGroup: WorkingGroupMember[];
  cooperationStatement: string;
  plannedMethods: InvestigationMethod[];
  stepDates: Partial<Record<StepMilestone, string>>;
}

export interface YearSetupProblem {
  /** The answer key the problem is about, `<part id>/<item or milestone id>`. */
  key: string;
  message:
    | "workbook.year.workingGroupMissing"
    | "workbook.year.workingGroupPerson"
    | "workbook.year.cooperationMissing"
    | "workbook.year.methodsMissing"
    | "workbook.year.stepDatesMissing"
    | "workbook.year.dateNotInYear"
    | "workbook.year.stepOrder";
  params?: Record<string, string | number>;
}

export interface YearSetupResult {
  setup: YearSetup;
  /** The targets the workbook has: only these are filled in the year. */
  targets: CycleTarget[];
  /** Targets the workbook has but the answers leave empty. */
  missing: CycleTarget[];
  problems: YearSetupProblem[];
}

/** The cycle targets a workbook fills, in CYCLE_TARGETS order; empty for most workbooks. */
export function cycleTargets(workbook: Workbook): CycleTarget[] {
  const found = new Set<CycleTarget>();
  for (const part of workbook.parts) {
    if (part.cycle) found.add(part.cycle);
    for (const item of part.items) if (item.cycle) found.add(item.cycle);
  }
  return CYCLE_TARGETS.filter((t) => found.has(t));
}

const clean = (value: string | undefined) => (value ?? "").trim();

/**
 * Working-group rows by column kind, not column id, so another workbook may name its columns
 * freely: the responsible column is the person, the first text column whom they represent
 * and the second their task. Empty rows are left out.
 */
function workingGroupRows(item: WorkbookItem, rows: TableRow[]) {
  const columns = item.columns ?? [];
  const person = columns.find((c) => c.kind === "responsible")?.id;
  const [represents, task] = columns.filter((c) => c.kind === "text").map((c) => c.id);
  return rows
    .map((row) => ({
      person: person ? clean(row.cells[person]) : "",
      represents: represents ? clean(row.cells[represents]) : "",
      task: task ? clean(row.cells[task]) : "",
    }))
    .filter((m) => m.person || m.represents || m.task);
}

/** Reads the workbook's cycle targets from the answers and checks them against `year`. */
export function yearSetup(
  workbook: Workbook,
  answers: ReadonlyMap<string, AnswerValue>,
  year: number,
): YearSetupResult {
  const setup: YearSetup = {
    workingGroup: [],
    cooperationStatement: "",
    plannedMethods: [],
    stepDates: {},
  };
  const problems: YearSetupProblem[] = [];
  const missing = new Set<CycleTarget>();

  for (const part of workbook.parts) {
    for (const item of part.items) {
      if (!item.cycle) continue;
      const key = answerKey(part.id, item.id);
      // A saved answer wins; a plan item not yet saved counts with what it is pre-filled with.
      const value = answers.get(key) ?? prefill(workbook, item, answers);
      switch (item.cycle) {
        case "working_group": {
          const rows = item.type === "table" && isAnswered(value) ? (value as TableRow[]) : [];
          const members = workingGroupRows(item, rows);
          if (members.length === 0) {
            missing.add("working_group");
            problems.push({ key, message: "workbook.year.workingGroupMissing" });
          } else if (members.some((m) => !m.person))
            problems.push({ key, message: "workbook.year.workingGroupPerson" });
          setup.workingGroup = members.filter((m) => m.person);
          break;
        }
        case "cooperation_statement": {
          const text = typeof value === "string" ? value.trim() : "";
          if (!text) {
            missing.add("cooperation_statement");
            problems.push({ key, message: "workbook.year.cooperationMissing" });
          }
          setup.cooperationStatement = text;
          break;
        }
        case "investigation_methods": {
          const chosen = new Set(Array.isArray(value) ? (value as string[]) : []);
          setup.plannedMethods = INVESTIGATION_METHODS.filter((m) => chosen.has(m));
          if (setup.plannedMethods.length === 0) {
            missing.add("investigation_methods");
            problems.push({ key, message: "workbook.year.methodsMissing" });
          }
          break;
        }
        case "step_dates":
          // Only a time plan carries step dates (the workbook format checks this).
          break;
      }
    }

    if (part.cycle !== "step_dates") continue;
    const label = (id: string) => part.milestones?.find((m) => m.id === id)?.label ?? id;
    // The latest step date so far: every later step must be on or after it.
    let previous: { id: StepMilestone; date: string } | null = null;
    for (const step of CYCLE_STEP_MILESTONES) {
      const key = answerKey(part.id, step);
      const value = answers.get(key);
      const date = typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : "";
      if (!date) continue;
      setup.stepDates[step] = date;
      if (!date.startsWith(`${year}-`)) {
        problems.push({
          key,
          message: "workbook.year.dateNotInYear",
          params: { milestone: label(step), year },
        });
      } else if (previous && date < previous.date) {
        problems.push({
          key,
          message: "workbook.year.stepOrder",
          params: { milestone: label(step), previous: label(previous.id) },
        });
      } else previous = { id: step, date };
    }
    if (Object.keys(setup.stepDates).length === 0) {
      missing.add("step_dates");
      problems.push({
        key: answerKey(part.id, CYCLE_STEP_MILESTONES[0]),
        message: "workbook.year.stepDatesMissing",
      });
    }
  }

  return {
    setup,
    targets: cycleTargets(workbook),
    missing: CYCLE_TARGETS.filter((t) => missing.has(t)),
    problems,
  };
}
