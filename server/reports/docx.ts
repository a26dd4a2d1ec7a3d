import { Resvg } from "@resvg/resvg-js";
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  type IBorderOptions,
  ImageRun,
  LevelFormat,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  Tab,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
} from "docx";
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

/** Word measures in twentieths of a point. */
const mm = (millimetres: number) => Math.round((millimetres * 1440) / 25.4);

const PAGE = { width: 11906, height: 16838 }; // A4
const MARGIN = { top: mm(25), bottom: mm(22), side: mm(22), headerFooter: mm(11) };
const TEXT_WIDTH = PAGE.width - 2 * MARGIN.side;

const FONT = "Calibri";
const TEXT_COLOUR = "1A1A1A";
// #595959 on white is 7:1, dark enough for muted text to stay readable in print and on screen.
const MUTED_COLOUR = "595959";
const RULE: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: "8C8C8C" };
const ORDERED = "aktiva-ordered-list";

/** Text with "\n" as runs with line breaks, so Word keeps it one paragraph. */
function runs(
  text: string,
  options: { bold?: boolean; italics?: boolean; color?: string } = {},
): TextRun[] {
  return text
    .split("\n")
    .map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : 0, ...options }));
}

function table(block: Omit<TableBlock, "type">, locale: ReportDocument["locale"]) {
  const widths = columnFractions(block.columns).map((f) => Math.round(f * TEXT_WIDTH));
  const cell = (text: string, i: number, header: boolean) =>
    new TableCell({
      width: { size: widths[i]!, type: WidthType.DXA },
      ...(header ? { shading: { fill: "E8E8E8" } } : {}),
      children: [new Paragraph({ style: "TableText", children: runs(text, { bold: header }) })],
    });
  const header = new TableRow({
    // Repeats at the top of every page the table runs over, and tells screen readers these are headers.
    tableHeader: true,
    cantSplit: true,
    children: block.columns.map((c, i) => cell(c.header, i, true)),
  });
  const body =
    block.rows.length > 0
      ? block.rows.map(
          (row) =>
            new TableRow({
              cantSplit: true,
              children: block.columns.map((_, i) => cell(row[i] ?? "", i, false)),
            }),
        )
      : [
          new TableRow({
            children: [
              new TableCell({
                columnSpan: block.columns.length,
                width: { size: TEXT_WIDTH, type: WidthType.DXA },
                children: [
                  new Paragraph({
                    style: "TableText",
                    children: runs(block.emptyText ?? labels(locale).empty, {
                      italics: true,
                      color: MUTED_COLOUR,
                    }),
                  }),
                ],
              }),
            ],
          }),
        ];
  return [
    // Caption above the table, kept on the same page as it.
    new Paragraph({ style: "Caption", keepNext: true, children: runs(block.caption) }),
    new Table({
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      borders: {
        top: RULE,
        bottom: RULE,
        left: RULE,
        right: RULE,
        insideHorizontal: RULE,
        insideVertical: RULE,
      },
      margins: { top: 40, bottom: 40, left: 100, right: 100 },
      rows: [header, ...body],
    }),
    new Paragraph({ style: "AfterTable", children: [] }),
  ];
}

/** Word wants an image's size in pixels at 96 dpi; the text column is this wide. */
const TEXT_WIDTH_PX = Math.floor((TEXT_WIDTH / 1440) * 96);

/**
 * The drawing as a PNG at twice its size, so it stays sharp when printed or zoomed. Text is
 * drawn with the machine's fonts; DejaVu Sans stands in when none of the SVG's fonts is there.
 */
export function svgToPng(svg: string, scale = 2): Buffer {
  const resvg = new Resvg(checkSvg(svg), {
    fitTo: { mode: "zoom", value: scale },
    background: "#ffffff",
    font: { loadSystemFonts: true, defaultFontFamily: "DejaVu Sans" },
  });
  return resvg.render().asPng();
}

/**
 * Caption, the picture with its alt text (Word reads out the description), then the table
 * with the same numbers. The picture is scaled to the text column when it is wider.
 */
function figure(block: FigureBlock, locale: ReportDocument["locale"]) {
  const { width, height } = svgSize(block.svg);
  const shown = Math.min(width, TEXT_WIDTH_PX);
  return [
    new Paragraph({ style: "Caption", keepNext: true, children: runs(block.caption) }),
    new Paragraph({
      keepNext: true,
      spacing: { after: 120 },
      children: [
        new ImageRun({
          type: "png",
          data: svgToPng(block.svg),
          transformation: { width: shown, height: Math.round((height * shown) / width) },
          altText: {
            name: block.caption.replaceAll("\n", " "),
            title: block.caption.replaceAll("\n", " "),
            description: block.alt,
          },
        }),
      ],
    }),
    ...table(block.table, locale),
  ];
}

/** `list` counts the ordered lists so far: each is its own numbering instance, so it starts at 1. */
function block(
  block: ReportBlock,
  doc: ReportDocument,
  list: { ordered: number },
): (Paragraph | Table)[] {
  switch (block.type) {
    case "heading":
      return [new Paragraph({ style: `Heading${block.level}`, children: runs(block.text) })];
    case "paragraph": {
      const style = { normal: undefined, muted: "Muted", note: "Note" }[block.style ?? "normal"];
      return [new Paragraph({ ...(style ? { style } : {}), children: runs(block.text) })];
    }
    case "list": {
      const instance = block.ordered ? ++list.ordered : 0;
      return block.items.map(
        (item) =>
          new Paragraph({
            style: "ListParagraph",
            ...(block.ordered
              ? { numbering: { reference: ORDERED, level: 0, instance } }
              : { bullet: { level: 0 } }),
            children: runs(item),
          }),
      );
    }
    case "table":
      return table(block, doc.locale);
    case "facts":
      return block.items.map(
        (item) =>
          new Paragraph({
            style: "Fact",
            children: [
              ...runs(`${item.label}:`, { bold: true }),
              new TextRun({ children: [new Tab()] }),
              ...runs(item.value),
            ],
          }),
      );
    case "figure":
      return figure(block, doc.locale);
    case "pageBreak":
      return [new Paragraph({ children: [new PageBreak()] })];
  }
}

function blocks(doc: ReportDocument): (Paragraph | Table)[] {
  const list = { ordered: 0 };
  return doc.blocks.flatMap((b) => block(b, doc, list));
}

function titleBlock(doc: ReportDocument): Paragraph[] {
  return [
    new Paragraph({ style: "Title", children: runs(doc.title) }),
    ...(doc.subtitle ? [new Paragraph({ style: "Subtitle", children: runs(doc.subtitle) })] : []),
    new Paragraph({
      style: "Muted",
      spacing: { after: 360 },
      children: [new TextRun(`${organisationLine(doc)} · ${documentDate(doc)}`)],
    }),
  ];
}

/**
 * The report as a Word document: A4, Calibri 11 pt, the document's language on every run,
 * Title and Heading 1–3 styles (Word's navigation pane and screen readers follow them),
 * tables with a repeating header row and a caption above, the organisation in the page
 * header and the date and "Sida X av Y" (as page-number fields) in the footer.
 */
export async function renderDocx(doc: ReportDocument): Promise<Buffer> {
  const text = labels(doc.locale);
  const heading = (size: number, before: number, outlineLevel: number) => ({
    run: { font: FONT, size, bold: true, color: TEXT_COLOUR },
    paragraph: { spacing: { before, after: 100 }, keepNext: true, keepLines: true, outlineLevel },
  });

  const document = new Document({
    title: doc.title.replaceAll("\n", " "),
    ...(doc.subtitle ? { subject: doc.subtitle } : {}),
    creator: doc.organisationName,
    lastModifiedBy: doc.organisationName,
    styles: {
      default: {
        document: {
          run: {
            font: FONT,
            size: 22,
            color: TEXT_COLOUR,
            language: { value: languageTag(doc.locale) },
          },
          paragraph: { spacing: { after: 120, line: 264 } },
        },
        title: {
          run: { font: FONT, size: 40, bold: true, color: TEXT_COLOUR },
          paragraph: { spacing: { after: 120 }, keepNext: true },
        },
        heading1: heading(30, 360, 0),
        heading2: heading(26, 280, 1),
        heading3: heading(23, 220, 2),
        caption: {
          run: { font: FONT, size: 20, bold: true, italics: false, color: TEXT_COLOUR },
          paragraph: { spacing: { before: 160, after: 80 }, keepNext: true },
        },
        listParagraph: { paragraph: { spacing: { after: 60 }, contextualSpacing: true } },
      },
      paragraphStyles: [
        {
          id: "Subtitle",
          name: "Subtitle",
          basedOn: "Normal",
          next: "Normal",
          run: { size: 28, color: "404040" },
          paragraph: { spacing: { after: 120 }, keepNext: true },
        },
        { id: "Muted", name: "Muted", basedOn: "Normal", run: { color: MUTED_COLOUR } },
        {
          id: "Note",
          name: "Note",
          basedOn: "Normal",
          paragraph: {
            shading: { fill: "F2F2F2" },
            border: { left: { style: BorderStyle.SINGLE, size: 18, color: "7F7F7F", space: 6 } },
            indent: { left: 170 },
            spacing: { before: 120, after: 200 },
          },
        },
        {
          id: "Fact",
          name: "Fact",
          basedOn: "Normal",
          // Values line up in a second column; a long value wraps under itself, not under the label.
          paragraph: {
            spacing: { after: 60 },
            indent: { left: Math.round(TEXT_WIDTH * 0.45), hanging: Math.round(TEXT_WIDTH * 0.45) },
            leftTabStop: Math.round(TEXT_WIDTH * 0.45),
          },
        },
        // Word's own header and footer styles, by the ids Word gives them.
        ...["Header", "Footer"].map((id) => ({
          id,
          name: id.toLowerCase(),
          basedOn: "Normal",
          run: { size: 18, color: MUTED_COLOUR },
          paragraph: { spacing: { after: 0 } },
        })),
        {
          id: "TableText",
          name: "Table Text",
          basedOn: "Normal",
          run: { size: 20 },
          paragraph: { spacing: { after: 0, line: 240 } },
        },
        {
          id: "AfterTable",
          name: "After Table",
          basedOn: "Normal",
          run: { size: 12 },
          paragraph: { spacing: { after: 120, line: 240 } },
        },
      ],
    },
    numbering: {
      config: [
        {
          reference: ORDERED,
          levels: [
            {
              level: 0,
              format: LevelFormat.DECIMAL,
              text: "%1.",
              alignment: AlignmentType.START,
              style: { paragraph: { indent: { left: 720, hanging: 360 } } },
            },
          ],
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: PAGE,
            margin: {
              top: MARGIN.top,
              bottom: MARGIN.bottom,
              left: MARGIN.side,
              right: MARGIN.side,
              header: MARGIN.headerFooter,
              footer: MARGIN.headerFooter,
            },
          },
        },
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                style: "Header",
                border: { bottom: { ...RULE, space: 4 } },
                children: [new TextRun(organisationLine(doc))],
              }),
            ],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                style: "Footer",
                border: { top: { ...RULE, space: 4 } },
                tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
                children: [
                  new TextRun(documentDate(doc)),
                  new TextRun({
                    children: [
                      new Tab(),
                      `${text.page} `,
                      PageNumber.CURRENT,
                      ` ${text.of} `,
                      PageNumber.TOTAL_PAGES,
                    ],
                  }),
                ],
              }),
            ],
          }),
        },
        children: [...titleBlock(doc), ...blocks(doc)],
      },
    ],
  });
  return Packer.toBuffer(document);
}
