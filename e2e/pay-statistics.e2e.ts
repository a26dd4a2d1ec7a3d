import { resolve } from "node:path";
import type { FastifyInstance } from "fastify";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { DEFAULT_EVALUATION_TEMPLATE } from "../core/pay/job-evaluation.ts";
import { FEMALE, MALE } from "../core/pay/stats.ts";
import { buildApp } from "../server/app.ts";
import { saveEmployees } from "../server/pay/employees.ts";
import { type DatabaseHandle, openEmbedded } from "../server/platform/db/database.ts";
import { migrateToLatest } from "../server/platform/db/migrate.ts";
import { forOrganisation } from "../server/platform/db/tenant.ts";
import { DEMO_ORG_NUMBER, seedDemo } from "../server/platform/seed/demo.ts";
import { testConfig } from "../server/test/harness.ts";
import {
  DESKTOP,
  expectAccessible,
  expectH1,
  launch,
  PHONE,
  screenshot,
  signIn,
} from "./browser.ts";
import { DEMO_PASSWORD } from "./global-setup.ts";

/**
 * Personnel statistics of the pay survey: HR reads them with small groups written out as
 * hidden, opens a chart's table with the keyboard and fills the year's gender balance from
 * them; a manager sees only their own units. axe runs on every state reached.
 *
 * The figures must be known, so this file runs its own server (the built web app, an embedded
 * database with the demo) and replaces the demo's pay data with two years of employees of its
 * own, seeded through the tenant database.
 */
let browser: Browser;
let handle: DatabaseHandle;
let app: FastifyInstance;
let baseURL: string;
let organisationId: string;
const year = Number(
  new Date().toLocaleDateString("sv-SE", { timeZone: "Europe/Stockholm" }).slice(0, 4),
);

interface People {
  unit: string;
  job: string;
  category: string;
  sex: number;
  count: number;
  extent?: number;
  temporary?: boolean;
  manager?: boolean;
  parentalLeave?: number;
  sickLeave?: number;
}

/** Employees per unit and job; birth years spread over the age bands. */
function payroll(shift: number): People[] {
  const preschool = { job: "Förskollärare", category: "Tjänstemän" };
  const care = { unit: "Äldreomsorgen", job: "Undersköterska", category: "Arbetare" };
  const park = { unit: "Gata och park", job: "Parkarbetare", category: "Arbetare" };
  return [
    { unit: "Förskolan Solrosen", ...preschool, sex: FEMALE, count: 1, manager: true },
    { unit: "Förskolan Solrosen", ...preschool, sex: FEMALE, count: 13, parentalLeave: 90 },
    // Two men: a group too small to show.
    { unit: "Förskolan Solrosen", ...preschool, sex: MALE, count: 2 },
    { unit: "Förskolan Blåklinten", ...preschool, sex: FEMALE, count: 11 - shift, extent: 80 },
    { unit: "Förskolan Blåklinten", ...preschool, sex: MALE, count: 5, parentalLeave: 40 },
    {
      unit: "Exempelskolan F–9",
      job: "Lärare",
      category: "Tjänstemän",
      sex: FEMALE,
      count: 22,
      sickLeave: 6,
    },
    { unit: "Exempelskolan F–9", job: "Lärare", category: "Tjänstemän", sex: MALE, count: 12 },
    { ...care, sex: FEMALE, count: 18, extent: 75, sickLeave: 20 },
    { ...care, sex: FEMALE, count: 12 + shift, temporary: true },
    { ...care, sex: MALE, count: 6, sickLeave: 3 },
    { ...park, sex: FEMALE, count: 3 },
    { ...park, sex: MALE, count: 1, manager: true },
    { ...park, sex: MALE, count: 17 - shift, temporary: shift === 0 },
  ];
}

async function seedPay(db: DatabaseHandle["db"]) {
  const organisation = await db
    .selectFrom("organisations")
    .select("id")
    .where("org_number", "=", DEMO_ORG_NUMBER)
    .executeTakeFirstOrThrow();
  organisationId = organisation.id;
  const tenant = forOrganisation(db, organisationId);
  const units = new Map(
    (await tenant.selectFrom("units").select(["units.id", "units.name"]).execute()).map((u) => [
      u.name,
      u.id,
    ]),
  );
  // The demo has pay data of its own; these tests need figures they know.
  await tenant.deleteFrom("pay_surveys").execute();
  let key = 0;
  for (const [surveyYear, shift] of [
    [year - 1, 2],
    [year, 0],
  ] as const) {
    const survey = await tenant
      .insertInto("pay_surveys")
      .values({
        organisation_id: organisationId,
        year: surveyYear,
        snapshot_date: `${surveyYear}-09-30`,
        evaluation_template: JSON.stringify(DEFAULT_EVALUATION_TEMPLATE),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const rows = payroll(shift).flatMap((p) =>
      Array.from({ length: p.count }, (_, i) => ({
        key: `e2e-${++key}`,
        sex: p.sex,
        birthYear: surveyYear - 24 - ((key * 7) % 40),
        unit: p.unit,
        unitId: units.get(p.unit) ?? null,
        job: p.job,
        category: p.category,
        employmentType: p.temporary ? ("temporary" as const) : ("permanent" as const),
        extent: p.extent ?? 100,
        baseSalary: 30000 + i * 100,
        manager: p.manager ?? false,
        parentalLeaveDays: p.parentalLeave ?? 0,
        sickLeaveDays: p.sickLeave ?? 0,
      })),
    );
    await saveEmployees(db, organisationId, survey.id, rows);
    await tenant
      .updateTable("pay_surveys")
      .set({ employee_count: rows.length })
      .where("pay_surveys.id", "=", survey.id)
      .execute();
  }
}

beforeAll(async () => {
  handle = await openEmbedded(undefined);
  await migrateToLatest(handle.db);
  await seedDemo(handle.db, DEMO_PASSWORD);
  await seedPay(handle.db);
  app = await buildApp({
    db: handle.db,
    config: testConfig({ webDir: resolve("web/dist"), publicUrl: "http://127.0.0.1" }),
  });
  await app.listen({ port: 0, host: "127.0.0.1" });
  const address = app.server.address();
  baseURL = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
  await handle?.close();
});

const page = (path: string) => `/o/${organisationId}/lonekartlaggning/${year}/${path}`;

async function open(viewport = DESKTOP): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport, baseURL, locale: "sv-SE" });
  return { context, page: await context.newPage() };
}

async function openStatistics(p: Page, email: string) {
  await signIn(p, email);
  await p.waitForURL(/\/o\//);
  await p.goto(page("personalstatistik"));
  await expectH1(p, `Personalstatistik ${year}`);
  await expect.poll(() => p.locator("figure svg").count(), { timeout: 15_000 }).toBeGreaterThan(5);
}

/** The cells' texts, with the non-breaking space before "%" written as a space. */
async function cellTexts(row: ReturnType<Page["locator"]>) {
  return (await row.getByRole("cell").allTextContents()).map((text) =>
    text.replace(/\u00a0/g, " "),
  );
}

/** Presses Tab until the focused element is `target`; fails after `max` presses. */
async function tabTo(p: Page, target: ReturnType<Page["locator"]>, max = 80) {
  for (let i = 0; i < max; i++) {
    await p.keyboard.press("Tab");
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error("could not reach the element with Tab");
}

it("HR reads the statistics, with small groups hidden as text and each chart's table by keyboard", async () => {
  const { context, page: p } = await open();
  await openStatistics(p, "hr@exempelkommunen.se");
  await expect
    .poll(() => p.getByText("Grupper med färre än 5 personer visas inte").count())
    .toBe(1);
  await expectAccessible(p, "statistics, HR");

  const byUnit = p.getByRole("region", { name: "Per enhet" });
  const figure = byUnit.getByRole("figure", { name: "Kvinnor och män per enhet" });
  expect(await figure.locator("[aria-hidden='true'] svg").count()).toBe(1);
  const disclosure = byUnit.getByText("Visa som tabell");
  await tabTo(p, disclosure);
  await p.keyboard.press("Enter");
  const table = byUnit.getByRole("table", { name: "Kvinnor och män per enhet" });
  await expect.poll(() => table.isVisible()).toBe(true);
  // Solrosen's 2 men are fewer than 5; its 14 women would give them away from its total.
  const solrosen = table.getByRole("row", { name: /Förskolan Solrosen/ });
  expect(await cellTexts(solrosen)).toEqual([
    "dold för att skydda en liten grupp",
    "färre än 5",
    "16",
    "dold",
    "dold",
    "dold",
  ]);
  const school = table.getByRole("row", { name: /Exempelskolan/ });
  expect(await cellTexts(school)).toEqual(["22", "12", "34", "64,7 %", "35,3 %", "nej"]);
  const total = table.getByRole("row", { name: /^Totalt/ });
  expect(await cellTexts(total)).toEqual(["80", "43", "123", "65 %", "35 %", "nej"]);
  await expectAccessible(p, "statistics with a table open");

  const years = p.getByRole("region", { name: "Över åren" });
  await years.getByText("Visa som tabell").click();
  const yearRows = years.getByRole("table").getByRole("row");
  expect(await yearRows.count()).toBe(3);
  await screenshot(p, "pay-statistics-hr-desktop");
  await context.close();
});

it("HR fills the year's gender balance from the statistics", async () => {
  const { context, page: p } = await open();
  await openStatistics(p, "hr@exempelkommunen.se");
  await p.getByRole("button", { name: "Fyll årets könsfördelning" }).click();
  const dialog = p.getByRole("dialog", { name: `Fyll i könsfördelningen ${year}` });
  await expect.poll(() => dialog.isVisible()).toBe(true);
  await expectAccessible(p, "fill gender balance dialog");
  await dialog.getByRole("button", { name: "Fyll i könsfördelningen" }).click();
  const result = p.getByRole("status").filter({ hasText: "är ifylld" });
  await expect.poll(() => result.count()).toBe(1);
  // Three jobs, two categories and the employees who are not managers.
  expect(await result.textContent()).toContain("Nya grupper: 6.");
  // 1 woman and 1 man lead; 3 women work in the parks.
  expect(await result.getByRole("listitem").allTextContents()).toEqual([
    "Chefer (ledande ställning)",
    "Parkarbetare (typ av arbete)",
  ]);
  await expectAccessible(p, "gender balance filled");
  await result.getByRole("link", { name: `Gå till könsfördelningen ${year}` }).click();
  await expectH1(p, `Jämn könsfördelning ${year}`);
  await expect.poll(() => p.getByText("Undersköterska").count()).toBeGreaterThan(0);
  await context.close();
});

it("works on a phone", async () => {
  const { context, page: p } = await open(PHONE);
  await openStatistics(p, "hr@exempelkommunen.se");
  const overflow = await p.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await p.getByRole("region", { name: "Per arbete" }).getByText("Visa som tabell").click();
  await expectAccessible(p, "statistics on a phone");
  await screenshot(p, "pay-statistics-hr-phone");
  await context.close();
});

it("shows a manager only their own units, without the gender balance button", async () => {
  const { context, page: p } = await open();
  await openStatistics(p, "chef@exempelkommunen.se");
  await expect.poll(() => p.getByRole("heading", { name: "Bara dina enheter" }).count()).toBe(1);
  const byUnit = p.getByRole("region", { name: "Per enhet" });
  await byUnit.getByText("Visa som tabell").click();
  const names = await byUnit.getByRole("table").getByRole("rowheader").allTextContents();
  expect(names).toEqual(["Förskolan Blåklinten", "Förskolan Solrosen", "Totalt"]);
  expect(await p.getByRole("button", { name: "Fyll årets könsfördelning" }).count()).toBe(0);
  await expectAccessible(p, "statistics, manager");
  await screenshot(p, "pay-statistics-manager-desktop");
  await context.close();
});
