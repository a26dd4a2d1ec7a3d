import ExcelJS from "exceljs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import {
  DESKTOP,
  expectAccessible,
  expectH1,
  launch,
  newContext,
  PHONE,
  screenshot,
  signIn,
} from "./browser.ts";

/**
 * Importing pay data: HR uploads a broken CSV and sees each problem by row and column with
 * nothing saved, then uploads a workbook with a cover sheet, checks the mapping against the
 * preview, saves the mapping and imports; the survey's overview shows the result. A manager
 * cannot reach the import. axe runs on every step, at desktop and phone width.
 */
let browser: Browser;
let organisationId: string;
const YEAR = "2023";

beforeAll(async () => {
  browser = await launch();
  const context = await newContext(browser);
  const page = await context.newPage();
  await signIn(page, "deltagare@exempelkommunen.se");
  await page.waitForURL(/\/o\//);
  organisationId = new URL(page.url()).pathname.split("/")[2]!;
  await context.close();
});
afterAll(() => browser?.close());

const BROKEN_CSV = [
  "Anställningsnummer;Kön;Enhet;Befattning;Sysselsättningsgrad;Grundlön",
  "E1;K;Äldreomsorgen;Undersköterska;100;29 500",
  "E2;M;Äldreomsorgen;Undersköterska;100;-31 000",
  "E3;;Hemtjänsten;Undersköterska;75;28 000",
].join("\n");

async function workbook(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet("Om exporten").addRow(["Export från lönesystemet"]);
  const sheet = book.addWorksheet("Löner");
  sheet.addRow([
    "Anställningsnummer",
    "Kön",
    "Enhet",
    "Befattning",
    "Sysselsättningsgrad",
    "Grundlön",
  ]);
  const jobs = ["Undersköterska", "Förskollärare", "Drifttekniker"];
  for (let i = 0; i < 30; i++)
    sheet.addRow([
      `E${i + 1}`,
      i % 3 === 0 ? "M" : "K",
      "Äldreomsorgen",
      jobs[i % 3],
      100,
      28000 + i * 150,
    ]);
  return Buffer.from(await book.xlsx.writeBuffer());
}

async function openImport(page: Page) {
  await signIn(page, "hr@exempelkommunen.se");
  await page.waitForURL(/\/o\//);
  await page.goto(`/o/${organisationId}/lonekartlaggning`);
  await expectH1(page, "Lönekartläggning");
  await expectAccessible(page, "pay surveys");
  await page.getByRole("link", { name: "Importera lönedata" }).click();
  await expectH1(page, "Importera lönedata");
}

async function chooseFile(page: Page, name: string, mimeType: string, buffer: Buffer) {
  await page.getByRole("textbox", { name: "År" }).fill(YEAR);
  await page.getByLabel("Fil från lönesystemet").setInputFiles({ name, mimeType, buffer });
  await page.getByRole("button", { name: "Ladda upp och visa" }).click();
  await expect.poll(() => page.getByRole("heading", { name: `Filen ${name}` }).count()).toBe(1);
}

it("shows every problem of a broken file by row and column and saves nothing", async () => {
  const context = await newContext(browser);
  const page = await context.newPage();
  await openImport(page);
  await expectAccessible(page, "import: choose file");
  await chooseFile(page, "loner.csv", "text/csv", Buffer.from(BROKEN_CSV));
  await expect.poll(() => page.getByRole("cell", { name: "-31 000" }).count()).toBe(1);
  await expectAccessible(page, "import: mapping");
  await page.getByRole("button", { name: `Importera till ${YEAR}` }).click();
  await expectH1(page, "Importera lönedata");
  await expect
    .poll(() => page.getByRole("heading", { name: "Importen gick inte igenom" }).count(), {
      timeout: 15_000,
    })
    .toBe(1);
  const problems = page.getByRole("table", { name: "Fel i filen" });
  await expect.poll(() => problems.getByRole("row").count()).toBe(3);
  expect(await problems.getByRole("row").nth(1).innerText()).toMatch(/3\s+Grundlön/);
  expect(await problems.getByRole("row").nth(2).innerText()).toMatch(/4\s+Kön/);
  expect(await page.getByText("Tidigare lönedata för året finns kvar").count()).toBe(1);
  await expectAccessible(page, "import: problems");
  await screenshot(page, "pay-import-problems-desktop");
  await context.close();
});

it("imports a workbook's data sheet with a saved mapping, on a phone too", async () => {
  for (const viewport of [DESKTOP, PHONE]) {
    const context = await newContext(browser, viewport);
    const page = await context.newPage();
    await openImport(page);
    await chooseFile(
      page,
      "loner.xlsx",
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      await workbook(),
    );
    // The cover sheet is skipped: the preview shows the employees.
    await expect
      .poll(() => page.getByRole("cell", { name: "Drifttekniker" }).count())
      .toBeGreaterThan(0);
    await expectAccessible(page, `import: workbook mapping ${viewport.width}`);
    await screenshot(page, `pay-import-mapping-${viewport === PHONE ? "phone" : "desktop"}`);
    if (viewport === DESKTOP) {
      await page
        .getByRole("checkbox", { name: "Spara kopplingen till nästa gång" })
        .check({ force: true });
      await page
        .getByRole("textbox", { name: "Namn på kopplingen" })
        .fill(`Lönesystemet ${Date.now()}`);
    }
    await page.getByRole("button", { name: `Importera till ${YEAR}` }).click();
    await expect
      .poll(() => page.getByRole("heading", { name: "Importen är klar" }).count(), {
        timeout: 15_000,
      })
      .toBe(1);
    expect(await page.getByText(/30 anställda \(20 kvinnor och 10 män\)/).count()).toBe(1);
    await expectAccessible(page, `import: done ${viewport.width}`);
    await page.getByRole("link", { name: `Till lönekartläggningen ${YEAR}` }).click();
    await expectH1(page, `Lönekartläggningen ${YEAR}`);
    await expectAccessible(page, `survey overview ${viewport.width}`);
    await screenshot(page, `pay-overview-${viewport === PHONE ? "phone" : "desktop"}`);
    await context.close();
  }
});

it("keeps the import from a manager, who sees no import button", async () => {
  const context = await newContext(browser);
  const page = await context.newPage();
  await signIn(page, "chef@exempelkommunen.se");
  await page.waitForURL(/\/o\//);
  await page.goto(`/o/${organisationId}/lonekartlaggning`);
  await expectH1(page, "Lönekartläggning");
  expect(await page.getByRole("link", { name: "Importera lönedata" }).count()).toBe(0);
  await context.close();
});
