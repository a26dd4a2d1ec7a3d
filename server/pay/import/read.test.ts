import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, describe, expect, it } from "vitest";
import {
  type CsvPart,
  type FileFacts,
  inspectFile,
  readRows,
  SPLIT_MIN_BYTES,
  splitCsv,
} from "./read.ts";

/** Cutting a large CSV file in two for two check workers (checker.ts). */
const dir = mkdtempSync(join(tmpdir(), "aktiva-read-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const facts: FileFacts = { format: "csv", encoding: "utf-8", delimiter: ";" };

function write(name: string, text: string) {
  const path = join(dir, name);
  writeFileSync(path, text);
  return { path, size: Buffer.byteLength(text) };
}

/** Enough rows of `Anst.nr;Befattning;Lön` to pass SPLIT_MIN_BYTES. */
function rows(from: number, count: number) {
  const lines: string[] = [];
  for (let i = from; i < from + count; i++) lines.push(`A${i};Lärare i svenska;"34 500,50"`);
  return lines;
}
const ROWS = Math.ceil(SPLIT_MIN_BYTES / 30);

async function cellsOf(path: string, part: CsvPart) {
  const out: { row: number; cells: string[] }[] = [];
  for await (const event of readRows(path, facts, undefined, part))
    out.push({ row: event.rowNumber, cells: event.cells as string[] });
  return out;
}

describe("splitting a CSV file", () => {
  it("leaves a small file whole", async () => {
    const file = write("small.csv", ["Anst.nr;Befattning;Lön", ...rows(1, 100)].join("\n"));
    expect(await splitCsv(file.path, facts, file.size)).toBeNull();
  });

  it("cuts at a line end, and each part reads the heading row and then only its own rows", async () => {
    const file = write("large.csv", ["Anst.nr;Befattning;Lön", ...rows(1, ROWS)].join("\r\n"));
    const parts = await splitCsv(file.path, facts, file.size);
    expect(parts).not.toBeNull();
    const [first, second] = parts!;
    expect(first.end).toBe(second.start);
    expect(
      readFileSync(file.path)
        .subarray(second.start - 1, second.start + 1)
        .toString(),
    ).toBe("\nA");
    const a = await cellsOf(file.path, first);
    const b = await cellsOf(file.path, second);
    expect(a[0]!.cells).toEqual(["Anst.nr", "Befattning", "Lön"]);
    expect(b[0]!.cells).toEqual(["Anst.nr", "Befattning", "Lön"]);
    // Every row exactly once, in order, and no cell carries a stray line end.
    const keys = [...a.slice(1), ...b.slice(1)].map((r) => r.cells[0]);
    expect(keys).toHaveLength(ROWS);
    expect(keys[0]).toBe("A1");
    expect(keys.at(-1)).toBe(`A${ROWS}`);
    expect(new Set(keys).size).toBe(ROWS);
    expect(b[1]!.cells[2]).toBe("34 500,50");
  });

  it("never cuts inside a quoted cell that holds line breaks", async () => {
    const before = rows(1, ROWS / 2);
    // A quoted cell of many short lines around the middle of the file: each line end in it
    // would be a wrong place to cut.
    const quotedLines = Array.from({ length: 20_000 }, (_, i) => `rad ${i}`).join("\n");
    const lines = [
      "Anst.nr;Befattning;Lön",
      ...before,
      `M1;"${quotedLines}";"1,5"`,
      ...rows(ROWS, ROWS / 2),
    ];
    const text = lines.join("\n");
    const file = write("quoted.csv", text);
    const middle = file.size / 2;
    const quoteStart = Buffer.byteLength(text.slice(0, text.indexOf('"rad 0')));
    const quoteEnd = Buffer.byteLength(text.slice(0, text.indexOf('";"1,5"')));
    expect(quoteStart).toBeLessThan(middle);
    expect(quoteEnd).toBeGreaterThan(middle);
    const [first, second] = (await splitCsv(file.path, facts, file.size))!;
    expect(second.start).toBeGreaterThan(quoteEnd);
    const a = await cellsOf(file.path, first);
    const b = await cellsOf(file.path, second);
    const long = a.find((r) => r.cells[0] === "M1")!;
    expect(long.cells[1]!.split("\n")).toHaveLength(20_000);
    expect(a.length - 1 + b.length - 1).toBe(lines.length - 1);
  });

  it("leaves UTF-16 files whole (their line ends are two bytes)", async () => {
    const file = write("large16.csv", "x".repeat(SPLIT_MIN_BYTES + 10));
    expect(await splitCsv(file.path, { ...facts, encoding: "utf-16le" }, file.size)).toBeNull();
  });
});

describe("reading a workbook", () => {
  it("finds the sheets and reads the rows every time, not only most times", async () => {
    // ExcelJS's streaming reader fails now and then on a read of a file like this one (about 3
    // reads in 100); the reader tries again, so 50 rounds of four reads all succeed.
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Om exporten").addRow(["Export 2026-09-30"]);
    const sheet = workbook.addWorksheet("Löner");
    sheet.addRow(["Anställningsnummer", "Kön", "Månadslön"]);
    sheet.addRow(["B1", "kvinna", 30500]);
    const path = join(dir, "loner.xlsx");
    writeFileSync(path, Buffer.from(await workbook.xlsx.writeBuffer()));
    for (let round = 0; round < 50; round++) {
      const facts = await inspectFile(path);
      expect(facts).toEqual({ format: "xlsx", sheets: ["Om exporten", "Löner"] });
      for (const [name, count] of [
        ["Om exporten", 1],
        ["Löner", 2],
      ] as const) {
        let rows = 0;
        for await (const _row of readRows(path, facts, name)) rows++;
        expect(rows).toBe(count);
      }
    }
  }, 60_000);
});
