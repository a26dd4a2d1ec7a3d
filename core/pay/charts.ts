import type { EChartsCoreOption } from "echarts/core";
import { EVEN_DISTRIBUTION } from "./personnel.ts";

/**
 * The pay survey's charts as ECharts options: pure functions of figures and texts, with no
 * DOM and no CSS, so the web pages (web/ui/Chart.tsx) and the server's reports
 * (server/pay/report/charts.ts) draw the same chart from the same data in the same colours.
 */

/**
 * Colours for data about women and men, ≥ 3:1 against the page and the surface (women
 * 4.8:1, men 6.7:1; orange and blue stay apart for the common colour-vision deficiencies).
 * Women's marks also carry a stripe pattern, so the two differ without colour too.
 */
export const CHART_COLORS = {
  women: "#b35900",
  men: "#1f5f99",
  /** Hidden or missing data: grey, 5.5:1. */
  muted: "#5d6b79",
  text: "#1b2a38",
  grid: "#c9d1d9",
} as const;

/** The stripes on women's marks (ECharts decal). */
export const WOMEN_DECAL = {
  color: "rgba(255, 255, 255, 0.55)",
  dashArrayX: [1, 0],
  dashArrayY: [3, 4],
  rotation: Math.PI / 4,
} as const;

/** Cross-hatching on hidden data, so it reads as "no figure" without colour. */
export const HIDDEN_DECAL = {
  color: "rgba(255, 255, 255, 0.6)",
  dashArrayX: [1, 0],
  dashArrayY: [2, 5],
  rotation: -Math.PI / 4,
} as const;

const axisText = { color: CHART_COLORS.text, fontSize: 13 };
const splitLine = { lineStyle: { color: CHART_COLORS.grid } };

// ---------------------------------------------------------------------------------------
// Personnel statistics

export interface StatisticsChartTexts {
  women: string;
  men: string;
  /** The legend's name for groups whose figures are hidden. */
  hidden: string;
  /** Written on such a group's bar; short, to fit a phone. */
  hiddenLabel: string;
  /** A number as a percentage in the user's language, e.g. "57,1 %". */
  percent: (value: number) => string;
}

/** Ticks on a value axis: fewer when they would collide on a phone. */
const valueTicks = { ...axisText, hideOverlap: true };

/**
 * The 40 % and 60 % lines across stacked bars: a dark line under a white dash, visible on the
 * bars and on white. The value axis names them (its ticks fall on 40 and 60).
 */
const evenLines = {
  silent: true,
  symbol: "none",
  label: { show: false },
  data: [EVEN_DISTRIBUTION.min, EVEN_DISTRIBUTION.max].flatMap((value) => [
    { xAxis: value, lineStyle: { color: CHART_COLORS.text, width: 4, type: "solid" } },
    { xAxis: value, lineStyle: { color: "#ffffff", width: 2, type: "dashed" } },
  ]),
};

export interface ShareBar {
  name: string;
  womenPercent: number | null;
  menPercent: number | null;
  /** The figures are suppressed (a small group). */
  hidden: boolean;
}

/** Women and men as shares of each group (stacked to 100 %), the 40–60 % interval marked. */
export function shareBarsOption(bars: ShareBar[], texts: StatisticsChartTexts): EChartsCoreOption {
  // White figures with a halo in the bar's colour stay readable over the stripes; a segment
  // too narrow for its figure gets none (the table has every figure). Women's figures sit at
  // the left end and men's at the right, away from the 40 and 60 % lines drawn over them.
  const segment = (textBorderColor: string, position: "insideLeft" | "insideRight") => ({
    show: true,
    position,
    color: "#ffffff",
    textBorderColor,
    textBorderWidth: 3,
    fontSize: 12,
    formatter: (p: { value: number | null }) =>
      p.value !== null && p.value >= 12 ? texts.percent(p.value) : "",
  });
  return {
    grid: {
      left: 8,
      right: 16,
      top: 24,
      bottom: 40,
      outerBoundsMode: "same",
      outerBoundsContain: "axisLabel",
    },
    legend: { bottom: 0, left: 0, textStyle: axisText, itemGap: 20 },
    tooltip: { trigger: "item" },
    xAxis: {
      type: "value",
      min: 0,
      max: 100,
      interval: 20,
      axisLabel: { ...valueTicks, formatter: (value: number) => texts.percent(value) },
      splitLine,
    },
    yAxis: {
      type: "category",
      inverse: true,
      data: bars.map((b) => b.name),
      axisLabel: { ...axisText, width: 130, overflow: "truncate" },
      axisTick: { show: false },
    },
    series: [
      {
        name: texts.women,
        type: "bar",
        stack: "share",
        barMaxWidth: 28,
        data: bars.map((b) => b.womenPercent),
        itemStyle: { color: CHART_COLORS.women, decal: WOMEN_DECAL },
        label: segment(CHART_COLORS.women, "insideLeft"),
        markLine: evenLines,
      },
      {
        name: texts.men,
        type: "bar",
        stack: "share",
        barMaxWidth: 28,
        data: bars.map((b) => b.menPercent),
        itemStyle: { color: CHART_COLORS.men },
        label: segment(CHART_COLORS.men, "insideRight"),
      },
      ...(bars.some((b) => b.hidden)
        ? [
            {
              name: texts.hidden,
              type: "bar",
              stack: "share",
              barMaxWidth: 28,
              data: bars.map((b) => (b.hidden ? 100 : null)),
              itemStyle: { color: CHART_COLORS.muted, decal: HIDDEN_DECAL },
              label: {
                show: true,
                position: "insideLeft",
                color: "#ffffff",
                textBorderColor: CHART_COLORS.muted,
                textBorderWidth: 3,
                fontSize: 12,
                formatter: texts.hiddenLabel,
              },
            },
          ]
        : []),
    ],
  };
}

export interface SexBar {
  /** null when hidden or when there is no figure. */
  value: number | null;
  /** Written at the bar when there is no value ("dold", "ingen"). */
  note: string;
}

/** One figure for women and one for men as two labelled bars (the axis names the sex). */
export function sexBarsOption(
  bars: { women: SexBar; men: SexBar },
  texts: StatisticsChartTexts & {
    /** The figure at a bar, e.g. "6,2 dagar". */
    format: (value: number) => string;
    /** The value axis's ticks, e.g. "6". */
    axis: (value: number) => string;
    max?: number;
  },
): EChartsCoreOption {
  const item = (bar: SexBar, color: string, decal?: object) => ({
    value: bar.value ?? 0,
    note: bar.value === null ? bar.note : texts.format(bar.value),
    itemStyle: { color, ...(decal ? { decal } : {}) },
  });
  return {
    grid: {
      left: 8,
      right: 100,
      top: 8,
      bottom: 32,
      outerBoundsMode: "same",
      outerBoundsContain: "axisLabel",
    },
    xAxis: {
      type: "value",
      min: 0,
      ...(texts.max !== undefined ? { max: texts.max } : {}),
      axisLabel: { ...valueTicks, formatter: (value: number) => texts.axis(value) },
      splitLine,
    },
    yAxis: {
      type: "category",
      inverse: true,
      data: [texts.women, texts.men],
      axisLabel: axisText,
      axisTick: { show: false },
    },
    series: [
      {
        type: "bar",
        barMaxWidth: 32,
        data: [item(bars.women, CHART_COLORS.women, WOMEN_DECAL), item(bars.men, CHART_COLORS.men)],
        label: {
          show: true,
          position: "right",
          color: CHART_COLORS.text,
          fontSize: 13,
          formatter: (p: { data: { note: string } }) => p.data.note,
        },
      },
    ],
  };
}

/** The share of women year by year, the 40–60 % interval as a band. */
export function yearLineOption(
  points: { year: number; womenPercent: number | null }[],
  texts: StatisticsChartTexts & { shareWomen: string; even: string },
): EChartsCoreOption {
  return {
    grid: {
      left: 8,
      right: 24,
      top: 24,
      bottom: 40,
      outerBoundsMode: "same",
      outerBoundsContain: "axisLabel",
    },
    legend: { bottom: 0, left: 0, textStyle: axisText },
    tooltip: { trigger: "item" },
    xAxis: {
      type: "category",
      data: points.map((p) => String(p.year)),
      axisLabel: axisText,
    },
    yAxis: {
      type: "value",
      min: 0,
      max: 100,
      interval: 20,
      axisLabel: { ...valueTicks, formatter: (value: number) => texts.percent(value) },
      splitLine,
    },
    series: [
      {
        name: texts.shareWomen,
        type: "line",
        data: points.map((p) => p.womenPercent),
        connectNulls: false,
        symbol: "circle",
        symbolSize: 10,
        lineStyle: { color: CHART_COLORS.women, width: 3 },
        itemStyle: { color: CHART_COLORS.women },
        label: {
          show: true,
          position: "top",
          color: CHART_COLORS.text,
          fontSize: 12,
          formatter: (p: { value: number }) => texts.percent(p.value),
        },
        markArea: {
          silent: true,
          itemStyle: { color: "rgba(31, 95, 153, 0.1)" },
          label: { show: true, position: "insideTopRight", color: CHART_COLORS.text, fontSize: 12 },
          data: [
            [{ yAxis: EVEN_DISTRIBUTION.min, name: texts.even }, { yAxis: EVEN_DISTRIBUTION.max }],
          ],
        },
      },
    ],
  };
}

// ---------------------------------------------------------------------------------------
// The comparisons of DL 3:9. Women and women-dominated jobs are orange triangles, men and
// other jobs blue circles: shape and colour both tell them apart.

interface Point {
  /** Shown in the tooltip. */
  label: string;
  x: number;
  y: number;
}

export interface ScatterTexts {
  /** The two groups: women / men, or women-dominated / other jobs. */
  first: string;
  second: string;
  xAxis: string;
  yAxis: string;
  money: (kronor: number) => string;
  /** The tooltip's text for a point. */
  tooltip: (point: Point) => string;
}

function scatter(
  first: Point[],
  second: Point[],
  texts: ScatterTexts,
  xRange: { min?: number; max?: number },
): EChartsCoreOption {
  const series = (name: string, points: Point[], symbol: string, color: string, size: number) => ({
    name,
    type: "scatter",
    symbol,
    symbolSize: size,
    itemStyle: { color, borderColor: "#ffffff", borderWidth: 1 },
    data: points.map((p) => ({ name: p.label, value: [p.x, p.y], point: p })),
  });
  return {
    grid: {
      left: 8,
      right: 24,
      top: 24,
      bottom: 64,
      outerBoundsMode: "same",
      outerBoundsContain: "axisLabel",
    },
    legend: { bottom: 0, left: 0, textStyle: axisText, itemGap: 24 },
    tooltip: {
      trigger: "item",
      formatter: (p: { data: { point: Point } }) => texts.tooltip(p.data.point),
    },
    xAxis: {
      type: "value",
      name: texts.xAxis,
      nameLocation: "middle",
      nameGap: 30,
      nameTextStyle: axisText,
      ...xRange,
      axisLabel: axisText,
      splitLine,
    },
    yAxis: {
      type: "value",
      name: texts.yAxis,
      nameTextStyle: { ...axisText, align: "left" },
      scale: true,
      axisLabel: { ...axisText, formatter: texts.money },
      splitLine,
    },
    series: [
      series(texts.first, first, "triangle", CHART_COLORS.women, 16),
      series(texts.second, second, "circle", CHART_COLORS.men, 12),
    ],
  };
}

/** Each job's value against its mean pay, women-dominated jobs marked. */
export function valuePayOption(
  jobs: { name: string; value: number; pay: number; dominated: boolean }[],
  texts: ScatterTexts,
): EChartsCoreOption {
  const point = (j: (typeof jobs)[number]): Point => ({ label: j.name, x: j.value, y: j.pay });
  return scatter(
    jobs.filter((j) => j.dominated).map(point),
    jobs.filter((j) => !j.dominated).map(point),
    texts,
    { min: 0, max: 100 },
  );
}

/** Each person's FTE pay against years of service, women and men apart. */
export function peopleOption(
  people: { key: string; women: boolean; years: number; pay: number }[],
  texts: ScatterTexts,
): EChartsCoreOption {
  const point = (p: (typeof people)[number]): Point => ({ label: p.key, x: p.years, y: p.pay });
  return scatter(
    people.filter((p) => p.women).map(point),
    people.filter((p) => !p.women).map(point),
    texts,
    { min: 0 },
  );
}

/** One job of the equal-work chart: men's mean minus women's, in per cent of men's. */
export interface EqualWorkGap {
  name: string;
  percent: number;
}

/**
 * (1) Equal work: the difference in mean FTE pay per job, one bar each, so thirty jobs fit on
 * a page. Jobs where women are paid less point right in the women's colour and stripes; jobs
 * where they are paid more point left in the men's colour. Each bar carries its figure.
 */
export function equalWorkGapOption(
  jobs: readonly EqualWorkGap[],
  texts: {
    /** The legend's names of the two directions. */
    womenLower: string;
    womenHigher: string;
    percent: (value: number) => string;
  },
): EChartsCoreOption {
  const bar = (name: string, lower: boolean, color: string, decal?: object) => ({
    name,
    type: "bar",
    stack: "gap",
    barMaxWidth: 14,
    data: jobs.map((j) => (j.percent > 0 === lower ? j.percent : null)),
    itemStyle: { color, ...(decal ? { decal } : {}) },
    label: {
      show: true,
      position: lower ? "right" : "left",
      color: CHART_COLORS.text,
      fontSize: 11,
      formatter: (p: { value: number | null }) => (p.value === null ? "" : texts.percent(p.value)),
    },
  });
  return {
    grid: {
      left: 8,
      right: 56,
      top: 8,
      bottom: 40,
      outerBoundsMode: "same",
      outerBoundsContain: "axisLabel",
    },
    legend: { bottom: 0, left: 0, textStyle: axisText, itemGap: 20 },
    tooltip: { trigger: "item" },
    xAxis: {
      type: "value",
      axisLabel: { ...valueTicks, formatter: (value: number) => texts.percent(value) },
      splitLine,
    },
    yAxis: {
      type: "category",
      inverse: true,
      data: jobs.map((j) => j.name),
      axisLabel: { ...axisText, fontSize: 11, width: 150, overflow: "truncate" },
      axisTick: { show: false },
    },
    series: [
      {
        ...bar(texts.womenLower, true, CHART_COLORS.women, WOMEN_DECAL),
        markLine: {
          silent: true,
          symbol: "none",
          label: { show: false },
          lineStyle: { color: CHART_COLORS.text, width: 1, type: "solid" },
          data: [{ xAxis: 0 }],
        },
      },
      bar(texts.womenHigher, false, CHART_COLORS.men),
    ],
  };
}

// ---------------------------------------------------------------------------------------
// The EU indicators

/** What a quartile chart needs of a band (f). */
export interface QuartileShares {
  femalePercent: number | null;
  malePercent: number | null;
  hidden: boolean;
}

/** What the year-over-year chart needs of a year: the mean gaps (a). */
export interface YearGaps {
  year: number;
  annual: { meanGap: { gapPercent: number | null } };
  hourly: { meanGap: { gapPercent: number | null } };
}

export interface IndicatorChartTexts {
  women: string;
  men: string;
  hidden: string;
  /** A number in per cent in the user's language, e.g. "57,1 %". */
  percent: (value: number) => string;
  /** The same without decimals, for an axis. */
  axisPercent: (value: number) => string;
}

/** (f) Women and men in each quartile band, stacked to 100 %; a hidden band is grey and hatched. */
export function quartileOption(
  bands: readonly QuartileShares[],
  names: string[],
  texts: IndicatorChartTexts,
): EChartsCoreOption {
  const segment = (textBorderColor: string) => ({
    show: true,
    color: "#ffffff",
    textBorderColor,
    textBorderWidth: 3,
    fontSize: 12,
    formatter: (p: { value: number | null }) =>
      p.value !== null && p.value >= 12 ? texts.percent(p.value) : "",
  });
  const bar = { type: "bar", stack: "share", barMaxWidth: 30 };
  return {
    grid: {
      left: 8,
      right: 16,
      top: 16,
      bottom: 40,
      outerBoundsMode: "same",
      outerBoundsContain: "axisLabel",
    },
    legend: { bottom: 0, left: 0, textStyle: axisText, itemGap: 20 },
    tooltip: { trigger: "item" },
    xAxis: {
      type: "value",
      min: 0,
      max: 100,
      interval: 50,
      axisLabel: { ...axisText, formatter: (value: number) => texts.axisPercent(value) },
      splitLine,
    },
    yAxis: {
      type: "category",
      inverse: true,
      data: names,
      axisLabel: { ...axisText, width: 90, overflow: "truncate" },
      axisTick: { show: false },
    },
    series: [
      {
        ...bar,
        name: texts.women,
        data: bands.map((b) => b.femalePercent),
        itemStyle: { color: CHART_COLORS.women, decal: WOMEN_DECAL },
        label: segment(CHART_COLORS.women),
      },
      {
        ...bar,
        name: texts.men,
        data: bands.map((b) => b.malePercent),
        itemStyle: { color: CHART_COLORS.men },
        label: segment(CHART_COLORS.men),
      },
      ...(bands.some((b) => b.hidden)
        ? [
            {
              ...bar,
              name: texts.hidden,
              data: bands.map((b) => (b.hidden ? 100 : null)),
              itemStyle: { color: CHART_COLORS.muted, decal: HIDDEN_DECAL },
              label: {
                show: true,
                color: "#ffffff",
                textBorderColor: CHART_COLORS.muted,
                textBorderWidth: 3,
                fontSize: 12,
                formatter: texts.hidden,
              },
            },
          ]
        : []),
    ],
  };
}

/**
 * The mean gap on annual and on hourly pay year by year, with 0 marked. The two lines differ
 * by dash and symbol as well as colour.
 */
export function yearGapOption(
  years: readonly YearGaps[],
  texts: IndicatorChartTexts & { annual: string; hourly: string },
): EChartsCoreOption {
  const line = (
    name: string,
    values: (number | null)[],
    color: string,
    type: "solid" | "dashed",
    symbol: string,
  ) => ({
    name,
    type: "line",
    data: values,
    connectNulls: false,
    symbol,
    symbolSize: 11,
    lineStyle: { color, width: 3, type },
    itemStyle: { color },
    label: {
      show: true,
      position: "top",
      color: CHART_COLORS.text,
      fontSize: 12,
      formatter: (p: { value: number }) => texts.percent(p.value),
    },
  });
  return {
    grid: {
      left: 8,
      right: 24,
      top: 28,
      bottom: 40,
      outerBoundsMode: "same",
      outerBoundsContain: "axisLabel",
    },
    legend: { bottom: 0, left: 0, textStyle: axisText, itemGap: 20 },
    tooltip: { trigger: "item" },
    xAxis: { type: "category", data: years.map((y) => String(y.year)), axisLabel: axisText },
    yAxis: {
      type: "value",
      axisLabel: { ...axisText, formatter: (value: number) => texts.percent(value) },
      splitLine,
    },
    series: [
      line(
        texts.annual,
        years.map((y) => y.annual.meanGap.gapPercent),
        CHART_COLORS.men,
        "solid",
        "circle",
      ),
      {
        ...line(
          texts.hourly,
          years.map((y) => y.hourly.meanGap.gapPercent),
          CHART_COLORS.women,
          "dashed",
          "diamond",
        ),
        markLine: {
          silent: true,
          symbol: "none",
          label: { show: false },
          lineStyle: { color: CHART_COLORS.text, width: 1, type: "solid" },
          data: [{ yAxis: 0 }],
        },
      },
    ],
  };
}
