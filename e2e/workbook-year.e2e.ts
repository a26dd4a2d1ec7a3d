import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import {
  expectAccessible,
  expectH1,
  launch,
  newContext,
  PHONE,
  screenshot,
  signIn,
} from "./browser.ts";

/**
 * The getting-started workbook fills in the year: the year overview first invites to it, then
 * shows the working group, methods and step dates with a link back to the run; the year
 * wheel marks the steps, and a measure made from the plan links to its workbook.
 * axe runs on every page reached.
 */
let browser: Browser;
const year = Number(
  new Date().toLocaleDateString("sv-SE", { timeZone: "Europe/Stockholm" }).slice(0, 4),
);

beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

/** Calls the API from the signed-in page, as the web app does (with its CSRF token). */
async function call(page: Page, method: string, path: string, body?: unknown) {
  return page.evaluate(
    async ({ method, path, body }) => {
      const { token } = await (await fetch("/api/csrf-token")).json();
      const response = await fetch(path, {
        method,
        headers: { "content-type": "application/json", "x-csrf-token": token },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: response.status, json: await response.json() };
    },
    { method, path, body },
  );
}

it("fills in the year from the getting-started workbook and shows it in the year and the plan", async () => {
  const context = await newContext(browser);
  const page = await context.newPage();
  await signIn(page, "hr@exempelkommunen.se");
  await page.waitForURL(/\/o\/[^/]+/);
  const organisationId = /\/o\/([^/]+)/.exec(page.url())![1]!;
  const api = `/api/organisations/${organisationId}`;
  const overview = `/o/${organisationId}/aktiva-atgarder/${year}`;

  await page.goto(overview);
  await expectH1(page, `Verksamhetsåret ${year}`);
  const setup = page.getByRole("region", { name: "Så arbetar ni i år" });
  await expect
    .poll(() => setup.getByRole("link", { name: "Gå till arbetsböckerna" }).count())
    .toBe(1);
  await expectAccessible(page, "year overview, not filled in");

  const run = await call(page, "POST", `${api}/workbooks/runs`, {
    workbookId: "kom-igang",
    title: `Kom igång ${year}`,
  });
  expect(run.status).toBe(201);
  const finishPage = `/o/${organisationId}/arbetsbocker/korningar/${run.json.id}/klar`;
  const applyButton = page.getByRole("button", { name: `Fyll i årets arbete (${year})` });

  // Nothing answered yet: the button names what is missing, each linking to its part.
  await page.goto(finishPage);
  await applyButton.click();
  const problems = page.getByRole("alert").filter({ hasText: "kunde inte fyllas i" });
  await expect.poll(() => problems.getByRole("link").count()).toBe(4);
  expect(
    await problems
      .getByRole("link", { name: "Sammanfatta hur samverkan med facket går till i år." })
      .getAttribute("href"),
  ).toBe(`/o/${organisationId}/arbetsbocker/korningar/${run.json.id}/samverkan`);
  await expectAccessible(page, "apply to year, problems");
  await page
    .locator("#year-heading")
    .locator("..")
    .screenshot({ path: "e2e/screenshots/workbook-year-apply-problems.png" });
  const answers: [string, unknown][] = [
    [
      "arbetsgrupp/arbetsgrupp-medlemmar",
      [
        {
          id: "r1",
          cells: { person: "HR-chef", foretrader: "Arbetsgivaren", uppgift: "Sammankallande" },
        },
        {
          id: "r2",
          cells: {
            person: "Ordförande Kommunal",
            foretrader: "Kommunal",
            uppgift: "Läser underlagen",
          },
        },
        {
          id: "r3",
          cells: { person: "Huvudskyddsombud", foretrader: "Skyddsombuden", uppgift: "Antecknar" },
        },
      ],
    ],
    ["samverkan/samverkan-beskrivning", "Aktiva åtgärder är en stående punkt i samverkansgruppen."],
    ["undersoka/undersokningsmetoder", ["employee_survey", "safety_round", "personnel_statistics"]],
    ["tidplan/investigate", `${year}-03-31`],
    ["tidplan/analyse", `${year}-04-30`],
    ["tidplan/act", `${year}-05-31`],
    ["tidplan/follow_up", `${year}-11-30`],
    [
      "sammanfattning/plan-forsta-atgarder",
      [
        {
          id: "a1",
          cells: {
            aktivitet: "Frågor om trakasserier i enkäten",
            ansvarig: "HR",
            datum: `${year}-12-15`,
          },
        },
      ],
    ],
  ];
  for (const [key, value] of answers) {
    const saved = await call(page, "PUT", `${api}/workbooks/runs/${run.json.id}/answers/${key}`, {
      value,
      version: null,
    });
    expect(saved.status, key).toBe(200);
  }
  await page.goto(finishPage);
  await applyButton.click();
  const success = page.getByRole("status").filter({ hasText: `Verksamhetsåret ${year} är` });
  await expect
    .poll(() => success.getByRole("link", { name: `Se verksamhetsåret ${year}` }).count())
    .toBe(1);
  await expectAccessible(page, "apply to year, done");
  await page
    .locator("#year-heading")
    .locator("..")
    .screenshot({ path: "e2e/screenshots/workbook-year-apply-done.png" });
  const made = await call(page, "POST", `${api}/workbooks/runs/${run.json.id}/activities`, {
    item: "sammanfattning/plan-forsta-atgarder",
    rowId: "a1",
    area: "harassment",
  });
  expect(made.status, JSON.stringify(made.json)).toBe(201);

  await page.goto(overview);
  await expectH1(page, `Verksamhetsåret ${year}`);
  await expect.poll(() => setup.getByRole("cell", { name: "Ordförande Kommunal" }).count()).toBe(1);
  expect(await setup.getByText("Medarbetarenkät").count()).toBe(1);
  expect(await setup.getByText(`31 mars ${year}`).count()).toBe(1);
  const source = setup.getByRole("link", { name: `Kom igång ${year}` });
  expect(await source.getAttribute("href")).toBe(
    `/o/${organisationId}/arbetsbocker/korningar/${run.json.id}`,
  );
  await expectAccessible(page, "year overview, filled in");
  await screenshot(page, "workbook-year-overview");

  await page.goto(`${overview}/arshjul`);
  await expect.poll(() => page.getByText("Undersökningen ska vara klar").count()).toBe(1);
  await expectAccessible(page, "year wheel with step dates");
  await screenshot(page, "workbook-year-wheel");
  await page
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { name: /^Mars/ }) })
    .screenshot({ path: "e2e/screenshots/workbook-year-wheel-march.png" });

  await page.goto(`${overview}/atgarder/${made.json.measureId}`);
  await expectH1(page, "Frågor om trakasserier i enkäten");
  await expect
    .poll(() => page.getByText("Från arbetsboken Kom igång med aktiva åtgärder").count())
    .toBe(1);
  expect(await page.getByRole("link", { name: "Öppna arbetsboken" }).getAttribute("href")).toBe(
    `/o/${organisationId}/arbetsbocker/korningar/${run.json.id}`,
  );
  await expectAccessible(page, "measure from a workbook");
  await screenshot(page, "workbook-year-measure");

  const phone = await newContext(browser, PHONE);
  const small = await phone.newPage();
  await signIn(small, "hr@exempelkommunen.se");
  await small.waitForURL(/\/o\/[^/]+/);
  await small.goto(overview);
  await expectH1(small, `Verksamhetsåret ${year}`);
  await expect
    .poll(() =>
      small
        .getByRole("region", { name: "Så arbetar ni i år" })
        .getByText("Ordförande Kommunal")
        .count(),
    )
    .toBe(1);
  await expectAccessible(small, "year overview on a phone");
  await screenshot(small, "workbook-year-overview-phone");
  await small
    .getByRole("region", { name: "Så arbetar ni i år" })
    .screenshot({ path: "e2e/screenshots/workbook-year-setup-phone.png" });
  await small.goto(`${overview}/atgarder/${made.json.measureId}`);
  await expectH1(small, "Frågor om trakasserier i enkäten");
  await screenshot(small, "workbook-year-measure-phone");
  await small.screenshot({ path: "e2e/screenshots/workbook-year-measure-phone-top.png" });
  await phone.close();
  await context.close();
});
