import type { BarSeriesOption, LineSeriesOption } from "echarts/charts";
import { BarChart, LineChart } from "echarts/charts";
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from "echarts/components";
import { GridComponent, LegendComponent, TooltipComponent } from "echarts/components";
import type { ComposeOption, ECElementEvent } from "echarts/core";
import * as echarts from "echarts/core";
import { SVGRenderer } from "echarts/renderers";
import { useEffect, useRef } from "react";

// Only what the dashboard draws, bundled with the console (no CDN).
echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export type ChartOption = ComposeOption<
  BarSeriesOption | LineSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>;

export interface EChartProps {
  option: ChartOption;
  height?: number;
  /** What the chart shows, for screen readers (the figures are also listed as links beside it). */
  label: string;
  onItemClick?: (event: ECElementEvent) => void;
}

export function EChart({ option, height = 260, label, onItemClick }: EChartProps) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const click = useRef(onItemClick);
  click.current = onItemClick;
  // What the current instance shows, as JSON; options are rebuilt on every render.
  const drawn = useRef("");

  useEffect(() => {
    if (!ref.current) return;
    const instance = echarts.init(ref.current, undefined, { renderer: "svg" });
    chart.current = instance;
    drawn.current = "";
    instance.on("click", (event) => click.current?.(event as ECElementEvent));
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(ref.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  // Redraw only when what the options say changes.
  useEffect(() => {
    const json = JSON.stringify(option);
    if (!chart.current || json === drawn.current) return;
    drawn.current = json;
    chart.current.setOption({ animation: false, ...option }, true);
  });

  return <div ref={ref} role="img" aria-label={label} style={{ width: "100%", height }} />;
}
