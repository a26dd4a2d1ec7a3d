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
  | TableBlock
  /** A definition list: "Antal anställda vid årets början: 212". */
  | { type: "facts"; items: { label: string; value: string }[] }
  | FigureBlock
  | { type: "pageBreak" };

export interface TableBlock {
  type: "table";
  caption: string;
  /** `width` is relative to the other columns (2 is twice as wide as 1); default 1. */
  columns: { header: string; width?: number }[];
  /** One string per column; a missing cell is left empty, one beyond the columns is dropped. */
  rows: string[][];
  /** Shown in place of the rows when there are none. */
  emptyText?: string;
}

/**
 * A chart with its numbers. The drawing is for those who see it; `alt` names it for those who
 * do not, and `table` (always rendered right after the drawing) carries the same numbers, so
 * nothing is only in the picture.
 */
export interface FigureBlock {
  type: "figure";
  caption: string;
  /** A self-contained SVG drawing with width and height in pixels (ECharts' SSR output). */
  svg: string;
  /** A sentence or two on what the drawing shows: its accessible name and Word's alt text. */
  alt: string;
  table: Omit<TableBlock, "type">;
}

/** Width and height of an SVG drawing, from its root element's attributes (or its viewBox). */
export function svgSize(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0];
  if (!root) throw new Error("A figure's drawing must be an <svg> element");
  const attribute = (name: string) => {
    const match = new RegExp(`\\s${name}="([\\d.]+)(px)?"`).exec(root);
    return match ? Number(match[1]) : null;
  };
  const box = /\sviewBox="[\d.-]+\s+[\d.-]+\s+([\d.]+)\s+([\d.]+)"/.exec(root);
  const width = attribute("width") ?? (box ? Number(box[1]) : null);
  const height = attribute("height") ?? (box ? Number(box[2]) : null);
  if (!width || !height) throw new Error("A figure's drawing needs a width and a height");
  return { width, height };
}

/**
 * Refuses a drawing that could run or fetch anything: a report is a static document, and
 * the drawings come from our own chart code, so this only guards against a mistake.
 */
export function checkSvg(svg: string): string {
  if (/<script|<foreignObject|\son\w+\s*=|(?:href|src)\s*=\s*["']?\s*(?!#|data:image\/)/i.test(svg))
    throw new Error("A figure's drawing may not contain scripts, event handlers or links");
  return svg;
}

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
