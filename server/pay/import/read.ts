import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { Readable, Transform } from "node:stream";
import { StringDecoder } from "node:string_decoder";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import type { CellValue } from "../../../core/pay/payroll.ts";
import { inspectZip } from "./zip.ts";

/**
 * Reading payroll exports: CSV (`;`, `,` or tab; UTF-8, Windows-1252 or UTF-16 from Excel's
 * "Unicode text") and XLSX, both streamed so a million rows never sit in memory at once.
 */
export type Encoding = "utf-8" | "windows-1252" | "utf-16le";

export type FileFacts =
  | { format: "csv"; encoding: Encoding; delimiter: string }
  | { format: "xlsx"; sheets: string[] };

/** Why a file cannot be read at all (before any row): each has a message in messages.ts. */
export type FileProblem =
  | "file.empty"
  | "file.binary"
  | "file.mixedEncoding"
  | "file.zipBomb"
  | "file.notSpreadsheet"
  | "file.noHeader"
  | "file.noSheet"
  | "file.noRows"
  | "file.duplicateHeading"
  | "file.keyIsPersonnummer"
  | "file.tooManyRows"
  | "file.unreadable";

export class FileReadError extends Error {
  constructor(
    readonly problem: FileProblem,
    readonly params: Record<string, string | number> = {},
  ) {
    super(problem);
  }
}

export interface RowEvent {
  cells: readonly CellValue[];
  /** The row as the user sees it in the file: the heading row is 1. */
  rowNumber: number;
  /** How far into the file the reader is, for the progress bar. */
  bytesRead: number;
}

const ZIP_SIGNATURE = 0x04034b50;

/** Finds out what the file is and how to read it, refusing what cannot be a payroll export. */
export async function inspectFile(path: string): Promise<FileFacts> {
  const head = Buffer.alloc(4096);
  const file = await open(path, "r");
  let length: number;
  try {
    ({ bytesRead: length } = await file.read(head, 0, head.length, 0));
  } finally {
    await file.close();
  }
  if (length === 0) throw new FileReadError("file.empty");
  if (length >= 4 && head.readUInt32LE(0) === ZIP_SIGNATURE) return inspectWorkbook(path);
  if (length >= 2 && head[0] === 0xff && head[1] === 0xfe)
    return {
      format: "csv",
      encoding: "utf-16le",
      delimiter: await sniffDelimiter(path, "utf-16le"),
    };
  if (head.subarray(0, length).includes(0)) throw new FileReadError("file.binary");
  const encoding = await detectEncoding(path);
  return { format: "csv", encoding, delimiter: await sniffDelimiter(path, encoding) };
}

/**
 * UTF-8 when the whole file is valid UTF-8, otherwise Windows-1252 (older Swedish payroll
 * systems). A file that is both (UTF-8 "å" read as Windows-1252 gives "Ã¥") was re-saved
 * with the wrong encoding somewhere: refused with the first row where it shows.
 */
async function detectEncoding(path: string): Promise<Encoding> {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  try {
    for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }))
      decoder.decode(chunk as Buffer, { stream: true });
    decoder.decode();
    return "utf-8";
  } catch {
    const mojibake = /Ã[¥¤¶…„–©]/;
    let row = 1;
    for await (const text of createReadStream(path, { highWaterMark: 1 << 20 }).pipe(
      decodeStream("windows-1252"),
    )) {
      const found = mojibake.exec(text as string);
      if (found) {
        row += countNewlines(text as string, found.index);
        throw new FileReadError("file.mixedEncoding", { row });
      }
      row += countNewlines(text as string, (text as string).length);
    }
    return "windows-1252";
  }
}

function countNewlines(text: string, end: number): number {
  let n = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < end; i = text.indexOf("\n", i + 1)) n++;
  return n;
}

/**
 * A UTF-8 file read as Latin-1, one character per byte: V8 decodes text with å, ä and ö at
 * about 100 MB/s but Latin-1 many times faster. Papaparse can split it as it is, because
 * delimiters, quotes and line ends are ASCII and never occur inside a UTF-8 sequence; the cells
 * with other bytes are then decoded one by one (utf8Cells). inspectFile has already refused a
 * file that is not valid UTF-8.
 */
function latin1Stream(): Transform {
  let first = true;
  return new Transform({
    readableObjectMode: true,
    transform(chunk: Buffer, _encoding, done) {
      const bom = first && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf;
      first = false;
      done(null, chunk.toString("latin1", bom ? 3 : 0));
    },
  });
}

/** Decodes the cells of a Latin-1-read UTF-8 file that hold other than ASCII, in place. */
function utf8Cells(): (cells: string[]) => void {
  // Such cells are mostly names of units and jobs, which repeat.
  const decoded = new Map<string, string>();
  return (cells) => {
    for (let c = 0; c < cells.length; c++) {
      const cell = cells[c]!;
      for (let i = 0; i < cell.length; i++) {
        if (cell.charCodeAt(i) < 0x80) continue;
        let text = decoded.get(cell);
        if (text === undefined) {
          if (decoded.size > 50_000) decoded.clear();
          text = Buffer.from(cell, "latin1").toString("utf8");
          decoded.set(cell, text);
        }
        cells[c] = text;
        break;
      }
    }
  };
}

function decodeStream(encoding: Encoding): Transform {
  // Node's StringDecoder keeps a character split between chunks for the next one;
  // TextDecoder with `stream: true` takes a slow path. Windows-1252 has one byte per
  // character, so nothing is ever split.
  const decoder: { write(chunk: Buffer): string; end(): string } =
    encoding === "windows-1252"
      ? (() => {
          const single = new TextDecoder("windows-1252");
          return { write: (chunk) => single.decode(chunk), end: () => "" };
        })()
      : new StringDecoder(encoding === "utf-8" ? "utf8" : "utf16le");
  let first = true;
  return new Transform({
    readableObjectMode: true,
    transform(chunk: Buffer, _encoding, done) {
      let text = decoder.write(chunk);
      if (first) {
        text = text.replace(/^\uFEFF/, "");
        first = false;
      }
      done(null, text);
    },
    flush(done) {
      const rest = decoder.end();
      done(null, rest || undefined);
    },
  });
}

async function sniffDelimiter(path: string, encoding: Encoding): Promise<string> {
  const sample = Buffer.alloc(64 * 1024);
  const file = await open(path, "r");
  let length: number;
  try {
    ({ bytesRead: length } = await file.read(sample, 0, sample.length, 0));
  } finally {
    await file.close();
  }
  const text = new TextDecoder(encoding).decode(sample.subarray(0, length)).replace(/^\uFEFF/, "");
  const parsed = Papa.parse<string[]>(text, {
    preview: 20,
    delimitersToGuess: [";", ",", "\t", "|"],
  });
  return parsed.meta.delimiter || ";";
}

async function inspectWorkbook(path: string): Promise<FileFacts> {
  const zip = await inspectZip(path);
  if (!zip.ok) {
    if (zip.reason === "notZip") throw new FileReadError("file.notSpreadsheet");
    throw new FileReadError("file.zipBomb");
  }
  if (!zip.entries.some((name) => name.startsWith("xl/worksheets/")))
    throw new FileReadError("file.notSpreadsheet");
  let sheets: string[] = [];
  for (let attempt = 1; ; attempt++) {
    sheets = [];
    try {
      const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, workbookOptions);
      for await (const worksheet of reader) {
        sheets.push((worksheet as unknown as { name: string }).name);
        // Skip the rows: only the names are wanted here.
        for await (const _row of worksheet) break;
      }
      break;
    } catch (error) {
      if (attempt < WORKBOOK_ATTEMPTS && isReaderRace(error)) continue;
      throw new FileReadError("file.notSpreadsheet");
    }
  }
  if (sheets.length === 0) throw new FileReadError("file.noSheet");
  return { format: "xlsx", sheets };
}

/**
 * ExcelJS's streaming reader now and then reaches a worksheet before the part of the workbook
 * it needs and fails with a TypeError (about 3 reads in 100 of a small file, measured here).
 * Reading the file again from the start succeeds, so a read that fails so before its first row
 * is tried again, at most this many times in all.
 */
const WORKBOOK_ATTEMPTS = 3;
const isReaderRace = (error: unknown) => error instanceof TypeError;

const workbookOptions = {
  worksheets: "emit",
  sharedStrings: "cache",
  hyperlinks: "ignore",
  styles: "cache", // needed to tell dates from numbers
  entries: "emit",
} as const;

/**
 * A byte range of a CSV file that one worker checks while another checks the rest: its rows
 * run from `start` to `end` and begin and end at a line end outside quotes. A part after the
 * first is read with the heading row (bytes 0 to `headingEnd`) put before it, and numbers its
 * rows as if that heading row came just before them.
 */
export interface CsvPart {
  start: number;
  end: number;
  headingEnd: number;
}

/** Below this a file is checked by one worker: a second one would not pay for its start. */
export const SPLIT_MIN_BYTES = 4 << 20;

/**
 * Where a CSV file can be cut in two for two workers: the first line end outside quotes after
 * the middle (a quoted cell may hold a line break). Null when the file is too small, is UTF-16
 * (delimiters and line ends are then two bytes) or has no such line end.
 */
export async function splitCsv(
  path: string,
  facts: FileFacts,
  size: number,
): Promise<[CsvPart, CsvPart] | null> {
  if (facts.format !== "csv" || facts.encoding === "utf-16le" || size < SPLIT_MIN_BYTES)
    return null;
  const middle = Math.floor(size / 2);
  let offset = 0;
  let quoted = false;
  let headingEnd = -1;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    const bytes = chunk as Buffer;
    // A byte loop: far quicker than indexOf on a file with every cell in quotes.
    for (let i = 0; i < bytes.length; i++) {
      const byte = bytes[i]!;
      if (byte === QUOTE) quoted = !quoted;
      else if (byte === NEWLINE && !quoted) {
        const at = offset + i + 1;
        if (headingEnd < 0) headingEnd = at;
        else if (at >= middle) {
          if (at >= size) return null;
          return [
            { start: 0, end: at, headingEnd },
            { start: at, end: size, headingEnd },
          ];
        }
      }
    }
    offset += bytes.length;
  }
  return null;
}

const CSV_PIECE_BYTES = 1 << 18;
const QUOTE = 0x22;
const NEWLINE = 0x0a;

/** The rows of the file, heading row first, with how far the reader has come. */
export async function* readRows(
  path: string,
  facts: FileFacts,
  sheet?: string,
  part?: CsvPart,
): AsyncGenerator<RowEvent> {
  for await (const batch of readRowBatches(path, facts, sheet, part)) yield* batch;
}

/**
 * The same rows in batches (one per chunk of the file): a million rows pass through one
 * `await` per batch instead of one per row, which the import's check pass notices.
 */
export async function* readRowBatches(
  path: string,
  facts: FileFacts,
  sheet?: string,
  part?: CsvPart,
): AsyncGenerator<RowEvent[]> {
  if (facts.format === "csv") yield* readCsvRows(path, facts.encoding, facts.delimiter, part);
  else yield* readSheetRows(path, sheet ?? facts.sheets[0]!);
}

/** The bytes of a part of the file (the heading row first), counting how many have been read. */
function readPart(path: string, part: CsvPart): Readable & { bytesRead: number } {
  const ranges =
    part.start === 0
      ? [[0, part.end]]
      : [
          [0, part.headingEnd],
          [part.start, part.end],
        ];
  let current: ReturnType<typeof createReadStream> | null = null;
  let bytesRead = 0;
  const stream = Readable.from(
    (async function* () {
      for (const [start, end] of ranges) {
        current = createReadStream(path, {
          start,
          end: end! - 1,
          highWaterMark: CSV_PIECE_BYTES,
        });
        for await (const chunk of current) {
          bytesRead += (chunk as Buffer).length;
          yield chunk as Buffer;
        }
      }
    })(),
    { objectMode: false },
  );
  stream.once("close", () => current?.destroy());
  return Object.defineProperty(stream, "bytesRead", { get: () => bytesRead }) as Readable & {
    bytesRead: number;
  };
}

/**
 * Papaparse's chunk callback over the decoded file, paused while the consumer works through
 * each chunk's rows (its Node duplex mode is far slower: one stream event per row).
 */
async function* readCsvRows(
  path: string,
  encoding: Encoding,
  delimiter: string,
  part?: CsvPart,
): AsyncGenerator<RowEvent[]> {
  // Pieces of 256 kB: with 1 MB, a piece's rows lived long enough to be moved to the old
  // generation, and a worker's heap grew to 190 MB instead of 120 MB (and it was slower).
  const file = part
    ? readPart(path, part)
    : createReadStream(path, { highWaterMark: CSV_PIECE_BYTES });
  let pending: string[][] = [];
  let finished = false;
  let failure: unknown = null;
  let parser: Papa.Parser | null = null;
  let wake: (() => void) | null = null;
  const signal = () => wake?.();
  const utf8 = encoding === "utf-8" ? utf8Cells() : null;
  const text = file.pipe(utf8 ? latin1Stream() : decodeStream(encoding));
  Papa.parse(text as unknown as File, {
    delimiter,
    // Lines of only spaces and delimiters (";;;;" at the end of an Excel export) are left
    // out below: papaparse's own "greedy" test joins every row, a twentieth of an import.
    skipEmptyLines: true,
    chunk(results: Papa.ParseResult<string[]>, chunkParser: Papa.Parser) {
      // An empty last chunk must not pause: the parser would never get to "complete".
      if (results.data.length === 0) return;
      parser = chunkParser;
      chunkParser.pause();
      pending = pending.length === 0 ? results.data : pending.concat(results.data);
      signal();
    },
    complete() {
      finished = true;
      signal();
    },
    error(error: Error) {
      failure = error;
      signal();
    },
  });
  let rowNumber = 0;
  try {
    for (;;) {
      if (pending.length > 0) {
        const rows = pending;
        pending = [];
        const bytesRead = file.bytesRead;
        const events: RowEvent[] = [];
        for (const cells of rows)
          if (cells[0] !== "" || !isBlank(cells)) {
            utf8?.(cells);
            events.push({ cells, rowNumber: ++rowNumber, bytesRead });
          }
        yield events;
        (parser as Papa.Parser | null)?.resume();
        continue;
      }
      if (failure) throw new FileReadError("file.unreadable");
      if (finished) return;
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
      wake = null;
    }
  } finally {
    file.destroy();
  }
}

function isBlank(cells: readonly string[]): boolean {
  for (const cell of cells) if (cell.trim() !== "") return false;
  return true;
}

async function* readSheetRows(path: string, sheet: string): AsyncGenerator<RowEvent[]> {
  for (let attempt = 1; ; attempt++) {
    let started = false;
    try {
      for await (const batch of readSheetRowsOnce(path, sheet)) {
        started = true;
        yield batch;
      }
      return;
    } catch (error) {
      if (started || attempt >= WORKBOOK_ATTEMPTS || !isReaderRace(error)) throw error;
    }
  }
}

async function* readSheetRowsOnce(path: string, sheet: string): AsyncGenerator<RowEvent[]> {
  const file = createReadStream(path, { highWaterMark: 1 << 20 });
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, workbookOptions);
  let found = false;
  try {
    yield* sheetRows(reader, sheet, file, () => {
      found = true;
    });
  } finally {
    file.destroy();
  }
  if (!found) throw new FileReadError("file.noSheet", { sheet });
}

async function* sheetRows(
  reader: ExcelJS.stream.xlsx.WorkbookReader,
  sheet: string,
  file: ReturnType<typeof createReadStream>,
  onFound: () => void,
): AsyncGenerator<RowEvent[]> {
  let batch: RowEvent[] = [];
  for await (const worksheet of reader) {
    if ((worksheet as unknown as { name: string }).name !== sheet) {
      for await (const _row of worksheet) {
        // the rows of other sheets are read past
      }
      continue;
    }
    onFound();
    for await (const row of worksheet) {
      const values = (row as unknown as { values: CellValue[]; number: number }).values;
      // A cell shown as "75 %" holds 0.75: give the number the user sees.
      (row as unknown as ExcelRow).eachCell((cell, column) => {
        if (typeof cell.value === "number" && cell.numFmt?.includes("%"))
          values[column] = cell.value * 100;
      });
      batch.push({
        cells: values.slice(1),
        rowNumber: (row as unknown as { number: number }).number,
        bytesRead: file.bytesRead,
      });
      if (batch.length === SHEET_BATCH) {
        yield batch;
        batch = [];
      }
    }
    break;
  }
  if (batch.length > 0) yield batch;
}

/** Rows per batch from a sheet (small enough that the preview's first rows come quickly). */
const SHEET_BATCH = 1000;

interface ExcelRow {
  eachCell(callback: (cell: { value: unknown; numFmt?: string }, column: number) => void): void;
}

/** A cell as the user would read it in the preview. */
export function cellText(cell: CellValue): string {
  if (cell === null || cell === undefined) return "";
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  if (typeof cell !== "object") return String(cell);
  if ("result" in cell) return cellText(cell.result as CellValue);
  if ("richText" in cell) return cell.richText.map((part) => part.text).join("");
  if ("text" in cell) return cell.text;
  if ("error" in cell) return cell.error;
  return "";
}
