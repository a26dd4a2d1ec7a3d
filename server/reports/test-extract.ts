/**
 * Reads generated documents back as text, for tests that check what a reader would see
 * rather than how the file is built.
 */
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { strFromU8, unzipSync } from "fflate";

const run = promisify(execFile);

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const unescapeXml = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name.startsWith("#x") || name.startsWith("#X")) {
      return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    }
    if (name.startsWith("#")) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name] ?? whole;
  });

/** The lines of one WordprocessingML part (document, header or footer). */
function partLines(part: string): string[] {
  // Paragraph and run properties hold tab stops (<w:tab w:val=…/>) that are not text.
  const xml = part.replace(/<w:([pr])Pr>[\s\S]*?<\/w:\1Pr>/g, "");
  const lines: string[] = [];
  let paragraph = "";
  let row: string[] | null = null;
  let cell: string[] | null = null;
  // Within a field, the instruction is shown as {PAGE}; the result Word cached is skipped.
  let inFieldResult = false;
  const tokens = xml.matchAll(
    /<w:(p|tr|tc)\b[^>]*?(\/?)>|<\/w:(p|tr|tc)>|<w:(t|instrText)\b[^>]*?>([^<]*)<\/w:\4>|<w:(tab|br|cr)\b([^>]*?)\/>|<w:fldChar\b[^>]*w:fldCharType="(\w+)"/g,
  );
  for (const [
    ,
    open,
    selfClosing,
    close,
    textTag,
    text,
    empty,
    emptyAttributes,
    fieldChar,
  ] of tokens) {
    if (open === "p" || close === "p") {
      if (close === "p" || selfClosing) {
        if (cell) cell.push(paragraph.trim());
        else if (paragraph.trim()) lines.push(paragraph.trimEnd());
        paragraph = "";
      }
    } else if (open === "tr" && !selfClosing) row = [];
    else if (close === "tr") {
      if (row) lines.push(row.join(" | "));
      row = null;
    } else if (open === "tc" && !selfClosing) cell = [];
    else if (close === "tc") {
      row?.push((cell ?? []).filter(Boolean).join(" / "));
      cell = null;
    } else if (fieldChar) {
      inFieldResult = fieldChar === "separate";
    } else if (textTag === "instrText") {
      paragraph += `{${unescapeXml(text ?? "").trim()}}`;
    } else if (textTag === "t" && !inFieldResult) {
      paragraph += unescapeXml(text ?? "");
    } else if (empty === "tab") {
      paragraph += "\t";
    } else if ((empty === "br" || empty === "cr") && !/w:type="page"/.test(emptyAttributes ?? "")) {
      paragraph += cell ? " / " : "\n";
    }
  }
  return lines;
}

/**
 * A DOCX as text, the way a reader meets it: the page header, the body, then the page footer.
 * One line per paragraph; a table row is one line with its cells separated by " | " (a line
 * break inside a cell shows as " / "); a field shows its instruction, "Sida {PAGE} av {NUMPAGES}";
 * empty paragraphs and page breaks are left out.
 */
export function docxText(buffer: Uint8Array): string {
  const files = unzipSync(buffer);
  const parts = (prefix: string) =>
    Object.keys(files)
      .filter((name) => new RegExp(`^word/${prefix}\\d*\\.xml$`).test(name))
      .sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
  const order = [...parts("header"), "word/document.xml", ...parts("footer")];
  return order
    .flatMap((name) => {
      const file = files[name];
      if (!file) throw new Error(`${name} is missing from the DOCX`);
      return partLines(strFromU8(file));
    })
    .join("\n");
}

async function withPdfFile<T>(buffer: Uint8Array, use: (file: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), "aktiva-pdf-"));
  try {
    const file = join(dir, "report.pdf");
    await writeFile(file, buffer);
    return await use(file);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The PDF's text as poppler lays it out; pages are separated by form feeds ("\f"). */
export function pdfText(buffer: Uint8Array): Promise<string> {
  return withPdfFile(buffer, async (file) => {
    const { stdout } = await run("pdftotext", ["-layout", "-enc", "UTF-8", file, "-"], {
      maxBuffer: 64 * 1024 * 1024,
    });
    return stdout;
  });
}

/** What `pdfinfo` says about the PDF, e.g. { Title, Pages, Tagged: "yes", "Page size" }. */
export function pdfInfo(buffer: Uint8Array): Promise<Record<string, string>> {
  return withPdfFile(buffer, async (file) => {
    const { stdout } = await run("pdfinfo", ["-enc", "UTF-8", file]);
    const info: Record<string, string> = {};
    for (const line of stdout.split("\n")) {
      const match = /^([^:]+):\s*(.*)$/.exec(line);
      if (match) info[match[1]!.trim()] = match[2]!.trim();
    }
    return info;
  });
}
