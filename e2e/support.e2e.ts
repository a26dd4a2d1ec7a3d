import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
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
 * Stöd vid våld: an admin adds the organisation's own contact with the keyboard only; a
 * participant then finds it, together with the national lines and their sources, on a phone
 * and on a desktop. axe runs on the page at both widths and on the form.
 */
let browser: Browser;
const PAGE = "Stöd vid våld";
const CONTACT = "Företagshälsovården Exempel";

beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const isFocused = (target: Locator) =>
  target.evaluate((element) => element === document.activeElement).catch(() => false);

/** Presses Tab until `target` has focus, the way a keyboard user gets there. */
async function tabTo(page: Page, target: Locator, max = 150) {
  await expect.poll(() => target.count(), { message: `${target} is on the page, once` }).toBe(1);
  for (let i = 0; i < max; i++) {
    if (await isFocused(target)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${target}`);
}

/** Exempelkommunen's id: where the participant, a member of it only, lands after signing in. */
let organisationId: string;
beforeAll(async () => {
  const context = await newContext(browser);
  const page = await context.newPage();
  await signIn(page, "deltagare@exempelkommunen.se");
  await page.waitForURL(/\/o\//);
  organisationId = new URL(page.url()).pathname.split("/")[2]!;
  await context.close();
});

/** Signs in and opens Exempelkommunen's support page (the admin is a member of two). */
async function openSupportPage(page: Page, email: string) {
  await signIn(page, email);
  await page.waitForURL(/\/o\//);
  await page.goto(`/o/${organisationId}/stod`);
  await expectH1(page, PAGE);
}

it("lets an admin add a contact with the keyboard", async () => {
  const context = await newContext(browser, DESKTOP);
  const page = await context.newPage();
  await openSupportPage(page, "admin@exempelkommunen.se");
  await expectAccessible(page, "the support page as admin, before any contact");

  await tabTo(page, page.getByRole("button", { name: "Lägg till kontakt" }));
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "Lägg till en kontakt" });
  await expect.poll(() => dialog.count()).toBe(1);
  // The name field has focus when the dialog opens.
  await expect.poll(() => isFocused(dialog.getByLabel("Namn"))).toBe(true);
  await page.keyboard.type("X");
  await page.keyboard.press("Backspace");
  await page.keyboard.type(CONTACT);

  // The audience: arrow keys in the radio group.
  await tabTo(page, dialog.getByRole("radio", { name: "För dig som utsätts för våld" }));
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  expect(await dialog.getByRole("radio", { name: "För alla" }).isChecked()).toBe(true);

  await tabTo(page, dialog.getByLabel(/Vad kontakten kan hjälpa till med/));
  await page.keyboard.type("Samtalsstöd för alla medarbetare. Du får vara anonym.");
  await tabTo(page, dialog.getByLabel(/Telefonnummer/));
  await page.keyboard.type("ring oss");
  await tabTo(page, dialog.getByLabel(/Webbadress/));
  await page.keyboard.type("https://fhv.exempel.se");
  await expectAccessible(page, "the contact form");

  // A phone number in words is refused with a message that names the field.
  await tabTo(page, dialog.getByRole("button", { name: "Lägg till", exact: true }));
  await page.keyboard.press("Enter");
  const summary = dialog.getByRole("alert");
  await expect.poll(() => summary.textContent()).toContain("Telefonnummer");
  await expect.poll(() => summary.textContent()).toContain("Skriv telefonnumret med siffror");
  await screenshot(page, "support-form-error");

  const phone = dialog.getByLabel(/Telefonnummer/);
  await tabTo(page, phone);
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type("010-123 45 67");
  await tabTo(page, dialog.getByRole("button", { name: "Lägg till", exact: true }));
  await page.keyboard.press("Enter");
  await expect.poll(() => dialog.count()).toBe(0);
  await expect
    .poll(() => page.locator(".support-page [role=status]").textContent())
    .toContain(`${CONTACT} har lagts till`);

  const card = page.locator(".support-card", { hasText: CONTACT });
  await expect.poll(() => card.count()).toBe(1);
  expect(await card.getByRole("link", { name: /010-123 45 67/ }).getAttribute("href")).toBe(
    "tel:0101234567",
  );
  await expectAccessible(page, "the support page as admin, with a contact");
  await screenshot(page, "support-admin-desktop");

  // Printed for the notice board: no navigation or buttons, web addresses written out.
  await page.emulateMedia({ media: "print" });
  expect(await page.locator(".org-nav").isVisible()).toBe(false);
  expect(await page.getByRole("button", { name: "Skriv ut" }).isVisible()).toBe(false);
  expect(await card.textContent()).toContain("(https://fhv.exempel.se)");
  await screenshot(page, "support-print");
  await page.emulateMedia({ media: "screen" });
  await context.close();
});

it("tells an admin when someone else changed the contact first, and asks before removing", async () => {
  const context = await newContext(browser, DESKTOP);
  const page = await context.newPage();
  await openSupportPage(page, "admin@exempelkommunen.se");
  await tabTo(page, page.getByRole("button", { name: `Ändra ${CONTACT}` }));
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: `Ändra ${CONTACT}` });
  await expect.poll(() => dialog.count()).toBe(1);

  // Meanwhile someone else saves a change to the same contact.
  const status = await page.evaluate(async (organisation) => {
    const base = `/api/organisations/${organisation}/support-contacts`;
    const { token } = await (await fetch("/api/csrf-token")).json();
    const list = await (await fetch(base)).json();
    const contact = list.contacts[0];
    const res = await fetch(`${base}/${contact.id}`, {
      method: "PATCH",
      headers: { "content-type": "application/json", "x-csrf-token": token },
      body: JSON.stringify({ description: "Ändrad av någon annan.", version: contact.version }),
    });
    return res.status;
  }, organisationId);
  expect(status).toBe(200);

  await tabTo(page, dialog.getByRole("button", { name: "Spara" }));
  await page.keyboard.press("Enter");
  await expect
    .poll(() => dialog.getByRole("alert").textContent())
    .toContain("Någon annan har ändrat kontakten");
  await screenshot(page, "support-conflict");
  await page.keyboard.press("Escape");
  await expect.poll(() => dialog.count()).toBe(0);
  await expect
    .poll(() => page.locator(".support-card", { hasText: CONTACT }).textContent())
    .toContain("Ändrad av någon annan.");

  // Removing asks first; cancelling keeps the contact.
  await tabTo(page, page.getByRole("button", { name: `Ta bort ${CONTACT}` }));
  await page.keyboard.press("Enter");
  const confirm = page.getByRole("alertdialog", { name: `Ta bort ${CONTACT}?` });
  await expect.poll(() => confirm.count()).toBe(1);
  await expectAccessible(page, "the removal confirmation");
  await page.keyboard.press("Escape");
  await expect.poll(() => confirm.count()).toBe(0);
  expect(await page.locator(".support-card", { hasText: CONTACT }).count()).toBe(1);
  await context.close();
});

it("shows a participant the organisation's contact and the national lines, on a phone too", async () => {
  for (const [viewport, name] of [
    [PHONE, "phone"],
    [DESKTOP, "desktop"],
  ] as const) {
    const context = await newContext(browser, viewport);
    const page = await context.newPage();
    await openSupportPage(page, "deltagare@exempelkommunen.se");

    // Own contact, grouped by who it is for.
    const own = page.getByRole("region", { name: /^Inom / });
    await expect.poll(() => own.getByRole("heading", { name: CONTACT }).count()).toBe(1);
    await expect.poll(() => own.getByRole("heading", { name: "För alla" }).count()).toBe(1);
    // Participants read; they cannot change anything.
    expect(await page.getByRole("button", { name: "Lägg till kontakt" }).count()).toBe(0);
    expect(await page.getByRole("button", { name: /^Ändra/ }).count()).toBe(0);

    // The emergency number first, then the national lines with a cited source.
    expect(await page.getByRole("link", { name: "Ring 112" }).getAttribute("href")).toBe("tel:112");
    const national = page.getByRole("region", { name: "Nationella stödlinjer" });
    const women = national.locator(".support-card", { hasText: "Kvinnofridslinjen" }).first();
    expect(await women.getByRole("link", { name: /020-50 50 50/ }).getAttribute("href")).toBe(
      "tel:020505050",
    );
    expect(await women.textContent()).toContain("kontrollerad 24 november 2026");
    const stop = national.locator(".support-card", { hasText: "Välj att sluta" });
    expect(await stop.textContent()).toContain("020-555 666");
    await expect
      .poll(() =>
        national.getByRole("heading", { name: "För dig som använder våld och vill sluta" }).count(),
      )
      .toBe(1);

    await expectAccessible(page, `the support page for a participant (${name})`);
    await screenshot(page, `support-participant-${name}`);
    await context.close();
  }
});
