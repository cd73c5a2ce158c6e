import { useEffect, useRef } from 'react';
import { createChart, type ECharts, type EChartsCoreOption } from './echarts-setup.js';

/** Props of {@link EChart}. */
export interface EChartProps {
  /** The chart's title, also its accessible name. */
  readonly title: string;
  readonly option: EChartsCoreOption;
  /** Height in CSS pixels; the width follows the container. */
  readonly height?: number;
}

/**
 * An echarts chart in a figure with a visible caption. The chart follows its container's width
 * (ResizeObserver), takes the option whenever it changes and is disposed on unmount.
 */
export function EChart({ title, option, height = 280 }: EChartProps) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);

  useEffect(() => {
    const element = ref.current;
    if (element === null) return;
    const instance = createChart(element);
    chart.current = instance;
    const observer = new ResizeObserver(() => {
      instance.resize();
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption({ aria: { enabled: true }, ...option }, { notMerge: true });
  }, [option]);

  return (
    <figure className="card chart">
      <figcaption>{title}</figcaption>
      <div ref={ref} className="chart-canvas" style={{ height }} />
    </figure>
  );
}
