import {
  checkSvg,
  columnFractions,
  documentDate,
  type FigureBlock,
  labels,
  languageTag,
  organisationLine,
  type ReportBlock,
  type ReportDocument,
  svgSize,
  type TableBlock,
} from "./document.ts";

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** Escaped text with "\n" as <br>. */
const lines = (text: string) => escapeHtml(text).replaceAll("\n", "<br>");

/** Page margins, shared with pdf.ts so the running header and footer sit inside them. */
export const PAGE_MARGIN = { top: "25mm", bottom: "22mm", side: "22mm" } as const;

export const FONT_STACK = "Calibri, Carlito, Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif";

const STYLE = `
@page { size: A4; margin: ${PAGE_MARGIN.top} ${PAGE_MARGIN.side} ${PAGE_MARGIN.bottom}; }
:root { color: #1a1a1a; background: #fff; }
body {
  font-family: ${FONT_STACK};
  font-size: 11pt;
  line-height: 1.35;
  margin: 0;
}
@media screen { body { max-width: 166mm; margin: 2rem auto; padding: 0 1rem; } }
h1, h2, h3, h4 { line-height: 1.2; break-after: avoid; break-inside: avoid; }
h1 { font-size: 20pt; margin: 0 0 4pt; }
h2 { font-size: 15pt; margin: 18pt 0 5pt; }
h3 { font-size: 13pt; margin: 14pt 0 5pt; }
h4 { font-size: 11.5pt; margin: 11pt 0 4pt; }
p { margin: 0 0 6pt; orphans: 3; widows: 3; }
.subtitle { font-size: 14pt; color: #404040; margin-bottom: 6pt; }
.meta { margin-bottom: 18pt; }
.muted, .meta { color: #595959; }
.note {
  background: #f2f2f2;
  border-left: 3pt solid #7f7f7f;
  padding: 5pt 8pt;
  margin: 8pt 0 10pt;
  break-inside: avoid;
}
ul, ol { margin: 0 0 8pt; padding-left: 20pt; }
li { margin-bottom: 3pt; }
dl.facts {
  display: grid;
  grid-template-columns: 45% 1fr;
  gap: 3pt 10pt;
  margin: 0 0 10pt;
}
dl.facts > div { display: contents; }
dt { font-weight: bold; }
dd { margin: 0; }
table {
  width: 100%;
  border-collapse: collapse;
  table-layout: fixed;
  margin: 0 0 12pt;
  font-size: 10pt;
}
caption {
  caption-side: top;
  text-align: left;
  font-weight: bold;
  font-size: 10pt;
  padding: 8pt 0 4pt;
  break-after: avoid;
}
th, td {
  border: 0.75pt solid #8c8c8c;
  padding: 3pt 5pt;
  text-align: left;
  vertical-align: top;
  overflow-wrap: anywhere;
}
th { background: #e8e8e8; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
td.empty { color: #595959; font-style: italic; }
figure { margin: 10pt 0 4pt; break-inside: avoid; }
figcaption {
  font-weight: bold;
  font-size: 10pt;
  padding: 0 0 4pt;
}
figure svg { display: block; width: 100%; height: auto; max-height: 235mm; }
.page-break { break-after: page; }
* { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
`;

function table(block: Omit<TableBlock, "type">, locale: ReportDocument["locale"]) {
  const widths = columnFractions(block.columns)
    .map((f) => `<col style="width: ${(f * 100).toFixed(2)}%">`)
    .join("");
  const head = block.columns.map((c) => `<th scope="col">${lines(c.header)}</th>`).join("");
  const body =
    block.rows.length > 0
      ? block.rows
          .map(
            (row) =>
              `<tr>${block.columns.map((_, i) => `<td>${lines(row[i] ?? "")}</td>`).join("")}</tr>`,
          )
          .join("\n")
      : `<tr><td class="empty" colspan="${block.columns.length}">${lines(block.emptyText ?? labels(locale).empty)}</td></tr>`;
  return `<table>
<caption>${lines(block.caption)}</caption>
<colgroup>${widths}</colgroup>
<thead><tr>${head}</tr></thead>
<tbody>
${body}
</tbody>
</table>`;
}

/**
 * The drawing inline in a <figure>: role="img" with the alternative as its accessible name,
 * so the tagged PDF gets one Figure with alt text instead of hundreds of paths; then the
 * table with the same numbers. The SVG scales to the page's width from its viewBox.
 */
function figure(b: FigureBlock, locale: ReportDocument["locale"]): string {
  const { width, height } = svgSize(b.svg);
  const svg = checkSvg(b.svg).replace(
    /<svg\b[^>]*>/,
    (root) =>
      `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${escapeHtml(b.alt)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" preserveAspectRatio="xMidYMid meet"${/xmlns:xlink=/.test(root) ? ' xmlns:xlink="http://www.w3.org/1999/xlink"' : ""}>`,
  );
  return `<figure>
<figcaption>${lines(b.caption)}</figcaption>
${svg}
</figure>
${table(b.table, locale)}`;
}

function block(b: ReportBlock, locale: ReportDocument["locale"]): string {
  switch (b.type) {
    case "heading": {
      // The title is the document's only <h1>, so section levels start at <h2>.
      const tag = `h${b.level + 1}`;
      return `<${tag}>${lines(b.text)}</${tag}>`;
    }
    case "paragraph":
      return b.style && b.style !== "normal"
        ? `<p class="${b.style}">${lines(b.text)}</p>`
        : `<p>${lines(b.text)}</p>`;
    case "list": {
      const tag = b.ordered ? "ol" : "ul";
      return `<${tag}>${b.items.map((item) => `<li>${lines(item)}</li>`).join("")}</${tag}>`;
    }
    case "table":
      return table(b, locale);
    case "facts":
      return `<dl class="facts">${b.items
        .map((item) => `<div><dt>${lines(item.label)}</dt><dd>${lines(item.value)}</dd></div>`)
        .join("")}</dl>`;
    case "figure":
      return figure(b, locale);
    case "pageBreak":
      return `<div class="page-break"></div>`;
  }
}

/**
 * The report as one self-contained HTML page: semantic elements (so Chromium's tagged PDF
 * carries headings, lists and table headers), everything escaped, print CSS for A4, no
 * external resources. The running header and footer of the PDF are added by pdf.ts.
 */
export function renderHtml(doc: ReportDocument): string {
  const meta = `${organisationLine(doc)} · ${documentDate(doc)}`;
  return `<!doctype html>
<html lang="${languageTag(doc.locale)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="author" content="${escapeHtml(doc.organisationName)}">
${doc.subtitle ? `<meta name="description" content="${escapeHtml(doc.subtitle)}">\n` : ""}<title>${escapeHtml(doc.title.replaceAll("\n", " "))}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${lines(doc.title)}</h1>
${doc.subtitle ? `<p class="subtitle">${lines(doc.subtitle)}</p>\n` : ""}<p class="meta">${escapeHtml(meta)}</p>
</header>
<main>
${doc.blocks.map((b) => block(b, doc.locale)).join("\n")}
</main>
</body>
</html>
`;
}
