/**
 * The pay survey's charts drawn on the server: the same ECharts options as the web pages
 * (core/pay/charts.ts), rendered to SVG without a DOM for the reports' figure blocks.
 */
import { BarChart, LineChart, ScatterChart } from "echarts/charts";
import {
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
} from "echarts/components";
import { type EChartsCoreOption, init, use } from "echarts/core";
import { SVGRenderer } from "echarts/renderers";
import { FONT_STACK } from "../../reports/html.ts";

use([
  SVGRenderer,
  BarChart,
  LineChart,
  ScatterChart,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  MarkAreaComponent,
]);

/** Width of every chart in pixels: the A4 text column at 96 dpi is about 625. */
export const CHART_WIDTH = 620;

/**
 * One chart as a static SVG string: no animation, no tooltip, no hover styles (a printed page
 * has no pointer), white background so the PNG in Word is not transparent.
 */
export function renderChart(option: EChartsCoreOption, height: number): string {
  const chart = init(null, null, { renderer: "svg", ssr: true, width: CHART_WIDTH, height });
  try {
    const { tooltip: _, ...rest } = option as EChartsCoreOption & { tooltip?: unknown };
    chart.setOption({
      animation: false,
      backgroundColor: "#ffffff",
      textStyle: { fontFamily: FONT_STACK, color: "#1b2a38" },
      ...rest,
    });
    return chart.renderToSVGString().replace(/<style[\s\S]*?<\/style>/g, "");
  } finally {
    chart.dispose();
  }
}

/** A bar chart's height for `rows` categories: enough room per bar, within limits. */
export const barsHeight = (rows: number, perRow = 34, chrome = 80) =>
  // At most about 230 mm at the text column's width, so a chart fits on one A4 page.
  Math.min(860, Math.max(160, chrome + rows * perRow));
