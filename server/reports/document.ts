/**
 * The report model every module builds: a few kinds of block, no formatting. The renderers
 * (docx.ts, html.ts → pdf.ts) decide how each block looks, so all of Aktiva's documents look
 * alike and keep the same structure for screen readers in Word and in the tagged PDF.
 */
import { type FormatLocale, formatDate } from "../../core/platform/format.ts";

export { formatAmount, formatDate } from "../../core/platform/format.ts";

export type ReportLocale = FormatLocale;

export interface ReportDocument {
  title: string;
  subtitle?: string;
  organisationName: string;
  /** Organisationsnummer, NNNNNN-NNNN. */
  orgNumber?: string;
  /** The date the document speaks for, ISO yyyy-mm-dd; shown under the title and in the footer. */
  date: string;
  locale: ReportLocale;
  blocks: ReportBlock[];
}

/**
 * Text may contain "\n" for a line break. Heading levels are relative to the document's
 * title: level 1 is a main section (Heading 1 in Word, <h2> under the title's <h1> in HTML).
 */
export type ReportBlock =
  | { type: "heading"; level: 1 | 2 | 3; text: string }
  | { type: "paragraph"; text: string; style?: "normal" | "muted" | "note" }
  | { type: "list"; items: string[]; ordered?: boolean }
  | {
      type: "table";
      caption: string;
      /** `width` is relative to the other columns (2 is twice as wide as 1); default 1. */
      columns: { header: string; width?: number }[];
      /** One string per column; a missing cell is left empty, one beyond the columns is dropped. */
      rows: string[][];
      /** Shown in place of the rows when there are none. */
      emptyText?: string;
    }
  /** A definition list: "Antal anställda vid årets början: 212". */
  | { type: "facts"; items: { label: string; value: string }[] }
  | { type: "pageBreak" };

/** The few words the renderers write themselves. */
const LABELS = {
  sv: {
    orgNumber: "Org.nr",
    page: "Sida",
    of: "av",
    empty: "Det finns inga uppgifter att visa.",
  },
  en: {
    orgNumber: "Corporate ID no.",
    page: "Page",
    of: "of",
    empty: "There is nothing to show.",
  },
} as const;

export const labels = (locale: ReportLocale) => LABELS[locale];

/** "Exempelkommunen · Org.nr 212000-0142": the running header of every page. */
export function organisationLine(doc: ReportDocument): string {
  return doc.orgNumber
    ? `${doc.organisationName} · ${labels(doc.locale).orgNumber} ${doc.orgNumber}`
    : doc.organisationName;
}

export const documentDate = (doc: ReportDocument) => formatDate(doc.date, doc.locale);

/** Language tag for the document's metadata: Word wants a region, HTML and PDF take the same. */
export const languageTag = (locale: ReportLocale) => (locale === "sv" ? "sv-SE" : "en-GB");

/** Relative column widths as fractions that add up to 1. */
export function columnFractions(columns: readonly { width?: number }[]): number[] {
  const weights = columns.map((c) => (c.width !== undefined && c.width > 0 ? c.width : 1));
  const total = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => w / total);
}
