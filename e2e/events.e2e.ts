import { mkdirSync } from "node:fs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import {
  baseUrl,
  DESKTOP,
  expectAccessible,
  expectH1,
  launch,
  newContext,
  PHONE,
  signIn,
} from "./browser.ts";

/**
 * Training events, as organiser and visitors live them: the organiser creates a two-day event
 * with a programme in the editor (a server problem shows at its field first), publishes it with
 * one seat; a visitor registers on the public page without JavaScript and confirms through the
 * mailed link, a second registers with JavaScript and lands on the waitlist; the first cancels
 * from their own link and the second is promoted (page and mail say so); the organiser checks
 * the second in on a phone. axe runs on every page, organiser pages are also photographed at
 * desktop and phone width to /tmp/event-web for people to look at.
 */
let browser: Browser;
let organisationId: string;
let admin: BrowserContext;
const SHOTS = "/tmp/event-web";
const TITLE = "Jämställdhet i praktiken";
const FIRST = { name: "Ada Utan Skript", email: "ada.utanskript@example.se" };
const SECOND = { name: "Bo Med Skript", email: "bo.medskript@example.se" };

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  browser = await launch();
  // The organiser belongs to Exempelkommunen only; the admin reads its outbox.
  const organiser = await newContext(browser);
  const page = await organiser.newPage();
  await signIn(page, "arrangor@exempelkommunen.se");
  await page.waitForURL(/\/o\//);
  organisationId = new URL(page.url()).pathname.split("/")[2]!;
  await organiser.close();
  admin = await newContext(browser);
  const adminPage = await admin.newPage();
  await signIn(adminPage, "admin@exempelkommunen.se");
  await adminPage.waitForURL(/\/o\//);
});
afterAll(async () => {
  await admin?.close();
  await browser?.close();
});

/** A Stockholm calendar date `days` from today, as "YYYY-MM-DD". */
function dayFromToday(days: number): string {
  const today = new Date().toLocaleDateString("sv-SE", { timeZone: "Europe/Stockholm" });
  const date = new Date(`${today}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

async function shot(page: Page, name: string, fullPage = true) {
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage });
}

/**
 * axe for a page in a context without JavaScript, where axe itself cannot run: the same HTML,
 * served at the same address, in a context with JavaScript (the public pages run no scripts
 * of their own, so the document is the same).
 */
async function expectAccessibleWithoutJs(page: Page, what: string) {
  const html = await page.content();
  const url = page.url();
  const context = await browser.newContext({
    viewport: page.viewportSize() ?? DESKTOP,
    baseURL: baseUrl(),
    locale: "sv-SE",
  });
  const copy = await context.newPage();
  await copy.route(url, (route) =>
    route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: html }),
  );
  await copy.goto(url);
  await expectAccessible(copy, what);
  await context.close();
}

interface Mail {
  to: string;
  subject: string;
  text: string;
}

/** The mails to `to` in the organisation's outbox, read as the admin. */
async function mailsTo(to: string): Promise<Mail[]> {
  const res = await admin.request.get(`${baseUrl()}/api/organisations/${organisationId}/outbox`);
  expect(res.ok()).toBe(true);
  return ((await res.json()) as Mail[]).filter((m) => m.to === to);
}

/** Waits for a mail to `to` whose subject starts with `subject`, and returns it. */
async function mailWith(to: string, subject: string): Promise<Mail> {
  let found: Mail | undefined;
  await expect
    .poll(
      async () => {
        found = (await mailsTo(to)).find((m) => m.subject.startsWith(subject));
        return found !== undefined;
      },
      { timeout: 10_000 },
    )
    .toBe(true);
  return found!;
}

/** The path of the first link in a mail whose path ends with `suffix` (mails use PUBLIC_URL). */
function linkIn(mail: Mail, suffix: RegExp): string {
  const url = mail.text.match(/https?:\/\/\S+/g)?.find((u) => suffix.test(new URL(u).pathname));
  expect(url, `a link in “${mail.subject}”`).toBeDefined();
  return new URL(url!).pathname;
}

/** Types a day into a react-aria date field (its group of spin buttons). */
async function typeDate(
  page: Page,
  scope: ReturnType<Page["locator"]>,
  label: string,
  date: string,
) {
  await scope.getByRole("group", { name: label }).getByRole("spinbutton").first().click();
  await page.keyboard.type(date.replaceAll("-", ""));
}

async function fillPublicForm(page: Page, person: { name: string; email: string }) {
  await page.getByLabel("Namn", { exact: false }).first().fill(person.name);
  await page.getByRole("textbox", { name: /E-postadress/ }).fill(person.email);
  await page.getByRole("textbox", { name: /^Organisation/ }).fill("Exempelkommunen");
  await page.getByRole("textbox", { name: /Roll eller befattning/ }).fill("Chef");
  await page.getByRole("checkbox", { name: /Jag har läst/ }).check();
}

let eventPath = "";
let publicPath = "";
let firstOwnPath = "";
let secondOwnPath = "";

it("the organiser creates a two-day event with a programme and publishes it", async () => {
  const context = await newContext(browser);
  const page = await context.newPage();
  await signIn(page, "arrangor@exempelkommunen.se");
  await page.waitForURL(/\/o\//);
  await page
    .getByRole("navigation", { name: "Sidor för Exempelkommunen" })
    .getByRole("link", { name: "Utbildningar" })
    .click();
  await expectH1(page, "Utbildningar");
  await expect
    .poll(() => page.getByRole("heading", { name: "Kommande och utkast" }).count())
    .toBe(1);
  await expectAccessible(page, "events list");

  await page.getByRole("link", { name: "Ny utbildning" }).click();
  await expectH1(page, "Ny utbildning");
  await expectAccessible(page, "new event editor");

  const day1 = dayFromToday(40);
  const day2 = dayFromToday(47);
  await page.getByRole("textbox", { name: "Titel" }).fill(TITLE);
  await page.getByRole("textbox", { name: /^Beskrivning/ }).fill("Två dagar om aktiva åtgärder.");
  await page.getByRole("textbox", { name: /^Målgrupp/ }).fill("Chefer och skyddsombud");

  const first = page.getByRole("region", { name: "Dag 1" });
  await typeDate(page, first, "Datum", day1);
  await first.getByRole("button", { name: "Lägg till programpunkt dag 1" }).click();
  const item1 = first.getByRole("group", { name: "Programpunkt 1 dag 1" });
  await expect.poll(() => item1.getByRole("textbox", { name: "Start" }).inputValue()).toBe("09:00");
  await item1.getByRole("textbox", { name: "Slut" }).fill("10:00");
  await item1.getByRole("textbox", { name: "Rubrik" }).fill("Välkomna och lagen i korthet");
  await item1.getByRole("textbox", { name: /Talare/ }).fill("Länsstyrelsen");
  await first.getByRole("button", { name: "Lägg till programpunkt dag 1" }).click();
  const item2 = first.getByRole("group", { name: "Programpunkt 2 dag 1" });
  await expect.poll(() => item2.getByRole("textbox", { name: "Start" }).inputValue()).toBe("10:00");
  await item2.getByRole("textbox", { name: "Slut" }).fill("10:20");
  await item2.getByRole("textbox", { name: "Rubrik" }).fill("Kaffe");
  await item2.getByText("Paus").click();

  await page.getByRole("button", { name: "Lägg till dag" }).click();
  const second = page.getByRole("region", { name: "Dag 2" });
  await typeDate(page, second, "Datum", day2);
  await second.getByRole("button", { name: "Lägg till programpunkt dag 2" }).click();
  const item3 = second.getByRole("group", { name: "Programpunkt 1 dag 2" });
  await item3.getByRole("textbox", { name: "Slut" }).fill("12:00");
  await item3.getByRole("textbox", { name: "Rubrik" }).fill("Hemuppgiften och nästa steg");

  await page.getByRole("textbox", { name: /^Plats/ }).fill("Stadshuset, sal A");
  await page.getByRole("textbox", { name: "Antal platser" }).fill("0");
  await typeDate(page, page.locator("main"), "Sista anmälningsdag", dayFromToday(30));
  await page.getByRole("textbox", { name: "Sista anmälningsdag, klockan" }).fill("12:00");
  await page.getByRole("textbox", { name: "Namn" }).fill("Alva Arrangör");
  await page.getByRole("textbox", { name: "E-postadress" }).fill("arrangor@exempelkommunen.se");

  // The server refuses 0 seats: the problem is shown at the field, in a summary that has focus.
  await page.getByRole("button", { name: "Spara utkast" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "Antal platser" });
  await expect.poll(() => summary.count()).toBe(1);
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.className ?? ""))
    .toContain("error-summary");
  await expect
    .poll(() => page.getByRole("textbox", { name: "Antal platser" }).getAttribute("aria-invalid"))
    .toBe("true");
  await expectAccessible(page, "editor with a server problem");
  await shot(page, "editor-error-desktop");

  await page.getByRole("textbox", { name: "Antal platser" }).fill("1");
  await page.getByRole("button", { name: "Spara utkast" }).click();
  await expectH1(page, TITLE);
  eventPath = new URL(page.url()).pathname;
  expect(eventPath).toMatch(/\/utbildningar\/[0-9a-f-]{36}$/);
  await expect.poll(() => page.getByText("Utbildningen är sparad som utkast.").count()).toBe(1);
  await expectAccessible(page, "draft event page");

  await page.getByRole("button", { name: "Publicera", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Publicera utbildningen?" });
  await expect.poll(() => dialog.count()).toBe(1);
  await expectAccessible(page, "publish dialog");
  await shot(page, "publish-dialog-desktop", false);
  await dialog.getByRole("button", { name: "Publicera" }).click();
  await expect
    .poll(() => page.getByText("Öppen för anmälan – 1 plats kvar").count(), { timeout: 10_000 })
    .toBe(1);
  await expectAccessible(page, "published event page");
  const url = await page
    .getByRole("textbox", { name: "Adress till den publika sidan" })
    .inputValue();
  publicPath = new URL(url).pathname;
  expect(publicPath).toMatch(/^\/utbildningar\//);
  await context.close();
});

it("a visitor without JavaScript registers, confirms through the mail and gets the seat", async () => {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    viewport: DESKTOP,
    baseURL: baseUrl(),
    locale: "sv-SE",
  });
  const page = await context.newPage();
  await page.goto(publicPath);
  await expectH1(page, TITLE);
  await expect.poll(() => page.getByText("Kaffe").count()).toBeGreaterThan(0);
  await expectAccessibleWithoutJs(page, "public event page without JavaScript");
  await fillPublicForm(page, FIRST);
  await page.getByRole("button", { name: "Skicka anmälan" }).click();
  await expectH1(page, "Titta i din e-post");
  await expectAccessibleWithoutJs(page, "check your e-mail");

  const mail = await mailWith(FIRST.email, "Bekräfta din anmälan");
  await page.goto(linkIn(mail, /\/bekrafta$/));
  await expectH1(page, "Bekräfta din anmälan");
  await expectAccessibleWithoutJs(page, "confirm page");
  await page.getByRole("button", { name: "Bekräfta min anmälan" }).click();
  await expectH1(page, "Tack! Din anmälan är bekräftad");
  await expectAccessibleWithoutJs(page, "confirmed notice");
  await page.getByRole("link", { name: "Se din anmälan" }).click();
  await expectH1(page, "Din anmälan");
  await expect.poll(() => page.getByText("Du har en plats på utbildningen.").count()).toBe(1);
  firstOwnPath = new URL(page.url()).pathname;
  await expectAccessibleWithoutJs(page, "own registration with a seat");
  await context.close();
});

it("a second visitor with JavaScript on a phone lands on the waitlist", async () => {
  const context = await newContext(browser, PHONE);
  const page = await context.newPage();
  await page.goto(publicPath);
  await expectH1(page, TITLE);
  await expect.poll(() => page.getByText(/Fullbokad|fulltecknad/).count()).toBeGreaterThan(0);
  await expectAccessible(page, "fully booked public page on a phone");
  await fillPublicForm(page, SECOND);
  await page.getByRole("button", { name: "Ställ dig på väntelistan" }).click();
  await expectH1(page, "Titta i din e-post");
  await expectAccessible(page, "check your e-mail on a phone");

  const mail = await mailWith(SECOND.email, "Bekräfta din anmälan");
  await page.goto(linkIn(mail, /\/bekrafta$/));
  await page.getByRole("button", { name: "Bekräfta min anmälan" }).click();
  await expectH1(page, "Tack! Du står på väntelistan");
  await expectAccessible(page, "waitlisted notice on a phone");
  await page.getByRole("link", { name: "Se din anmälan" }).click();
  await expectH1(page, "Din anmälan");
  await expect.poll(() => page.getByText(/Du står på väntelistan, som nummer 1/).count()).toBe(1);
  secondOwnPath = new URL(page.url()).pathname;
  await expectAccessible(page, "own registration on the waitlist");
  await context.close();
});

it("the first cancels from their own link and the second is promoted", async () => {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    viewport: DESKTOP,
    baseURL: baseUrl(),
    locale: "sv-SE",
  });
  const page = await context.newPage();
  await page.goto(firstOwnPath);
  await expectH1(page, "Din anmälan");
  await page.getByRole("button", { name: "Avboka min anmälan" }).click();
  await expectH1(page, "Din anmälan är avbokad");
  await expectAccessibleWithoutJs(page, "cancelled notice");
  await context.close();

  const mail = await mailWith(SECOND.email, "Du har fått en plats");
  expect(mail.text).toContain(TITLE);
  const phone = await newContext(browser, PHONE);
  const own = await phone.newPage();
  await own.goto(secondOwnPath);
  await expectH1(own, "Din anmälan");
  await expect.poll(() => own.getByText("Du har en plats på utbildningen.").count()).toBe(1);
  await expectAccessible(own, "own registration after promotion, on a phone");
  await phone.close();
});

it("the organiser sees the registrations and checks the second in on a phone", async () => {
  const desktop = await newContext(browser);
  const page = await desktop.newPage();
  await signIn(page, "arrangor@exempelkommunen.se");
  await page.waitForURL(/\/o\//);
  await page.goto(eventPath);
  await expectH1(page, TITLE);
  const table = page.getByRole("table", { name: `Anmälda till ${TITLE}` });
  await expect.poll(() => table.getByRole("row").count(), { timeout: 10_000 }).toBe(3);
  await expect
    .poll(() => table.getByRole("row", { name: new RegExp(SECOND.name) }).textContent())
    .toContain("Har plats");
  await expect
    .poll(() => table.getByRole("row", { name: new RegExp(FIRST.name) }).textContent())
    .toContain("Avbokad");
  await expectAccessible(page, "event page with registrations");
  await desktop.close();

  const phone = await newContext(browser, PHONE);
  const mobile = await phone.newPage();
  await signIn(mobile, "arrangor@exempelkommunen.se");
  await mobile.waitForURL(/\/o\//);
  await mobile.goto(`${eventPath}/narvaro`);
  await expectH1(mobile, "Närvaro");
  const count = mobile.getByText(/av 1 närvarande/);
  await expect.poll(() => count.textContent()).toBe("0 av 1 närvarande");
  expect(await count.getAttribute("aria-live")).toBe("polite");
  await expectAccessible(mobile, "check-in on a phone");
  await mobile.getByRole("searchbox", { name: "Sök namn eller organisation" }).fill("bo med");
  const toggle = mobile.getByRole("button", { name: `Närvarande: ${SECOND.name}` });
  expect(await toggle.getAttribute("aria-pressed")).toBe("false");
  await toggle.click();
  await expect.poll(() => toggle.getAttribute("aria-pressed")).toBe("true");
  await expect.poll(() => count.textContent()).toBe("1 av 1 närvarande");
  await expectAccessible(mobile, "check-in after marking present");
  await shot(mobile, "check-in-phone");

  // Still present after a reload: the server kept it.
  await mobile.reload();
  await expectH1(mobile, "Närvaro");
  await expect.poll(() => count.textContent()).toBe("1 av 1 närvarande");
  await phone.close();
});

it("every organiser page passes axe at desktop and phone width, and is photographed", async () => {
  const events = (await (
    await admin.request.get(`${baseUrl()}/api/organisations/${organisationId}/events`)
  ).json()) as { events: { id: string; status: string; details: { title: string } }[] };
  const held = events.events.find((e) => e.status === "held");
  expect(held, "the demo's held event").toBeDefined();
  const base = `/o/${organisationId}/utbildningar`;
  const pages: [string, string, string][] = [
    ["list", base, "Utbildningar"],
    ["new", `${base}/ny`, "Ny utbildning"],
    ["event", eventPath, TITLE],
    ["edit", `${eventPath}/redigera`, `Redigera ”${TITLE}”`],
    ["check-in", `${eventPath}/narvaro`, "Närvaro"],
    ["held-event", `${base}/${held!.id}`, held!.details.title],
  ];
  for (const [viewportName, viewport] of [
    ["desktop", DESKTOP],
    ["phone", PHONE],
  ] as const) {
    const context = await newContext(browser, viewport);
    const page = await context.newPage();
    await signIn(page, "arrangor@exempelkommunen.se");
    await page.waitForURL(/\/o\//);
    for (const [name, path, h1] of pages) {
      await page.goto(path);
      await expectH1(page, h1);
      await expect.poll(() => page.locator(".loading").count(), { timeout: 10_000 }).toBe(0);
      await expectAccessible(page, `${name} at ${viewportName} width`);
      await shot(page, `${name}-${viewportName}`);
    }
    // The dialogs that ask before something others notice: opened, checked and closed unused.
    await page.goto(eventPath);
    await expectH1(page, TITLE);
    await page.getByRole("button", { name: "Ställ in utbildningen" }).click();
    const cancel = page.getByRole("alertdialog", { name: "Ställ in utbildningen?" });
    await expect.poll(() => cancel.count()).toBe(1);
    await expectAccessible(page, `cancel dialog at ${viewportName} width`);
    await shot(page, `cancel-dialog-${viewportName}`, false);
    await page.keyboard.press("Escape");
    await expect.poll(() => cancel.count()).toBe(0);
    await page.getByRole("button", { name: `Avboka ${SECOND.name}` }).click();
    const unregister = page.getByRole("alertdialog", { name: `Avboka ${SECOND.name}?` });
    await expect.poll(() => unregister.count()).toBe(1);
    await expectAccessible(page, `cancel registration dialog at ${viewportName} width`);
    await page.keyboard.press("Escape");
    await expect.poll(() => unregister.count()).toBe(0);
    await context.close();
  }
});

it("the editor works with the keyboard alone, and focus stays where one goes on", async () => {
  const context = await newContext(browser);
  const page = await context.newPage();
  await signIn(page, "arrangor@exempelkommunen.se");
  await page.waitForURL(/\/o\//);
  await page.goto(`/o/${organisationId}/utbildningar/ny`);
  await expectH1(page, "Ny utbildning");
  const focused = () =>
    page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      return (
        element?.getAttribute("aria-label") ??
        element?.closest("[data-field]")?.getAttribute("data-field") ??
        element?.textContent?.trim() ??
        ""
      );
    });
  const press = async (locator: ReturnType<Page["getByRole"]>, key = "Enter") => {
    await locator.focus();
    await page.keyboard.press(key);
  };

  await page.getByRole("textbox", { name: "Titel" }).focus();
  await page.keyboard.type("Tangentbordets dag");
  const day = page.getByRole("region", { name: "Dag 1" });
  await day.getByRole("group", { name: "Datum" }).getByRole("spinbutton").first().focus();
  await page.keyboard.type(dayFromToday(60).replaceAll("-", ""));
  // Adding an item puts focus in its first field, ready to type.
  await press(day.getByRole("button", { name: "Lägg till programpunkt dag 1" }));
  await expect.poll(focused).toBe("days-0-programme-0-start");
  const first = day.getByRole("group", { name: "Programpunkt 1 dag 1" });
  await first.getByRole("textbox", { name: "Slut" }).focus();
  await page.keyboard.type("10:00");
  await first.getByRole("textbox", { name: "Rubrik" }).focus();
  await page.keyboard.type("Först");
  await press(day.getByRole("button", { name: "Lägg till programpunkt dag 1" }));
  await expect.poll(focused).toBe("days-0-programme-1-start");
  const second = day.getByRole("group", { name: "Programpunkt 2 dag 1" });
  await second.getByRole("textbox", { name: "Slut" }).focus();
  await page.keyboard.type("11:00");
  await second.getByRole("textbox", { name: "Rubrik" }).focus();
  await page.keyboard.type("Sedan");

  // Moving the second up keeps focus on the moved item (now first, so on its "down" button).
  await press(day.getByRole("button", { name: "Flytta upp Programpunkt 2 dag 1" }));
  await expect.poll(focused).toBe("Flytta ned Programpunkt 1 dag 1");
  await expect
    .poll(() => first.getByRole("textbox", { name: "Rubrik" }).inputValue())
    .toBe("Sedan");
  // Space works as well as Enter on a button.
  await press(day.getByRole("button", { name: "Ta bort Programpunkt 2 dag 1" }), "Space");
  await expect
    .poll(() => day.getByRole("group", { name: /Programpunkt \d dag 1/ }).count())
    .toBe(1);
  await expect.poll(focused).not.toBe("");
  await expect
    .poll(() => page.evaluate(() => document.activeElement === document.body))
    .toBe(false);

  // Saved with the keyboard; the draft opens, and is deleted with the keyboard too.
  await press(page.getByRole("button", { name: "Spara utkast" }));
  await expectH1(page, "Tangentbordets dag");
  await press(page.getByRole("button", { name: "Ta bort utkastet" }));
  const dialog = page.getByRole("alertdialog", { name: "Ta bort utkastet?" });
  await expect.poll(() => dialog.count()).toBe(1);
  await press(dialog.getByRole("button", { name: "Ta bort" }));
  await expectH1(page, "Utbildningar");
  await expect.poll(() => page.getByText("Tangentbordets dag").count()).toBe(0);
  await context.close();
});
