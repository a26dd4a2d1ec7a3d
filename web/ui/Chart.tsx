import { BarChart, LineChart, ScatterChart } from "echarts/charts";
import {
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  TooltipComponent,
} from "echarts/components";
import { type EChartsCoreOption, init, use } from "echarts/core";
import { SVGRenderer } from "echarts/renderers";
import { type ReactNode, useEffect, useId, useRef } from "react";
import "./chart.css";

// Only what our charts use, so the bundle stays small (echarts/core is tree-shaken).
use([
  SVGRenderer,
  BarChart,
  LineChart,
  ScatterChart,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  MarkAreaComponent,
  TooltipComponent,
]);

export interface ChartProps {
  /** An ECharts option built from the same data as `table`. */
  option: EChartsCoreOption;
  /** What the chart shows; the figure's caption. */
  caption: ReactNode;
  /** The chart's message in a sentence or two, for everyone and for screen readers. */
  summary: ReactNode;
  /** Height of the drawing in CSS pixels; it takes the width of its container. */
  height: number;
  /** The same data as an accessible table (caption, th scope). */
  table: ReactNode;
  /** The disclosure's label, e.g. "Visa som tabell". */
  tableLabel: string;
  /** Show the table under the chart instead of behind the disclosure. */
  tableOpen?: boolean;
}

/**
 * A chart as a figure: a caption, the drawing (a picture for sighted users, hidden from
 * assistive technology), a text summary and the data as a table behind a disclosure that
 * works with the keyboard. The drawing is SVG, follows its container's width and is drawn
 * without animation (no motion, and no <style> element the content security policy would
 * refuse). Tooltips are drawn inside the SVG for the same reason.
 *
 * The option decides the look: give each series a colour with ≥ 3:1 contrast against the
 * page and something besides colour to tell series apart (a decal pattern, direct labels);
 * core/pay/charts.ts has the palette for women and men (shared with the server's reports).
 */
export function Chart({
  option,
  caption,
  summary,
  height,
  table,
  tableLabel,
  tableOpen,
}: ChartProps) {
  const ref = useRef<HTMLDivElement>(null);
  const chartRef = useRef<ReturnType<typeof init> | null>(null);
  const textRef = useRef({ color: "#000000", fontFamily: "sans-serif" });
  const summaryId = useId();

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    // Text in the page's colour and font; ECharts measures labels with this font to lay them
    // out, so it must be the one the SVG is drawn with.
    const style = getComputedStyle(element);
    textRef.current = { color: style.color, fontFamily: style.fontFamily };
    const chart = init(element, undefined, { renderer: "svg" });
    chartRef.current = chart;
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      chart.dispose();
      chartRef.current = null;
    };
  }, []);

  useEffect(() => {
    const tooltip = (option as { tooltip?: object }).tooltip;
    chartRef.current?.setOption(
      {
        animation: false,
        textStyle: textRef.current,
        ...option,
        ...(tooltip ? { tooltip: { ...tooltip, renderMode: "richText" } } : {}),
      },
      { notMerge: true },
    );
  }, [option]);

  return (
    <figure className="chart" aria-describedby={summaryId}>
      <figcaption className="chart__caption">{caption}</figcaption>
      <div className="chart__drawing" ref={ref} style={{ height }} aria-hidden="true" />
      <p className="chart__summary" id={summaryId}>
        {summary}
      </p>
      {tableOpen ? (
        <div className="chart__table">{table}</div>
      ) : (
        <details className="chart__table">
          <summary>{tableLabel}</summary>
          {table}
        </details>
      )}
    </figure>
  );
}
