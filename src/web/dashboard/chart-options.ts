import type { EChartsCoreOption } from 'echarts/core';
import type { ChartPoint, YearSeries } from './chart-data.js';

// Colour-blind-safe palette (Okabe & Ito, "Color Universal Design", 2008).
const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442'];

const AXIS_LABEL = { color: '#334155' };

const whole = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });
const small = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });
const compact = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 });

/** A chart label: whole numbers from 1,000 up, else two places (the dashboard cards' rule). */
export function chartNumber(value: number): string {
  return Math.abs(value) >= 1000 ? whole.format(value) : small.format(value);
}

/** An axis tick: 12k, 1.5M. */
function tick(value: number): string {
  return compact.format(value);
}

/** Grouped bars: one group per year, one bar per series (emissions by scope). */
export function groupedBarsOption(
  years: readonly number[],
  series: readonly YearSeries[],
  unit: string,
): EChartsCoreOption {
  return {
    color: PALETTE,
    tooltip: {
      trigger: 'axis',
      valueFormatter: (v: unknown) => (typeof v === 'number' ? chartNumber(v) : '—'),
    },
    legend: { bottom: 0 },
    grid: {
      left: 8,
      right: 16,
      top: 28,
      bottom: 40,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    xAxis: { type: 'category', data: years.map(String), axisLabel: AXIS_LABEL },
    yAxis: { type: 'value', name: unit, axisLabel: { ...AXIS_LABEL, formatter: tick } },
    series: series.map((s) => ({ type: 'bar', name: s.name, data: [...s.values] })),
  };
}

/** Horizontal bars, largest on top (energy by site). */
export function rankedBarsOption(points: readonly ChartPoint[], unit: string): EChartsCoreOption {
  const ordered = [...points].reverse();
  return {
    color: PALETTE,
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (v: unknown) => (typeof v === 'number' ? chartNumber(v) : '—'),
    },
    grid: {
      left: 8,
      right: 64,
      top: 28,
      bottom: 8,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    xAxis: { type: 'value', name: unit, splitNumber: 3, axisLabel: { ...AXIS_LABEL, formatter: tick } },
    yAxis: {
      type: 'category',
      data: ordered.map((p) => p.name),
      axisLabel: { ...AXIS_LABEL, width: 150, overflow: 'truncate' },
    },
    series: [
      {
        type: 'bar',
        name: unit,
        data: ordered.map((p) => p.value),
        label: {
          show: true,
          position: 'right',
          formatter: (p: { value: unknown }) => (typeof p.value === 'number' ? chartNumber(p.value) : ''),
        },
      },
    ],
  };
}

/** A ring of shares (energy by source). */
export function shareRingOption(points: readonly ChartPoint[], unit: string): EChartsCoreOption {
  return {
    color: PALETTE,
    tooltip: {
      trigger: 'item',
      valueFormatter: (v: unknown) => `${typeof v === 'number' ? chartNumber(v) : '—'} ${unit}`,
    },
    legend: { bottom: 0, type: 'plain', itemGap: 12 },
    series: [
      {
        type: 'pie',
        name: unit,
        radius: ['36%', '60%'],
        center: ['50%', '40%'],
        data: points.map((p) => ({ name: p.name, value: p.value })),
        // Names are in the legend; the ring's labels carry only the shares, so none is cut off.
        label: { formatter: (p: { percent?: number }) => `${(p.percent ?? 0).toFixed(0)}%` },
        labelLine: { length: 6, length2: 6 },
        minShowLabelAngle: 6,
      },
    ],
  };
}
