/** The workbooks' API shapes as the pages use them (server/workbooks/schemas.ts). */

export interface TableRow {
  id: string;
  cells: Record<string, string>;
}
export type AnswerValue = string | string[] | TableRow[];

export type ItemType = "text" | "list" | "table" | "date" | "checklist";
export type PartKind = "read" | "questions" | "plan" | "timeplan";

export interface RunSummary {
  id: string;
  workbookId: string;
  workbookTitle: string | null;
  title: string;
  unitId: string | null;
  status: "active" | "finished";
  createdAt: string;
  finishedAt: string | null;
  version: number;
}

export interface WorkbookList {
  workbooks: { id: string; title: string; summary: string; minutes: number; parts: number }[];
  runs: RunSummary[];
}

export interface WorkbookItem {
  id: string;
  type: ItemType;
  label: string;
  help: string | null;
  required: boolean;
  columns: { id: string; label: string; kind: string }[];
  options: { id: string; label: string }[];
  activities: boolean;
  prefill: AnswerValue | null;
}

export interface WorkbookPart {
  id: string;
  title: string;
  kind: PartKind;
  html: string;
  items: WorkbookItem[];
  milestones: { id: string; label: string }[];
}

export interface Answer {
  key: string;
  value: AnswerValue;
  version: number;
  updatedAt: string;
  updatedByName: string | null;
}

export interface PlanMeasure {
  item: string;
  rowId: string;
  measureId: string;
  year: number;
  title: string;
  status: string;
}

export interface Run extends RunSummary {
  workbook: {
    title: string;
    summary: string;
    fillsYear: boolean;
    parts: WorkbookPart[];
  } | null;
  answers: Answer[];
  problems: { key: string; message: string }[];
  planMeasures: PlanMeasure[];
}

export interface HistoryEntry {
  at: string;
  actorName: string | null;
  key: string;
  action: string;
}
