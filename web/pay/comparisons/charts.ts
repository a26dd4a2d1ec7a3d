import type { EChartsCoreOption } from "echarts/core";
import { CHART_COLORS } from "../../ui/Chart.tsx";

/**
 * ECharts options for the comparisons, built from the same data as their tables. Women and
 * women-dominated jobs are orange triangles, men and other jobs blue circles: shape and colour
 * both tell them apart.
 */

const axisText = { color: CHART_COLORS.text, fontSize: 13 };
const splitLine = { lineStyle: { color: CHART_COLORS.grid } };

interface Point {
  /** Shown in the tooltip. */
  label: string;
  x: number;
  y: number;
}

interface ScatterTexts {
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
