import { strFromU8, unzipSync } from "fflate";
import { afterAll, describe, expect, it } from "vitest";
import {
  closePdfRenderer,
  contentDisposition,
  formatAmount,
  PdfUnavailableError,
  pdfAvailable,
  type ReportDocument,
  renderDocx,
  renderHtml,
  renderPdf,
} from "./index.ts";
import { docxText, pdfInfo, pdfText } from "./test-extract.ts";

/** A small plan with everything a report can hold, written the way a municipality might. */
function sampleReport(overrides: Partial<ReportDocument> = {}): ReportDocument {
  return {
    title: "Lönekartläggning och åtgärdsplan 2026",
    subtitle: "Aktiva åtgärder enligt diskrimineringslagen 3 kap.",
    organisationName: "Sjöängens kommun",
    orgNumber: "212000-0142",
    date: "2026-11-23",
    locale: "sv",
    blocks: [
      { type: "heading", level: 1, text: "Sammanfattning" },
      {
        type: "paragraph",
        text: "Årets kartläggning omfattar alla förvaltningar. Två skillnader i lön behöver åtgärdas.",
      },
      {
        type: "facts",
        items: [
          { label: "Antal anställda vid årets början", value: "212" },
          { label: "Sammanlagd kostnad för åtgärder", value: formatAmount(48600, "sv") },
        ],
      },
      { type: "heading", level: 2, text: "Så har vi arbetat" },
      {
        type: "list",
        items: ["Kartlägga löner och villkor", "Analysera orsaker", "Åtgärda och följa upp"],
        ordered: true,
      },
      { type: "paragraph", text: "Samverkan har skett med de fackliga parterna.", style: "muted" },
      { type: "heading", level: 3, text: "Åtgärder för förskolan" },
      {
        type: "table",
        caption: "Tabell 1. Åtgärder och ansvar",
        columns: [
          { header: "Område", width: 2 },
          { header: "Åtgärd", width: 4 },
          { header: "Ansvarig", width: 2 },
          { header: "Klart senast", width: 2 },
        ],
        rows: [
          [
            "Lönekartläggning",
            "Höj lönen för förskollärare\nmed lång erfarenhet",
            "Förvaltningschef",
            "2027-03-31",
          ],
          ["Rekrytering", "Öppna annonser för båda könen", "HR-avdelningen", "2027-01-15"],
        ],
      },
      { type: "paragraph", text: "Planen följs upp på nästa samverkansmöte.", style: "note" },
      { type: "pageBreak" },
      { type: "heading", level: 1, text: "Uppföljning" },
      {
        type: "table",
        caption: "Tabell 2. Förra årets åtgärder",
        columns: [{ header: "Åtgärd" }, { header: "Utfall" }],
        rows: [],
        emptyText: "Inga åtgärder planerades förra året.",
      },
      { type: "list", items: ["Nästa kartläggning startar i januari"] },
    ],
    ...overrides,
  };
}

/** A small bar chart as a chart library would draw it: two bars with their figures as text. */
const BARS_SVG = `<svg width="400" height="200" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 200">
<rect width="400" height="200" fill="#ffffff"/>
<rect x="40" y="40" width="120" height="140" fill="#b35900"/>
<rect x="220" y="20" width="120" height="160" fill="#1f5f99"/>
<text x="100" y="30" font-size="14" text-anchor="middle">29 000</text>
<text x="280" y="14" font-size="14" text-anchor="middle">33 000</text>
</svg>`;

const FIGURE_ALT = "Kvinnor har i genomsnitt 4 000 kr lägre lön än män som lärare.";

function figureReport(overrides: Partial<ReportDocument> = {}): ReportDocument {
  return sampleReport({
    blocks: [
      { type: "heading", level: 1, text: "Lika arbete" },
      {
        type: "figure",
        caption: "Figur 1. Medellön för kvinnor och män",
        svg: BARS_SVG,
        alt: FIGURE_ALT,
        table: {
          caption: "Tabell 1. Medellön för kvinnor och män",
          columns: [{ header: "Arbete" }, { header: "Kvinnor" }, { header: "Män" }],
          rows: [["Lärare", "29 000 kr", "33 000 kr"]],
        },
      },
      { type: "paragraph", text: "Skillnaden analyseras nedan." },
    ],
    ...overrides,
  });
}

function longTable(rows: number): ReportDocument {
  return sampleReport({
    blocks: [
      { type: "heading", level: 1, text: "Lönejämförelse per befattning" },
      {
        type: "table",
        caption: "Tabell 3. Löner per befattning",
        columns: [{ header: "Befattning" }, { header: "Kvinnor" }, { header: "Män" }],
        rows: Array.from({ length: rows }, (_, i) => [
          `Befattning nummer ${i + 1}`,
          formatAmount(30000 + i * 100, "sv"),
          formatAmount(31000 + i * 90, "sv"),
        ]),
      },
    ],
  });
}

/**
 * The alternative texts of the PDF's Figure structure elements. Chromium writes the structure
 * tree uncompressed, with /Alt as a UTF-16BE hex string.
 */
function figureAlts(pdf: Buffer): string[] {
  const raw = pdf.toString("latin1");
  return [...raw.matchAll(/\/S \/Figure\s*\/Alt <FEFF([0-9A-F]*)>/gi)].map(([, hex]) =>
    Buffer.from(hex!, "hex").swap16().toString("utf16le"),
  );
}

/** Where each of `needles` first appears after the one before it; -1 when one is missing. */
function inOrder(haystack: string, needles: string[]): number[] {
  let from = 0;
  return needles.map((needle) => {
    const at = haystack.indexOf(needle, from);
    if (at >= 0) from = at + needle.length;
    return at;
  });
}

describe("DOCX", () => {
  it("reads as the report: title, headings, table headers and cells in order, in the header and footer the organisation and page numbers", async () => {
    const text = docxText(await renderDocx(sampleReport()));
    const order = inOrder(text, [
      "Sjöängens kommun · Org.nr 212000-0142",
      "Lönekartläggning och åtgärdsplan 2026",
      "Sammanfattning",
      "Antal anställda vid årets början:\t212",
      "Så har vi arbetat",
      "Åtgärder för förskolan",
      "Tabell 1. Åtgärder och ansvar",
      "Område | Åtgärd | Ansvarig | Klart senast",
      "Lönekartläggning | Höj lönen för förskollärare / med lång erfarenhet | Förvaltningschef | 2027-03-31",
      "Rekrytering | Öppna annonser för båda könen",
      "Uppföljning",
      "Inga åtgärder planerades förra året.",
      "23 november 2026\tSida {PAGE} av {NUMPAGES}",
    ]);
    expect(order).not.toContain(-1);
    expect(text).toContain("Sammanlagd kostnad för åtgärder:\t48\u00A0600\u00A0kr");
  });

  it("has the structure Word and screen readers use: heading styles, a repeating table header, Swedish, A4, a title", async () => {
    const files = unzipSync(await renderDocx(sampleReport()));
    const body = strFromU8(files["word/document.xml"]!);
    for (const style of ["Title", "Heading1", "Heading2", "Heading3", "Caption"]) {
      expect(body).toContain(`<w:pStyle w:val="${style}"/>`);
    }
    expect(body.match(/<w:tblHeader\/>/g)).toHaveLength(2); // one header row per table
    expect(body).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const styles = strFromU8(files["word/styles.xml"]!);
    expect(styles).toMatch(/<w:lang w:val="sv-SE"/);
    expect(strFromU8(files["docProps/core.xml"]!)).toContain(
      "<dc:title>Lönekartläggning och åtgärdsplan 2026</dc:title>",
    );
  });

  it("starts each numbered list at 1", async () => {
    const docx = await renderDocx(
      sampleReport({
        blocks: [
          { type: "list", items: ["Undersöka", "Analysera"], ordered: true },
          { type: "paragraph", text: "Sedan:" },
          { type: "list", items: ["Åtgärda", "Följa upp"], ordered: true },
        ],
      }),
    );
    const files = unzipSync(docx);
    const lists = [
      ...strFromU8(files["word/document.xml"]!).matchAll(/<w:numId w:val="(\d+)"\/>/g),
    ];
    const [first, second] = [lists[0]![1], lists[2]![1]];
    expect(first).not.toBe(second);
    const numbering = strFromU8(files["word/numbering.xml"]!);
    for (const id of [first, second]) {
      expect(numbering).toMatch(
        new RegExp(`<w:num w:numId="${id}">.*?<w:startOverride w:val="1"/>.*?</w:num>`),
      );
    }
  });

  it("speaks English in an English report", async () => {
    const text = docxText(await renderDocx(sampleReport({ locale: "en", orgNumber: undefined })));
    expect(text).toContain("23 November 2026\tPage {PAGE} of {NUMPAGES}");
    expect(text.split("\n")[0]).toBe("Sjöängens kommun");
    const styles = strFromU8(
      unzipSync(await renderDocx(sampleReport({ locale: "en" })))["word/styles.xml"]!,
    );
    expect(styles).toMatch(/<w:lang w:val="en-GB"/);
  });
});

describe("a figure", () => {
  it("is in HTML an inline drawing named by its alternative, with a caption, followed by the table of its numbers", () => {
    const html = renderHtml(figureReport());
    const figure =
      /<figure>\n<figcaption>Figur 1\. Medellön för kvinnor och män<\/figcaption>\n<svg [^>]*>/.exec(
        html,
      );
    expect(figure).not.toBeNull();
    expect(figure![0]).toContain('role="img"');
    expect(figure![0]).toContain(`aria-label="${FIGURE_ALT}"`);
    expect(figure![0]).toContain('viewBox="0 0 400 200"');
    const order = inOrder(html, [
      "<figure>",
      "29 000</text>",
      "</figure>",
      "<caption>Tabell 1. Medellön för kvinnor och män</caption>",
      "<td>Lärare</td><td>29 000 kr</td><td>33 000 kr</td>",
      "Skillnaden analyseras nedan.",
    ]);
    expect(order).not.toContain(-1);
  });

  it("refuses a drawing with a script or an event handler in it", () => {
    for (const svg of [
      BARS_SVG.replace("</svg>", "<script>alert(1)</script></svg>"),
      BARS_SVG.replace("<rect ", '<rect onclick="alert(1)" '),
      BARS_SVG.replace("<rect ", '<image href="https://example.com/x.png"/><rect '),
    ]) {
      const doc = figureReport();
      (doc.blocks[1] as { svg: string }).svg = svg;
      expect(() => renderHtml(doc)).toThrow(/scripts, event handlers or links/);
    }
  });

  it("is in Word a caption, a sharp PNG with alt text, then the table", async () => {
    const docx = await renderDocx(figureReport());
    const text = docxText(docx);
    const order = inOrder(text, [
      "Lika arbete",
      "Figur 1. Medellön för kvinnor och män",
      "Tabell 1. Medellön för kvinnor och män",
      "Arbete | Kvinnor | Män",
      "Lärare | 29 000 kr | 33 000 kr",
      "Skillnaden analyseras nedan.",
    ]);
    expect(order).not.toContain(-1);

    const files = unzipSync(docx);
    const media = Object.keys(files).filter((name) => name.startsWith("word/media/"));
    expect(media).toHaveLength(1);
    const png = Buffer.from(files[media[0]!]!);
    expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
    // IHDR: twice the drawing's 400 × 200 pixels.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([800, 400]);
    const body = strFromU8(files["word/document.xml"]!);
    const docPr = /<wp:docPr [^>]*>/.exec(body)?.[0] ?? "";
    expect(docPr).toContain(`descr="${FIGURE_ALT}"`);
    expect(docPr).toContain('title="Figur 1. Medellön för kvinnor och män"');
    // Shown at its own size, 400 × 200 px at 96 dpi, in EMU.
    expect(body).toContain('<wp:extent cx="3810000" cy="1905000"/>');
  });
});

describe("HTML", () => {
  it("escapes text, so a name with markup in it stays text", () => {
    const html = renderHtml(
      sampleReport({
        organisationName: 'Bolaget <script>alert("x")</script> AB',
        blocks: [
          { type: "paragraph", text: "<script>alert(1)</script> & <b>fet</b>" },
          {
            type: "table",
            caption: "<i>Tabell</i>",
            columns: [{ header: "<th>" }],
            rows: [["<img src=x onerror=alert(1)>"]],
          },
        ],
      }),
    );
    expect(html).not.toMatch(/<script|<b>|<i>|<img/);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;fet&lt;/b&gt;");
    expect(html).toContain("Bolaget &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; AB");
  });

  it("is a semantic page: language, one h1, sections below it, table caption and column headers, lists", () => {
    const html = renderHtml(sampleReport());
    expect(html).toMatch(/^<!doctype html>\n<html lang="sv-SE">/);
    expect(html.match(/<h1>/g)).toHaveLength(1);
    expect(html).toContain("<h2>Sammanfattning</h2>");
    expect(html).toContain("<h4>Åtgärder för förskolan</h4>");
    expect(html).toContain("<caption>Tabell 1. Åtgärder och ansvar</caption>");
    expect(html).toContain('<th scope="col">Område</th>');
    expect(html).toContain("Höj lönen för förskollärare<br>med lång erfarenhet");
    expect(html).toContain("<dt>Antal anställda vid årets början</dt><dd>212</dd>");
    expect(html).toContain("<ol><li>Kartlägga löner och villkor</li>");
    expect(html).not.toMatch(/(src|href)=/);
  });
});

it("builds a download header that keeps å, ä and ö and cannot break out of the header", () => {
  expect(contentDisposition("Lönekartläggning 2026.pdf")).toBe(
    "attachment; filename=\"Lonekartlaggning 2026.pdf\"; filename*=UTF-8''L%C3%B6nekartl%C3%A4ggning%202026.pdf",
  );
  const hostile = contentDisposition('Plan"\r\nSet-Cookie: x=1/../åtgärd.docx');
  expect(hostile).not.toMatch(/[\r\n]|\.\.\//);
  expect(hostile).toMatch(
    /^attachment; filename="Plan___Set-Cookie_ x=1_.._atgard.docx"; filename\*=UTF-8''/,
  );
});

// PDF needs Chromium. A developer machine without it skips these; CI must have it.
const skipPdf = !pdfAvailable() && process.env.CI !== "true";

it("says PDF is unavailable, with a reason, when there is no Chromium", async () => {
  await closePdfRenderer();
  const configured = process.env.CHROMIUM_PATH;
  process.env.CHROMIUM_PATH = "/nonexistent/chromium";
  try {
    expect(pdfAvailable()).toBe(false);
    const error = await renderPdf(sampleReport()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PdfUnavailableError);
    expect((error as Error).message).toContain("/nonexistent/chromium");
  } finally {
    if (configured === undefined) delete process.env.CHROMIUM_PATH;
    else process.env.CHROMIUM_PATH = configured;
  }
});

describe("PDF", () => {
  afterAll(() => closePdfRenderer());

  it.skipIf(skipPdf)(
    "is a tagged A4 PDF with the title, headings, table cells and page numbers a reader sees",
    async () => {
      const pdf = await renderPdf(sampleReport());
      const info = await pdfInfo(pdf);
      expect(info.Tagged).toBe("yes");
      expect(info["Page size"]).toMatch(/ pts \(A4\)$/);
      expect(info.Title).toBe("Lönekartläggning och åtgärdsplan 2026");
      expect(info.Pages).toBe("2");

      const text = await pdfText(pdf);
      const order = inOrder(text, [
        "Sjöängens kommun · Org.nr 212000-0142",
        "Lönekartläggning och åtgärdsplan 2026",
        "Sammanfattning",
        "Antal anställda vid årets början",
        "Åtgärder för förskolan",
        "Tabell 1. Åtgärder och ansvar",
        "Område",
        "Klart senast",
        "Höj lönen för förskollärare",
        "Förvaltningschef",
        "med lång erfarenhet",
        "23 november 2026",
        "Sida 1 av 2",
        "Uppföljning",
        "Inga åtgärder planerades förra året.",
        "Sida 2 av 2",
      ]);
      expect(order).not.toContain(-1);
    },
  );

  it.skipIf(skipPdf)("repeats a long table's header row on every page it runs over", async () => {
    const pdf = await renderPdf(longTable(80));
    const pages = (await pdfText(pdf)).split("\f").filter((page) => page.trim());
    expect(pages.length).toBeGreaterThanOrEqual(3);
    for (const page of pages) {
      expect(page).toMatch(/Befattning\s+Kvinnor\s+Män/);
    }
    expect(pages[1]).toContain(`Sida 2 av ${pages.length}`);
    // Every row is there, none cut in two across a page break.
    for (const n of [1, 40, 80]) expect(pages.join("")).toContain(`Befattning nummer ${n} `);
  });

  it.skipIf(skipPdf)(
    "keeps a figure tagged: a Figure with its alternative text, the caption and the table's numbers as text",
    async () => {
      const pdf = await renderPdf(figureReport());
      expect((await pdfInfo(pdf)).Tagged).toBe("yes");
      const text = await pdfText(pdf);
      const order = inOrder(text, [
        "Figur 1. Medellön för kvinnor och män",
        "Tabell 1. Medellön för kvinnor och män",
        "Lärare",
        "29 000 kr",
        "33 000 kr",
        "Skillnaden analyseras nedan.",
      ]);
      expect(order).not.toContain(-1);
      expect(figureAlts(pdf)).toEqual([FIGURE_ALT]);
    },
  );

  it.skipIf(skipPdf)("renders five reports at once", async () => {
    const titles = ["Ett", "Två", "Tre", "Fyra", "Fem"].map((n) => `Åtgärdsplan ${n}`);
    const pdfs = await Promise.all(titles.map((title) => renderPdf(sampleReport({ title }))));
    const infos = await Promise.all(pdfs.map(pdfInfo));
    expect(infos.map((info) => info.Title)).toEqual(titles);
  });
});
