import type { EChartsCoreOption } from 'echarts/core';
import type { ChartSpec } from '../model/index.js';

/** Colours that stay distinct in print and for the common colour-vision deficiencies (Okabe–Ito). */
export const PALETTE = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#56B4E9',
  '#D55E00',
  '#F0E442',
  '#000000',
] as const;

const TEXT = { fontFamily: 'sans-serif', color: '#222' };

/** A mark's label: grouped digits, at most two decimals (the exact figure is in the table). */
export function markLabel(value: unknown): string {
  return typeof value === 'number' ? value.toLocaleString('en-US', { maximumFractionDigits: 2 }) : '';
}

/** A stacked segment smaller than this share of the tallest bar gets no label (it would not fit). */
const MIN_LABELLED_SHARE = 0.06;

function tallest(spec: ChartSpec): number {
  return Math.max(
    0,
    ...spec.categories.map((_, i) => spec.series.reduce((sum, s) => sum + Math.abs(s.values[i] ?? 0), 0)),
  );
}

function categoryChart(spec: ChartSpec): EChartsCoreOption {
  const stacked = spec.shape === 'stacked_bar';
  const minLabelled = stacked ? tallest(spec) * MIN_LABELLED_SHARE : 0;
  const type = spec.shape === 'line' ? 'line' : 'bar';
  return {
    // Each legend entry takes a line at this width; the plot leaves room so labels never overlap it.
    grid: { left: 64, right: 24, top: 36, bottom: 48 + 20 * spec.series.length },
    legend: { bottom: 4, orient: 'vertical', textStyle: TEXT },
    xAxis: { type: 'category', data: [...spec.categories], axisLabel: TEXT },
    yAxis: { type: 'value', name: spec.unit, nameTextStyle: TEXT, axisLabel: TEXT },
    series: spec.series.map((s) => ({
      type,
      name: s.name,
      data: [...s.values],
      ...(stacked ? { stack: 'total' } : {}),
      ...(type === 'line' ? { symbolSize: 7, connectNulls: true } : { barMaxWidth: 48 }),
      label: {
        show: spec.shape !== 'line',
        position: stacked ? 'inside' : 'top',
        fontSize: 10,
        formatter: (p: { value?: unknown }) =>
          typeof p.value === 'number' && Math.abs(p.value) < minLabelled ? '' : markLabel(p.value),
      },
    })),
  };
}

function donut(spec: ChartSpec): EChartsCoreOption {
  const values = spec.series[0]?.values ?? [];
  return {
    legend: { bottom: 8, textStyle: TEXT },
    series: [
      {
        type: 'pie',
        radius: ['38%', '66%'],
        center: ['50%', '44%'],
        label: { formatter: '{d}%', fontSize: 11 },
        data: spec.categories.map((name, i) => ({ name, value: values[i] ?? 0 })),
      },
    ],
  };
}

/**
 * The echarts option for a chart spec: bars, stacked bars, lines or a donut, no animation (it is
 * printed). The title is the HTML figure's caption, not drawn in the SVG.
 */
export function chartOption(spec: ChartSpec): EChartsCoreOption {
  return {
    animation: false,
    color: [...PALETTE],
    textStyle: TEXT,
    ...(spec.shape === 'donut' ? donut(spec) : categoryChart(spec)),
  };
}
