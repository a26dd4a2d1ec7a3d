import { resolve } from "node:path";
import type { FastifyInstance } from "fastify";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { DEFAULT_EVALUATION_TEMPLATE, subCriteriaOf } from "../core/pay/job-evaluation.ts";
import { FEMALE, MALE } from "../core/pay/stats.ts";
import { buildApp } from "../server/app.ts";
import { saveEmployees } from "../server/pay/employees.ts";
import { syncJobs } from "../server/pay/jobs/service.ts";
import { type DatabaseHandle, openEmbedded } from "../server/platform/db/database.ts";
import { migrateToLatest } from "../server/platform/db/migrate.ts";
import {
  createMember,
  createOrganisation,
  TEST_PASSWORD,
  testConfig,
} from "../server/test/harness.ts";
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
 * Job evaluation: HR scores a job level by level and saves it with a justification, then
 * changes the template's weights (refused until they add up) and removes a level; a union
 * representative reads the evaluation on a phone; HR on a phone meets someone else's save.
 * The demo has no pay survey, so this test runs its own server on an in-memory database with
 * two seeded surveys. axe runs on the page, the scoring dialog and the template editor.
 */
let browser: Browser;
let app: FastifyInstance;
let handle: DatabaseHandle;
let baseURL: string;
let page: string;
let jobsApi: string;
const users = { hr: "", union: "" };

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

  const db = handle.db;
  const organisation = await createOrganisation(db, "Jobbkommunen");
  users.hr = (await createMember(db, organisation.id, "hr", "Hanna HR")).email;
  users.union = (await createMember(db, organisation.id, "union_rep", "Ulf Facklig")).email;
  const jobs: [string, number, number][] = [
    ["Undersköterska", 9, 2],
    ["Fastighetsskötare", 1, 6],
    ["Förskollärare", 7, 1],
    ["Ingenjör", 3, 5],
  ];
  let key = 0;
  const survey = async (year: number) => {
    const { id } = await db
      .insertInto("pay_surveys")
      .values({
        organisation_id: organisation.id,
        year,
        snapshot_date: `${year}-09-01`,
        evaluation_template: JSON.stringify(DEFAULT_EVALUATION_TEMPLATE),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await saveEmployees(
      db,
      organisation.id,
      id,
      jobs.flatMap(([job, women, men]) =>
        [...Array(women).fill(FEMALE), ...Array(men).fill(MALE)].map((sex) => ({
          key: `e${++key}`,
          sex,
          job,
          extent: 100,
          baseSalary: 30000,
        })),
      ),
    );
    await db.transaction().execute((trx) => syncJobs(trx, organisation.id, id));
    return id;
  };
  const earlier = await survey(2025);
  // Last year the engineers were evaluated; this year's survey carries it over.
  await db
    .updateTable("pay_jobs")
    .set({
      scores: JSON.stringify(
        Object.fromEntries(
          subCriteriaOf(DEFAULT_EVALUATION_TEMPLATE).map(({ sub }) => [sub.id, 3]),
        ),
      ),
      justification: "Konstruktion och beräkningar med högskoleutbildning.",
    })
    .where("survey_id", "=", earlier) // tenant-checked: test seed
    .where("name", "=", "Ingenjör")
    .execute();
  await survey(2026);
  page = `/o/${organisation.id}/lonekartlaggning/2026/arbetsvardering`;
  jobsApi = `/api/organisations/${organisation.id}/pay/surveys/2026/jobs`;
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
  await handle?.close();
});

async function open(viewport: typeof DESKTOP, email: string): Promise<[BrowserContext, Page]> {
  const context = await browser.newContext({ viewport, baseURL, locale: "sv-SE" });
  const tab = await context.newPage();
  await signIn(tab, email, TEST_PASSWORD);
  await tab.waitForURL(/\/o\//);
  await tab.goto(page);
  await expectH1(tab, "Arbetsvärdering 2026");
  return [context, tab];
}

/** A job's row (on a phone the rows are cards, without the table's roles). */
const row = (tab: Page, job: string) =>
  tab
    .locator("table", {
      has: tab.locator("caption", { hasText: "Arbetena och deras värden 2026" }),
    })
    .locator("tbody tr")
    .filter({ has: tab.locator("td", { hasText: new RegExp(`^${job}$`) }) });

it("lets HR score a job, see the value as it goes and save it with a justification", async () => {
  const [context, tab] = await open(DESKTOP, users.hr);
  await expect.poll(() => row(tab, "Ingenjör").textContent()).toMatch(/Värderat/);
  expect(await row(tab, "Undersköterska").textContent()).toMatch(/Inte värderat/);
  await expectAccessible(tab, "job evaluation, HR");
  await screenshot(tab, "pay-jobs-desktop");

  await tab.getByRole("button", { name: "Värdera Undersköterska" }).click();
  const dialog = tab.getByRole("dialog", { name: "Värdera Undersköterska" });
  await expect.poll(() => dialog.count()).toBe(1);
  expect(await dialog.textContent()).toContain("Det räknas som kvinnodominerat.");
  await expectAccessible(tab, "scoring dialog");

  const levels: Record<string, number> = {
    "Utbildning och erfarenhet": 3,
    Problemlösning: 3,
    "Social och kommunikativ förmåga": 4,
    "Ansvar för människor": 4,
    "Ansvar för resultat och resurser": 2,
    "Ansvar för information och säkerhet": 3,
    "Fysisk ansträngning": 4,
    "Psykisk och emotionell ansträngning": 3,
    "Fysisk arbetsmiljö": 3,
  };
  // As a user does: a click on the level's text.
  const choose = (sub: string, level: number) =>
    dialog
      .getByRole("radiogroup", { name: new RegExp(`^${sub}`) })
      .locator("label")
      .filter({ hasText: new RegExp(`^Nivå ${level}:`) })
      .click();
  for (const [sub, level] of Object.entries(levels)) await choose(sub, level);
  expect(await dialog.getByText(/Värdet räknas fram/).textContent()).toContain("1 saknar nivå");
  await choose("Obekväma arbetstider och risker", 4);
  await expect.poll(() => dialog.getByText(/^Värde: /).textContent()).toMatch(/av 100, i bandet/);

  // All scored: the justification is needed before it can be saved.
  await dialog.getByRole("button", { name: "Spara värderingen" }).click();
  await expect
    .poll(() => dialog.getByRole("alert").first().textContent())
    .toContain("Skriv en kort motivering");
  await dialog
    .getByRole("textbox", { name: "Motivering" })
    .fill("Omvårdnad av sjuka och äldre, tunga förflyttningar, kvälls- och helgpass.");
  await dialog
    .getByRole("checkbox", { name: /traditionellt som ett kvinnoarbete/ })
    .check({ force: true });
  await screenshot(tab, "pay-jobs-dialog-desktop");
  await dialog.getByRole("button", { name: "Spara värderingen" }).click();
  await expect.poll(() => tab.getByRole("status").filter({ hasText: "sparad" }).count()).toBe(1);
  await expect
    .poll(() => row(tab, "Undersköterska").textContent())
    .toMatch(/Ja, traditionellt kvinnoarbete.*Värderat/);
  await context.close();
});

it("checks the template's weights before saving and clears levels that are removed", async () => {
  const [context, tab] = await open(DESKTOP, users.hr);
  await tab.getByRole("button", { name: "Ändra mallen" }).click();
  const editor = tab.getByRole("form", { name: "Ändra mallen" });
  await expect.poll(() => editor.count()).toBe(1);
  const knowledge = editor.getByRole("group", { name: "Kriterium: Kunskaper och färdigheter" });
  await knowledge.getByRole("textbox", { name: "Vikt i procent" }).fill("40");
  expect(await editor.getByText(/Kriteriernas vikter blir tillsammans/).textContent()).toContain(
    "105",
  );
  await expectAccessible(tab, "template editor");
  await editor.getByRole("button", { name: "Spara mallen" }).click();
  await expect
    .poll(() => tab.getByRole("alert").first().textContent())
    .toContain("Kriteriernas vikter ska tillsammans bli 100 %. Nu blir de 105 %.");

  const conditions = editor.getByRole("group", { name: "Kriterium: Arbetsförhållanden" });
  await conditions.getByRole("textbox", { name: "Vikt i procent" }).fill("10");
  await editor.getByRole("button", { name: "Ta bort nivå 4 i Fysisk ansträngning" }).click();
  await editor.getByRole("button", { name: "Spara mallen" }).click();
  await expect
    .poll(() => tab.getByRole("status").filter({ hasText: "Mallen är sparad." }).textContent())
    .toContain("Värdera de här arbetena igen: Undersköterska.");
  // The status comes with the save's answer; the template and the job list reload after it.
  await expect
    .poll(() => tab.getByRole("heading", { name: /^Arbetsförhållanden: 10 %/ }).count())
    .toBe(1);
  await expect.poll(() => row(tab, "Undersköterska").textContent()).toMatch(/Påbörjat, 9 av 10/);
  await context.close();
});

it("shows a union representative the evaluation read-only on a phone", async () => {
  const [context, tab] = await open(PHONE, users.union);
  expect(await tab.getByRole("button", { name: "Ändra mallen" }).count()).toBe(0);
  expect(await tab.getByRole("textbox", { name: "Bandbredd i poäng" }).count()).toBe(0);
  await expectAccessible(tab, "job evaluation, union representative, phone");
  await screenshot(tab, "pay-jobs-phone");

  await tab.getByRole("button", { name: "Visa värderingen av Ingenjör" }).click();
  const dialog = tab.getByRole("dialog", { name: "Värderingen av Ingenjör" });
  await expect.poll(() => dialog.count()).toBe(1);
  const text = await dialog.textContent();
  expect(text).toContain("Förra värderingen (2025)");
  expect(text).toContain("Konstruktion och beräkningar med högskoleutbildning.");
  expect(await dialog.getByRole("radio").count()).toBe(0);
  await expectAccessible(tab, "evaluation read-only, phone");
  await screenshot(tab, "pay-jobs-dialog-phone");
  await context.close();
});

it("lets HR score on a phone, with the value in sight, and shows when someone else saved first", async () => {
  const [context, tab] = await open(PHONE, users.hr);
  await tab.getByRole("button", { name: "Värdera Fastighetsskötare" }).click();
  const dialog = tab.getByRole("dialog", { name: "Värdera Fastighetsskötare" });
  await expect.poll(() => dialog.count()).toBe(1);
  await dialog
    .getByRole("radiogroup", { name: /^Fysisk ansträngning/ })
    .locator("label")
    .filter({ hasText: /^Nivå 3:/ })
    .click();
  const total = dialog.getByText(/^Värdet räknas fram/);
  expect(await total.textContent()).toContain("9 saknar nivå");
  // The total sticks to the bottom of the dialog while the levels scroll past.
  const [box, viewport] = [await total.boundingBox(), tab.viewportSize()!];
  expect(box!.y + box!.height).toBeLessThanOrEqual(viewport.height);
  await expectAccessible(tab, "scoring dialog, phone");

  // Someone else saves the job meanwhile: saving is refused, and a reload shows their version.
  const changed = await tab.evaluate(async (path) => {
    const { token } = await (await fetch("/api/csrf-token")).json();
    const { jobs } = await (await fetch(path)).json();
    const job = jobs.find((j: { name: string }) => j.name === "Fastighetsskötare");
    const response = await fetch(`${path}/${job.id}`, {
      method: "PUT",
      headers: { "content-type": "application/json", "x-csrf-token": token },
      body: JSON.stringify({
        scores: { "education-experience": 2 },
        justification: "",
        traditionallyWomens: false,
        version: job.version,
      }),
    });
    return response.status;
  }, jobsApi);
  expect(changed).toBe(200);
  await dialog.getByRole("button", { name: "Spara värderingen" }).click();
  const conflict = dialog.getByRole("alert").filter({ hasText: "Någon annan har ändrat" });
  await expect.poll(() => conflict.count()).toBe(1);
  await conflict.getByRole("button", { name: "Ladda om värderingen" }).click();
  await expect
    .poll(() => dialog.getByText("Nu visas värderingen som den är sparad.").count())
    .toBe(1);
  const education = dialog.getByRole("radiogroup", { name: /^Utbildning och erfarenhet/ });
  expect(await education.getByRole("radio", { name: /^Nivå 2:/ }).isChecked()).toBe(true);
  await dialog
    .getByRole("radiogroup", { name: /^Fysisk ansträngning/ })
    .locator("label")
    .filter({ hasText: /^Nivå 3:/ })
    .click();
  await dialog.getByRole("button", { name: "Spara värderingen" }).click();
  await expect.poll(() => row(tab, "Fastighetsskötare").textContent()).toMatch(/Påbörjat, 2 av 10/);
  await context.close();
});
