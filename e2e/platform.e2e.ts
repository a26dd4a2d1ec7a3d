import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  DESKTOP,
  expectAccessible,
  expectH1,
  launch,
  newContext,
  onlyOneH1,
  PHONE,
  screenshot,
  signIn,
  signInAndOpen,
} from "./browser.ts";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const ALL_PAGES = [
  "Översikt",
  "Aktiva åtgärder",
  "Lärrum",
  "Arbetsböcker",
  "Lönekartläggning",
  "Utbildningar",
  "Stöd vid våld",
  "Medlemmar",
  "Enheter",
  "Inställningar",
  "Händelselogg",
  "Utgående e-post",
];
/** The pages of everyone who works with the active measures (not participants). */
const WORK_PAGES = ["Översikt", "Aktiva åtgärder", "Lärrum", "Arbetsböcker", "Stöd vid våld"];
/** The same with the pay survey, for those who see pay figures (all but safety representatives). */
const PAY_PAGES = [
  "Översikt",
  "Aktiva åtgärder",
  "Lärrum",
  "Arbetsböcker",
  "Lönekartläggning",
  "Stöd vid våld",
];
const ROLES: [string, string[]][] = [
  ["admin", ALL_PAGES],
  [
    "hr",
    [
      ...PAY_PAGES.slice(0, 5),
      "Utbildningar",
      "Stöd vid våld",
      "Medlemmar",
      "Enheter",
      "Inställningar",
    ],
  ],
  ["chef", [...PAY_PAGES, "Medlemmar", "Enheter"]],
  ["fack", [...PAY_PAGES, "Medlemmar", "Enheter"]],
  ["skyddsombud", [...WORK_PAGES, "Medlemmar", "Enheter"]],
  ["deltagare", ["Översikt", "Lärrum", "Stöd vid våld", "Enheter"]],
];

async function goToOrganisation(page: Page, name: string) {
  if ((await onlyOneH1(page)) === name) return;
  await page.getByRole("button", { name: /Byt organisation/ }).click();
  await page.getByRole("option", { name }).click();
  await expect.poll(() => onlyOneH1(page)).toBe(name);
}

/** Signs the admin in and opens Exempelkommunen's members page; returns the page navigation. */
async function openMembersAsAdmin(page: Page) {
  await signIn(page, "admin@exempelkommunen.se");
  await page.waitForURL(/\/o\//);
  await goToOrganisation(page, "Exempelkommunen");
  const nav = page.getByRole("navigation", { name: "Sidor för Exempelkommunen" });
  await nav.getByRole("link", { name: "Medlemmar" }).click();
  await expectH1(page, "Medlemmar");
  return nav;
}

async function signOut(page: Page) {
  await page.getByRole("button", { name: /^Användarmeny för/ }).click();
  await page.getByRole("menuitem", { name: "Logga ut" }).click();
  await page.waitForURL(/\/logga-in/);
}

describe("every demo role", () => {
  for (const [local, pages] of ROLES) {
    it(`${local}@ signs in, sees only its pages, each passes axe, and signs out`, async () => {
      const context = await newContext(browser);
      const page = await context.newPage();
      await signIn(page, `${local}@exempelkommunen.se`);
      await page.waitForURL(/\/o\/[0-9a-f-]+$/);
      await goToOrganisation(page, "Exempelkommunen");
      const nav = page.getByRole("navigation", { name: "Sidor för Exempelkommunen" });
      await expect.poll(() => nav.getByRole("link").allTextContents()).toEqual(pages);
      for (const name of pages.slice(1)) {
        await nav.getByRole("link", { name, exact: true }).click();
        // After a page change focus moves to the new page's heading, for screen readers and keyboards.
        await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe("H1");
        await page.waitForLoadState("networkidle");
        await onlyOneH1(page);
        expect(await page.title()).toContain("Aktiva");
        await expectAccessible(page, `${local}: ${name}`);
        if (local === "admin") await screenshot(page, `desktop-${name}`);
      }
      await nav.getByRole("link", { name: "Översikt", exact: true }).click();
      await expectH1(page, "Exempelkommunen");
      await expectAccessible(page, `${local}: Översikt`);
      await page.goto("/profil");
      await expectH1(page, "Din profil");
      await expectAccessible(page, `${local}: Profil`);
      await signOut(page);
      // The session is gone: an organisation page sends you back to sign in.
      await page.goBack();
      await page.waitForURL(/\/logga-in/);
      await context.close();
    });
  }
});

describe("the shell", () => {
  it("works at phone width with the navigation behind a menu button", async () => {
    const context = await newContext(browser, PHONE);
    const page = await context.newPage();
    await signIn(page, "admin@exempelkommunen.se");
    await page.waitForURL(/\/o\//);
    await goToOrganisation(page, "Exempelkommunen");
    await page.getByRole("button", { name: "Meny", exact: true }).click();
    await page
      .getByRole("navigation", { name: "Sidor för Exempelkommunen" })
      .getByRole("link", { name: "Medlemmar" })
      .click();
    await expectH1(page, "Medlemmar");
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await expectAccessible(page, "phone: Medlemmar");
    await screenshot(page, "phone-Medlemmar");
    await context.close();
  });

  it("switches to English and back, with the page language following", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signInAndOpen(page, "hr@exempelkommunen.se", "Medlemmar");
    await page.getByRole("button", { name: "English" }).click();
    await expectH1(page, "Members");
    expect(await page.getAttribute("html", "lang")).toBe("en");
    await expectAccessible(page, "English: Members");
    // The choice is kept for the account.
    await page.reload();
    await expectH1(page, "Members");
    await page.getByRole("button", { name: "Svenska" }).click();
    await expectH1(page, "Medlemmar");
    expect(await page.getAttribute("html", "lang")).toBe("sv");
    await context.close();
  });

  it("is usable by keyboard alone: skip link first, sign-in by typing", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto("/logga-in");
    await expectH1(page, "Logga in");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      "Hoppa till huvudinnehållet",
    );
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.closest("main") !== null)).toBe(true);
    await page.getByLabel("E-postadress").focus();
    await page.keyboard.type("chef@exempelkommunen.se");
    await page.keyboard.press("Tab");
    await page.keyboard.type("e2e-demo-losenord");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/o\//);
    await expectH1(page, "Exempelkommunen");
    await context.close();
  });

  it("explains a wrong password in Swedish, accessibly", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, "deltagare@exempelkommunen.se", "fel-lösenord-här");
    await expect
      .poll(() => page.getByRole("alert").first().textContent())
      .toContain("Fel e-postadress eller lösenord.");
    expect(page.url()).toMatch(/\/logga-in/);
    await expectAccessible(page, "sign-in with error");
    await context.close();
  });
});

describe("inviting a colleague", () => {
  it("the admin invites, the e-mail is read in the outbox, the colleague accepts and is signed in", async () => {
    const admin = await newContext(browser);
    const page = await admin.newPage();
    const nav = await openMembersAsAdmin(page);
    await page.getByRole("textbox", { name: "E-postadress" }).fill("ny.kollega@exempelkommunen.se");
    await page.getByRole("button", { name: /Roll/ }).click();
    await page.getByRole("option", { name: "Skyddsombud" }).click();
    await page.getByRole("button", { name: "Skicka inbjudan" }).click();
    await expect
      .poll(() => page.getByRole("status").allTextContents())
      .toEqual(expect.arrayContaining([expect.stringContaining("ny.kollega@exempelkommunen.se")]));
    await expectAccessible(page, "members after inviting");

    await nav.getByRole("link", { name: "Utgående e-post" }).click();
    await page
      .getByRole("button", { name: "Läs Inbjudan till Exempelkommunen i Aktiva" })
      .first()
      .click();
    const dialog = page.getByRole("dialog");
    const text = (await dialog.textContent()) ?? "";
    expect(text).toContain("Alva Administratör har bjudit in dig till Exempelkommunen");
    await expectAccessible(page, "outbox with the mail open");
    const link = /http:\/\/[^\s]+\/inbjudan\/[\w-]+/.exec(text)?.[0];
    expect(link).toBeDefined();
    await page.keyboard.press("Escape");
    await signOut(page);

    const colleague = await newContext(browser);
    const invited = await colleague.newPage();
    await invited.goto(new URL(link!).pathname);
    await expectH1(invited, "Inbjudan till Exempelkommunen");
    await expectAccessible(invited, "invitation page");
    await invited.getByLabel("Namn").fill("Nils Nykomling");
    await invited.getByLabel("Nytt lösenord").fill("ett-eget-lösenord");
    await invited.getByLabel("Skriv det nya lösenordet igen").fill("ett-eget-lösenord");
    await invited.getByRole("button", { name: "Skapa konto och gå med" }).click();
    await invited.waitForURL(/\/o\/[0-9a-f-]+$/);
    await expectH1(invited, "Exempelkommunen");
    expect(await invited.getByText("Din roll här är Skyddsombud.").count()).toBe(1);
    await signOut(invited);
    await admin.close();
    await colleague.close();
  });
});

describe("designating a union representative for the pay survey", () => {
  it("the admin ticks the box in the edit dialog with the keyboard, saves, and the list says so", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await openMembersAsAdmin(page);
    const frans = page.getByRole("row", { name: /Frans Facklig/ });
    const designated = "Ser enskildas löner i lönekartläggningen";

    /** Opens Frans's edit dialog, flips the box (with the mouse or the keyboard) and saves. */
    const save = async (tick: "mouse" | "keyboard") => {
      await frans.getByRole("button", { name: "Ändra Frans Facklig" }).click();
      const dialog = page.getByRole("dialog", { name: /Frans Facklig/ });
      await expect.poll(() => dialog.count()).toBe(1);
      const box = dialog.getByRole("checkbox", { name: "Utsedd för lönekartläggningen" });
      const before = await box.isChecked();
      if (tick === "mouse") {
        await box.click({ force: true });
      } else {
        // Tab through the dialog's fields until the box has focus, then tick it with Space.
        for (let i = 0; i < 20 && !(await box.evaluate((el) => el === document.activeElement)); i++)
          await page.keyboard.press("Tab");
        expect(await box.evaluate((el) => el === document.activeElement)).toBe(true);
        await expectAccessible(page, "edit member dialog");
        await page.keyboard.press("Space");
      }
      await expect.poll(() => box.isChecked()).toBe(!before);
      await dialog.getByRole("button", { name: "Spara" }).click();
      await expect.poll(() => dialog.count()).toBe(0);
    };

    // The demo designates Frans; take it away first, so the journey starts from an undesignated rep.
    await expect.poll(() => frans.textContent()).toContain(designated);
    await save("mouse");
    await expect.poll(() => frans.textContent()).not.toContain(designated);

    await save("keyboard");
    await expect.poll(() => frans.textContent()).toContain(designated);
    // Saved on the server, not just in the page.
    await page.reload();
    await expectH1(page, "Medlemmar");
    await expect.poll(() => frans.textContent()).toContain(designated);
    await context.close();
  });
});

it("shows the desktop layout without horizontal scrolling on a projector", async () => {
  const context = await newContext(browser, DESKTOP);
  const page = await context.newPage();
  await page.goto("/logga-in");
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(
    true,
  );
  await expectAccessible(page, "sign-in page");
  await context.close();
});
