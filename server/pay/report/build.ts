/**
 * The yearly pay survey report (DL 3:13–14) and the EU indicator report (2023/970 art. 9) as
 * format-neutral ReportDocuments; the routes render them as DOCX or tagged PDF. Everything
 * here is a pure function of the data loaded in data.ts and the texts in texts.ts, apart from
 * drawing the charts (charts.ts), which uses the same ECharts options as the web pages.
 */
import {
  COOPERATION_FORUM_LABELS,
  EVALUATION_EFFECT_LABELS,
  MEASURE_STATUS_LABELS,
  POSITION_LABELS,
} from "../../../core/cycle/labels.ts";
import {
  equalWorkGapOption,
  quartileOption,
  shareBarsOption,
  valuePayOption,
  yearGapOption,
} from "../../../core/pay/charts.ts";
import type { Proportion, ShareRow } from "../../../core/pay/personnel.ts";
import type { Cell } from "../../../core/pay/suppression.ts";
import { formatInteger } from "../../../core/platform/format.ts";
import type { ReportOrganisation } from "../../reports/http.ts";
import {
  formatAmount,
  formatDate,
  type ReportBlock,
  type ReportDocument,
  type ReportLocale,
} from "../../reports/index.ts";
import type { GapFigure } from "../indicators/present.ts";
import type { PayMeasureView } from "../measures/service.ts";
import { barsHeight, renderChart } from "./charts.ts";
import type { IndicatorReportData, PaySurveyReportData } from "./data.ts";
import { type ReportTexts, reportTexts } from "./texts.ts";

export interface PayReportOptions {
  organisation: ReportOrganisation;
  locale: ReportLocale;
  /** ISO date the document speaks for (today in Sweden). */
  today: string;
}

type Table = Extract<ReportBlock, { type: "table" }>;
type Figure = Extract<ReportBlock, { type: "figure" }>;

/** The helpers every section uses, bound to one language, numbering tables and figures. */
function writer(locale: ReportLocale) {
  const t = reportTexts(locale);
  const sv = locale === "sv";
  let tables = 0;
  let figures = 0;
  const number = (value: number, decimals: number) =>
    value.toLocaleString(sv ? "sv-SE" : "en-GB", {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    });
  const percent = (value: number, decimals = 1) =>
    // Swedish writes a (no-break) space before the sign; a true minus sign for negatives.
    `${number(value, decimals).replace("-", sv ? "\u2212" : "-")}${sv ? "\u00A0%" : "%"}`;
  const money = (kronor: number) => formatAmount(kronor, locale);
  const integer = (value: number) => formatInteger(value, locale);
  const date = (iso: string) => formatDate(iso, locale);
  const heading = (level: 1 | 2 | 3, text: string): ReportBlock => ({
    type: "heading",
    level,
    text,
  });
  const paragraph = (text: string, style?: "muted" | "note"): ReportBlock =>
    style ? { type: "paragraph", text, style } : { type: "paragraph", text };
  const prose = (text: string): ReportBlock[] =>
    text
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter(Boolean)
      .map((p) => paragraph(p));
  const tableCaption = (caption: string) => `${sv ? "Tabell" : "Table"} ${++tables}. ${caption}`;
  const table = (
    caption: string,
    headers: readonly string[],
    widths: readonly number[],
    rows: string[][],
    emptyText?: string,
  ): Table => ({
    type: "table",
    caption: tableCaption(caption),
    columns: headers.map((header, i) => ({ header, width: widths[i] ?? 1 })),
    rows,
    ...(emptyText ? { emptyText } : {}),
  });
  const figure = (
    caption: string,
    svg: string,
    alt: string,
    data: Omit<Table, "type" | "caption"> & { caption: string },
  ): Figure => ({
    type: "figure",
    caption: `${sv ? "Figur" : "Figure"} ${++figures}. ${caption}`,
    svg,
    alt,
    table: { ...data, caption: tableCaption(data.caption) },
  });
  return {
    t,
    locale,
    number,
    percent,
    money,
    integer,
    date,
    heading,
    paragraph,
    prose,
    table,
    figure,
  };
}
type Writer = ReturnType<typeof writer>;

/** A published count, or "dold" when it is suppressed. */
const count = (w: Writer, cell: Cell) => (cell.value === null ? w.t.hidden : w.integer(cell.value));

const proportion = (w: Writer, p: Proportion) =>
  p.count === null || p.percent === null
    ? w.t.hidden
    : w.t.countShare(w.integer(p.count), w.percent(p.percent));

const commaList = (w: Writer, items: string[]) => {
  if (items.length <= 1) return items.join("");
  const and = w.locale === "sv" ? " och " : " and ";
  return `${items.slice(0, -1).join(", ")}${and}${items.at(-1)}`;
};

function aboutSection(
  w: Writer,
  data: PaySurveyReportData,
  options: PayReportOptions,
): ReportBlock[] {
  const { t } = w;
  const s = data.survey;
  const imported = s.imported_at
    ? t.importedBy(w.date(s.imported_at.toISOString().slice(0, 10)), data.importedBy, s.source_file)
    : t.notImported;
  return [
    w.heading(1, t.about),
    w.paragraph(t.aboutText),
    {
      type: "facts",
      items: [
        { label: t.facts.organisation, value: options.organisation.name },
        { label: t.facts.orgNumber, value: options.organisation.orgNumber },
        { label: t.facts.year, value: String(s.year) },
        { label: t.facts.snapshot, value: w.date(s.snapshot_date) },
        { label: t.facts.employees, value: w.integer(s.employee_count) },
        { label: t.facts.imported, value: imported },
        { label: t.facts.date, value: w.date(options.today) },
      ],
    },
  ];
}

/** The differences the comparisons show, each with its analysis (null when not analysed). */
function differences(data: PaySurveyReportData) {
  const equal = data.equalWork.filter((job) => job.comparable).map((job) => job.finding);
  const pairs = [...data.equivalent.equivalent, ...data.equivalent.lowerValue].map(
    (p) => p.finding,
  );
  return [...equal, ...pairs];
}

function summarySection(w: Writer, data: PaySurveyReportData): ReportBlock[] {
  const { t } = w;
  const all = differences(data);
  const analysed = all.filter((f) => f?.classification).length;
  const unjustified = all.filter((f) => f?.classification === "unjustified").length;
  const cost = data.measures.reduce((sum, m) => sum + m.annualCost, 0);
  const summary = data.cooperation.workYear?.paySurveySummary.trim() ?? "";
  return [
    w.heading(1, t.summary),
    {
      type: "facts",
      items: [
        { label: t.summaryFacts.differences, value: w.integer(all.length) },
        { label: t.summaryFacts.analysed, value: t.ofTotal(analysed, all.length) },
        { label: t.summaryFacts.unjustified, value: w.integer(unjustified) },
        { label: t.summaryFacts.adjustments, value: w.integer(data.measures.length) },
        { label: t.summaryFacts.cost, value: w.money(cost) },
      ],
    },
    ...(summary ? [w.heading(2, t.payConclusion), ...w.prose(summary)] : []),
  ];
}

function cooperationSection(w: Writer, data: PaySurveyReportData): ReportBlock[] {
  const { t } = w;
  const c = data.cooperation;
  const year = data.survey.year;
  const evaluators = [...new Set(data.jobs.map((j) => j.evaluatedBy).filter((n) => n !== null))];
  const analysed = data.findings.filter((f) => f.analysedAt !== null);
  const analysts = [...new Set(analysed.map((f) => f.analysedBy).filter((n) => n !== null))];
  const days = analysed.map((f) => f.analysedAt!.slice(0, 10)).sort();
  const importedOn = data.survey.imported_at?.toISOString().slice(0, 10) ?? null;
  const blocks: ReportBlock[] = [
    w.heading(1, t.cooperation),
    w.paragraph(t.cooperationLaw),
    w.heading(2, t.who),
    {
      type: "list",
      items: [
        t.whoImported(data.importedBy, importedOn ? w.date(importedOn) : null),
        evaluators.length > 0 ? t.whoEvaluated(commaList(w, evaluators)) : t.whoEvaluatedNone,
        days.length > 0
          ? t.whoAnalysed(commaList(w, analysts), w.date(days[0]!), w.date(days.at(-1)!))
          : t.whoAnalysedNone,
      ],
    },
  ];
  if (c.designated.length > 0) {
    blocks.push(
      w.table(
        t.designatedCaption,
        t.designatedColumns,
        [3, 3],
        c.designated.map((r) => [r.name, r.union ?? t.noUnion]),
      ),
      w.paragraph(t.designatedText),
    );
  } else {
    blocks.push(w.paragraph(t.designatedNone, "note"));
  }
  if (c.otherUnionReps.length > 0)
    blocks.push(
      w.paragraph(
        t.otherReps(
          commaList(
            w,
            c.otherUnionReps.map((r) => (r.union ? `${r.name} (${r.union})` : r.name)),
          ),
        ),
      ),
    );
  if (!c.workYear) {
    blocks.push(w.paragraph(t.noWorkYear(year), "muted"));
  } else {
    if (c.workYear.cooperationStatement.trim())
      blocks.push(w.heading(2, t.statement), ...w.prose(c.workYear.cooperationStatement));
    blocks.push(
      w.table(
        t.meetingsCaption(year),
        t.meetingsColumns,
        [1.6, 2.4, 5],
        c.workYear.meetings.map((m) => [
          w.date(m.heldOn),
          m.forum === "other" && m.forumOther
            ? m.forumOther
            : COOPERATION_FORUM_LABELS[m.forum][w.locale],
          m.topics,
        ]),
        t.meetingsNone(year),
      ),
    );
    if (c.workYear.positions.length > 0)
      blocks.push(
        w.table(
          t.positionsCaption,
          t.positionsColumns,
          [2, 2, 1.6, 4],
          c.workYear.positions.map((p) => [
            p.name,
            p.union ?? t.noUnion,
            POSITION_LABELS[p.position][w.locale],
            p.comment,
          ]),
        ),
      );
  }
  blocks.push(w.paragraph(t.notRecorded, "muted"));
  return blocks;
}

function methodSection(w: Writer, data: PaySurveyReportData): ReportBlock[] {
  const { t } = w;
  const s = data.survey;
  const total = data.statistics.total;
  return [
    w.heading(1, t.method),
    {
      type: "facts",
      items: [
        { label: t.methodFacts.snapshot, value: w.date(s.snapshot_date) },
        {
          label: t.methodFacts.population,
          value: t.population(count(w, total.women), count(w, total.men)),
        },
        { label: t.methodFacts.payConcept, value: t.payConcept },
        { label: t.methodFacts.k, value: t.kText(s.min_group_size) },
        {
          label: t.methodFacts.womenDominated,
          value: t.womenDominatedText(w.percent(s.women_dominated_share, 0)),
        },
        { label: t.methodFacts.bands, value: t.bandsText(w.number(s.value_band_width, 0)) },
      ],
    },
    w.paragraph(t.noIndividualPay, "note"),
  ];
}

const bandRange = (w: Writer, band: number, width: number) =>
  w.t.band(w.number(band * width, 0), w.number((band + 1) * width, 0));

function evaluationSection(w: Writer, data: PaySurveyReportData): ReportBlock[] {
  const { t } = w;
  const width = data.survey.value_band_width;
  const evaluated = data.jobs.filter((j) => j.value !== null);
  const notEvaluated = data.jobs.filter((j) => j.value === null);
  const blocks: ReportBlock[] = [
    w.heading(1, t.evaluation),
    w.paragraph(t.evaluationText),
    w.table(
      t.templateCaption,
      t.templateColumns,
      [2.5, 1, 5],
      data.template.criteria.map((c) => [
        c.name,
        w.percent(c.weight, 0),
        c.subCriteria.map((sub) => `${sub.name} (${w.percent(sub.weight, 0)})`).join("\n"),
      ]),
    ),
  ];
  if (evaluated.length === 0) {
    blocks.push(w.paragraph(t.noneEvaluated, "note"));
  } else {
    blocks.push(
      w.table(
        t.jobsCaption,
        t.jobsColumns,
        [2.3, 1.2, 1.3, 1.6, 1.7, 4.4],
        [...evaluated]
          .sort((a, b) => b.value! - a.value! || a.name.localeCompare(b.name, "sv"))
          .map((j) => [
            j.name,
            w.number(j.value!, 1),
            bandRange(w, j.band!, width),
            `${w.integer(j.women)} / ${w.integer(j.men)}`,
            j.womenDominated ? t.yes : t.no,
            j.justification.trim(),
          ]),
      ),
    );
    if (notEvaluated.length > 0) blocks.push(w.paragraph(t.someNotEvaluated(notEvaluated.length)));
  }
  if (notEvaluated.length > 0)
    blocks.push(
      w.table(
        t.notEvaluatedCaption,
        t.notEvaluatedColumns,
        [4, 1, 1],
        notEvaluated.map((j) => [j.name, w.integer(j.women), w.integer(j.men)]),
      ),
    );
  return blocks;
}

function statisticsSection(w: Writer, data: PaySurveyReportData): ReportBlock[] {
  const { t } = w;
  const s = data.statistics;
  const managers = s.byManagement.rows.find((r) => r.key === "managers");
  const keyRows: string[][] = [
    [t.keyFigures.employees, count(w, s.total.women), count(w, s.total.men)],
    ...(managers ? [[t.managers, count(w, managers.women), count(w, managers.men)]] : []),
    [t.keyFigures.partTime, proportion(w, s.partTime.women), proportion(w, s.partTime.men)],
    [t.keyFigures.temporary, proportion(w, s.temporary.women), proportion(w, s.temporary.men)],
    [
      t.keyFigures.parentalLeave,
      proportion(w, s.parentalLeave.women.withLeave),
      proportion(w, s.parentalLeave.men.withLeave),
    ],
    [
      t.keyFigures.longSickLeave,
      proportion(w, s.sickLeave.women.longLeave),
      proportion(w, s.sickLeave.men.longLeave),
    ],
  ];
  const rows = s.byJob.rows;
  const hidden = (r: ShareRow) => r.womenPercent === null;
  const name = (r: ShareRow) => r.label ?? r.key;
  // The chart has the groups whose shares may be shown; the table has every group.
  const visible = rows.filter((r) => !hidden(r));
  const option = shareBarsOption(
    visible.map((r) => ({
      name: name(r),
      womenPercent: r.womenPercent,
      menPercent: r.menPercent,
      hidden: hidden(r),
    })),
    {
      women: t.women,
      men: t.men,
      hidden: t.hidden,
      hiddenLabel: t.hidden.toLowerCase(),
      percent: (v) => w.percent(v),
    },
  );
  const blocks: ReportBlock[] = [
    w.heading(1, t.statistics),
    w.paragraph(t.statisticsText(s.k)),
    w.table(t.keyFiguresCaption, t.keyFiguresColumns, [3, 2, 2], keyRows),
  ];
  if (visible.length > 0)
    blocks.push(
      w.figure(
        t.shareFigure,
        renderChart(option, barsHeight(visible.length, visible.length > 20 ? 20 : 28)),
        t.shareAlt(
          visible.length,
          visible.filter((r) => r.balanced).length,
          rows.length - visible.length,
        ),
        {
          caption: t.shareCaption,
          columns: t.shareColumns.map((header, i) => ({
            header,
            width: [3, 1.2, 1.2, 1.4, 1.4][i],
          })),
          rows: rows.map((r) => [
            name(r),
            count(w, r.women),
            count(w, r.men),
            r.womenPercent === null ? t.hidden : w.percent(r.womenPercent),
            r.balanced === null ? t.none : r.balanced ? t.yes : t.no,
          ]),
        },
      ),
    );
  return blocks;
}

type Finding = PaySurveyReportData["equalWork"][number]["finding"];

const assessment = (w: Writer, finding: Finding) =>
  finding?.classification ? w.t.classification[finding.classification] : w.t.notAnalysed;

const explanation = (w: Writer, finding: Finding) =>
  finding?.explanation.trim() || (finding?.classification ? w.t.noExplanation : "");

const differenceText = (w: Writer, d: { kr: number; percent: number | null } | null) =>
  d === null
    ? w.t.hidden
    : d.percent === null
      ? w.money(d.kr)
      : w.t.difference(w.money(d.kr), w.percent(d.percent));

function equalWorkSection(w: Writer, data: PaySurveyReportData): ReportBlock[] {
  const { t } = w;
  const k = data.survey.min_group_size;
  const jobs = data.equalWork;
  const comparable = jobs.filter((j) => j.comparable);
  const mean = (f: { mean: number | null; suppressed: unknown; count: number }) =>
    f.count === 0 ? t.none : f.mean === null ? t.hiddenLong(k) : w.money(f.mean);
  const blocks: ReportBlock[] = [w.heading(1, t.equalWork), w.paragraph(t.equalWorkText)];
  const tableRows = jobs.map((j) => [
    j.name,
    w.integer(j.women.count),
    mean(j.women),
    w.integer(j.men.count),
    mean(j.men),
    j.comparable ? differenceText(w, j.mean) : t.oneSexOnly,
  ]);
  const tableData = {
    caption: t.equalWorkCaption,
    columns: t.equalWorkColumns.map((header, i) => ({
      header,
      width: [2.6, 1.2, 1.7, 1.2, 1.7, 1.8][i],
    })),
    rows: tableRows,
  };
  // The chart has the jobs whose difference may be shown; the table has every job.
  const shown = comparable.filter((j) => j.mean?.percent != null);
  if (shown.length > 0) {
    const option = equalWorkGapOption(
      shown.map((j) => ({ name: j.name, percent: j.mean!.percent! })),
      { womenLower: t.womenLower, womenHigher: t.womenHigher, percent: (v) => w.percent(v) },
    );
    const womenLower = shown.filter((j) => j.mean!.kr > 0).length;
    blocks.push(
      w.figure(
        t.equalWorkFigure,
        renderChart(option, barsHeight(shown.length, shown.length > 20 ? 20 : 28)),
        t.equalWorkAlt(shown.length, womenLower, comparable.length - shown.length),
        tableData,
      ),
    );
  } else {
    blocks.push(
      w.table(tableData.caption, t.equalWorkColumns, [2.6, 1.2, 1.7, 1.2, 1.7, 1.8], tableRows),
    );
  }
  blocks.push(
    w.table(
      t.analysesCaption(t.equalWork),
      t.analysisColumns,
      [2.8, 1.8, 4.6],
      comparable.map((j) => [
        `${j.name}\n${differenceText(w, j.mean)}`,
        assessment(w, j.finding),
        explanation(w, j.finding),
      ]),
      t.noDifferences,
    ),
  );
  return blocks;
}

function equivalentSections(w: Writer, data: PaySurveyReportData): ReportBlock[] {
  const { t } = w;
  const view = data.equivalent;
  const k = data.survey.min_group_size;
  const byId = new Map(view.jobs.map((j) => [j.jobId, j]));
  const pay = (value: number | null) => (value === null ? t.hiddenLong(k) : w.money(value));
  const blocks: ReportBlock[] = [];

  if (view.jobs.length === 0) {
    blocks.push(
      w.heading(1, t.equivalent),
      w.paragraph(t.equivalentText),
      w.paragraph(t.noneEvaluated, "note"),
      w.heading(1, t.lowerValue),
      w.paragraph(t.lowerValueText),
      w.paragraph(t.noneEvaluated, "note"),
    );
    return blocks;
  }

  const shown = view.jobs.filter((j) => j.meanPay !== null);
  const option = valuePayOption(
    shown.map((j) => ({
      name: j.name,
      value: j.value,
      pay: j.meanPay!,
      dominated: j.dominance !== null,
    })),
    {
      first: t.dominatedJobs,
      second: t.otherJobs,
      xAxis: t.valueAxis,
      yAxis: t.payAxis,
      money: (v) => w.money(v),
      tooltip: (p) => p.label,
    },
  );
  const valuePay = w.figure(
    t.valuePayFigure,
    renderChart(option, 360),
    t.valuePayAlt(shown.length, shown.filter((j) => j.dominance !== null).length),
    {
      caption: t.valuePayCaption,
      columns: t.valuePayColumns.map((header, i) => ({
        header,
        width: [3, 1.1, 1.4, 1.6, 1.8][i],
      })),
      rows: [...view.jobs]
        .sort((a, b) => a.value - b.value || a.name.localeCompare(b.name, "sv"))
        .map((j) => [
          j.name,
          w.number(j.value, 1),
          j.womenShare === null ? t.none : w.percent(j.womenShare),
          j.dominance ? t.dominance[j.dominance] : t.no,
          pay(j.meanPay),
        ]),
    },
  );

  const pairs = (
    title: string,
    text: string,
    list: typeof view.equivalent,
    withFigure: boolean,
  ): ReportBlock[] => {
    const rows = list.map((p) => {
      const job = byId.get(p.jobId)!;
      const other = byId.get(p.otherJobId)!;
      return {
        compare: [
          t.withValue(job.name, w.number(job.value, 1)),
          pay(job.meanPay),
          t.withValue(other.name, w.number(other.value, 1)),
          pay(other.meanPay),
          differenceText(w, p.difference),
        ],
        analysis: [
          t.pairName(job.name, other.name),
          assessment(w, p.finding),
          explanation(w, p.finding),
        ],
      };
    });
    return [
      w.heading(1, title),
      w.paragraph(text),
      ...(withFigure ? [valuePay] : []),
      w.table(
        t.pairsCaption(title),
        t.pairColumns,
        [3, 1.7, 3, 1.7, 1.8],
        rows.map((r) => r.compare),
        t.noPairs,
      ),
      ...(rows.length > 0
        ? [
            w.table(
              t.analysesCaption(title),
              t.analysisColumns,
              [2.8, 1.8, 4.6],
              rows.map((r) => r.analysis),
            ),
          ]
        : []),
    ];
  };
  blocks.push(
    ...pairs(t.equivalent, t.equivalentText, view.equivalent, true),
    ...pairs(t.lowerValue, t.lowerValueText, view.lowerValue, false),
  );
  return blocks;
}

function regressionSection(w: Writer, data: PaySurveyReportData): ReportBlock[] {
  const { t } = w;
  const blocks: ReportBlock[] = [w.heading(1, t.regression), w.paragraph(t.regressionText)];
  const outcome = data.regression;
  if (!outcome.ok) return [...blocks, w.paragraph(t.regressionRefused(outcome.message), "note")];
  const r = outcome.report;
  if (r.female.hidden)
    return [...blocks, w.paragraph(t.regressionHidden(data.survey.min_group_size), "note")];
  const p = r.female.p;
  return [
    ...blocks,
    {
      type: "facts",
      items: [
        { label: t.regressionFacts.n, value: w.integer(r.fit.n) },
        { label: t.regressionFacts.rSquared, value: w.number(r.fit.rSquared, 3) },
        ...(r.female.delta !== null
          ? [{ label: t.regressionFacts.female, value: w.number(r.female.delta, 4) }]
          : []),
        ...(r.female.kennedyPercent !== null
          ? [{ label: t.regressionFacts.kennedy, value: w.percent(r.female.kennedyPercent, 2) }]
          : []),
        ...(p !== null
          ? [
              {
                label: t.regressionFacts.p,
                value: p < 0.001 ? `< ${w.number(0.001, 3)}` : w.number(p, 3),
              },
            ]
          : []),
      ],
    },
    w.paragraph(r.conclusion),
  ];
}

const measureReason = (w: Writer, m: PayMeasureView) =>
  w.t.measureReason(w.t.kindName[m.kind], m.jobName, m.otherJobName);

/** Who gets the adjustment: a count, or the group's description with its count; never keys. */
const measureWho = (w: Writer, m: PayMeasureView) => {
  const people = m.people === 1 ? w.t.person : w.t.people(w.integer(m.people));
  return m.target === "group" && m.groupDescription
    ? w.t.group(m.groupDescription, people)
    : people;
};

function measuresSection(w: Writer, data: PaySurveyReportData): ReportBlock[] {
  const { t } = w;
  const measures = data.measures;
  const blocks: ReportBlock[] = [
    w.heading(1, t.measures),
    w.paragraph(t.measuresText),
    w.table(
      t.measuresCaption,
      t.measuresColumns,
      [2.8, 2.4, 1.5, 2.1, 1.8, 1.5],
      measures.map((m) => [
        [
          measureReason(w, m),
          m.measure.responsibleTitle ? t.responsible(m.measure.responsibleTitle) : null,
        ]
          .filter(Boolean)
          .join("\n"),
        measureWho(w, m),
        w.money(m.monthlyAdjustment),
        w.money(m.annualCost),
        w.date(m.deadline),
        MEASURE_STATUS_LABELS[m.measure.status][w.locale],
      ]),
      t.measuresNone,
    ),
  ];
  if (measures.length > 0) {
    const cost = measures.reduce((sum, m) => sum + m.annualCost, 0);
    blocks.push(w.paragraph(t.totalCost(w.money(cost))), w.heading(2, t.timetable), {
      type: "list",
      items: [...measures]
        .sort((a, b) => a.deadline.localeCompare(b.deadline))
        .map((m) => t.timetableItem(w.date(m.deadline), m.measure.title)),
    });
  }
  return blocks;
}

function lastYearSection(w: Writer, data: PaySurveyReportData): ReportBlock[] {
  const { t } = w;
  const previous = data.previous;
  const blocks: ReportBlock[] = [w.heading(1, t.lastYear)];
  if (!previous) return [...blocks, w.paragraph(t.noPreviousSurvey)];
  return [
    ...blocks,
    w.paragraph(t.lastYearText(previous.year)),
    w.table(
      t.lastYearCaption(previous.year),
      t.lastYearColumns,
      [2.8, 1.8, 1.5, 1.6, 3.5],
      previous.measures.map((m) => {
        const evaluation = m.measure.evaluation;
        return [
          measureReason(w, m),
          measureWho(w, m),
          w.date(m.deadline),
          [
            MEASURE_STATUS_LABELS[m.measure.status][w.locale],
            m.measure.carriedOverTo ? t.carriedOver(m.measure.carriedOverTo.year) : null,
          ]
            .filter(Boolean)
            .join("\n"),
          evaluation
            ? [EVALUATION_EFFECT_LABELS[evaluation.effect][w.locale], evaluation.comment.trim()]
                .filter(Boolean)
                .join("\n")
            : t.notEvaluatedYet,
        ];
      }),
      t.lastYearNone(previous.year),
    ),
  ];
}

/** "Lönekartläggning och analys 2026": the survey as DL 3:13–14 asks it to be documented. */
export function buildPaySurveyReport(
  data: PaySurveyReportData,
  options: PayReportOptions,
): ReportDocument {
  const w = writer(options.locale);
  const year = data.survey.year;
  return {
    title: w.t.surveyTitle(year),
    subtitle: w.t.surveySubtitle,
    organisationName: options.organisation.name,
    orgNumber: options.organisation.orgNumber,
    date: options.today,
    locale: options.locale,
    blocks: [
      ...aboutSection(w, data, options),
      ...summarySection(w, data),
      ...cooperationSection(w, data),
      ...methodSection(w, data),
      ...evaluationSection(w, data),
      ...statisticsSection(w, data),
      ...equalWorkSection(w, data),
      ...equivalentSections(w, data),
      ...measuresSection(w, data),
      ...lastYearSection(w, data),
      ...regressionSection(w, data),
    ],
  };
}

// ---------------------------------------------------------------------------------------
// The EU indicator report

/** A gap in per cent, "Dold", or why there is none; a variable-pay gap says it is about variable pay. */
const gapCell = (w: Writer, g: GapFigure, variable = false) =>
  g.hidden
    ? w.t.hidden
    : g.gapPercent === null
      ? (variable ? w.t.noVariable : w.t.noGap)[g.reason ?? "no-people"]
      : w.percent(g.gapPercent);

/** The reporting duty by head count (Art. 9(2)–(4)); the same rule as the indicators page. */
export function reportingDuty(employees: number): "large" | "medium" | "small" | "none" {
  return employees >= 250
    ? "large"
    : employees >= 150
      ? "medium"
      : employees >= 100
        ? "small"
        : "none";
}

/** "Lönetransparens: indikatorer 2026": EU 2023/970 Art. 9(1)(a)–(g), annual and hourly. */
export function buildIndicatorReport(
  data: IndicatorReportData,
  options: PayReportOptions,
): ReportDocument {
  const w = writer(options.locale);
  const { t } = w;
  const ind = data.indicators;
  const k = ind.k;
  const share = (s: { percent: number | null; hidden: boolean }) =>
    s.hidden || s.percent === null ? t.hidden : w.percent(s.percent);

  const quartiles = (level: "annual" | "hourly"): ReportBlock => {
    const bands = ind[level].quartiles;
    const name = level === "annual" ? t.annual : t.hourly;
    const percentOf = (v: number | null, hidden: boolean) =>
      hidden || v === null ? t.hidden : w.percent(v);
    const option = quartileOption(
      bands,
      bands.map((b) => `Q${b.band}`),
      {
        women: t.women,
        men: t.men,
        hidden: t.hidden,
        percent: (v) => w.percent(v),
        axisPercent: (v) => w.percent(v, 0),
      },
    );
    const first = bands[0];
    const last = bands.at(-1);
    return w.figure(
      t.quartileFigure(name),
      renderChart(option, 220),
      t.quartileAlt(
        name,
        first ? percentOf(first.femalePercent, first.hidden) : t.none,
        last ? percentOf(last.femalePercent, last.hidden) : t.none,
      ),
      {
        caption: t.quartileCaption(name),
        columns: t.quartileColumns.map((header, i) => ({
          header,
          width: [2, 1, 1.2, 1.2, 1.3, 1.3][i],
        })),
        rows: bands.map((b) => [
          t.quartileName(b.band),
          w.integer(b.size),
          b.hidden || b.female === null
            ? t.hidden
            : w.number(b.female, Number.isInteger(b.female) ? 0 : 1),
          b.hidden || b.male === null
            ? t.hidden
            : w.number(b.male, Number.isInteger(b.male) ? 0 : 1),
          percentOf(b.femalePercent, b.hidden),
          percentOf(b.malePercent, b.hidden),
        ]),
      },
    );
  };

  const rows = ind.categories.rows;
  const flagged = rows.filter((r) => r.jointPayAssessment === true);
  const width = ind.categories.valueBandWidth;
  const levelName = (level: "annual" | "hourly") => (level === "annual" ? t.annual : t.hourly);
  const parts = (g: { total: GapFigure; base: GapFigure; variable: GapFigure }) =>
    [gapCell(w, g.total), gapCell(w, g.base), gapCell(w, g.variable, true)].join(" / ");

  const years = ind.yearOverYear;
  const yearOption = yearGapOption(years, {
    women: t.women,
    men: t.men,
    hidden: t.hidden,
    percent: (v) => w.percent(v),
    axisPercent: (v) => w.percent(v, 0),
    annual: t.annualTitle,
    hourly: t.hourlyTitle,
  });

  const blocks: ReportBlock[] = [
    w.heading(1, t.euAbout),
    w.paragraph(t.euAboutText),
    {
      type: "facts",
      items: [
        { label: t.euFacts.snapshot, value: w.date(ind.snapshotDate) },
        { label: t.euFacts.employees, value: w.integer(ind.organisationEmployees) },
        {
          label: t.euFacts.population,
          value: t.euPopulation(w.integer(ind.population.women), w.integer(ind.population.men)),
        },
        { label: t.euFacts.fullTime, value: t.hoursPerWeek(w.number(ind.fullTimeWeeklyHours, 0)) },
        ...(ind.assumedHours > 0
          ? [{ label: t.euFacts.assumed, value: t.assumedHours(w.integer(ind.assumedHours)) }]
          : []),
        { label: t.euFacts.k, value: t.euK(k) },
      ],
    },
    w.paragraph(t.payLevels, "muted"),

    w.heading(1, t.duty),
    w.paragraph(
      t.dutyText[reportingDuty(ind.organisationEmployees)](w.integer(ind.organisationEmployees)),
    ),
    w.paragraph(t.dutyNote, "muted"),

    w.heading(1, t.gaps),
    w.table(
      t.gapsCaption,
      t.gapsColumns,
      [4, 1.5, 1.5],
      [
        [t.indicators.a, gapCell(w, ind.annual.meanGap), gapCell(w, ind.hourly.meanGap)],
        [
          t.indicators.b,
          gapCell(w, ind.annual.variableMeanGap, true),
          gapCell(w, ind.hourly.variableMeanGap, true),
        ],
        [t.indicators.c, gapCell(w, ind.annual.medianGap), gapCell(w, ind.hourly.medianGap)],
        [
          t.indicators.d,
          gapCell(w, ind.annual.variableMedianGap, true),
          gapCell(w, ind.hourly.variableMedianGap, true),
        ],
        [t.indicators.eWomen, share(ind.variableShare.women), share(ind.variableShare.women)],
        [t.indicators.eMen, share(ind.variableShare.men), share(ind.variableShare.men)],
      ],
    ),

    w.heading(1, t.quartiles),
    w.paragraph(t.quartilesText),
    quartiles("annual"),
    quartiles("hourly"),

    w.heading(1, t.categories),
    w.paragraph(t.categoriesText(w.number(width, 0))),
    w.paragraph(t.jointAssessment, "note"),
    w.paragraph(t.flaggedCount(flagged.length)),
    ...(ind.categories.unevaluatedJobs > 0
      ? [w.paragraph(t.unevaluated(ind.categories.unevaluatedJobs), "muted")]
      : []),
    w.table(
      t.categoriesCaption,
      t.categoriesColumns,
      [2.4, 1.3, 1.1, 2.4, 2.4, 2.2],
      rows.map((r) => [
        r.category.kind === "band"
          ? t.categoryBand(bandRange(w, r.category.band, width))
          : t.categoryJob(r.category.job),
        r.women === null ? t.hidden : w.integer(r.women),
        r.men === null ? t.hidden : w.integer(r.men),
        parts(r.annual),
        parts(r.hourly),
        r.jointPayAssessment === null
          ? t.flagHidden
          : r.jointPayAssessment
            ? t.flagYes(r.flaggedOn.map(levelName).join(", "))
            : t.flagNo,
      ]),
    ),

    w.heading(1, t.yearOverYear),
    w.figure(
      t.yearFigure,
      renderChart(yearOption, 260),
      t.yearAlt(years.map((y) => y.year).join(", ")),
      {
        caption: t.yearCaption,
        columns: t.yearColumns.map((header, i) => ({
          header,
          width: [0.9, 1, 1, 1.3, 1.3, 1.3, 1.3][i],
        })),
        rows: years.map((y) => [
          String(y.year),
          y.women === null ? t.hidden : w.integer(y.women),
          y.men === null ? t.hidden : w.integer(y.men),
          gapCell(w, y.annual.meanGap),
          gapCell(w, y.annual.medianGap),
          gapCell(w, y.hourly.meanGap),
          gapCell(w, y.hourly.medianGap),
        ]),
      },
    ),
  ];

  return {
    title: t.indicatorTitle(ind.year),
    subtitle: t.indicatorSubtitle,
    organisationName: options.organisation.name,
    orgNumber: options.organisation.orgNumber,
    date: options.today,
    locale: options.locale,
    blocks,
  };
}

export function payReportFileName(
  kind: "survey" | "indicators",
  year: number,
  organisationName: string,
  locale: ReportLocale,
): string {
  const t: ReportTexts = reportTexts(locale);
  return kind === "survey"
    ? t.surveyFile(year, organisationName)
    : t.indicatorFile(year, organisationName);
}
