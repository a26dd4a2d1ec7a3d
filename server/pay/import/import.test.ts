import { deflateRawSync, inflateSync } from "node:zlib";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FEMALE } from "../../../core/pay/stats.ts";
import { generateEmployer, toCsv } from "../../../core/pay/synthetic.ts";
import { cycleOrganisation } from "../../cycle/fixtures.test-helper.ts";
import { forOrganisation } from "../../platform/db/tenant.ts";
import { startTestApp, type TestApp, type TestClient } from "../../test/harness.ts";
import { inflateChunk, joinChunks, toRecords } from "../employees.ts";
import { SPLIT_MIN_BYTES } from "./read.ts";

/** Importing payroll exports over HTTP: upload, mapping, all-or-nothing import, templates. */
let t: TestApp;
let org: Awaited<ReturnType<typeof cycleOrganisation>>;

beforeAll(async () => {
  t = await startTestApp({ maxUploadBytes: 20 * 1024 * 1024 });
  org = await cycleOrganisation(t);
});
afterAll(() => t.close());

const hr = () => org.members.hr.client;

async function upload(client: TestClient, content: Buffer | string, fileName = "lon.csv") {
  return client.request(
    "POST",
    `${org.api}/pay/uploads`,
    typeof content === "string" ? Buffer.from(content) : content,
    { "content-type": "application/octet-stream", "x-file-name": encodeURIComponent(fileName) },
  );
}

/** Starts an import and polls until it has finished. */
async function importFile(body: Record<string, unknown>) {
  const started = await hr().post(`${org.api}/pay/imports`, body);
  if (started.status !== 202) return started;
  for (;;) {
    const progress = await hr().get(`${org.api}/pay/imports/${started.json.id}`);
    if (progress.json.status === "done" || progress.json.status === "failed") return progress;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The stored chunks of the year's survey, as saved (none when it has no survey). */
async function storedChunks(surveyYear: number) {
  return forOrganisation(t.db, org.organisationId)
    .selectFrom("pay_employee_chunks")
    .innerJoin("pay_surveys", "pay_surveys.id", "pay_employee_chunks.survey_id")
    .select(["pay_employee_chunks.employees", "pay_employee_chunks.data"])
    .where("pay_surveys.year", "=", surveyYear)
    .orderBy("pay_employee_chunks.chunk")
    .execute();
}

/** The year's stored employees, lowest base salary first. */
async function employees(surveyYear: number) {
  const chunks = await storedChunks(surveyYear);
  if (chunks.length === 0) return [];
  const inflated = await Promise.all(chunks.map((c) => inflateChunk(c.data)));
  return toRecords(
    joinChunks(chunks.map((c, i) => ({ employees: c.employees, inflated: inflated[i]! }))),
  ).sort((a, b) => a.baseSalary - b.baseSalary);
}

// A small export as an older payroll system writes it: Windows-1252, semicolons, decimal comma.
// The personnummer are made up, with valid check digits.
const HEADER =
  "Anst.nr;Personnummer;Kön;Avdelning;Befattning;Sysselsättningsgrad;Grundlön;Fasta tillägg";
const ROWS = [
  "A1;19800101-0001;K;Skola;Lärare;100;34 500,00;1 200,50",
  "A2;19750505-0018;M;Skola;Lärare;100;36 000,00;0",
  "A3;19900909-0029;K;Vård;Undersköterska;75;27 000,00;0",
  "A4;19851111-0036;M;Vård;Undersköterska;100;28 500,00;500",
  "A5;19700707-0043;K;Ekonomi;Ekonom;80;40 000,00;0",
];
const latin1 = (lines: string[]) => Buffer.from(lines.join("\r\n"), "latin1");

describe("uploading a file", () => {
  it("reads a Windows-1252 CSV with semicolons, shows its first rows and suggests a mapping", async () => {
    const response = await upload(hr(), latin1([HEADER, ...ROWS]));
    expect(response.status).toBe(201);
    expect(response.json).toMatchObject({
      format: "csv",
      encoding: "windows-1252",
      delimiter: ";",
      headers: HEADER.split(";"),
    });
    expect(response.json.preview).toHaveLength(5);
    expect(response.json.preview[0][4]).toBe("Lärare");
    // The personnummer is never shown in full, not even in the preview.
    expect(response.json.preview[0][1]).toBe("19800101-****");
    expect(response.body).not.toContain("0101-0001");
    expect(response.json.suggestedMapping).toMatchObject({
      employeeKey: "Anst.nr",
      personnummer: "Personnummer",
      sex: "Kön",
      unit: "Avdelning",
      jobTitle: "Befattning",
      extent: "Sysselsättningsgrad",
      baseSalary: "Grundlön",
      fixedSupplements: "Fasta tillägg",
    });
  });

  it.each([["manager"], ["union_rep"], ["safety_rep"], ["participant"]] as const)(
    "is refused for a %s",
    async (role) => {
      const response = await upload(org.members[role].client, latin1([HEADER, ...ROWS]));
      expect(response.status).toBe(403);
    },
  );

  it("refuses a file above the size limit with the limit in the message, keeping nothing", async () => {
    const big = Buffer.alloc(21 * 1024 * 1024, 0x41);
    const response = await upload(hr(), big, "stor.csv");
    expect(response.status).toBe(413);
    expect(response.json.detail).toMatch(/för stor \(högst 20 MB\)/);
  });

  it("refuses a zip bomb dressed up as an XLSX without unpacking it", async () => {
    const response = await upload(hr(), zipBomb(), "loner.xlsx");
    expect(response.status).toBe(422);
    expect(response.json.errors[0]).toMatchObject({ path: "file" });
    expect(response.json.errors[0].message).toMatch(/packas upp till mycket mer/);
  });

  it("refuses a file whose å, ä and ö were saved twice in different encodings, naming the row", async () => {
    const mixed = Buffer.concat([
      Buffer.from(`${HEADER}\r\n${ROWS[0]}\r\n`, "utf8"),
      Buffer.from("A9;;K;Förskola;Lärare;100;30000;0\r\n", "latin1"),
    ]);
    // Valid UTF-8 "ä" (line 2) next to a Latin-1 "ö" (line 3): decoded as Windows-1252 it shows "Ã¤".
    const response = await upload(hr(), mixed);
    expect(response.status).toBe(422);
    expect(response.json.errors[0].message).toMatch(/rad 1/);
  });

  it("refuses a file with two columns of the same name, naming it", async () => {
    const response = await upload(hr(), "Kön;Grundlön;Grundlön\nK;30000;31000\n");
    expect(response.status).toBe(422);
    expect(response.json.errors[0].message).toMatch(/Två kolumner heter ”Grundlön”/);
  });

  it("refuses a binary file with a message on what to save it as", async () => {
    const response = await upload(hr(), Buffer.from([0x00, 0x01, 0x02, 0x00, 0xff]), "lon.bin");
    expect(response.status).toBe(422);
    expect(response.json.errors[0].message).toMatch(/CSV|xlsx/);
  });
});

describe("importing", () => {
  const mapping = {
    employeeKey: "Anst.nr",
    personnummer: "Personnummer",
    sex: "Kön",
    unit: "Avdelning",
    jobTitle: "Befattning",
    extent: "Sysselsättningsgrad",
    baseSalary: "Grundlön",
    fixedSupplements: "Fasta tillägg",
  };

  it("imports every row, pseudonymises the keys and never stores the personnummer", async () => {
    const file = await upload(hr(), latin1([HEADER, ...ROWS]));
    const done = await importFile({
      uploadId: file.json.id,
      year: 2025,
      snapshotDate: "2025-09-30",
      mapping,
    });
    expect(done.json).toMatchObject({
      status: "done",
      percent: 100,
      problemCount: 0,
      result: { year: 2025, employees: 5, women: 3, men: 2, unmatchedUnits: ["Ekonomi"] },
    });
    const rows = await employees(2025);
    expect(rows.map((r) => [r.sex, r.job, r.extent, r.baseSalary, r.fixedSupplements])).toEqual([
      [1, "Undersköterska", 75, 27000, 0],
      [2, "Undersköterska", 100, 28500, 500],
      [1, "Lärare", 100, 34500, 1200.5],
      [2, "Lärare", 100, 36000, 0],
      [1, "Ekonom", 80, 40000, 0],
    ]);
    // Birth year from the personnummer; the personnummer and the payroll id are nowhere.
    expect(rows.find((r) => r.baseSalary === 34500)?.birthYear).toBe(1980);
    const stored = JSON.stringify(rows);
    for (const secret of ["19800101", "0101-0001", '"A1"']) expect(stored).not.toContain(secret);
    // Nor in the stored bytes themselves (once inflated).
    const bytes = (await storedChunks(2025))
      .map((c) => inflateSync(Buffer.from(c.data, "base64")).toString("latin1"))
      .join("");
    for (const secret of ["19800101", "0101-0001", "A1"]) expect(bytes).not.toContain(secret);
    for (const row of rows) expect(row.key).toMatch(/^P[\w-]{11}$/);
    // Units are matched by name, so managers see their own units' figures.
    expect(rows.find((r) => r.unit === "Skola")?.unitId).toBe(org.units.school);
    expect(rows.find((r) => r.unit === "Ekonomi")?.unitId).toBeNull();

    const survey = await hr().get(`${org.api}/pay/surveys/2025`);
    expect(survey.json).toMatchObject({ year: 2025, employeeCount: 5, sourceFile: "lon.csv" });
    const audit = await forOrganisation(t.db, org.organisationId)
      .selectFrom("audit_events")
      .selectAll("audit_events")
      .where("audit_events.entity_type", "=", "pay_import")
      .execute();
    expect(audit.at(-1)?.after).toMatchObject({ year: 2025, employees: 5 });
  });

  it("gives the same person the same key next year, so pay can be followed over years", async () => {
    const file = await upload(hr(), latin1([HEADER, ...ROWS.slice(0, 2)]));
    const done = await importFile({
      uploadId: file.json.id,
      year: 2026,
      snapshotDate: "2026-09-30",
      mapping,
    });
    expect(done.json.status).toBe("done");
    const before = new Set((await employees(2025)).map((r) => r.key));
    for (const row of await employees(2026)) expect(before.has(row.key)).toBe(true);
  });

  it("refuses a mapping without the required fields, naming them in Swedish", async () => {
    const file = await upload(hr(), latin1([HEADER, ...ROWS]));
    const response = await hr().post(`${org.api}/pay/imports`, {
      uploadId: file.json.id,
      year: 2025,
      snapshotDate: "2025-09-30",
      mapping: {
        employeeKey: "Anst.nr",
        sex: "Kön",
        jobTitle: "Befattning",
        baseSalary: "Finns inte",
      },
    });
    expect(response.status).toBe(422);
    const messages = response.json.errors.map(
      (e: { path: string; message: string }) => `${e.path}: ${e.message}`,
    );
    expect(messages.join("\n")).toMatch(/mapping\.extent: Välj en kolumn för Sysselsättningsgrad/);
    expect(messages.join("\n")).toMatch(
      /mapping\.baseSalary: Kolumnen ”Finns inte” finns inte i filen/,
    );
  });

  it("leaves nothing behind when row 70 001 of 100 000 is broken, and names row and column", async () => {
    const employer = generateEmployer({ employees: 100_000, seed: 7, year: 2024 });
    const lines = toCsv(employer.employees).split("\n");
    const header = lines[0]!.split(";");
    const payColumn = header.findIndex((h) => /grundlön/i.test(h));
    // Row 70 001 in the file is data row 70 000 (the heading is row 1).
    const cells = lines[70_000]!.split(";");
    cells[payColumn] = "-100";
    lines[70_000] = cells.join(";");
    const file = await upload(hr(), lines.join("\n"), "stor.csv");
    expect(file.status).toBe(201);
    const done = await importFile({
      uploadId: file.json.id,
      year: 2024,
      snapshotDate: "2024-09-30",
      mapping: file.json.suggestedMapping,
    });
    expect(done.json.status).toBe("failed");
    expect(done.json.problemCount).toBe(1);
    expect(done.json.problems[0]).toMatchObject({ row: 70_001, column: header[payColumn] });
    expect(done.json.problems[0].message).toMatch(/Rad 70\u00a0001/);
    expect(await employees(2024)).toHaveLength(0);
    expect((await hr().get(`${org.api}/pay/surveys/2024`)).status).toBe(404);

    // The same file without the broken row imports all 100 000.
    cells[payColumn] = "31000";
    lines[70_000] = cells.join(";");
    const fixed = await upload(hr(), lines.join("\n"), "stor.csv");
    const ok = await importFile({
      uploadId: fixed.json.id,
      year: 2024,
      snapshotDate: "2024-09-30",
      mapping: fixed.json.suggestedMapping,
    });
    expect(ok.json).toMatchObject({ status: "done", result: { employees: 100_000 } });
    const count = await forOrganisation(t.db, org.organisationId)
      .selectFrom("pay_surveys")
      .select("pay_surveys.employee_count")
      .where("pay_surveys.year", "=", 2024)
      .executeTakeFirstOrThrow();
    expect(count.employee_count).toBe(100_000);
  }, 300_000);

  it("checks a large file in two halves and still finds an employee id that is in both", async () => {
    const employer = generateEmployer({ employees: 100_000, seed: 11, year: 2023 });
    const lines = toCsv(employer.employees).split("\n");
    // Large enough for two workers, which each see only their own half.
    expect(Buffer.byteLength(lines.join("\n"))).toBeGreaterThan(SPLIT_MIN_BYTES);
    const header = lines[0]!.split(";");
    const keyColumn = header.indexOf("Anställningsnummer");
    const firstKey = lines[10]!.split(";")[keyColumn]!;
    const cells = lines[90_000]!.split(";");
    const ownKey = cells[keyColumn]!;
    cells[keyColumn] = firstKey;
    lines[90_000] = cells.join(";");
    const file = await upload(hr(), lines.join("\n"), "halvor.csv");
    const refused = await importFile({
      uploadId: file.json.id,
      year: 2023,
      snapshotDate: "2023-09-30",
      mapping: file.json.suggestedMapping,
    });
    expect(refused.json.status).toBe("failed");
    expect(refused.json.problemCount).toBe(1);
    expect(refused.json.problems[0]).toMatchObject({ row: 90_001, column: "Anställningsnummer" });
    expect(refused.json.problems[0].message).toBe(
      `Rad 90\u00a0001, kolumn ”Anställningsnummer”: ${firstKey} finns redan på rad 11. Varje anställd ska finnas på en rad.`,
    );
    expect(await storedChunks(2023)).toHaveLength(0);

    cells[keyColumn] = ownKey;
    lines[90_000] = cells.join(";");
    const fixed = await upload(hr(), lines.join("\n"), "halvor.csv");
    const ok = await importFile({
      uploadId: fixed.json.id,
      year: 2023,
      snapshotDate: "2023-09-30",
      mapping: fixed.json.suggestedMapping,
    });
    const women = employer.employees.filter((e) => e.sex === FEMALE).length;
    expect(ok.json).toMatchObject({
      status: "done",
      result: { employees: 100_000, women, men: 100_000 - women },
    });
    const stored = await employees(2023);
    expect(new Set(stored.map((e) => e.key)).size).toBe(100_000);
  }, 300_000);

  it("reads the data sheet of a workbook with a cover sheet, taking formulas' saved results", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Om exporten").addRow(["Export från lönesystemet 2026-09-30"]);
    const sheet = workbook.addWorksheet("Löner");
    sheet.addRow(["Anställningsnummer", "Kön", "Befattning", "Omfattning", "Månadslön"]);
    sheet.addRow([
      "B1",
      "kvinna",
      '=HYPERLINK("http://x")',
      100,
      { formula: "30000+500", result: 30500 },
    ]);
    sheet.addRow(["B2", "man", "Vaktmästare", 100, 29000]);
    const file = await upload(hr(), Buffer.from(await workbook.xlsx.writeBuffer()), "loner.xlsx");
    expect(file.status).toBe(201);
    expect(file.json).toMatchObject({
      format: "xlsx",
      sheets: ["Om exporten", "Löner"],
      sheet: "Löner",
    });
    const done = await importFile({
      uploadId: file.json.id,
      year: 2023,
      snapshotDate: "2023-09-30",
      mapping: file.json.suggestedMapping,
      sheet: "Löner",
    });
    expect(done.json.status).toBe("done");
    const rows = await employees(2023);
    expect(rows.map((r) => [r.job, r.baseSalary])).toEqual([
      ["Vaktmästare", 29000],
      ['=HYPERLINK("http://x")', 30500],
    ]);
  });
});

describe("personnummer and percentages", () => {
  it("refuses a personnummer as the employee key, without showing or keeping it", async () => {
    const file = await upload(hr(), latin1([HEADER, ...ROWS]));
    const done = await importFile({
      uploadId: file.json.id,
      year: 2022,
      snapshotDate: "2022-09-30",
      mapping: {
        ...file.json.suggestedMapping,
        employeeKey: "Personnummer",
        personnummer: undefined,
      },
    });
    expect(done.json.status).toBe("failed");
    expect(done.json.fileProblem).toMatch(/”Personnummer” innehåller personnummer/);
    expect(JSON.stringify(done.json)).not.toContain("0101-0001");
    expect(await employees(2022)).toHaveLength(0);
  });

  it("reads a cell formatted as a percentage as the percentage shown", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Löner");
    sheet.addRow(["Anställningsnummer", "Kön", "Befattning", "Sysselsättningsgrad", "Grundlön"]);
    sheet.addRow(["C1", "K", "Lärare", 0.75, 30000]);
    sheet.getCell("D2").numFmt = "0%";
    const file = await upload(hr(), Buffer.from(await workbook.xlsx.writeBuffer()), "procent.xlsx");
    const done = await importFile({
      uploadId: file.json.id,
      year: 2021,
      snapshotDate: "2021-09-30",
      mapping: file.json.suggestedMapping,
    });
    expect(done.json.status).toBe("done");
    expect((await employees(2021))[0]?.extent).toBe(75);
  });
});

describe("mapping templates", () => {
  it("saves, lists and deletes a mapping; a name is used once", async () => {
    const body = { name: "Lönesystemet", mapping: { sex: "Kön", baseSalary: "Grundlön" } };
    const created = await hr().post(`${org.api}/pay/import-templates`, body);
    expect(created.status).toBe(201);
    const again = await hr().post(`${org.api}/pay/import-templates`, {
      ...body,
      name: "lönesystemet",
    });
    expect(again.status).toBe(422);
    expect(again.json.errors[0]).toMatchObject({ path: "name" });
    const list = await hr().get(`${org.api}/pay/import-templates`);
    expect(list.json.templates).toEqual([
      expect.objectContaining({ name: "Lönesystemet", mapping: body.mapping, sexValues: null }),
    ]);
    const deleted = await hr().delete(`${org.api}/pay/import-templates/${created.json.id}`);
    expect(deleted.status).toBe(204);
    expect((await hr().get(`${org.api}/pay/import-templates`)).json.templates).toEqual([]);
  });
});

/** A ZIP whose one entry claims (and really has) 1 GB of zeros, 1 MB packed: a classic bomb. */
function zipBomb(): Buffer {
  const chunk = deflateRawSync(Buffer.alloc(64 * 1024 * 1024), { level: 9 });
  const name = Buffer.from("xl/worksheets/sheet1.xml");
  const declaredSize = 1024 * 1024 * 1024;
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(chunk.length, 18);
  local.writeUInt32LE(declaredSize, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(chunk.length, 20);
  central.writeUInt32LE(declaredSize, 24);
  central.writeUInt16LE(name.length, 28);
  const centralOffset = local.length + name.length + chunk.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + name.length, 12);
  end.writeUInt32LE(centralOffset, 16);
  return Buffer.concat([local, name, chunk, central, name, end]);
}
