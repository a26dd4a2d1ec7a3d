import { execFile } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { promisify } from "node:util";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { swedishToday } from "../server/cycle/years/service.ts";
import { docxText, pdfInfo, pdfText } from "../server/reports/test-extract.ts";
import {
  DESKTOP,
  downloaded,
  expectAccessible,
  expectH1,
  launch,
  newContext,
  PHONE,
  screenshot,
  signIn,
} from "./browser.ts";

/**
 * The pay survey report: HR analyses a difference of the demo's survey as unjustified and
 * makes it a pay adjustment (through the API, as the comparison pages do), then downloads the
 * year's report as PDF and as Word from the survey's start page, and the EU indicator report
 * from the indicators page. A manager sees no download link and is refused the file. axe on
 * the pages with the links, on a desktop and a phone; the PDF's first pages are kept as
 * pictures for people to look at.
 */
const run = promisify(execFile);
const year = Number(swedishToday().slice(0, 4));
let browser: Browser;
let organisationId: string;
let measure: { jobName: string; annualCost: number; groupDescription: string };

const overview = () => `/o/${organisationId}/lonekartlaggning/${year}`;
const squeeze = (text: string) => text.replace(/\s+/g, " ");
/** "1 234 567 kr" as pdftotext and docx give it, whatever spaces they use. */
const kronor = (amount: number) =>
  new RegExp(`${String(amount).replace(/\B(?=(\d{3})+(?!\d))/g, "\\s")}\\skr`);

async function signedIn(email: string, viewport = DESKTOP): Promise<Page> {
  const context = await newContext(browser, viewport);
  const page = await context.newPage();
  await signIn(page, email);
  await page.waitForURL(/\/o\/[^/]+/);
  organisationId = /\/o\/([^/]+)/.exec(page.url())![1]!;
  return page;
}

beforeAll(async () => {
  browser = await launch();
  const page = await signedIn("hr@exempelkommunen.se");
  // An unjustified difference of equal work with a pay adjustment, as HR makes them on the
  // comparison pages: the first job women and men both do that nobody has analysed yet.
  measure = await page.evaluate(
    async ({ organisationId, year, deadline }) => {
      const { token } = await (await fetch("/api/csrf-token")).json();
      const json = { "content-type": "application/json", "x-csrf-token": token };
      const base = `/api/organisations/${organisationId}/pay/surveys/${year}`;
      const equalWork = await (await fetch(`${base}/comparisons/equal-work`)).json();
      const job = equalWork.jobs.find(
        (j: { comparable: boolean; finding: unknown; women: { count: number } }) =>
          j.comparable && j.finding === null && j.women.count >= 5,
      );
      const finding = await (
        await fetch(`${base}/findings`, {
          method: "PUT",
          headers: json,
          body: JSON.stringify({
            kind: "equal_work",
            jobId: job.jobId,
            otherJobId: null,
            explanation:
              "Kvinnorna har samma uppdrag och erfarenhet som männen men lägre lön, och lönekriterierna förklarar inte skillnaden.",
            classification: "unjustified",
            version: null,
          }),
        })
      ).json();
      const created = await (
        await fetch(`${base}/findings/${finding.id}/measures`, {
          method: "POST",
          headers: json,
          body: JSON.stringify({
            target: "group",
            groupDescription: `kvinnorna i arbetet ${job.name}`,
            people: job.women.count,
            monthlyAdjustment: 800,
            deadline,
            responsibleTitle: "HR-chef",
          }),
        })
      ).json();
      return {
        jobName: job.name as string,
        annualCost: created.annualCost as number,
        groupDescription: created.groupDescription as string,
      };
    },
    { organisationId, year, deadline: `${year + 1}-06-30` },
  );
  expect(measure.annualCost).toBeGreaterThan(0);
  await page.context().close();
});

afterAll(() => browser?.close());

it("HR downloads the pay survey report as PDF and Word from the survey's start page", async () => {
  const page = await signedIn("hr@exempelkommunen.se");
  await page.goto(overview());
  await expectH1(page, `Lönekartläggningen ${year}`);
  const pdfLink = page.getByRole("link", { name: "Hämta rapporten som PDF (svenska)" });
  await expect.poll(() => pdfLink.count()).toBe(1);
  await expectAccessible(page, "pay survey start page with the report, desktop");
  await screenshot(page, "pay-report-overview");

  const [pdf] = await Promise.all([page.waitForEvent("download"), pdfLink.click()]);
  expect(pdf.suggestedFilename()).toBe(`Lönekartläggning ${year} – Exempelkommunen.pdf`);
  const pdfBuffer = await downloaded(pdf);
  const info = await pdfInfo(pdfBuffer);
  expect(info.Tagged).toBe("yes");
  expect(info.Title).toBe(`Lönekartläggning och analys ${year}`);
  const pdfContent = squeeze(await pdfText(pdfBuffer));
  for (const expected of [
    "Metod",
    "(a) Lika arbete",
    "Skillnad i medellön mellan kvinnor och män per arbete",
    "(b) Likvärdigt arbete",
    "Lönejusteringar med kostnad",
    `Lönejustering: ${measure.jobName}`,
  ])
    expect(pdfContent).toContain(expected);
  expect(pdfContent).toMatch(kronor(measure.annualCost));

  // The first pages as pictures, to look at: headings, tables that fit, readable charts.
  mkdirSync("e2e/screenshots", { recursive: true });
  writeFileSync("e2e/screenshots/pay-report.pdf", pdfBuffer);
  await run("pdftoppm", [
    "-png",
    "-r",
    "60",
    "-f",
    "1",
    "-l",
    "8",
    "e2e/screenshots/pay-report.pdf",
    "e2e/screenshots/pay-report-pdf",
  ]);

  const [word] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Hämta rapporten som Word-fil (svenska)" }).click(),
  ]);
  expect(word.suggestedFilename()).toBe(`Lönekartläggning ${year} – Exempelkommunen.docx`);
  const text = docxText(await downloaded(word));
  for (const expected of [
    `Lönekartläggning och analys ${year}`,
    "Metod",
    "Analys: (a) Lika arbete",
    `${measure.jobName} (lika arbete) / Ansvarig: HR-chef | ${measure.groupDescription}`,
  ])
    expect(text).toContain(expected);
  expect(text).toMatch(new RegExp(`\n${measure.jobName} / [^|\n]+ | Osaklig | Kvinnorna har`));
  expect(text).toMatch(kronor(measure.annualCost));
  await page.context().close();
});

it("HR downloads the EU indicator report from the indicators page", async () => {
  const page = await signedIn("hr@exempelkommunen.se");
  await page.goto(`${overview()}/eu-indikatorer`);
  const wordLink = page.getByRole("link", {
    name: "Hämta indikatorrapporten som Word-fil (svenska)",
  });
  await expect.poll(() => wordLink.count(), { timeout: 20_000 }).toBe(1);
  await expectAccessible(page, "EU indicators with the report, desktop");
  const [word] = await Promise.all([page.waitForEvent("download"), wordLink.click()]);
  expect(word.suggestedFilename()).toBe(`Lönetransparens ${year} – Exempelkommunen.docx`);
  const text = docxText(await downloaded(word));
  for (const expected of [
    `Lönetransparens: indikatorer ${year}`,
    "Vem ska rapportera och när",
    "(a) Löneskillnad, medel",
    "Löneskillnad per kategori av arbetstagare (g)",
  ])
    expect(text).toContain(expected);
  await page.context().close();
});

it("the start page with its report links passes axe on a phone", async () => {
  const page = await signedIn("hr@exempelkommunen.se", PHONE);
  await page.goto(overview());
  await expectH1(page, `Lönekartläggningen ${year}`);
  await expect
    .poll(() => page.getByRole("link", { name: "Hämta rapporten som PDF (svenska)" }).count())
    .toBe(1);
  await expectAccessible(page, "pay survey start page with the report, phone");
  await screenshot(page, "pay-report-overview-phone");
  await page.context().close();
});

it("a manager sees no report link and is refused the file", async () => {
  const page = await signedIn("chef@exempelkommunen.se");
  await page.goto(overview());
  await expectH1(page, `Lönekartläggningen ${year}`);
  await expect.poll(() => page.getByText("Du ser bara dina egna enheter").count()).toBe(1);
  expect(await page.getByRole("link", { name: /Hämta rapporten/ }).count()).toBe(0);
  await page.goto(`${overview()}/eu-indikatorer`);
  await expect
    .poll(() => page.getByRole("heading", { name: /Vem ska rapportera/ }).count(), {
      timeout: 20_000,
    })
    .toBe(1);
  expect(await page.getByRole("link", { name: /Hämta indikatorrapporten/ }).count()).toBe(0);
  const statuses = await page.evaluate(
    async ({ organisationId, year }) => {
      const base = `/api/organisations/${organisationId}/pay/surveys/${year}`;
      return Promise.all(
        ["report.pdf", "report.docx", "indicator-report.docx"].map(
          async (file) => (await fetch(`${base}/${file}`)).status,
        ),
      );
    },
    { organisationId, year },
  );
  expect(statuses).toEqual([403, 403, 403]);
  await page.context().close();
});
