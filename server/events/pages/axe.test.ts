import { mkdirSync } from "node:fs";
import { AxeBuilder } from "@axe-core/playwright";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { validateEvaluation } from "../../../core/events/evaluation.ts";
import { validateRegistration } from "../../../core/events/registration.ts";
import { renderEvaluationForm } from "./evaluation-page.ts";
import { renderEventPage } from "./event-page.ts";
import { ACTIONS, closesAtOf, context, STATES, sampleEvent } from "./fixtures.test-helper.ts";
import { postedRegistration } from "./form.ts";
import { renderEventList } from "./list-page.ts";
import {
  NOTICES,
  renderConfirm,
  renderMyRegistration,
  renderNotice,
  renderRegistered,
} from "./notice-pages.ts";

/**
 * Every page in headless Chromium: no axe violations for WCAG 2.1 A and AA at a desktop and a
 * phone width, no sideways scrolling at those widths and at 640 px (1280 px at 200 % zoom), and
 * a screenshot of each in /tmp/event-pages for people to look at.
 */

const SHOTS = "/tmp/event-pages";
const WIDTHS = [1280, 390] as const;
/** 1280 px at 200 % zoom lays out like a 640 px wide window. */
const ZOOMED = 640;

const event = sampleEvent({ onlineUrl: "https://meet.example.se/aktiva-atgarder" });
const closesAt = closesAtOf(event);
const registration = {
  name: "Anna Andersson",
  email: "anna.andersson@example.se",
  organisation: "Malmö stad",
  role: "HR-strateg",
  diet: "Vegetarisk",
  accessibility: "Hörslinga",
  answers: { days: "Båda dagarna", book: "yes" },
  status: "confirmed" as const,
  waitlistPosition: null,
};

function registrationWithProblems() {
  const values = {
    name: "Anna",
    email: "anna@",
    organisation: "",
    "answers.days": "Bara dag 1",
    website: "",
  };
  const result = validateRegistration(postedRegistration(values), event.questions);
  return { values, problems: result.kind === "invalid" ? result.problems : [] };
}

function evaluationWithProblems() {
  const values = { overall: "0", usefulness: "4", best: "Övningarna" };
  const result = validateEvaluation(values);
  return { values, problems: result.ok ? [] : result.problems };
}

const PAGES: Record<string, () => string> = {
  "event-open": () =>
    renderEventPage({ ...context(), event, state: STATES.open!, closesAt, actions: ACTIONS }),
  "event-full-with-problems": () =>
    renderEventPage({
      ...context(),
      event,
      state: STATES.fullyBooked!,
      closesAt,
      actions: ACTIONS,
      form: registrationWithProblems(),
    }),
  "event-closed-en": () =>
    renderEventPage({ ...context("en"), event, state: STATES.closed!, closesAt, actions: ACTIONS }),
  "event-not-yet-open": () =>
    renderEventPage({
      ...context(),
      event,
      state: STATES.notYetOpen!,
      closesAt,
      actions: ACTIONS,
    }),
  list: () =>
    renderEventList({
      ...context(),
      events: [
        { event, state: STATES.open!, closesAt, url: "/e/x/1" },
        {
          event: sampleEvent({ title: "Lönekartläggning steg för steg", placeLater: false }),
          state: STATES.cancelled!,
          closesAt,
          url: "/e/x/2",
        },
      ],
    }),
  "list-empty-en": () => renderEventList({ ...context("en"), events: [] }),
  registered: () =>
    renderRegistered({
      ...context(),
      event,
      email: registration.email,
      actions: { event: "/e/x/1" },
    }),
  confirm: () =>
    renderConfirm({
      ...context(),
      event,
      email: registration.email,
      actions: { confirm: "/r/tok/bekrafta", event: "/e/x/1" },
    }),
  "my-registration": () =>
    renderMyRegistration({
      ...context(),
      event,
      state: STATES.open!,
      registration,
      eventOver: false,
      actions: { cancel: "/r/tok/avboka", event: "/e/x/1", calendar: "/r/tok.ics" },
    }),
  "my-registration-waitlisted-en": () =>
    renderMyRegistration({
      ...context("en"),
      event,
      state: STATES.fullyBooked!,
      registration: { ...registration, status: "waitlisted", waitlistPosition: 2 },
      eventOver: false,
      actions: { cancel: "/r/tok/avboka", event: "/e/x/1" },
    }),
  "notice-invalid-link": () =>
    renderNotice({
      ...context(),
      ...NOTICES.invalidLink,
      link: { href: "/e/x", text: { sv: "Se alla utbildningar", en: "See all events" } },
    }),
  evaluation: () => renderEvaluationForm({ ...context(), event, actions: { submit: "/u/tok" } }),
  "evaluation-with-problems-en": () =>
    renderEvaluationForm({
      ...context("en"),
      event,
      actions: { submit: "/u/tok" },
      form: evaluationWithProblems(),
    }),
};

let browser: Browser;

/** Runs `use` on a page in its own context (axe needs one made by browser.newContext). */
async function withPage(width: number, use: (page: Page) => Promise<void>, height = 900) {
  const context = await browser.newContext({ viewport: { width, height }, locale: "sv-SE" });
  try {
    await use(await context.newPage());
  } finally {
    await context.close();
  }
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  browser = await chromium.launch({
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
});

afterAll(async () => {
  await browser?.close();
});

describe("the public event pages in a browser", () => {
  it.each(Object.keys(PAGES))("%s: no axe violations, no sideways scrolling", async (name) => {
    const markup = PAGES[name]!();
    for (const width of [...WIDTHS, ZOOMED]) {
      await withPage(width, async (page) => {
        // A page is one self-contained response: it loads nothing else (no fonts, no scripts).
        const requests: string[] = [];
        page.on("request", (request) => requests.push(request.url()));
        await page.setContent(markup, { waitUntil: "load" });
        expect(requests, `${name} loads nothing else`).toEqual([]);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, `${name} scrolls sideways at ${width} px`).toBeLessThanOrEqual(0);
        if (width === ZOOMED) return;
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
        expect(problems, `axe on ${name} at ${width} px`).toEqual([]);
        await page.screenshot({ path: `${SHOTS}/${name}-${width}.png`, fullPage: true });
      });
    }
  });

  it("focuses the error summary when a form comes back with problems", async () => {
    await withPage(1280, async (page) => {
      await page.setContent(PAGES["event-full-with-problems"]!(), { waitUntil: "load" });
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.className))
        .toBe("error-summary");
      // The summary's link moves to the field.
      await page.getByRole("link", { name: /E-postadressen är inte giltig/ }).click();
      expect(await page.evaluate(() => location.hash)).toBe("#f-email");
    });
  });

  it("keeps the honeypot out of reach: not in the tab order, not in the accessibility tree", async () => {
    await withPage(
      390,
      async (page) => {
        await page.setContent(PAGES["event-open"]!(), { waitUntil: "load" });
        const visited: string[] = [];
        for (let i = 0; i < 60; i++) {
          await page.keyboard.press("Tab");
          visited.push(
            await page.evaluate(() => document.activeElement?.getAttribute("name") ?? ""),
          );
        }
        expect(visited).toContain("email");
        expect(visited).not.toContain("website");
        const tree = await page.locator("body").ariaSnapshot();
        expect(tree).not.toContain("Lämna det här fältet tomt");
        expect(await page.getByRole("button", { name: "Skicka anmälan" }).count()).toBe(1);
      },
      844,
    );
  });
});
