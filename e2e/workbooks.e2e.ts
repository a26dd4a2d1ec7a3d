import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
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
  signInAndOpen,
} from "./browser.ts";

/**
 * A working group fills in the workbook on violence in close relationships from start to a
 * finished plan: answers saved as they type, the plan filled from earlier answers, two
 * activities into this year's action plan, a time plan, and the plan downloaded as Word and
 * PDF. A second member editing the same answer sees a choice, not a silent overwrite.
 * axe runs on every page reached.
 */
let browser: Browser;
const year = new Date().getFullYear();
const RUN = "Hemtjänsten – våld i nära relationer";
const ACTIVITIES = [
  "Utbildning för alla chefer om våld i nära relationer",
  "Rutin för stöd till utsatta",
];

beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const parts = (page: Page) => page.getByRole("navigation", { name: "Arbetsbokens delar" });

async function openPart(page: Page, name: RegExp | string, heading: string) {
  await parts(page).getByRole("link", { name }).click();
  await expect.poll(() => page.locator("#part-heading").textContent()).toBe(heading);
  await expectAccessible(page, `workbook part ${heading}`);
}

/** Waits until every answer on the page says it is saved (nothing waiting or failed). */
async function expectAllSaved(page: Page) {
  await expect
    .poll(
      () =>
        page
          .getByRole("status")
          .filter({ hasText: /^(Sparar|Kunde inte spara|Sparades inte)/ })
          .count(),
      { timeout: 10_000 },
    )
    .toBe(0);
  await expect
    .poll(() =>
      page
        .getByRole("status")
        .filter({ hasText: /^Sparat / })
        .count(),
    )
    .toBeGreaterThan(0);
}

async function typeDate(group: Locator, page: Page, iso: string) {
  await group.getByRole("spinbutton").first().click();
  await page.keyboard.type(iso.replaceAll("-", ""));
}

it("HR and the group fill in workbook 1 to a finished plan, two activities become measures, and the plan is downloaded", async () => {
  const context = await newContext(browser);
  const page = await context.newPage();
  await signInAndOpen(page, "hr@exempelkommunen.se", "Arbetsböcker");
  await expectAccessible(page, "workbooks list");
  await screenshot(page, "workbooks-list");

  await page.getByRole("button", { name: /Starta arbetsboken Våld i nära relationer/ }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Namn på arbetet").fill(RUN);
  await expectAccessible(page, "start workbook dialog");
  await dialog.getByRole("button", { name: "Starta" }).click();
  await expectH1(page, RUN);
  await expectAccessible(page, "first part");

  await openPart(page, /Förankring/, "Förankring – beslut, grupp och resurser");
  await page
    .getByRole("checkbox", { name: "Ledningen har fattat ett beslut." })
    .check({ force: true });
  await page.getByRole("button", { name: "Lägg till rad" }).click();
  const member = page.getByRole("group", { name: "Rad 1" });
  await member.getByLabel("Namn").fill("Helena HR");
  await member.getByLabel("Roll").fill("HR-strateg, sammankallande");
  await member.getByLabel("Roll").blur();
  await expectAllSaved(page);

  await openPart(page, /Steg 1/, "Steg 1 – syfte och mål");
  const why = page.getByLabel(
    "Varför ska vi ta med våld i nära relationer i vårt arbetsmiljöarbete?",
  );
  await why.fill("Våldet följer med till jobbet. Vi vill att chefer vet hur de kan stödja.");
  await why.blur();
  await page
    .getByRole("group", { name: /Vilka mål har ni på kort sikt/ })
    .getByLabel("Punkt 1")
    .fill("Alla chefer vet vad de gör när någon berättar");
  await page
    .getByRole("group", { name: /Vilka mål har ni på lång sikt/ })
    .getByLabel("Punkt 1")
    .fill("Fler medarbetare vet var de kan få stöd");
  await page
    .getByRole("group", { name: /Vilka mål har ni på lång sikt/ })
    .getByLabel("Punkt 1")
    .blur();
  await expectAllSaved(page);
  await screenshot(page, "workbook-step-1");

  await openPart(page, /Steg 2/, "Steg 2 – vägen till målen");
  const shortTerm = page.getByRole("group", {
    name: /Vad ska ni göra för att nå målen på kort sikt/,
  });
  for (const [i, activity] of ACTIVITIES.entries()) {
    await shortTerm.getByRole("button", { name: "Lägg till rad" }).click();
    const row = shortTerm.getByRole("group", { name: `Rad ${i + 1}` });
    await row.getByLabel("Aktivitet").fill(activity);
    await row.getByLabel("Ansvarig").fill(i === 0 ? "HR-chefen" : "Skyddsombudet");
    await row.getByLabel("Ansvarig").blur();
  }
  await typeDate(
    shortTerm.getByRole("group", { name: "Rad 1" }).getByRole("group", { name: "Klart senast" }),
    page,
    `${year}-12-15`,
  );
  await expectAllSaved(page);

  // The plan is filled from the goals and activities written earlier.
  await openPart(page, /Genomförandeplan/, "Genomförandeplan");
  expect(
    await page.getByText("Ifyllt från era tidigare svar", { exact: false }).count(),
  ).toBeGreaterThan(0);
  await expect
    .poll(() =>
      page
        .getByRole("group", { name: /Mål på kort sikt/ })
        .getByLabel("Punkt 1")
        .inputValue(),
    )
    .toBe("Alla chefer vet vad de gör när någon berättar");
  const resources = page.getByRole("group", { name: /Resurser som behövs/ }).getByLabel("Punkt 1");
  await resources.fill("Två timmar i månaden för arbetsgruppen");
  await resources.blur();
  await expectAllSaved(page);

  for (const activity of ACTIVITIES) {
    await page
      .getByRole("button", { name: `Gör till åtgärd i handlingsplanen – ${activity}` })
      .click();
    const make = page.getByRole("dialog");
    await expectAccessible(page, "make measure dialog");
    await make.getByRole("button", { name: "Lägg till i handlingsplanen" }).click();
    await expect.poll(() => make.count()).toBe(0);
  }
  await expect
    .poll(() => page.getByRole("link", { name: `Åtgärd i handlingsplanen ${year}` }).count())
    .toBe(2);
  await expectAccessible(page, "plan with measures");
  await screenshot(page, "workbook-plan");

  await openPart(page, /Tidplan/, "Tidplan");
  await typeDate(
    page.getByRole("group", { name: "Beslut fattat och arbetsgrupp utsedd" }),
    page,
    `${year}-11-02`,
  );
  await expectAllSaved(page);
  // A date before the decision is refused with a message, and the decision stays.
  await typeDate(page.getByRole("group", { name: "Webbkursen genomförd" }), page, `${year}-10-01`);
  await expect
    .poll(() =>
      page
        .getByRole("status")
        .filter({ hasText: /före beslutet/ })
        .count(),
    )
    .toBeGreaterThan(0);
  await typeDate(page.getByRole("group", { name: "Webbkursen genomförd" }), page, `${year}-11-20`);
  await expectAllSaved(page);
  await expect.poll(() => page.locator(".timeline__item").count()).toBe(2);
  await expectAccessible(page, "time plan");
  await screenshot(page, "workbook-timeplan");

  await openPart(page, /Klart och export/, "Klart och export");
  await page.getByRole("button", { name: "Markera arbetsboken som klar" }).click();
  await expect.poll(() => page.getByText(/Arbetsboken blev klar/).count()).toBe(1);
  await expectAccessible(page, "finished workbook");
  await screenshot(page, "workbook-finished");
  // Every part, now read-only, on a phone too.
  for (const [name, heading] of [
    [/Begrepp/, "Begrepp att känna till"],
    [/Förberedelser/, "Förberedelser – kunskap och information"],
    [/Steg 3/, "Steg 3 – uppföljning"],
    [/Genomförandeplan/, "Genomförandeplan"],
  ] as const)
    await openPart(page, name, heading);
  await page.setViewportSize(PHONE);
  await page.getByText("Delar – du är på: Genomförandeplan").click();
  await openPart(page, /Tidplan/, "Tidplan");
  await screenshot(page, "workbook-finished-phone");
  await page.setViewportSize(DESKTOP);
  await openPart(page, /Klart och export/, "Klart och export");

  const [word] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Ladda ner som Word" }).click(),
  ]);
  const text = docxText(await downloaded(word));
  for (const expected of [
    "Genomförandeplan",
    RUN,
    "Alla chefer vet vad de gör när någon berättar",
    "Två timmar i månaden för arbetsgruppen",
    ...ACTIVITIES,
    "HR-chefen",
    "Beslut fattat och arbetsgrupp utsedd",
  ])
    expect(text).toContain(expected);

  const [pdf] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Ladda ner som PDF" }).click(),
  ]);
  const pdfBuffer = await downloaded(pdf);
  expect((await pdfInfo(pdfBuffer)).Tagged).toBe("yes");
  expect((await pdfText(pdfBuffer)).replace(/\s+/g, " ")).toContain(ACTIVITIES[0]!);

  // The measure in the action plan knows where it came from.
  await page.getByRole("link", { name: ACTIVITIES[0]! }).click();
  await expectH1(page, ACTIVITIES[0]!);
  const source = page.getByText("Från arbetsboken", { exact: false });
  expect(await source.textContent()).toContain(`(${RUN})`);
  await expectAccessible(page, "measure from workbook");
  // … and links back to the workbook, which shows the measure's status in the plan.
  await page.getByRole("link", { name: "Öppna arbetsboken" }).click();
  await expectH1(page, RUN);
  await context.close();
});

it("two members editing the same answer get a choice instead of overwriting each other", async () => {
  const first = await newContext(browser);
  const second = await newContext(browser, PHONE);
  const a = await first.newPage();
  const b = await second.newPage();
  await signInAndOpen(a, "hr@exempelkommunen.se", "Arbetsböcker");
  await a.getByRole("button", { name: /Starta arbetsboken Våld i nära relationer/ }).click();
  await a.getByRole("dialog").getByLabel("Namn på arbetet").fill("Skolan");
  await a.getByRole("dialog").getByRole("button", { name: "Starta" }).click();
  await expectH1(a, "Skolan");
  await openPart(a, /Steg 1/, "Steg 1 – syfte och mål");
  const url = a.url();

  await signIn(b, "skyddsombud@exempelkommunen.se");
  await b.waitForURL(/\/o\//);
  await b.goto(url);
  await expectH1(b, "Skolan");
  await expectAccessible(b, "workbook part on a phone");
  await screenshot(b, "workbook-phone");

  const label = "Varför ska vi ta med våld i nära relationer i vårt arbetsmiljöarbete?";
  await a.getByLabel(label).fill("HR:s text");
  await a.getByLabel(label).blur();
  await expectAllSaved(a);
  // B loaded the part before A saved: B's save meets A's version.
  await b.getByLabel(label).fill("Skyddsombudets text");
  await b.getByLabel(label).blur();
  await expect.poll(() => b.getByText("Den andra versionen:").count(), { timeout: 10_000 }).toBe(1);
  expect(await b.getByText("HR:s text").count()).toBe(1);
  expect(await b.getByLabel(label).inputValue()).toBe("Skyddsombudets text");
  await expectAccessible(b, "conflict");
  await b.getByRole("button", { name: "Spara min version" }).click();
  await expectAllSaved(b);

  await openPart(a, /Historik/, "Historik");
  await expect.poll(() => a.getByRole("cell", { name: /Steg 1 – syfte och mål/ }).count()).toBe(2);
  expect(await a.getByText("Sam Skyddsombud", { exact: false }).count()).toBeGreaterThan(0);
  await first.close();
  await second.close();
});
