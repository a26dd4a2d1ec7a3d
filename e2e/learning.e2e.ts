import type { Browser, Locator, Page } from "playwright-core";
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
import { DEMO_PASSWORD } from "./global-setup.ts";

/**
 * A group takes the room "Arbetsförhållanden" on one shared screen, with the keyboard only
 * (as a scribe at a projector does, or anyone who does not use a mouse): HR starts it for six
 * participants, the group goes through every step, runs the clock, writes notes, reloads in
 * the middle and finds everything where it was, finishes, turns notes into a measure and a
 * risk in this year's plan and gives feedback. Then one person takes a room alone on a phone.
 * axe runs on every step of the player and on the summary.
 */
let browser: Browser;
const ROOM = "Arbetsförhållanden";
const year = Number(
  new Date().toLocaleDateString("sv-SE", { timeZone: "Europe/Stockholm" }).slice(0, 4),
);

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

/** Tab to a button or link and press Enter. */
async function activate(page: Page, target: Locator) {
  await tabTo(page, target);
  await page.keyboard.press("Enter");
}

/** Tab to a field and type into it. */
async function typeInto(page: Page, field: Locator, text: string) {
  await tabTo(page, field);
  await page.keyboard.type(text);
}

async function signInWithKeyboard(page: Page, email: string) {
  await page.goto("/logga-in");
  await typeInto(page, page.getByLabel("E-postadress"), email);
  await typeInto(page, page.getByLabel("Lösenord", { exact: true }), DEMO_PASSWORD);
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/o\//);
}

const stepHeading = (page: Page) => page.locator("#session-step-heading");

/** The step's heading has focus and names the step; the progress says where the group is. */
async function expectStep(page: Page, n: number, total: number, title: string) {
  await expect.poll(() => stepHeading(page).textContent()).toBe(title);
  await expect
    .poll(() =>
      page.getByRole("progressbar", { name: "Rummets framsteg" }).getAttribute("aria-valuenow"),
    )
    .toBe(String(n));
  await expect
    .poll(() =>
      page
        .getByRole("navigation", { name: "Rummets steg" })
        .locator('[aria-current="step"]')
        .textContent(),
    )
    .toContain(title);
  expect(await page.getByText(`Steg ${n} av ${total}`).count()).toBeGreaterThan(0);
}

async function expectHeadingFocused(page: Page) {
  await expect.poll(() => isFocused(stepHeading(page))).toBe(true);
}

/** Every note field's status line says it is saved. */
async function expectSaved(page: Page, count: number) {
  await expect
    .poll(
      () =>
        page
          .getByRole("status")
          .filter({ hasText: /^Sparat \d/ })
          .count(),
      {
        timeout: 10_000,
      },
    )
    .toBe(count);
}

it("a group takes Arbetsförhållanden on a shared screen with the keyboard only", async () => {
  const context = await newContext(browser);
  const page = await context.newPage();
  await signInWithKeyboard(page, "hr@exempelkommunen.se");
  const organisationId = /\/o\/([^/]+)/.exec(page.url())?.[1] ?? "";

  // The office, the room's door, the start form: six participants on one screen.
  await activate(
    page,
    page
      .getByRole("navigation", { name: "Sidor för Exempelkommunen" })
      .getByRole("link", { name: "Lärrum" }),
  );
  await expectH1(page, "Lärrum");
  await activate(page, page.getByRole("link", { name: ROOM, exact: true }));
  await expectH1(page, ROOM);
  await typeInto(page, page.getByLabel("Antal deltagare"), "6");
  await activate(page, page.getByRole("button", { name: "Starta rummet" }));
  await page.waitForURL(/\/sessioner\/[0-9a-f-]+$/);
  await expectH1(page, ROOM);

  // The steps as the room has them, to check each one on screen.
  const room = (await page.evaluate(
    (path) => fetch(path).then((res) => res.json()),
    `/api/organisations/${organisationId}/learning/rooms/arbetsforhallanden`,
  )) as { steps: { id: string; title: string; type: string; minutes: number }[] };
  const steps = room.steps;
  const total = steps.length;
  const title = (id: string) => steps.find((s) => s.id === id)?.title ?? id;
  const indexOf = (id: string) => steps.findIndex((s) => s.id === id) + 1;
  expect(total).toBeGreaterThanOrEqual(9);

  // Step 1: the scene, told as illustrated text; the clock is started, paused and extended.
  await expectStep(page, 1, total, steps[0]!.title);
  expect(await page.getByText("Så ser det ut").count()).toBe(1);
  expect(await page.locator("video").count()).toBe(0);
  expect(await page.getByText("6 deltagare").count()).toBeGreaterThan(0);
  const timer = page.getByRole("timer", { name: `Tid kvar för steget ${steps[0]!.title}` });
  const startAt = await timer.textContent();
  const clock = page.getByRole("button", { name: "Starta tiden" });
  await activate(page, clock);
  await expect
    .poll(() => page.getByRole("status").filter({ hasText: "Tiden går." }).count())
    .toBe(1);
  await expect.poll(() => timer.textContent(), { timeout: 5_000 }).not.toBe(startAt);
  // The same button now pauses; Space presses it.
  await expect.poll(() => isFocused(page.getByRole("button", { name: "Pausa tiden" }))).toBe(true);
  await page.keyboard.press("Space");
  await expect
    .poll(() => page.getByRole("status").filter({ hasText: "Tiden är pausad." }).count())
    .toBe(1);
  await activate(page, page.getByRole("button", { name: "Mer tid (+2 min)" }));
  await expect
    .poll(() => page.getByText(/minuter totalt/).textContent())
    .toContain(`${steps[0]!.minutes + 2} minuter totalt`);
  await expectAccessible(page, "player step 1");
  await screenshot(page, "learning-player-scene");

  // Through the steps with Page Down (the clicker's key) and Alt + →.
  const next = async (how: "PageDown" | "Alt+ArrowRight" | "button") => {
    if (how === "button") await activate(page, page.getByRole("button", { name: "Nästa steg" }));
    else await page.keyboard.press(how);
    await expectHeadingFocused(page);
  };

  const discussion = indexOf("vad-ser-vi");
  const facts = indexOf("fakta");
  for (let n = 2; n <= discussion; n++) {
    await next(n % 2 === 0 ? "PageDown" : "Alt+ArrowRight");
    await expectStep(page, n, total, steps[n - 1]!.title);
    await expectAccessible(page, `player step ${n}`);
  }

  // The discussion: the scribe writes on two questions; each is saved as they go.
  const q1 = "Omklädningsrummet fungerar bara för männen.\nChattgruppen bestämmer jouren.";
  const q2 = "Karin skriver alltid minnesanteckningarna. Elin har slutat fråga.";
  await typeInto(page, page.getByLabel("Anteckningar till fråga 1"), q1);
  await typeInto(page, page.getByLabel("Anteckningar till fråga 2"), q2);
  await page.keyboard.press("Tab");
  await expectSaved(page, 2);
  await expectAccessible(page, `player step ${discussion} with notes`);
  await screenshot(page, "learning-player-discussion");

  // On to the facts, then reload: the step and the notes are still there.
  const moved = page.waitForResponse(
    (res) => res.request().method() === "PATCH" && /\/learning\/sessions\//.test(res.url()),
  );
  await next("button");
  await moved;
  await expectStep(page, facts, total, title("fakta"));
  await page.reload();
  await expectH1(page, ROOM);
  await expectStep(page, facts, total, title("fakta"));
  expect(await page.getByRole("heading", { name: "Källor" }).count()).toBe(1);
  await expectAccessible(page, `player step ${facts}`);
  await screenshot(page, "learning-player-facts");
  await page.keyboard.press("PageUp");
  await expectHeadingFocused(page);
  await expectStep(page, discussion, total, title("vad-ser-vi"));
  expect(await page.getByLabel("Anteckningar till fråga 1").inputValue()).toBe(q1);
  expect(await page.getByLabel("Anteckningar till fråga 2").inputValue()).toBe(q2);
  await page.keyboard.press("PageDown");
  await expectHeadingFocused(page);
  await expectStep(page, facts, total, title("fakta"));
  await page.keyboard.press("Alt+ArrowLeft");
  await expectHeadingFocused(page);
  await expectStep(page, discussion, total, title("vad-ser-vi"));
  await page.keyboard.press("Alt+ArrowRight");
  await expectHeadingFocused(page);

  // The remaining steps: one more question, the reflection and the practical task.
  const q3 = "Det finns ingen enskild toalett i personalrummet.";
  const reflection = "Att jag kan duscha i lugn och ro.";
  const task = {
    "Risk vi ser": "Det finns bara ett omklädningsrum med dusch, och det används bara av män.",
    "Åtgärd vi föreslår": "Gör om förrådet till ett låsbart omklädningsrum med dusch.",
    "Vem ansvarar": "Enhetschef gata",
    När: "Klart senast 30 september",
  };
  let typing = false;
  for (let n = facts + 1; n <= total; n++) {
    // The keys do nothing while focus is in a field (the scribe may be typing): use the button.
    await next(typing ? "button" : n % 2 === 0 ? "PageDown" : "Alt+ArrowRight");
    const step = steps[n - 1]!;
    typing = step.id === "hos-oss" || step.type === "reflection";
    await expectStep(page, n, total, step.title);
    if (step.id === "hos-oss") {
      await typeInto(page, page.getByLabel("Anteckningar till fråga 3"), q3);
      await page.keyboard.press("Tab");
      await expectSaved(page, 1);
    }
    if (step.type === "reflection") {
      await typeInto(page, page.getByLabel("Anteckningar", { exact: true }), reflection);
      await page.keyboard.press("Tab");
      await expectSaved(page, 1);
    }
    if (step.type === "task") {
      for (const [label, text] of Object.entries(task)) {
        await typeInto(page, page.getByLabel(label, { exact: true }), text);
      }
      await page.keyboard.press("Tab");
      await expectSaved(page, 4);
      await screenshot(page, "learning-player-task");
    }
    await expectAccessible(page, `player step ${n}`);
  }

  // Finish on the last step: the summary has every note.
  await activate(page, page.getByRole("button", { name: "Avsluta och se sammanfattningen" }));
  await page.waitForURL(/\/sammanfattning$/);
  await expectH1(page, `Sammanfattning: ${ROOM}`);
  for (const text of [q1, q2, q3, reflection, ...Object.values(task)]) {
    const firstLine = text.split("\n")[0]!;
    expect(await page.getByText(firstLine).count(), text).toBe(1);
  }
  expect(await page.getByText("6 deltagare").count()).toBe(1);
  await expectAccessible(page, "summary");
  await screenshot(page, "learning-summary");

  // "Who" and "when" fill in the measure; they are not drafts of their own.
  const who = page.getByRole("article", { name: "Vem ansvarar" });
  expect(await who.getByRole("button").count()).toBe(0);

  // The proposed measure becomes a measure, the risk a risk, in this year's plan.
  const measureNote = page.getByRole("article", { name: "Åtgärd vi föreslår" });
  await activate(page, measureNote.getByRole("button", { name: "Gör till åtgärd" }));
  const dialog = page.getByRole("dialog");
  await expect.poll(() => dialog.count()).toBe(1);
  expect(await dialog.getByLabel("Rubrik").inputValue()).toBe(task["Åtgärd vi föreslår"]);
  expect(await dialog.getByLabel("Ansvarig").inputValue()).toBe(task["Vem ansvarar"]);
  await expectAccessible(page, "draft measure dialog");
  await activate(page, dialog.getByRole("button", { name: "Lägg till åtgärden" }));
  const measureLink = page.getByRole("link", {
    name: `Utkast: ${task["Åtgärd vi föreslår"]} (åtgärd, ${year})`,
  });
  await expect.poll(() => measureLink.count()).toBe(1);

  const riskNote = page.getByRole("article", { name: "Risk vi ser" });
  await activate(page, riskNote.getByRole("button", { name: "Gör till risk" }));
  await expect.poll(() => dialog.count()).toBe(1);
  await activate(page, dialog.getByRole("button", { name: "Lägg till risken" }));
  await expect
    .poll(() =>
      page.getByRole("link", { name: `Utkast: ${task["Risk vi ser"]} (risk, ${year})` }).count(),
    )
    .toBe(1);

  // Feedback, two participants one after the other on the same screen.
  for (const [answered, rating, arrows] of [
    [1, "4 Bra", 3],
    [2, "5 Mycket bra", 4],
  ] as const) {
    await tabTo(page, page.getByRole("radio", { name: "1 Inte alls bra" }));
    for (let i = 0; i < arrows; i++) await page.keyboard.press("ArrowRight");
    expect(await page.getByRole("radio", { name: rating }).isChecked()).toBe(true);
    await typeInto(page, page.getByLabel("Kommentar"), `Svar nummer ${answered}.`);
    await activate(page, page.getByRole("button", { name: "Skicka svaret" }));
    await expect.poll(() => page.getByText(`${answered} av 6 har svarat.`).count()).toBe(1);
    // The form starts over for the next person.
    expect(await page.getByRole("radio", { checked: true }).count()).toBe(0);
    expect(await page.getByLabel("Kommentar").inputValue()).toBe("");
  }
  expect(await page.getByText("Tack för ditt svar! Nu kan nästa person svara.").count()).toBe(1);
  await expectAccessible(page, "summary after drafts and feedback");
  await screenshot(page, "learning-summary-done");

  // The measure is in this year's action plan.
  await activate(page, measureLink);
  await expectH1(page, task["Åtgärd vi föreslår"]);
  await expectAccessible(page, "measure made from a note");
  await activate(page, page.getByRole("link", { name: `Alla åtgärder ${year}` }));
  await expectH1(page, `Åtgärder ${year}`);
  await expect
    .poll(() => page.getByRole("link", { name: task["Åtgärd vi föreslår"] }).count())
    .toBe(1);
  await screenshot(page, "learning-measure-in-plan");
  await context.close();
}, 300_000);

it("one person takes a room alone on a phone", async () => {
  const context = await newContext(browser, PHONE);
  const page = await context.newPage();
  await signIn(page, "deltagare@exempelkommunen.se");
  await page.waitForURL(/\/o\//);
  const organisationId = /\/o\/([^/]+)/.exec(page.url())?.[1] ?? "";
  await page.goto(`/o/${organisationId}/larande/arbetsforhallanden`);
  await expectH1(page, ROOM);
  await page.getByRole("radio", { name: /Själv/ }).check({ force: true });
  await page.getByRole("button", { name: "Starta rummet" }).click();
  await page.waitForURL(/\/sessioner\/[0-9a-f-]+$/);
  await expectH1(page, ROOM);
  await expect.poll(() => stepHeading(page).count()).toBe(1);
  // No group things: no participants, and the notes are "mine".
  expect(await page.getByRole("heading", { name: "Deltagare" }).count()).toBe(0);
  const noScroll = () =>
    page.evaluate(
      () => document.documentElement.scrollWidth <= document.documentElement.clientWidth,
    );
  expect(await noScroll()).toBe(true);
  await expectAccessible(page, "individual player, first step");
  await screenshot(page, "learning-player-phone-scene");

  await page
    .getByRole("navigation", { name: "Rummets steg" })
    .getByRole("button", { name: /Vad ser vi\?/ })
    .click();
  await expectHeadingFocused(page);
  const mine = page.getByLabel("Mina anteckningar till fråga 1");
  await mine.fill("Jag har aldrig tänkt på omklädningsrummen.");
  await mine.blur();
  await expectSaved(page, 1);
  expect(await noScroll()).toBe(true);
  await expectAccessible(page, "individual player, discussion");
  await screenshot(page, "learning-player-phone-discussion");

  const steps = page.getByRole("navigation", { name: "Rummets steg" }).getByRole("button");
  await steps.last().click();
  await expectHeadingFocused(page);
  await page.getByRole("button", { name: "Avsluta och se sammanfattningen" }).click();
  await page.waitForURL(/\/sammanfattning$/);
  await expectH1(page, `Sammanfattning: ${ROOM}`);
  expect(await page.getByText("Jag har aldrig tänkt på omklädningsrummen.").count()).toBe(1);
  // The notes are the person's own: no drafts here, and they are told whom to raise them with.
  expect(await page.getByRole("button", { name: "Gör till åtgärd" }).count()).toBe(0);
  expect(await page.getByText("Anteckningarna syns bara för dig.").count()).toBe(1);
  expect(await noScroll()).toBe(true);
  await expectAccessible(page, "individual summary");
  await screenshot(page, "learning-summary-phone");
  await context.close();
});
