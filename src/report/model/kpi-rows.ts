import {
  convertQuantity,
  DIM_KEYS,
  getMetric,
  isMetricId,
  listMetrics,
  unitOf,
  type Fact,
  type Unit,
} from '../../core/index.js';
import { breakdownDims, orderedDims, rowLabel, valueRank } from './dims-label.js';
import { displayDecimals, formatFigure } from './figure-format.js';
import type { FootnoteBook } from './footnotes.js';
import type { FrameworkView } from './framework-view.js';
import type { KpiCell, KpiRow } from './report-model.js';
import type { RowFacts } from './select-facts.js';

let metricRanks: ReadonlyMap<string, number> | undefined;

/** Position of a metric in the catalogue: tables list figures in the catalogue's order (scope 1 before scope 2). */
function metricRank(metric: string): number {
  metricRanks ??= new Map(listMetrics().map((m, i) => [m.id, i]));
  return metricRanks.get(metric) ?? Number.MAX_SAFE_INTEGER;
}

/** The unit a row prints: the metric's canonical unit when the facts measure its dimension, else theirs. */
function rowUnit(fact: Fact): Unit {
  if (isMetricId(fact.metric)) {
    const canonical = unitOf(getMetric(fact.metric).unit);
    if (canonical.dimension === fact.quantity.unit.dimension) return canonical;
  }
  return fact.quantity.unit;
}

/** "tCO2e/m2": an intensity's numerator unit over the denominator it carries in dim `denominator`. */
function unitText(unit: Unit, dims: Readonly<Record<string, string>>): string {
  const per = dims.denominator;
  return per !== undefined && !unit.symbol.includes('/') ? `${unit.symbol}/${per}` : unit.symbol;
}

function variantKey(dims: Readonly<Record<string, string>>): string {
  const breakdown = new Set(breakdownDims(dims).map(([k]) => k));
  return JSON.stringify(orderedDims(dims).filter(([k]) => !breakdown.has(k)));
}

function sortKey(fact: Fact): (string | number)[] {
  const parts = breakdownDims(fact.dims);
  const keyRank = (k: string) => (DIM_KEYS as readonly string[]).indexOf(k);
  return [
    metricRank(fact.metric),
    fact.metric,
    variantKey(fact.dims),
    parts.length,
    ...parts.flatMap(([k, v]) => [keyRank(k), valueRank(k, v)]),
  ];
}

function compareKeys(a: readonly (string | number)[], b: readonly (string | number)[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? '';
    const y = b[i] ?? '';
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return String(x).localeCompare(String(y));
  }
  return 0;
}

/** Builds a section's KPI rows: ordered, labelled, converted to one unit per row, each cell cited. */
export function buildKpiRows(
  rows: readonly RowFacts[],
  years: readonly number[],
  view: FrameworkView,
  notes: FootnoteBook,
  nextId: () => string,
): KpiRow[] {
  const latest = (r: RowFacts) => [...r.byYear.entries()].sort(([a], [b]) => b - a)[0]?.[1];
  const withFact = rows.flatMap((r) => {
    const fact = latest(r);
    return fact ? [{ r, fact }] : [];
  });
  withFact.sort((a, b) => compareKeys(sortKey(a.fact), sortKey(b.fact)));
  const totals = new Set(
    withFact
      .filter(({ fact }) => breakdownDims(fact.dims).length === 0)
      .map(({ fact }) => `${fact.metric}|${variantKey(fact.dims)}`),
  );
  return withFact.map(({ r, fact }) => {
    const unit = rowUnit(fact);
    const values = years.map((y) => {
      const f = r.byYear.get(y);
      return f ? { f, value: convertQuantity(f.quantity, unit).value } : undefined;
    });
    const decimals = displayDecimals(values.flatMap((v) => (v ? [v.value] : [])));
    const cells: (KpiCell | null)[] = values.map((v, i) =>
      v
        ? {
            year: years[i] ?? 0,
            value: v.value,
            display: formatFigure(v.value, decimals),
            footnote: notes.cite(v.f),
            fact: v.f,
          }
        : null,
    );
    const isBreakdown = breakdownDims(fact.dims).length > 0;
    const underTotal = isBreakdown && totals.has(`${fact.metric}|${variantKey(fact.dims)}`);
    return {
      id: nextId(),
      metric: fact.metric,
      label: rowLabel(fact.metric, fact.dims, underTotal, fact.label),
      dims: fact.dims,
      depth: underTotal ? 1 : 0,
      unit: unitText(unit, fact.dims),
      codes: view.codesOfMetric(fact.metric).map((c) => view.qualified(c)),
      cells,
    };
  });
}
