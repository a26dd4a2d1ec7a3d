import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import {
  baseUrl,
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
 * The learning rooms' office, a room and the follow-up, as HR and a participant use them:
 * the seven doors with their progress, opening a room with the keyboard alone, starting a
 * group, adapting a room for the organisation, and who may read the follow-up. axe runs on
 * every page state, on a desktop and at 390 px; office and room are read at 200 % zoom.
 */
let browser: Browser;
const ROOM = "Utbildning och kompetensutveckling";
const year = new Date().getFullYear();

/** Waits up to ten seconds for a value (a page's data can take a moment to load). */
const eventually = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 10_000 });

beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

async function openOffice(page: Page, email: string) {
  await signInAndOpen(page, email, "Lärrum");
  await eventually(() => doors(page).count()).toBe(7);
}

const doors = (page: Page) =>
  page
    .getByRole("region", { name: /^Rummen/ })
    .getByRole("list")
    .first()
    .getByRole("listitem");

async function openRoom(page: Page, title: string) {
  await page.getByRole("link", { name: title, exact: true }).click();
  await expectH1(page, title);
  await eventually(() => page.getByText(/^Steg 1 av \d+/).count()).toBe(1);
}

/** The room's steps as listed: "Steg 1 av 9 · Scen · 4 min" and the step's title. */
const stepList = (page: Page) =>
  page.getByRole("region", { name: "Stegen i rummet" }).getByRole("list").first();

/** No sideways scrolling of the page or of the main content. */
async function expectNoHorizontalScroll(page: Page, what: string) {
  const overflow = await page.evaluate(() => {
    const main = document.querySelector("main");
    return {
      page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      main: main ? main.scrollWidth - main.clientWidth : 0,
    };
  });
  expect(overflow, what).toEqual({ page: 0, main: 0 });
}

it("shows HR the seven doors with their progress and opens a room with the keyboard alone", async () => {
  const context = await newContext(browser);
  const page = await context.newPage();
  await openOffice(page, "hr@exempelkommunen.se");

  const texts = await doors(page).allInnerTexts();
  expect(texts[0]).toContain("Introduktion");
  for (const text of texts) expect(text).toMatch(/Inte påbörjat|Pågår|Klart/);
  // The demo's groups have finished some rooms and paused one half-way.
  expect(texts.some((text) => text.includes("Klart"))).toBe(true);
  expect(texts.some((text) => text.includes("Pågår") && text.includes("Fortsätt"))).toBe(true);
  await eventually(() =>
    page.getByText("ett i taget eller flera vid samma tillfälle").count(),
  ).toBe(1);
  await expectAccessible(page, "office");
  await screenshot(page, "learning-office");

  // From the heading, Tab through the page until the first area room's door has focus.
  await page.locator("main h1").focus();
  let focused = "";
  for (let i = 0; i < 40 && focused !== "Arbetsförhållanden"; i++) {
    await page.keyboard.press("Tab");
    focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? "");
  }
  expect(focused).toBe("Arbetsförhållanden");
  await page.keyboard.press("Enter");
  await expectH1(page, "Arbetsförhållanden");
  await eventually(() => stepList(page).getByText("Steg 3 av 9 · Situation · 4 min").count()).toBe(
    1,
  );
  await expectAccessible(page, "room page");
  await screenshot(page, "learning-room");
  await context.close();
});

it("starts a group session from the room page and shows it in the office and the follow-up", async () => {
  const context = await newContext(browser);
  const page = await context.newPage();
  await openOffice(page, "hr@exempelkommunen.se");
  // A room no group has started yet (the demo's groups have taken others).
  await eventually(() =>
    doors(page).filter({ hasText: ROOM }).getByText("Inte påbörjat").count(),
  ).toBe(1);
  await openRoom(page, ROOM);

  const start = page.getByRole("form", { name: "Starta rummet" });
  await start.getByLabel("Antal deltagare").fill("0");
  await start.getByRole("button", { name: "Starta rummet" }).click();
  await eventually(() =>
    start.getByText("Antal deltagare ska vara mellan 1 och 100.").count(),
  ).toBeGreaterThan(0);
  await expectAccessible(page, "start form with an error");
  await start.getByLabel("Antal deltagare").fill("6");
  await start.getByLabel("Gruppens namn").fill("APT rekryteringsgruppen");
  await start.getByRole("button", { name: "Starta rummet" }).click();
  await page.waitForURL(/\/larande\/sessioner\/[0-9a-f-]{36}$/);

  await page.goto(page.url().replace(/\/sessioner\/.*$/, ""));
  await expectH1(page, "Lärrum");
  await eventually(() => doors(page).count()).toBe(7);
  const door = doors(page).filter({ hasText: ROOM });
  await eventually(() => door.getByText("Pågår").count()).toBe(1);
  await eventually(() => door.getByRole("link", { name: /^Fortsätt/ }).count()).toBe(1);

  await page.getByRole("link", { name: "Uppföljning av lärrummen" }).click();
  await expectH1(page, `Uppföljning av lärrummen ${year}`);
  const table = page.getByRole("table", { name: `Alla sessioner ${year}` });
  await eventually(() => table.getByText("APT rekryteringsgruppen").count()).toBe(1);
  await eventually(() =>
    page.getByText("Det här är underlaget som årets dokumentation").count(),
  ).toBe(1);
  await expectAccessible(page, "follow-up");
  await screenshot(page, "learning-evidence");
  await context.close();
});

it("lets HR hide a step and add an own question, and the step list shows both", async () => {
  const context = await newContext(browser);
  const page = await context.newPage();
  await openOffice(page, "hr@exempelkommunen.se");
  await openRoom(page, ROOM);
  const before = await stepList(page).getByRole("listitem").filter({ hasText: /^Steg/ }).count();
  const situation = (await stepList(page).getByRole("heading").allInnerTexts()).find((text) =>
    text.startsWith("Situation 2"),
  );
  expect(situation).toBeTruthy();

  // Hiding every step is refused with the server's message next to the field.
  const hide = page.getByRole("form", { name: "Steg som ni hoppar över" });
  const boxes = hide.getByRole("checkbox");
  const count = await boxes.count();
  for (let i = 0; i < count; i++) await boxes.nth(i).check({ force: true });
  await hide.getByRole("button", { name: "Spara stegen" }).click();
  await eventually(() =>
    hide.getByText("Minst ett steg måste vara kvar i rummet.").count(),
  ).toBeGreaterThan(0);
  await expectAccessible(page, "hiding every step");

  for (let i = 0; i < count; i++) await boxes.nth(i).uncheck({ force: true });
  await hide.getByRole("checkbox", { name: situation }).check({ force: true });
  await hide.getByRole("button", { name: "Spara stegen" }).click();
  await eventually(() => page.getByText(`Sparat. Rummet har nu ${before - 1} steg.`).count()).toBe(
    1,
  );
  await eventually(() =>
    stepList(page)
      .getByText(situation ?? "")
      .count(),
  ).toBe(0);
  await eventually(() =>
    stepList(page)
      .getByText(`Steg 1 av ${before - 1}`)
      .count(),
  ).toBe(1);

  const add = page.getByRole("form", { name: "Lägg till en egen fråga" });
  await add.getByRole("button", { name: /Diskussionssteg/ }).click();
  const discussion = page.getByRole("option").last();
  const stepTitle = (await discussion.innerText()).replace("✓", "").trim();
  await discussion.click();
  await add.getByLabel("Fråga", { exact: true }).fill("");
  await add.getByLabel("Minuter för frågan").fill("45");
  await add.getByRole("button", { name: "Lägg till frågan" }).click();
  await eventually(() => add.getByText("Skriv frågan i fältet Fråga.").count()).toBeGreaterThan(0);
  await eventually(() =>
    add.getByText("Minuter för frågan ska vara ett heltal mellan 1 och 30.").count(),
  ).toBeGreaterThan(0);
  const question = "Vem hos oss får gå på kurs, och vem frågar ingen?";
  await add.getByLabel("Fråga", { exact: true }).fill(question);
  await add.getByLabel("Minuter för frågan").fill("4");
  await add.getByRole("button", { name: "Lägg till frågan" }).click();
  await eventually(() => page.getByText(`Frågan är tillagd i steget ${stepTitle}.`).count()).toBe(
    1,
  );
  const listed = stepList(page).getByRole("listitem").filter({ hasText: question }).last();
  await eventually(() => listed.getByText("Egen fråga").count()).toBe(1);
  await expectAccessible(page, "adapted room");
  await screenshot(page, "learning-room-adapted");

  // Leave the room as it was: every step shown, the question removed.
  await hide.getByRole("checkbox", { name: situation }).uncheck({ force: true });
  await hide.getByRole("button", { name: "Spara stegen" }).click();
  await eventually(() => page.getByText(`Sparat. Alla ${before} steg visas.`).count()).toBe(1);
  await page.getByRole("button", { name: "Ta bort" }).click();
  await expectAccessible(page, "remove own question");
  await page.getByRole("alertdialog").getByRole("button", { name: "Ta bort" }).click();
  await eventually(() => page.getByText("Frågan är borttagen.").count()).toBe(1);
  await eventually(() => stepList(page).getByText(question).count()).toBe(0);
  await context.close();
});

it("passes axe at 390 px and reads at 200 % zoom without sideways scrolling", async () => {
  const phone = await newContext(browser, PHONE);
  let page = await phone.newPage();
  await signInAndOpenFromMenu(page, "hr@exempelkommunen.se");
  await expectAccessible(page, "office at 390 px");
  await expectNoHorizontalScroll(page, "office at 390 px");
  await screenshot(page, "learning-office-phone");
  await openRoom(page, ROOM);
  await expectAccessible(page, "room at 390 px");
  await expectNoHorizontalScroll(page, "room at 390 px");
  await screenshot(page, "learning-room-phone");
  await page.goto(page.url().replace(/\/larande\/.*$/, "/larande/uppfoljning"));
  await expectH1(page, `Uppföljning av lärrummen ${year}`);
  await expectAccessible(page, "follow-up at 390 px");
  await expectNoHorizontalScroll(page, "follow-up at 390 px");
  await screenshot(page, "learning-evidence-phone");
  await phone.close();

  // A 1920 × 1080 screen at 200 %: 960 × 540 CSS pixels, each drawn with two device pixels.
  const zoomed = await browser.newContext({
    viewport: { width: 960, height: 540 },
    deviceScaleFactor: 2,
    baseURL: baseUrl(),
    locale: "sv-SE",
  });
  page = await zoomed.newPage();
  await openOffice(page, "hr@exempelkommunen.se");
  await expectNoHorizontalScroll(page, "office at 200 %");
  await expectAccessible(page, "office at 200 %");
  await screenshot(page, "learning-office-zoom200");
  await openRoom(page, ROOM);
  await expectNoHorizontalScroll(page, "room at 200 %");
  await expectAccessible(page, "room at 200 %");
  await screenshot(page, "learning-room-zoom200");
  await page.goto(page.url().replace(/\/larande\/.*$/, "/larande/uppfoljning"));
  await expectH1(page, `Uppföljning av lärrummen ${year}`);
  await expectNoHorizontalScroll(page, "follow-up at 200 %");
  await expectAccessible(page, "follow-up at 200 %");
  await zoomed.close();
});

it("shows a participant the office but not the follow-up", async () => {
  const context = await newContext(browser);
  const page = await context.newPage();
  await openOffice(page, "deltagare@exempelkommunen.se");
  expect(await page.getByRole("link", { name: "Uppföljning av lärrummen" }).count()).toBe(0);
  await expectAccessible(page, "office as a participant");
  await page.goto(page.url().replace(/\/larande.*$/, "/larande/uppfoljning"));
  await expectH1(page, "Du har inte behörighet till sidan");
  await page.goto(page.url().replace(/\/larande.*$/, "/larande/finns-inte"));
  await expectH1(page, "Sidan finns inte");
  await context.close();
});

/** On a phone the organisation's pages are behind the navigation's menu button. */
async function signInAndOpenFromMenu(page: Page, email: string) {
  await signIn(page, email);
  await page.waitForURL(/\/o\//);
  const nav = page.getByRole("navigation", { name: "Sidor för Exempelkommunen" });
  await nav.getByRole("button", { name: "Meny" }).click();
  await nav.getByRole("link", { name: "Lärrum" }).click();
  await expectH1(page, "Lärrum");
  await eventually(() => doors(page).count()).toBe(7);
}
