import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseWorkbook, type Workbook } from "../../core/workbooks/workbook.ts";
import { CONTENT_DIR } from "../learning/content.ts";
import type { Locale } from "../platform/i18n.ts";

/** The workbooks of content/workbooks, read once; a run names its workbook by id. */
export type WorkbookLibrary = ReadonlyMap<string, Record<Locale, Workbook>>;

export function loadWorkbooks(dir = join(CONTENT_DIR, "workbooks")): WorkbookLibrary {
  const found = new Map<string, Record<Locale, Workbook>>();
  if (!existsSync(dir)) return found;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const read = (locale: Locale) =>
      parseWorkbook(readFileSync(join(dir, entry.name, `${locale}.md`), "utf8"));
    found.set(entry.name, { sv: read("sv"), en: read("en") });
  }
  return new Map([...found].sort(([, a], [, b]) => a.sv.order - b.sv.order));
}

let library: WorkbookLibrary | undefined;
export const workbookLibrary = (): WorkbookLibrary => {
  library ??= loadWorkbooks();
  return library;
};
