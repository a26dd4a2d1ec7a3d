import { resolve } from "node:path";
import type { FastifyInstance } from "fastify";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { DEFAULT_EVALUATION_TEMPLATE } from "../core/pay/job-evaluation.ts";
import { FEMALE, MALE } from "../core/pay/stats.ts";
import { buildApp } from "../server/app.ts";
import { saveEmployees } from "../server/pay/employees.ts";
import { syncJobs } from "../server/pay/jobs/service.ts";
import { scoresAt } from "../server/pay/test-helpers.ts";
import { type DatabaseHandle, type Db, openEmbedded } from "../server/platform/db/database.ts";
import { migrateToLatest } from "../server/platform/db/migrate.ts";
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

/**
 * The three comparisons and their analysis in Exempelkommunen, on surveys of 2020 and 2021
 * seeded by the test (the demo's own surveys are this year's and last year's): HR sees a
 * difference in equal work, looks at the individual pay behind it and analyses it as
 * unjustified; analyses an equivalent-work pair the same way and makes it a pay adjustment,
 * which shows up in the action plan; last year's adjustment is evaluated. A manager sees their
 * units' aggregates only. axe runs on every page and dialog, at desktop and phone width.
 */
const PASSWORD = "e2e-jamforelser-losenord";
let browser: Browser;
let app: FastifyInstance;
let handle: DatabaseHandle;
let baseURL: string;
let organisationId: string;

beforeAll(async () => {
  handle = await openEmbedded(undefined);
  await migrateToLatest(handle.db);
  app = await buildApp({
    db: handle.db,
    config: testConfig({
      webDir: resolve(process.env.WEB_DIR ?? "web/dist"),
      publicUrl: "http://127.0.0.1",
    }),
  });
  baseURL = await app.listen({ port: 0, host: "127.0.0.1" });
  await seedDemo(handle.db, PASSWORD);
  organisationId = await seedSurveys(handle.db);
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
  await handle?.close();
});

/**
 * The demo organisation's surveys of 2020 and 2021 with the same four jobs, and last year's
 * pay adjustment in the action plan of 2020, waiting for its evaluation. Returns the
 * organisation's id.
 */
async function seedSurveys(db: Db): Promise<string> {
  const organisationId = (
    await db
      .selectFrom("organisations")
      .select("id")
      .where("org_number", "=", DEMO_ORG_NUMBER)
      .executeTakeFirstOrThrow()
  ).id;
  const units = Object.fromEntries(
    (
      await db
        .selectFrom("units")
        .select(["id", "name"])
        .where("organisation_id", "=", organisationId)
        .execute()
    ).map((u) => [u.name, u.id]),
  );
  // [job, unit, value level, women's pay, men's pay]
  const jobs: [string, string, number, number[], number[]][] = [
    [
      "Förskollärare",
      "Förskolan Solrosen",
      3,
      [29_500, 30_000, 30_500, 31_000, 31_500, 32_000, 33_000, 34_000],
      [33_500, 34_500],
    ],
    [
      "Barnskötare",
      "Förskolan Blåklinten",
      2,
      [26_000, 26_500, 27_000, 27_500, 28_000, 28_500],
      [29_000],
    ],
    ["Vaktmästare", "Gata och park", 3, [32_500], [33_000, 33_500, 34_000, 34_500, 35_000, 35_500]],
    ["Ingenjör", "Bygglov", 2, [], [41_000, 42_000, 43_000, 44_000, 45_000, 46_000]],
  ];
  let key = 0;
  const survey = async (year: number) => {
    const { id } = await db
      .insertInto("pay_surveys")
      .values({
        organisation_id: organisationId,
        year,
        snapshot_date: `${year}-09-30`,
        evaluation_template: JSON.stringify(DEFAULT_EVALUATION_TEMPLATE),
        employee_count: jobs.reduce((n, [, , , women, men]) => n + women.length + men.length, 0),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await saveEmployees(
      db,
      organisationId,
      id,
      jobs.flatMap(([job, unit, , women, men]) =>
        [
          ...women.map((pay) => [FEMALE, pay] as const),
          ...men.map((pay) => [MALE, pay] as const),
        ].map(([sex, pay], i) => ({
          key: `p${year}-${String(++key).padStart(3, "0")}`,
          sex,
          unit,
          unitId: units[unit]!,
          job,
          extent: 100,
          baseSalary: pay,
          hireDate: `${2000 + ((i * 3) % 20)}-03-01`,
          birthYear: 1970 + ((i * 7) % 30),
        })),
      ),
    );
    await db.transaction().execute((trx) => syncJobs(trx, organisationId, id));
    for (const [job, , level] of jobs)
      await db
        .updateTable("pay_jobs")
        .set({ scores: JSON.stringify(scoresAt(level)), justification: "Värderat i testet." })
        .where("survey_id", "=", id) // tenant-checked: test seed
        .where("name", "=", job)
        .execute();
    return id;
  };
  const lastYear = await survey(2020);
  await survey(2021);

  // Last year's pay adjustment, in the action plan of 2020, waiting for its evaluation.
  const workYear = await db
    .insertInto("work_years")
    .values({ organisation_id: organisationId, year: 2020 })
    .returning("id")
    .executeTakeFirstOrThrow();
  const barnskotare = await db
    .selectFrom("pay_jobs")
    .select("id")
    .where("survey_id", "=", lastYear) // tenant-checked: test seed
    .where("name", "=", "Barnskötare")
    .executeTakeFirstOrThrow();
  const finding = await db
    .insertInto("pay_findings")
    .values({
      organisation_id: organisationId,
      survey_id: lastYear,
      kind: "equal_work",
      job_id: barnskotare.id,
      explanation: "Mannen fick ett högre ingångslöneläge utan skäl.",
      classification: "unjustified",
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const measure = await db
    .insertInto("measures")
    .values({
      organisation_id: organisationId,
      work_year_id: workYear.id,
      area: "pay_survey",
      title: "Lönejustering: Barnskötare",
      responsible_title: "Förskolechef",
      schedule_kind: "date",
      due_on: "2021-03-31",
      status: "done",
      cost_estimate: 18_926,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await db
    .insertInto("pay_measures")
    .values({
      organisation_id: organisationId,
      survey_id: lastYear,
      finding_id: finding.id,
      measure_id: measure.id,
      target: "group",
      group_description: "barnskötarna i Blåklinten",
      people: 2,
      monthly_adjustment: 600,
      annual_cost: 18_926,
      deadline: "2021-03-31",
    })
    .execute();
  return organisationId;
}

const page = (path: string) => `/o/${organisationId}/lonekartlaggning/2021/${path}`;

async function open(
  viewport: typeof DESKTOP,
  email: string,
  path: string,
  heading: string,
): Promise<[BrowserContext, Page]> {
  const context = await browser.newContext({ viewport, baseURL, locale: "sv-SE" });
  const tab = await context.newPage();
  await signIn(tab, email, PASSWORD);
  await tab.waitForURL(/\/o\//);
  await tab.goto(page(path));
  await expectH1(tab, heading);
  return [context, tab];
}

/** Starts a work year through the API, as HR in the signed-in tab. */
async function startWorkYear(tab: Page, year: number) {
  const status = await tab.evaluate(
    async ([organisation, year]) => {
      const { token } = await (await fetch("/api/csrf-token")).json();
      const response = await fetch(`/api/organisations/${organisation}/years`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-csrf-token": token },
        body: JSON.stringify({ year }),
      });
      return response.status;
    },
    [organisationId, year] as const,
  );
  expect(status).toBe(201);
}

const row = (tab: Page, table: string, name: RegExp) =>
  tab.getByRole("table", { name: table }).getByRole("row", { name });

it("lets HR see a difference in equal work, the people behind it, and analyse it as unjustified", async () => {
  const [context, tab] = await open(
    DESKTOP,
    "hr@exempelkommunen.se",
    "lika-arbete",
    "Lika arbete 2021",
  );
  const teachers = row(tab, "Kvinnors och mäns löner per arbete 2021", /^Förskollärare/);
  await expect.poll(() => teachers.textContent()).toMatch(/Männen har 2\s563\s*kr \(7,5\s%\) mer/);
  expect(await teachers.textContent()).toContain("Inte analyserad");
  await expectAccessible(tab, "equal work, HR");
  await screenshot(tab, "pay-equal-work-desktop");

  await tab.getByRole("button", { name: "Analysera Förskollärare" }).click();
  const dialog = tab.getByRole("dialog", { name: "Lika arbete: Förskollärare" });
  await expect.poll(() => dialog.count()).toBe(1);
  expect(await dialog.textContent()).toContain("loggas det med ditt namn");
  await dialog.getByRole("button", { name: "Visa enskilda löner" }).click();
  await expect
    .poll(() => dialog.getByText(/^10 personer\. Kvinnor är orange trianglar/).count())
    .toBe(1);
  await dialog.getByText("Visa som tabell").click();
  const people = dialog.getByRole("table", {
    name: "Lön och anställningstid för var och en i arbetet Förskollärare",
  });
  expect(await people.getByRole("row").count()).toBe(11);
  await expectAccessible(tab, "equal work dialog with individual pay");
  await screenshot(tab, "pay-equal-work-dialog-desktop");

  // Saving needs a classification and, for a justified difference, a whole sentence.
  await dialog.getByRole("button", { name: "Spara analysen" }).click();
  await expect
    .poll(() => dialog.getByRole("alert").first().textContent())
    .toContain("Välj en bedömning.");
  await dialog
    .getByRole("radiogroup", { name: "Bedömning" })
    .locator("label")
    .filter({ hasText: /^Osaklig/ })
    .click();
  await dialog
    .getByRole("textbox", { name: "Förklaring" })
    .fill("Männen har högre lön utan att ha längre erfarenhet eller andra uppgifter.");
  await dialog.getByRole("button", { name: "Spara analysen" }).click();
  await expect
    .poll(() =>
      tab.getByRole("status").filter({ hasText: "Analysen av Förskollärare är sparad." }).count(),
    )
    .toBe(1);
  await expect.poll(() => teachers.textContent()).toContain("Osaklig");
  await context.close();
});

it("lets HR analyse an equivalent job paid more and make it a pay adjustment in the action plan", async () => {
  const [context, tab] = await open(
    DESKTOP,
    "hr@exempelkommunen.se",
    "likvardiga-arbeten",
    "Likvärdiga arbeten 2021",
  );
  await expect
    .poll(() => tab.getByRole("figure", { name: "Arbetenas värde och medellön 2021" }).count())
    .toBe(1);
  const pair = row(
    tab,
    "Kvinnodominerade arbeten mot likvärdiga arbeten med högre lön 2021",
    /^Förskollärare/,
  );
  expect(await pair.textContent()).toMatch(/Vaktmästare har 2\s050\s*kr \(6\s%\) mer/);
  await expectAccessible(tab, "equivalent work, HR");
  await screenshot(tab, "pay-equivalent-desktop");

  await tab.getByRole("button", { name: "Analysera Förskollärare mot Vaktmästare" }).click();
  const dialog = tab.getByRole("dialog", { name: "Förskollärare mot Vaktmästare" });
  await expect.poll(() => dialog.count()).toBe(1);
  await dialog
    .getByRole("radiogroup", { name: "Bedömning" })
    .locator("label")
    .filter({ hasText: /^Osaklig/ })
    .click();
  await dialog
    .getByRole("textbox", { name: "Förklaring" })
    .fill("Arbetena har samma värde och inget i lönekriterierna förklarar skillnaden.");
  await expectAccessible(tab, "pair analysis dialog");
  await dialog.getByRole("button", { name: "Spara analysen" }).click();
  await expect.poll(() => pair.textContent()).toContain("Osaklig");

  await tab
    .getByRole("navigation", { name: "Lönekartläggningen 2021" })
    .getByRole("link", { name: "Analys och åtgärder" })
    .click();
  await expectH1(tab, "Analys och åtgärder 2021");
  await expect.poll(() => tab.getByText(/skillnader återstår att analysera/).count()).toBe(1);
  await expectAccessible(tab, "analysis page, HR");
  await screenshot(tab, "pay-analysis-desktop");

  await tab
    .getByRole("button", { name: "Gör Förskollärare mot Vaktmästare till lönejustering" })
    .click();
  const form = tab.getByRole("dialog", { name: "Lönejustering: Förskollärare mot Vaktmästare" });
  await expect.poll(() => form.getByRole("checkbox").count()).toBe(10);
  for (const name of [/^p2021-037, kvinna/, /^p2021-038, kvinna/])
    await form.getByRole("checkbox", { name }).check({ force: true });
  await form.getByRole("textbox", { name: "Höjning per person och månad (kr)" }).fill("800");
  // 2 · 800 · 12 · 1.3142 = 25 232.64
  await expect
    .poll(() => form.getByRole("status").textContent())
    .toMatch(/Kostnad per år: 25\s233\s*kr/);
  const nextYear = new Date().getFullYear() + 1;
  await form.getByRole("group", { name: "Klart senast" }).getByRole("spinbutton").first().click();
  await tab.keyboard.type(`${nextYear}0630`);
  await form.getByRole("textbox", { name: "Ansvarig" }).fill("Förskolechef");
  await expectAccessible(tab, "pay adjustment form");
  await screenshot(tab, "pay-adjustment-dialog-desktop");
  await form.getByRole("button", { name: "Lägg till i handlingsplanen" }).click();
  // The work year 2021 has not been started: the form says so and keeps what was filled in.
  await expect
    .poll(() => form.getByRole("alert").first().textContent())
    .toContain("Verksamhetsåret 2021 är inte startat");
  await startWorkYear(tab, 2021);
  await form.getByRole("button", { name: "Lägg till i handlingsplanen" }).click();
  await expect
    .poll(() =>
      tab.getByRole("status").filter({ hasText: "tillagd i handlingsplanen för 2021" }).count(),
    )
    .toBe(1);
  const adjustments = tab.getByRole("table", { name: "Lönejusteringar 2021" });
  await expect
    .poll(() => adjustments.textContent())
    .toMatch(/2 personer.*800\s*kr.*25\s233\s*kr.*Planerad/);

  await tab
    .getByRole("link", { name: "Öppna Lönejustering: Förskollärare i handlingsplanen" })
    .first()
    .click();
  await expectH1(tab, "Lönejustering: Förskollärare");
  expect(await tab.locator("main").textContent()).toContain("25\u00a0233\u00a0kr");
  await context.close();
});

it("lets HR evaluate last year's pay adjustment", async () => {
  const [context, tab] = await open(
    DESKTOP,
    "hr@exempelkommunen.se",
    "analys",
    "Analys och åtgärder 2021",
  );
  const previous = tab.getByRole("table", {
    name: "Lönejusteringar från 2020 och deras utvärdering",
  });
  await expect.poll(() => previous.textContent()).toContain("Inte utvärderad");
  await tab.getByRole("button", { name: "Utvärdera Lönejustering: Barnskötare" }).click();
  const dialog = tab.getByRole("dialog", { name: "Utvärdera Lönejustering: Barnskötare" });
  await dialog
    .getByRole("radiogroup", { name: "Gav den avsedd effekt?" })
    .locator("label")
    .filter({ hasText: /^Ja$/ })
    .click();
  await dialog
    .getByRole("textbox", { name: /Kommentar/ })
    .fill("Skillnaden syns inte i 2021 års kartläggning.");
  await expectAccessible(tab, "evaluation dialog");
  await dialog.getByRole("button", { name: "Spara utvärderingen" }).click();
  await expect.poll(() => previous.textContent()).toContain("Gav avsedd effekt: Ja");
  await context.close();
});

it("shows a manager their units' aggregates only, also on a phone", async () => {
  const [context, tab] = await open(
    PHONE,
    "chef@exempelkommunen.se",
    "lika-arbete",
    "Lika arbete 2021",
  );
  expect(await tab.getByText("Du ser bara dina egna enheter").count()).toBe(1);
  const table = tab.getByRole("table", { name: "Kvinnors och mäns löner per arbete 2021" });
  await expect.poll(() => table.getByRole("row").count()).toBe(3);
  expect(await table.textContent()).not.toContain("Vaktmästare");
  // Barnskötare: one man, so neither sex's pay is shown.
  expect(
    await row(tab, "Kvinnors och mäns löner per arbete 2021", /Barnskötare/).textContent(),
  ).toContain("Dold – färre än 5");
  await expectAccessible(tab, "equal work, manager, phone");
  await screenshot(tab, "pay-equal-work-manager-phone");

  await tab.getByRole("button", { name: "Visa analysen av Förskollärare" }).click();
  const dialog = tab.getByRole("dialog", { name: "Lika arbete: Förskollärare" });
  await expect.poll(() => dialog.count()).toBe(1);
  expect(await dialog.getByRole("button", { name: "Visa enskilda löner" }).count()).toBe(0);
  expect(await dialog.getByRole("radio").count()).toBe(0);
  expect(await dialog.textContent()).toContain("Osaklig");
  await expectAccessible(tab, "equal work dialog, manager, phone");
  await dialog.getByRole("button", { name: "Stäng" }).click();

  for (const [path, heading, shot] of [
    ["likvardiga-arbeten", "Likvärdiga arbeten 2021", "pay-equivalent-manager-phone"],
    ["analys", "Analys och åtgärder 2021", "pay-analysis-manager-phone"],
  ] as const) {
    await tab.goto(page(path));
    await expectH1(tab, heading);
    await expect.poll(() => tab.getByText("Du ser bara dina egna enheter").count()).toBe(1);
    expect(await tab.getByRole("button", { name: /^Gör .* till lönejustering$/ }).count()).toBe(0);
    await expectAccessible(tab, `${path}, manager, phone`);
    await screenshot(tab, shot);
  }
  await context.close();
});

it("works on a phone for HR too", async () => {
  const [context, tab] = await open(
    PHONE,
    "hr@exempelkommunen.se",
    "likvardiga-arbeten",
    "Likvärdiga arbeten 2021",
  );
  await expect
    .poll(() => tab.getByRole("figure", { name: "Arbetenas värde och medellön 2021" }).count())
    .toBe(1);
  await expectAccessible(tab, "equivalent work, HR, phone");
  await screenshot(tab, "pay-equivalent-phone");
  await tab.goto(page("analys"));
  await expectH1(tab, "Analys och åtgärder 2021");
  await expect.poll(() => tab.getByRole("table", { name: "Lönejusteringar 2021" }).count()).toBe(1);
  await expectAccessible(tab, "analysis, HR, phone");
  await screenshot(tab, "pay-analysis-phone");
  await context.close();
});
