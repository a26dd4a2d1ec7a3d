/**
 * npx tsx bench/reports.ts — time and size of a realistic report (title, eight areas each with
 * a five-column table of six rows, some paragraphs) as DOCX and as PDF: the first render in a
 * fresh process (for the PDF, with Chromium's launch) and the average of the next ten.
 * The numbers go in the closing note, not in a test.
 */
import {
  closePdfRenderer,
  formatAmount,
  type ReportBlock,
  type ReportDocument,
  renderDocx,
  renderPdf,
} from "../server/reports/index.ts";

const RUNS = Number(process.env.BENCH_RUNS ?? 10);

const AREAS = [
  "Arbetsförhållanden",
  "Löner och andra anställningsvillkor",
  "Rekrytering och befordran",
  "Utbildning och kompetensutveckling",
  "Föräldraskap och arbete",
  "Trakasserier och sexuella trakasserier",
  "Repressalier",
  "Lönekartläggning",
];

function area(name: string, n: number): ReportBlock[] {
  return [
    { type: "heading", level: 1, text: `${n + 1}. ${name}` },
    {
      type: "paragraph",
      text: `Under året har arbetsgruppen gått igenom området ${name.toLowerCase()} tillsammans med de fackliga parterna och skyddsombuden. Genomgången bygger på medarbetarenkäten, statistik från personalsystemet och samtal på arbetsplatsträffar.`,
    },
    {
      type: "facts",
      items: [
        { label: "Identifierade risker", value: "6" },
        { label: "Budget för åtgärder", value: formatAmount(25000 + n * 7500, "sv") },
      ],
    },
    {
      type: "table",
      caption: `Tabell ${n + 1}. Risker och åtgärder: ${name.toLowerCase()}`,
      columns: [
        { header: "Risk eller hinder", width: 3 },
        { header: "Orsak", width: 3 },
        { header: "Åtgärd", width: 3 },
        { header: "Ansvarig", width: 2 },
        { header: "Klart senast", width: 2 },
      ],
      rows: Array.from({ length: 6 }, (_, r) => [
        `Risk ${r + 1} inom området, beskriven i en mening`,
        "Rutinen är inte känd av alla chefer",
        "Informera på chefsmöte och följa upp\ni medarbetarsamtalen",
        r % 2 ? "HR-chef" : "Förvaltningschef",
        `2027-0${(r % 9) + 1}-15`,
      ]),
    },
    {
      type: "paragraph",
      text: "Åtgärderna följs upp vid nästa årliga genomgång.",
      style: "muted",
    },
  ];
}

const report: ReportDocument = {
  title: "Aktiva åtgärder 2026: kartläggning, analys och åtgärdsplan",
  subtitle: "Dokumentation enligt diskrimineringslagen 3 kap. 13 §",
  organisationName: "Exempelkommunen",
  orgNumber: "212000-0142",
  date: "2026-11-23",
  locale: "sv",
  blocks: [
    { type: "heading", level: 1, text: "Sammanfattning" },
    {
      type: "paragraph",
      text: "Dokumentet beskriver hur vi har undersökt, analyserat och åtgärdat risker för diskriminering och hinder för lika rättigheter och möjligheter under året.",
    },
    {
      type: "list",
      items: ["Undersöka", "Analysera", "Åtgärda", "Följa upp och utvärdera"],
      ordered: true,
    },
    ...AREAS.flatMap(area),
  ],
};

async function measure(render: () => Promise<Buffer>) {
  let start = performance.now();
  const first = await render();
  const cold = performance.now() - start;
  start = performance.now();
  for (let i = 0; i < RUNS; i++) await render();
  return { cold, warm: (performance.now() - start) / RUNS, bytes: first.length, buffer: first };
}

const docx = await measure(() => renderDocx(report));
const pdf = await measure(() => renderPdf(report));
await closePdfRenderer();

// Skia writes one "/Type /Page" object per page and no object streams.
const pages = (pdf.buffer.toString("latin1").match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length;
const table = [
  ["format", "cold ms", `warm ms, mean of ${RUNS}`, "kB", "pages"],
  ["DOCX", docx.cold.toFixed(0), docx.warm.toFixed(0), (docx.bytes / 1024).toFixed(1), ""],
  ["PDF", pdf.cold.toFixed(0), pdf.warm.toFixed(0), (pdf.bytes / 1024).toFixed(1), String(pages)],
];
const widths = table[0]!.map((_, c) => Math.max(...table.map((r) => r[c]!.length)));
for (const [i, r] of table.entries()) {
  console.log(`| ${r.map((cell, c) => cell.padStart(widths[c]!)).join(" | ")} |`);
  if (i === 0) console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
}
