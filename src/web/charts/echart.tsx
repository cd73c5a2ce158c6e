import { useEffect, useRef } from 'react';
import type { ECharts, EChartsCoreOption } from './echarts-setup.js';

/** Props of {@link EChart}. */
export interface EChartProps {
  /** The chart's title, also its accessible name. */
  readonly title: string;
  readonly option: EChartsCoreOption;
  /** Height in CSS pixels; the width follows the container. */
  readonly height?: number;
}

function withAria(option: EChartsCoreOption): EChartsCoreOption {
  // echarts' aria component writes a description of the data into the chart's aria-label.
  return { aria: { enabled: true }, ...option };
}

/**
 * An echarts chart in a figure with a visible caption. echarts is loaded on first use (its own
 * bundle chunk, so sign-in and the other pages do not wait for it). The chart follows its
 * container's width (ResizeObserver), takes the option whenever it changes and is disposed on unmount.
 */
export function EChart({ title, option, height = 280 }: EChartProps) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);
  const latest = useRef(option);

  useEffect(() => {
    latest.current = option;
    chart.current?.setOption(withAria(option), { notMerge: true });
  }, [option]);

  useEffect(() => {
    const element = ref.current;
    if (element === null) return;
    let disposed = false;
    let observer: ResizeObserver | undefined;
    void import('./echarts-setup.js').then(({ createChart }) => {
      if (disposed) return;
      const instance = createChart(element);
      chart.current = instance;
      instance.setOption(withAria(latest.current), { notMerge: true });
      observer = new ResizeObserver(() => {
        instance.resize();
      });
      observer.observe(element);
    });
    return () => {
      disposed = true;
      observer?.disconnect();
      chart.current?.dispose();
      chart.current = null;
    };
  }, []);

  return (
    <figure className="card chart">
      <figcaption>{title}</figcaption>
      <div ref={ref} className="chart-canvas" style={{ height }} />
    </figure>
  );
}
