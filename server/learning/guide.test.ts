import { afterAll, describe, expect, it } from "vitest";
import { type AdaptedRoom, adaptRoom } from "../../core/learning/adapt.ts";
import {
  closePdfRenderer,
  pdfAvailable,
  renderDocx,
  renderHtml,
  renderPdf,
} from "../reports/index.ts";
import { docxText, pdfInfo, pdfText } from "../reports/test-extract.ts";
import { loadRooms } from "./content.ts";
import { buildGuide, markdownToBlocks } from "./guide.ts";

// PDF needs Chromium. A developer machine without it skips these; CI must have it.
const skipPdf = !pdfAvailable() && process.env.CI !== "true";

afterAll(() => closePdfRenderer());

const library = loadRooms();
const OWN_QUESTION = "Hur fungerar schemat för den som jobbar natt hos oss?";
const HIDDEN = "situation-2";

/** Arbetsförhållanden as an organisation has adapted it: one step hidden, one own question. */
function adapted(locale: "sv" | "en"): AdaptedRoom {
  const files = library.get("arbetsforhallanden");
  if (!files) throw new Error("content/rooms/arbetsforhallanden is missing");
  return adaptRoom(files[locale], {
    hiddenSteps: [HIDDEN],
    ownQuestions: [
      {
        id: "11111111-1111-4111-8111-111111111111",
        stepId: "hos-oss",
        text: locale === "sv" ? OWN_QUESTION : "How does the rota work for those on nights?",
        minutes: 3,
      },
    ],
  });
}

const guide = (locale: "sv" | "en") =>
  buildGuide(adapted(locale), {
    locale,
    organisationName: "Exempelkommunen",
    orgNumber: "212000-0001",
    date: "2026-03-10",
  });

/** The text as a reader sees it: "(4 min)" is written with a no-break space. */
const plain = (text: string) => text.replaceAll("\u00a0", " ");

/** What a reader must find in the Swedish guide, wherever it is printed. */
function expectSwedishGuide(printed: string) {
  const text = plain(printed);
  const room = adapted("sv");
  const shared = library.get("arbetsforhallanden")!.sv;
  const hidden = shared.steps.find((s) => s.id === HIDDEN)!;
  expect(text).toContain("Samtalsguide: Arbetsförhållanden");
  expect(text).toContain("Så använder ni guiden");
  expect(text).toContain("Efter mötet");
  for (const step of room.steps) expect(text).toContain(step.title);
  expect(text).not.toContain(hidden.title);
  expect(text).not.toContain(hidden.illustration!.alt);
  const questions = room.steps.flatMap((s) => s.questions ?? []);
  expect(questions.length).toBe(7);
  for (const q of questions) expect(text).toContain(`${q.text} (${q.minutes} min)`);
  expect(text).toContain(`${OWN_QUESTION} (3 min) – egen fråga`);
  // The room's questions are numbered through the room, as its texts refer to them.
  expect(text).toContain("Fråga 3: Gå igenom era egna lokaler");
  // A scene without a film is told in words, to read aloud.
  expect(text).toContain(shared.steps[0]!.illustration!.alt);
  expect(text).toContain("https://e-guide.do.se/aktiva-atgarder/fyra-steg");
  // A link to another room names it, without an address.
  expect(text).toContain("i rummet Trakasserier");
  expect(text).not.toContain("room:");
}

describe("the discussion guide", () => {
  it("as Word: the steps in order with their minutes, the questions, the own question, the task's fields", async () => {
    const started = performance.now();
    const docx = await renderDocx(guide("sv"));
    const ms = performance.now() - started;
    const text = plain(docxText(docx));
    expectSwedishGuide(text);

    const room = adapted("sv");
    const total = room.steps.reduce((n, s) => n + s.minutes, 0);
    const shared = library.get("arbetsforhallanden")!.sv.steps;
    // The hidden step's minutes are gone, the own question's added.
    expect(total).toBe(shared.reduce((n, s) => n + s.minutes, 0) - 4 + 3);
    expect(text).toContain("Steg | Typ | Minuter");
    expect(text).toContain("1. Scen: En morgon på förrådet | Scen | 4");
    expect(text).toContain("5. Hur ser det ut hos oss – och vad kan vi göra? | Samtal | 17");
    expect(text).toContain(`Totalt |  | ${total}`);
    // Every step has its heading and its type and minutes under it, in the room's order.
    let from = 0;
    room.steps.forEach((step, i) => {
      const at = text.indexOf(`${i + 1}. ${step.title}\n`, text.indexOf("Totalt |"));
      expect(at, step.id).toBeGreaterThan(from);
      from = at;
    });
    expect(text).toContain("Samtal · 17 minuter");
    // The task's fields as a table with room to write.
    expect(text).toContain("Fält | Ert svar");
    for (const label of ["Risk vi ser", "Åtgärd vi föreslår", "Vem ansvarar", "När"])
      expect(text.split("\n")).toContain(`${label} | `);
    expect(text).toContain("utkast till en risk eller en åtgärd i årets handlingsplan");
    expect(text).toContain("Exempelkommunen · Org.nr 212000-0001");

    console.info(
      `guide: ${docx.length} bytes DOCX, ${text.length} characters, ${ms.toFixed(0)} ms`,
    );
  });

  it("keeps the headings in order for a screen reader (the tagged PDF is made from this HTML)", () => {
    const html = renderHtml(guide("sv"));
    const levels = [...html.matchAll(/<h([1-6])>/g)].map((m) => Number(m[1]));
    expect(levels[0]).toBe(1);
    expect(levels.filter((l) => l === 1)).toHaveLength(1);
    for (let i = 1; i < levels.length; i++)
      expect(levels[i]! - levels[i - 1]!, `heading ${i}`).toBeLessThanOrEqual(1);
  });

  it("is in English when asked", async () => {
    const text = plain(docxText(await renderDocx(guide("en"))));
    const room = adapted("en");
    expect(text).toContain("Discussion guide: Working conditions");
    expect(text).toContain("How to use this guide");
    expect(text).toContain("After the meeting");
    expect(text).toContain("Step | Type | Minutes");
    expect(text).toContain("Field | Your answer");
    for (const step of room.steps) expect(text).toContain(step.title);
    for (const q of room.steps.flatMap((s) => s.questions ?? []))
      expect(text).toContain(`${q.text} (${q.minutes} min)`);
    expect(text).toContain("How does the rota work for those on nights? (3 min) – own question");
    expect(text).toContain("Corporate ID no. 212000-0001");
    for (const swedish of [
      "Samtalsguide",
      "Fråga ",
      "egen fråga",
      "Efter mötet",
      "minuter",
      "Org.nr",
    ])
      expect(text).not.toContain(swedish);
  });

  it("takes every room in both languages", () => {
    for (const [id, files] of library)
      for (const locale of ["sv", "en"] as const) {
        const doc = buildGuide(adaptRoom(files[locale], { hiddenSteps: [], ownQuestions: [] }), {
          locale,
          organisationName: "Exempelkommunen",
          date: "2026-03-10",
        });
        const text = JSON.stringify(doc.blocks);
        expect(text, `${id} ${locale}`).not.toMatch(/room:[a-z]|\*\*|<!--/);
        for (const step of files[locale].steps) expect(text).toContain(step.title);
      }
  });

  it.skipIf(skipPdf)("as a tagged PDF with the same text", async () => {
    const started = performance.now();
    const pdf = await renderPdf(guide("sv"));
    const ms = performance.now() - started;
    const info = await pdfInfo(pdf);
    expect(info.Tagged).toBe("yes");
    expect(info.Title).toBe("Samtalsguide: Arbetsförhållanden");
    const text = (await pdfText(pdf)).replace(/\s+/g, " ");
    expectSwedishGuide(text);
    expect(text).toMatch(/Fält Ert svar/);
    console.info(`guide: ${pdf.length} bytes PDF, ${info.Pages} pages, ${ms.toFixed(0)} ms`);
  });
});

describe("a step's Markdown on paper", () => {
  const options = {
    locale: "sv" as const,
    roomTitle: (id: string) =>
      ({ trakasserier: "Trakasserier", "loner-och-villkor": "Löner och anställningsvillkor" })[id],
  };

  it("keeps paragraphs, lists and headings, and drops the emphasis", () => {
    const blocks = markdownToBlocks(
      [
        "**Läs högt.** En person läser,",
        "de andra lyssnar.",
        "",
        "### Fyra steg",
        "",
        "1. **Undersök** risker.",
        "2. *Analysera* orsakerna.",
        "",
        "- Lokaler &amp; verktyg",
        "- Scheman  ",
        "  och turer",
        "  - nattpass",
        "  - helger",
        "",
        "> Vad tar jag för givet?",
        "> Vad måste andra kämpa för?",
      ].join("\n"),
      options,
    );
    expect(blocks).toEqual([
      { type: "paragraph", text: "Läs högt. En person läser, de andra lyssnar." },
      { type: "heading", level: 3, text: "Fyra steg" },
      { type: "list", ordered: true, items: ["Undersök risker.", "Analysera orsakerna."] },
      {
        type: "list",
        ordered: false,
        items: ["Lokaler & verktyg", "Scheman\noch turer\n– nattpass\n– helger"],
      },
      {
        type: "paragraph",
        style: "note",
        text: "Vad tar jag för givet? Vad måste andra kämpa för?",
      },
    ]);
  });

  it("writes links out, and names rooms instead of linking to them", () => {
    const blocks = markdownToBlocks(
      [
        "Läs mer hos [DO](https://www.do.se) och på https://www.av.se.",
        "",
        "- Fortsätt i rummet [Trakasserier](room:trakasserier).",
        "- Se också [lönerna](room:loner-och-villkor) och [ett rum som saknas](room:finns-inte).",
      ].join("\n"),
      options,
    );
    expect(blocks).toEqual([
      { type: "paragraph", text: "Läs mer hos DO (https://www.do.se) och på https://www.av.se." },
      {
        type: "list",
        ordered: false,
        items: [
          "Fortsätt i rummet Trakasserier.",
          "Se också lönerna (rummet ”Löner och anställningsvillkor” i Aktiva) och ett rum som saknas.",
        ],
      },
    ]);
  });

  it("in English names the room in English words", () => {
    const blocks = markdownToBlocks("See [pay](room:loner-och-villkor).", {
      locale: "en",
      roomTitle: () => "Pay and terms",
    });
    expect(blocks).toEqual([
      { type: "paragraph", text: "See pay (the room “Pay and terms” in Aktiva)." },
    ]);
  });
});
