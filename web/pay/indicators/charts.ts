import type { EChartsCoreOption } from "echarts/core";
import { CHART_COLORS, HIDDEN_DECAL, WOMEN_DECAL } from "../../ui/Chart.tsx";
import type { QuartileFigure, YearRow } from "./types.ts";

/**
 * ECharts options for the EU indicators, built from the same figures as their tables. Pure
 * functions of data and texts.
 */

export interface ChartTexts {
  women: string;
  men: string;
  hidden: string;
  /** A number in per cent in the user's language, e.g. "57,1 %". */
  percent: (value: number) => string;
  /** The same without decimals, for an axis. */
  axisPercent: (value: number) => string;
}

const axisText = { color: CHART_COLORS.text, fontSize: 13 };
const splitLine = { lineStyle: { color: CHART_COLORS.grid } };

/** (f) Women and men in each quartile band, stacked to 100 %; a hidden band is grey and hatched. */
export function quartileOption(
  bands: QuartileFigure[],
  names: string[],
  texts: ChartTexts,
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
  years: YearRow[],
  texts: ChartTexts & { annual: string; hourly: string },
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
