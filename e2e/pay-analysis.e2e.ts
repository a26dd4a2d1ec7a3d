import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { DEFAULT_EVALUATION_TEMPLATE, subCriteriaOf } from "../core/pay/job-evaluation.ts";
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
 * The regression and the EU indicators: HR reads the standard model, runs a model of their own
 * with the keyboard only and is refused a model that cannot be fitted; the EU indicators on a
 * desktop and a phone; a manager sees their own units only (too few for a regression). The
 * surveys 2017 and 2018 are imported into Exempelkommunen through the API as HR would, and
 * three of the four jobs of 2018 are evaluated. axe runs on every page and state.
 */
let browser: Browser;
let organisationId: string;

interface Group {
  unit: string;
  job: string;
  sex: "K" | "M";
  count: number;
  pay: number;
  education: number;
}

const GROUPS: Group[] = [
  {
    unit: "Förskolan Solrosen",
    job: "Förskollärare",
    sex: "K",
    count: 12,
    pay: 34_500,
    education: 15,
  },
  {
    unit: "Förskolan Solrosen",
    job: "Förskollärare",
    sex: "M",
    count: 2,
    pay: 35_500,
    education: 15,
  },
  {
    unit: "Förskolan Solrosen",
    job: "Barnskötare",
    sex: "K",
    count: 8,
    pay: 28_000,
    education: 12,
  },
  {
    unit: "Förskolan Solrosen",
    job: "Barnskötare",
    sex: "M",
    count: 1,
    pay: 28_400,
    education: 12,
  },
  {
    unit: "Förskolan Blåklinten",
    job: "Förskollärare",
    sex: "K",
    count: 10,
    pay: 34_200,
    education: 15,
  },
  {
    unit: "Förskolan Blåklinten",
    job: "Förskollärare",
    sex: "M",
    count: 3,
    pay: 36_000,
    education: 15,
  },
  {
    unit: "Förskolan Blåklinten",
    job: "Barnskötare",
    sex: "K",
    count: 6,
    pay: 27_800,
    education: 12,
  },
  {
    unit: "Förskolan Blåklinten",
    job: "Barnskötare",
    sex: "M",
    count: 2,
    pay: 28_900,
    education: 12,
  },
  { unit: "Äldreomsorgen", job: "Undersköterska", sex: "K", count: 30, pay: 30_000, education: 12 },
  { unit: "Äldreomsorgen", job: "Undersköterska", sex: "M", count: 8, pay: 30_900, education: 12 },
  { unit: "Gata och park", job: "Parkarbetare", sex: "M", count: 18, pay: 29_500, education: 11 },
  { unit: "Gata och park", job: "Parkarbetare", sex: "K", count: 5, pay: 29_000, education: 11 },
];

const HEADINGS = [
  "Anställningsnummer",
  "Kön",
  "Födelseår",
  "Enhet",
  "Befattning",
  "Sysselsättningsgrad",
  "Veckoarbetstid",
  "Grundlön",
  "Fasta tillägg",
  "Rörlig lön",
  "Chef",
  "Anställningsdatum",
  "Utbildningsår",
];

/** A payroll export of the groups; `year` moves pay and varies the people a little. */
function payrollCsv(year: number): string {
  const extents = [100, 100, 75, 100, 80, 50];
  let key = 0;
  const rows = GROUPS.flatMap((g, gi) =>
    Array.from({ length: g.count }, (_, i) => {
      const extent = extents[(i + gi) % extents.length]!;
      const fullTime = g.pay - (2018 - year) * 600 + ((i * 211 + gi * 53) % 1800);
      return [
        `E${++key}`,
        g.sex,
        1960 + ((i * 13 + gi * 5 + year) % 38),
        g.unit,
        g.job,
        extent,
        i % 5 === 2 ? "38,25" : "40",
        Math.round((fullTime * extent) / 100),
        i % 3 === 0 ? 700 : 0,
        i % 4 === 1 ? 5000 + ((i * 331) % 7000) : 0,
        i === 0 && g.count > 5 ? "Ja" : "Nej",
        `${1996 + ((i * 7 + gi) % 22)}-03-01`,
        g.education + (i % 3),
      ].join(";");
    }),
  );
  return [HEADINGS.join(";"), ...rows].join("\n");
}

const MAPPING = {
  employeeKey: "Anställningsnummer",
  sex: "Kön",
  birthYear: "Födelseår",
  unit: "Enhet",
  job: "Befattning",
  extent: "Sysselsättningsgrad",
  weeklyHours: "Veckoarbetstid",
  baseSalary: "Grundlön",
  fixedSupplements: "Fasta tillägg",
  variablePay: "Rörlig lön",
  manager: "Chef",
  hireDate: "Anställningsdatum",
  educationYears: "Utbildningsår",
};

/** Imports a year's payroll as HR does in the browser: upload, then import with a mapping. */
async function importYear(page: Page, year: number) {
  const result = await page.evaluate(
    async ({ organisationId, year, csv, mapping }) => {
      const { token } = await (await fetch("/api/csrf-token")).json();
      const headers = { "x-csrf-token": token };
      const base = `/api/organisations/${organisationId}/pay`;
      const upload = await (
        await fetch(`${base}/uploads`, {
          method: "POST",
          headers: { ...headers, "content-type": "text/csv", "x-file-name": `loner-${year}.csv` },
          body: csv,
        })
      ).json();
      const started = await (
        await fetch(`${base}/imports`, {
          method: "POST",
          headers: { ...headers, "content-type": "application/json" },
          body: JSON.stringify({
            uploadId: upload.id,
            year,
            snapshotDate: `${year}-09-30`,
            mapping,
          }),
        })
      ).json();
      for (let i = 0; i < 100; i++) {
        const progress = await (await fetch(`${base}/imports/${started.id}`)).json();
        if (progress.status === "done" || progress.status === "failed") return progress;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      return { status: "timeout" };
    },
    { organisationId, year, csv: payrollCsv(year), mapping: MAPPING },
  );
  expect(result.status, JSON.stringify(result)).toBe("done");
}

/** Scores three of 2018's jobs: förskollärare and undersköterska of equal value, barnskötare lower. */
async function evaluateJobs(page: Page) {
  const level = (n: number) =>
    Object.fromEntries(
      subCriteriaOf(DEFAULT_EVALUATION_TEMPLATE).map(({ sub, maxLevel }) => [
        sub.id,
        Math.min(n, maxLevel),
      ]),
    );
  const scores = { Förskollärare: level(3), Undersköterska: level(3), Barnskötare: level(2) };
  const saved = await page.evaluate(
    async ({ organisationId, scores }) => {
      const { token } = await (await fetch("/api/csrf-token")).json();
      const base = `/api/organisations/${organisationId}/pay/surveys/2018/jobs`;
      const { jobs } = await (await fetch(base)).json();
      let count = 0;
      for (const job of jobs as { id: string; name: string; version: number }[]) {
        const chosen = (scores as Record<string, Record<string, number>>)[job.name];
        if (!chosen) continue;
        const response = await fetch(`${base}/${job.id}`, {
          method: "PUT",
          headers: { "content-type": "application/json", "x-csrf-token": token },
          body: JSON.stringify({
            scores: chosen,
            justification: "Värderad av arbetsgruppen (testdata).",
            traditionallyWomens: false,
            version: job.version,
          }),
        });
        if (response.ok) count++;
      }
      return count;
    },
    { organisationId, scores },
  );
  expect(saved).toBe(3);
}

beforeAll(async () => {
  browser = await launch();
  const context = await newContext(browser);
  const page = await context.newPage();
  await signIn(page, "hr@exempelkommunen.se");
  await page.waitForURL(/\/o\//);
  organisationId = new URL(page.url()).pathname.split("/")[2]!;
  await importYear(page, 2017);
  await importYear(page, 2018);
  await evaluateJobs(page);
  await context.close();
});
afterAll(() => browser?.close());

const pageUrl = (path: string) => `/o/${organisationId}/lonekartlaggning/2018/${path}`;

async function open(email: string, path: string, heading: string, viewport = DESKTOP) {
  const context = await newContext(browser, viewport);
  const page = await context.newPage();
  await signIn(page, email);
  await page.waitForURL(/\/o\//);
  await page.goto(pageUrl(path));
  await expectH1(page, heading);
  return { context, page };
}

it("shows HR the standard model, runs a model chosen with the keyboard and refuses one that cannot be fitted", async () => {
  const { context, page } = await open(
    "hr@exempelkommunen.se",
    "regression",
    "Regressionsanalys 2018",
  );
  const standard = page.getByRole("region", { name: "Resultat för standardmodellen" });
  await expect.poll(() => standard.count(), { timeout: 15_000 }).toBe(1);
  expect(await standard.textContent()).toMatch(
    /Kvinnor har i genomsnitt [\d,]+\s% (lägre|högre) lön än män med samma utbildningslängd/,
  );
  const table = standard.getByRole("table", { name: /Modellens koefficienter/ });
  expect(await table.getByRole("rowheader", { name: "Kvinna (jämfört med man)" }).count()).toBe(1);
  expect(
    await table
      .getByRole("rowheader", { name: "Likvärdighetsgrupp: Parkarbetare (inte värderat)" })
      .count(),
  ).toBe(1);
  await expectAccessible(page, "regression, standard model");
  await screenshot(page, "pay-regression-desktop");

  // Keyboard only: age as a number and squared, then run. (A select is named by its value
  // and its label.)
  const ageSelect = page.getByRole("button", { name: / Ålder$/ });
  await ageSelect.focus();
  await page.keyboard.press("Enter");
  const listbox = page.getByRole("listbox");
  await expect.poll(() => listbox.count()).toBe(1);
  await expectAccessible(page, "regression, open variable list");
  await page.keyboard.press("End");
  await page.keyboard.press("Enter");
  await expect.poll(() => listbox.count()).toBe(0);
  expect(await ageSelect.textContent()).toContain("Som tal och i kvadrat");
  await page.getByRole("button", { name: "Räkna ut modellen" }).focus();
  await page.keyboard.press("Enter");
  const custom = page.getByRole("region", { name: "Resultat för din modell" });
  await expect.poll(() => custom.count(), { timeout: 15_000 }).toBe(1);
  // The result takes focus, so a keyboard user lands on it.
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.textContent))
    .toBe("Resultat för din modell");
  expect(await custom.getByRole("rowheader", { name: "Ålder i kvadrat" }).count()).toBe(1);
  await expectAccessible(page, "regression, custom model");

  // Job and equal-value group as groups together say the same thing twice: refused.
  for (const [name, option] of [
    ["Arbete", "Som grupper"],
    ["Likvärdighetsgrupp", "Som grupper"],
  ]) {
    await page.getByRole("button", { name: new RegExp(` ${name}$`) }).click();
    await page.getByRole("option", { name: option }).click();
  }
  await page.getByRole("button", { name: "Räkna ut modellen" }).click();
  const refusal = page.getByRole("alert").filter({
    hasText:
      "Modellen går inte att räkna ut: Likvärdighetsgrupp går inte att skilja från de andra variablerna",
  });
  await expect.poll(() => refusal.count(), { timeout: 15_000 }).toBe(1);
  expect(await custom.count()).toBe(0);
  await expectAccessible(page, "regression, refused model");
  await screenshot(page, "pay-regression-refused-desktop");
  await context.close();
});

it("shows HR the EU indicators on annual and hourly pay, on a desktop and a phone", async () => {
  for (const viewport of [DESKTOP, PHONE]) {
    const { context, page } = await open(
      "hr@exempelkommunen.se",
      "eu-indikatorer",
      "EU-indikatorer för lönetransparens 2018",
      viewport,
    );
    const gaps = page.getByRole("table", { name: "Indikatorerna a–e på årslön och timlön" });
    await expect.poll(() => gaps.count(), { timeout: 15_000 }).toBe(1);
    expect(await gaps.getByRole("rowheader").allTextContents()).toEqual([
      "(a) Löneskillnad, genomsnitt",
      "(b) Skillnad i rörlig lön, genomsnitt",
      "(c) Löneskillnad, median",
      "(d) Skillnad i rörlig lön, median",
      "(e) Andel som fått rörlig lön",
    ]);
    expect(await page.getByRole("figure").count()).toBe(3);
    const categories = page.getByRole("table", { name: /per kategori av arbetstagare/ });
    expect(await categories.getByRole("rowheader").allTextContents()).toEqual([
      expect.stringMatching(/^Arbeten med värde/),
      expect.stringMatching(/^Arbeten med värde/),
      "Parkarbetare (inte värderat)",
    ]);
    expect(await page.getByText("1 arbete är inte värderat").count()).toBe(1);
    // The year-over-year series has both imported years, in its table behind the chart.
    await page
      .getByRole("figure")
      .filter({ hasText: "Löneskillnad per år" })
      .getByText("Visa som tabell")
      .click();
    const years = page.getByRole("table", { name: "Löneskillnad per år" });
    expect(await years.getByRole("rowheader").allTextContents()).toEqual(
      expect.arrayContaining(["2017", "2018"]),
    );
    // With 105 employees the directive's duty starts 2031.
    expect(await page.getByText(/Med 105 anställda .* 7 juni 2031/).count()).toBe(1);
    await expectAccessible(page, `EU indicators ${viewport.width}`);
    await screenshot(page, `pay-indicators-${viewport === PHONE ? "phone" : "desktop"}`);
    await context.close();
  }
});

it("shows a manager their own units only", async () => {
  const regression = await open("chef@exempelkommunen.se", "regression", "Regressionsanalys 2018");
  const page = regression.page;
  expect(await page.getByRole("heading", { name: "Du ser bara dina egna enheter" }).count()).toBe(
    1,
  );
  // The two preschools have 44 employees: too few for a regression.
  await expect
    .poll(() => page.getByText(/Modellen behöver minst 50 anställda/).textContent(), {
      timeout: 15_000,
    })
    .toContain("men här finns 44.");
  await expectAccessible(page, "regression, manager");
  await screenshot(page, "pay-regression-manager-desktop");
  await regression.context.close();

  const indicators = await open(
    "chef@exempelkommunen.se",
    "eu-indikatorer",
    "EU-indikatorer för lönetransparens 2018",
    PHONE,
  );
  const categories = indicators.page.getByRole("table", { name: /per kategori av arbetstagare/ });
  await expect.poll(() => categories.count(), { timeout: 15_000 }).toBe(1);
  const names = await categories.getByRole("rowheader").allTextContents();
  expect(names).toHaveLength(2);
  expect(names.join()).not.toContain("Parkarbetare");
  await expectAccessible(indicators.page, "EU indicators, manager");
  await screenshot(indicators.page, "pay-indicators-manager-phone");
  await indicators.context.close();
});
