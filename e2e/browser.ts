import { mkdirSync, readFileSync } from "node:fs";
import { AxeBuilder } from "@axe-core/playwright";
import {
  type Browser,
  type BrowserContext,
  chromium,
  type Download,
  type Page,
} from "playwright-core";
import { expect, inject } from "vitest";

import { DEMO_PASSWORD } from "./global-setup.ts";
export const baseUrl = () => inject("baseUrl");

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

export const DESKTOP = { width: 1920, height: 1080 };
export const PHONE = { width: 390, height: 844 };

export function newContext(browser: Browser, viewport = DESKTOP): Promise<BrowserContext> {
  return browser.newContext({ viewport, baseURL: baseUrl(), locale: "sv-SE" });
}

/** Scans the page as it is now for WCAG 2.1 A and AA problems; any violation fails the test with its details. */
export async function expectAccessible(page: Page, what: string) {
  const result = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  const problems = result.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(" "))
        .slice(0, 3)
        .join(", ")}`,
  );
  expect(problems, `axe on ${what}`).toEqual([]);
}

/** Saves a screenshot for people to look at (not compared by the tests). */
export async function screenshot(page: Page, name: string) {
  mkdirSync("e2e/screenshots", { recursive: true });
  await page.screenshot({ path: `e2e/screenshots/${name}.png`, fullPage: true });
}

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/logga-in");
  await page.getByLabel("E-postadress").fill(email);
  await page.getByLabel("Lösenord", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Logga in" }).click();
}

/** The page's only h1, once there is exactly one. */
export async function onlyOneH1(page: Page) {
  await expect.poll(() => page.locator("h1").count()).toBe(1);
  return (await page.locator("h1").textContent())?.trim();
}

/** Waits until the page has exactly one h1 and it reads `text`. */
export async function expectH1(page: Page, text: string) {
  await expect.poll(() => onlyOneH1(page), { timeout: 10_000 }).toBe(text);
}

/** Signs in and opens one of Exempelkommunen's pages from its navigation. */
export async function signInAndOpen(page: Page, email: string, pageName: string) {
  await signIn(page, email);
  await page.waitForURL(/\/o\//);
  await page
    .getByRole("navigation", { name: "Sidor för Exempelkommunen" })
    .getByRole("link", { name: pageName })
    .click();
  await expectH1(page, pageName);
}

/** The bytes of a file the page downloaded. */
export async function downloaded(download: Download): Promise<Buffer> {
  return readFileSync((await download.path())!);
}
