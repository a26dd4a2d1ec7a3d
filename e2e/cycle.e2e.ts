import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { docxText, pdfInfo, pdfText } from "../server/reports/test-extract.ts";
import {
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
 * The year of active measures, as the parties live it: HR starts next year and carries
 * unfinished measures over, investigates, finds a risk and plans a measure from the library
 * for a manager; the manager carries it out and evaluates it; the union representative
 * comments and takes a position; HR downloads the documentation. axe runs on every page.
 */
let browser: Browser;
const nextYear = new Date().getFullYear() + 1;
const MEASURE = "Ge en strukturerad introduktion vid återgång efter föräldraledighet";

beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

async function openCycle(page: Page, email: string) {
  await signInAndOpen(page, email, "Aktiva åtgärder");
  await expectAccessible(page, `cycle start as ${email}`);
}

/** Opens one of the year's steps from its navigation. */
async function openStep(page: Page, step: string, heading: string) {
  await page
    .getByRole("navigation", { name: `Steg i arbetet ${nextYear}` })
    .getByRole("link", { name: step })
    .click();
  await expectH1(page, heading);
  await expectAccessible(page, heading);
}

async function openNextYear(page: Page) {
  await page
    .getByRole("link", { name: `Verksamhetsåret ${nextYear}` })
    .first()
    .click();
  await expectH1(page, `Verksamhetsåret ${nextYear}`);
}

/** "Följa upp" → "folja-upp", for file names. */
const slug = (text: string) =>
  text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\W+/g, "-");

it("HR starts next year, carrying over unfinished measures, and plans the work", async () => {
  const context = await newContext(browser);
  const page = await context.newPage();
  await openCycle(page, "hr@exempelkommunen.se");

  await page.getByRole("button", { name: `Starta verksamhetsåret ${nextYear}` }).click();
  const dialog = page.getByRole("dialog");
  await expect.poll(() => dialog.getByRole("checkbox").count()).toBeGreaterThan(0);
  await expectAccessible(page, "start year dialog");
  const offered = await dialog.getByRole("checkbox", { checked: true }).count();
  await dialog.getByRole("button", { name: `Starta ${nextYear}` }).click();
  await expectH1(page, `Verksamhetsåret ${nextYear}`);
  await expectAccessible(page, "year overview");
  await screenshot(page, "cycle-year-overview");

  await openStep(page, "Åtgärda", `Åtgärder ${nextYear}`);
  await expect.poll(() => page.getByText(`Överförd från ${nextYear - 1}`).count()).toBe(offered);

  await openStep(page, "Undersöka", `Undersökningar ${nextYear}`);
  await page.getByRole("button", { name: "Ny undersökning" }).click();
  const investigation = page.getByRole("dialog");
  await investigation.getByLabel("Rubrik").fill("Medarbetarenkät om arbetstider");
  await investigation.getByRole("button", { name: /Metod/ }).click();
  await page.getByRole("option", { name: "Medarbetarenkät" }).click();
  await investigation.getByRole("group", { name: "Datum" }).getByRole("spinbutton").first().click();
  await page.keyboard.type(`${nextYear}0210`);
  await investigation
    .getByRole("checkbox", { name: "Möjligheter att förena förvärvsarbete och föräldraskap" })
    .check({ force: true });
  await investigation
    .getByLabel("Resultat")
    .fill("Föräldrar med små barn missar oftare möten efter kl. 16.");
  await expectAccessible(page, "new investigation dialog");
  await investigation.getByRole("button", { name: "Lägg till undersökningen" }).click();
  await expect
    .poll(() => page.getByText("Medarbetarenkät om arbetstider").count())
    .toBeGreaterThan(0);

  await openStep(page, "Analysera", `Risker och hinder ${nextYear}`);
  await page.getByRole("button", { name: "Ny risk eller nytt hinder" }).click();
  const risk = page.getByRole("dialog");
  await risk.getByLabel("Rubrik").fill("Sena möten utestänger föräldrar");
  await risk
    .getByRole("checkbox", { name: "Möjligheter att förena förvärvsarbete och föräldraskap" })
    .check({ force: true });
  await risk.getByRole("checkbox", { name: "Kön", exact: true }).check({ force: true });
  await risk
    .getByLabel("Orsaker")
    .fill("Mötestiderna bestäms av vana, inte av vad som passar alla.");
  await expectAccessible(page, "new risk dialog");
  await risk.getByRole("button", { name: "Lägg till", exact: true }).click();
  await expect
    .poll(() => page.getByText("Sena möten utestänger föräldrar").count())
    .toBeGreaterThan(0);

  await openStep(page, "Åtgärda", `Åtgärder ${nextYear}`);
  await page.getByRole("link", { name: "Från åtgärdsbanken" }).click();
  await expectH1(page, "Åtgärdsbanken");
  await expectAccessible(page, "measure library");
  await page
    .getByRole("article")
    .filter({ hasText: MEASURE })
    .getByRole("button", { name: /Lägg till/ })
    .click();
  await expectH1(page, MEASURE);
  await page.getByRole("button", { name: /Ansvarig person/ }).click();
  await page.getByRole("option", { name: /Charlie Chef/ }).click();
  await expectAccessible(page, "adopted measure, edit form");
  await page.getByRole("button", { name: "Spara ändringarna" }).click();
  await expect.poll(() => page.getByText("Ändringarna är sparade.").count()).toBe(1);
  await expectAccessible(page, "measure detail");
  await screenshot(page, "cycle-measure-detail");
  await context.close();
});

it("the manager carries out the measure and evaluates it", async () => {
  const context = await newContext(browser);
  const page = await context.newPage();
  await openCycle(page, "chef@exempelkommunen.se");
  await openNextYear(page);
  await openStep(page, "Åtgärda", `Åtgärder ${nextYear}`);
  await page.getByRole("link", { name: MEASURE }).click();
  await expectH1(page, MEASURE);
  await page.getByRole("button", { name: "Markera som genomförd" }).click();
  await expect.poll(() => page.getByText(/Åtgärden är markerad som genomförd/).count()).toBe(1);
  const evaluation = page.getByRole("form", { name: "Utvärdera åtgärden" });
  await evaluation.getByRole("radio", { name: "Delvis" }).check({ force: true });
  await evaluation
    .getByRole("textbox", { name: /Kommentar/ })
    .fill("Fler föräldralediga kom till APT, men inte alla fick informationen.");
  await evaluation.getByRole("button", { name: "Spara utvärderingen" }).click();
  await expect.poll(() => page.getByText("Utvärderingen är sparad.").count()).toBe(1);
  await expectAccessible(page, "measure evaluated by the manager");
  await context.close();
});

it("the union representative comments and records a position, also on a phone", async () => {
  const context = await newContext(browser);
  const page = await context.newPage();
  await openCycle(page, "fack@exempelkommunen.se");
  await openNextYear(page);
  await openStep(page, "Åtgärda", `Åtgärder ${nextYear}`);
  await page.getByRole("link", { name: MEASURE }).first().click();
  await expectH1(page, MEASURE);
  expect(await page.getByRole("button", { name: "Ändra åtgärden" }).count()).toBe(0);
  await page
    .getByLabel("Kommentar", { exact: true })
    .fill("Kommunal vill att nattpersonalen också får informationen.");
  await page.getByRole("button", { name: "Skicka kommentaren" }).click();
  await expect.poll(() => page.getByText("Din kommentar är publicerad.").count()).toBe(1);
  await page.setViewportSize(PHONE);
  await expectAccessible(page, "measure with comment, phone");
  await screenshot(page, "cycle-measure-union-phone");

  await openStep(page, "Samverkan", `Samverkan ${nextYear}`);
  await page.getByRole("radio", { name: "Instämmer delvis" }).check({ force: true });
  await page.getByLabel("Kommentar").last().fill("Analysen av rekrytering behöver fördjupas.");
  await page.getByRole("button", { name: /Spara ställningstagandet/ }).click();
  await expect
    .poll(() =>
      page
        .getByRole("table", { name: "Ställningstaganden till årets dokumentation" })
        .textContent(),
    )
    .toContain("Instämmer delvis");
  await expectAccessible(page, "cooperation with position, phone");
  await context.close();
});

it("HR downloads the documentation as Word and PDF, with the work of the year in it", async () => {
  const context = await newContext(browser);
  const page = await context.newPage();
  await openCycle(page, "hr@exempelkommunen.se");
  await openNextYear(page);
  await openStep(page, "Dokumentation", `Dokumentation ${nextYear}`);
  await screenshot(page, "cycle-documentation");

  const [word] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Hämta dokumentationen som Word-fil" }).click(),
  ]);
  expect(word.suggestedFilename()).toBe(`Aktiva åtgärder ${nextYear} – Exempelkommunen.docx`);
  const text = docxText(await downloaded(word));
  for (const expected of [
    `Dokumentation av aktiva åtgärder ${nextYear}`,
    "Medarbetarenkät om arbetstider",
    "Sena möten utestänger föräldrar",
    "Aktivitet | Ansvarig | Tidsplan | Uppföljning",
    MEASURE,
    "Charlie Chef",
    "Fler föräldralediga kom till APT",
    "Analysen av rekrytering behöver fördjupas.",
  ]) {
    expect(text).toContain(expected);
  }

  const [pdf] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Hämta dokumentationen som PDF" }).click(),
  ]);
  const pdfBuffer = await downloaded(pdf);
  expect((await pdfInfo(pdfBuffer)).Tagged).toBe("yes");
  const pdfContent = (await pdfText(pdfBuffer)).replace(/\s+/g, " ");
  expect(pdfContent).toContain(`Dokumentation av aktiva åtgärder ${nextYear}`);
  expect(pdfContent).toContain("Arbetstagarorganisationernas ställningstagande");
  expect(pdfContent).toContain("Instämmer delvis");
  await context.close();
});

it("every page of the year passes axe for HR on a desktop and for the safety representative on a phone", async () => {
  const year = new Date().getFullYear();
  const steps: [string, string][] = [
    ["Översikt", `Verksamhetsåret ${year}`],
    ["Undersöka", `Undersökningar ${year}`],
    ["Analysera", `Risker och hinder ${year}`],
    ["Åtgärda", `Åtgärder ${year}`],
    ["Följa upp", `Följa upp och utvärdera ${year}`],
    ["Samverkan", `Samverkan ${year}`],
    ["Könsfördelning", `Jämn könsfördelning ${year}`],
    ["Årshjul", `Årshjul ${year}`],
    ["Dokumentation", `Dokumentation ${year}`],
  ];
  for (const [email, viewport] of [
    ["hr@exempelkommunen.se", undefined],
    ["skyddsombud@exempelkommunen.se", PHONE],
  ] as const) {
    const context = await newContext(browser, viewport);
    const page = await context.newPage();
    await signIn(page, email);
    await page.waitForURL(/\/o\//);
    const organisationPath = new URL(page.url()).pathname.match(/^\/o\/[0-9a-f-]+/)![0];
    await page.goto(`${organisationPath}/aktiva-atgarder/${year}`);
    for (const [step, heading] of steps) {
      await page
        .getByRole("navigation", { name: `Steg i arbetet ${year}` })
        .getByRole("link", { name: step })
        .click();
      await expectH1(page, heading);
      await expectAccessible(page, `${heading} as ${email}`);
      if (!viewport) await screenshot(page, `cycle-${slug(step)}`);
    }
    await page.goto(`${organisationPath}/aktiva-atgarder/${year}/atgardsbank`);
    await expectH1(page, "Åtgärdsbanken");
    await expectAccessible(page, `measure library as ${email}`);
    await page.goto(`${organisationPath}/aktiva-atgarder/trakasserier`);
    await expectH1(page, "Riktlinjer och rutiner mot trakasserier");
    await expectAccessible(page, `harassment documents as ${email}`);
    await context.close();
  }
});
