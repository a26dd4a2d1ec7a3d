/** The import API's answers (server/pay/import/routes.ts). */

export interface PayUpload {
  id: string;
  fileName: string;
  size: number;
  format: "csv" | "xlsx";
  encoding: string | null;
  delimiter: string | null;
  sheets: string[];
  sheet: string | null;
  headers: string[];
  preview: string[][];
  suggestedMapping: Record<string, string>;
  /** The survey's fields in the user's language, grouped as the mapping form shows them. */
  fields: ImportField[];
}

export interface ImportField {
  field: string;
  label: string;
  hint: string;
  group: "required" | "person" | "job" | "pay" | "absence";
  required: boolean;
}

export interface MappingTemplate {
  id: string;
  name: string;
  mapping: Record<string, string>;
  sexValues: { female: string[]; male: string[] } | null;
  version: number;
}

export interface ImportProgress {
  id: string;
  status: "reading" | "saving" | "done" | "failed";
  percent: number;
  rowsRead: number;
  problems: { row: number; column: string; message: string }[];
  problemCount: number;
  fileProblem: string | null;
  result: {
    year: number;
    employees: number;
    women: number;
    men: number;
    unmatchedUnits: string[];
    generatedKeys: boolean;
  } | null;
}
