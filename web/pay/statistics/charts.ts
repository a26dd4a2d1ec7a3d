import type { EChartsCoreOption } from "echarts/core";
import { EVEN_DISTRIBUTION } from "../../../core/pay/personnel.ts";
import { CHART_COLORS, HIDDEN_DECAL, WOMEN_DECAL } from "../../ui/Chart.tsx";

/**
 * ECharts options for the personnel statistics, built from the same figures as the tables.
 * Pure functions of data and texts, so a report can draw the same charts on the server.
 */

export interface ChartTexts {
  women: string;
  men: string;
  /** The legend's name for groups whose figures are hidden. */
  hidden: string;
  /** Written on such a group's bar; short, to fit a phone. */
  hiddenLabel: string;
  /** A number as a percentage in the user's language, e.g. "57,1 %". */
  percent: (value: number) => string;
}

const axisText = { color: CHART_COLORS.text, fontSize: 13 };
/** Ticks on a value axis: fewer when they would collide on a phone. */
const valueTicks = { ...axisText, hideOverlap: true };
const splitLine = { lineStyle: { color: CHART_COLORS.grid } };

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
export function shareBarsOption(bars: ShareBar[], texts: ChartTexts): EChartsCoreOption {
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
  texts: ChartTexts & {
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
  texts: ChartTexts & { shareWomen: string; even: string },
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
