import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import {
  expectAccessible,
  expectH1,
  launch,
  newContext,
  PHONE,
  signIn,
  signInAndOpen,
} from "./browser.ts";

/** The pages outside an organisation: password help, errors, accessibility statement, a new organisation. */
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

it("asks for a reset link without telling whether the address has an account", async () => {
  for (const viewport of [undefined, PHONE]) {
    const context = await newContext(browser, viewport);
    const page = await context.newPage();
    await page.goto("/logga-in");
    await page.getByRole("link", { name: "Har du glömt lösenordet?" }).click();
    await expectH1(page, "Glömt lösenordet");
    await expectAccessible(page, "forgot password");
    await page.getByLabel("E-postadress").fill("finns.inte@exempelkommunen.se");
    await page.getByRole("button", { name: "Skicka länk" }).click();
    await expect
      .poll(() =>
        page.getByText(/Om det finns ett konto för finns\.inte@exempelkommunen\.se/).count(),
      )
      .toBe(1);
    await expectAccessible(page, "forgot password, sent");
    await context.close();
  }
});

it("explains an invalid reset link", async () => {
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.goto("/aterstall-losenord?token=ogiltig-token-1234567890");
  await expectH1(page, "Välj nytt lösenord");
  await page.getByLabel("Nytt lösenord").fill("ett-nytt-lösenord");
  await page.getByLabel("Skriv det nya lösenordet igen").fill("ett-nytt-lösenord");
  await page.getByRole("button", { name: "Spara nytt lösenord" }).click();
  await expect
    .poll(() => page.getByRole("alert").allTextContents())
    .toEqual(
      expect.arrayContaining([
        expect.stringContaining("Länken är ogiltig, redan använd eller för gammal."),
      ]),
    );
  await expectAccessible(page, "reset password with error");
  await page.goto("/aterstall-losenord");
  await expectH1(page, "Länken är inte fullständig");
  await context.close();
});

it("has an accessibility statement and a clear not-found page", async () => {
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.goto("/tillganglighet");
  await expectH1(page, "Tillgänglighet i Aktiva");
  await expectAccessible(page, "accessibility statement");
  await page.goto("/finns-inte-alls");
  await expectH1(page, "Sidan finns inte");
  await expectAccessible(page, "not found");
  await context.close();
});

it("creates a new organisation, with the organisationsnummer checked", async () => {
  const context = await newContext(browser);
  const page = await context.newPage();
  await signIn(page, "skyddsombud@exempelkommunen.se");
  await page.waitForURL(/\/o\//);
  await page.goto("/ny-organisation");
  await expectH1(page, "Skapa ny organisation");
  await page.getByLabel("Organisationens namn").fill("Skyddsföreningen");
  await page.getByLabel("Organisationsnummer").fill("802000-0000");
  await page.getByRole("button", { name: /Sektor/ }).click();
  await page.getByRole("option", { name: "Ideell" }).click();
  await page.getByRole("button", { name: "Skapa organisation" }).click();
  await expect
    .poll(() =>
      page.getByText("Organisationsnumret är inte giltigt: kontrollsiffran stämmer inte.").count(),
    )
    .toBeGreaterThan(0);
  await expectAccessible(page, "new organisation with an error");
  await page.getByLabel("Organisationsnummer").fill("802000-0009");
  await page.getByRole("button", { name: "Skapa organisation" }).click();
  await page.waitForURL(/\/o\/[0-9a-f-]+$/);
  await expectH1(page, "Skyddsföreningen");
  await expectAccessible(page, "the new organisation's overview");
  await context.close();
});

it("adds and deletes a unit by keyboard-friendly dialogs, and keeps focus on the page after the delete", async () => {
  const context = await newContext(browser);
  const page = await context.newPage();
  await signInAndOpen(page, "hr@exempelkommunen.se", "Enheter");
  await page.getByRole("button", { name: "Lägg till enhet" }).click();
  await page.getByRole("dialog").getByLabel("Enhetens namn").fill("Tillfällig enhet");
  await page.getByRole("dialog").getByRole("button", { name: "Lägg till" }).click();
  await expect
    .poll(() => page.getByRole("status").allTextContents())
    .toEqual(expect.arrayContaining(["Tillfällig enhet är tillagd."]));

  await page.getByRole("button", { name: "Åtgärder för Tillfällig enhet" }).click();
  await page.getByRole("menuitem", { name: "Ta bort" }).click();
  const confirm = page.getByRole("alertdialog");
  await expectAccessible(page, "delete unit dialog");
  await confirm.getByRole("button", { name: "Ta bort" }).click();
  await expect
    .poll(() => page.getByRole("status").allTextContents())
    .toEqual(expect.arrayContaining(["Tillfällig enhet är borttagen."]));
  await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe("H1");
  await expect.poll(() => page.getByText("Tillfällig enhet", { exact: true }).count()).toBe(0);
  await context.close();
});
