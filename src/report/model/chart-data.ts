import { convertQuantity, getMetric, unitOf, type Fact } from '../../core/index.js';
import type { ChartSeries, ChartSpec } from './chart-spec.js';
import { dimText, metricLabel, valueRank } from './dims-label.js';
import type { RowFacts } from './select-facts.js';

/** Organisation-wide facts (no breakdown) of the chosen rows, by metric, dims JSON and year. */
class ChartFacts {
  private readonly facts: Fact[];

  constructor(rows: readonly RowFacts[]) {
    this.facts = rows.flatMap((r) => [...r.byYear.values()]);
  }

  /** The value of a metric with exactly these dims in a year, in the metric's unit; undefined if absent or not convertible. */
  value(metric: string, dims: Readonly<Record<string, string>>, year: number): number | undefined {
    const want = JSON.stringify(Object.entries(dims).sort());
    const fact = this.facts.find(
      (f) =>
        f.metric === metric &&
        f.period.year === year &&
        JSON.stringify(Object.entries(f.dims).sort()) === want,
    );
    if (!fact) return undefined;
    const unit = unitOf(getMetric(metric).unit);
    if (unit.dimension !== fact.quantity.unit.dimension) return undefined;
    return convertQuantity(fact.quantity, unit).value.toNumber();
  }

  /** Facts of a metric in a year whose only dim is `key`, with its value. */
  byDim(metric: string, key: string, year: number): Fact[] {
    return this.facts
      .filter((f) => f.metric === metric && f.period.year === year && Object.keys(f.dims).join() === key)
      .sort((a, b) => valueRank(key, a.dims[key] ?? '').localeCompare(valueRank(key, b.dims[key] ?? '')));
  }
}

function series(name: string, values: readonly (number | undefined)[]): ChartSeries | undefined {
  return values.some((v) => v !== undefined) ? { name, values: values.map((v) => v ?? null) } : undefined;
}

function present(list: readonly (ChartSeries | undefined)[]): ChartSeries[] {
  return list.filter((s): s is ChartSeries => s !== undefined);
}

function emissions(f: ChartFacts, years: readonly number[]): ChartSpec | undefined {
  const scope2 = (y: number) =>
    f.value('ghg.scope2', { scope2_method: 'location' }, y) ??
    f.value('ghg.scope2', { scope2_method: 'market' }, y) ??
    f.value('ghg.scope2', {}, y);
  const s = present([
    series(
      'Scope 1',
      years.map((y) => f.value('ghg.scope1', {}, y)),
    ),
    series('Scope 2', years.map(scope2)),
    series(
      'Scope 3',
      years.map((y) => f.value('ghg.scope3', {}, y)),
    ),
  ]);
  return s.length === 0
    ? undefined
    : {
        id: 'chart-emissions',
        kind: 'emissions_by_scope',
        shape: 'stacked_bar',
        title: 'GHG emissions by scope',
        unit: 'tCO2e',
        categories: years.map(String),
        series: s,
      };
}

const ENERGY_SOURCES = [
  'energy.electricity',
  'energy.natural_gas',
  'energy.diesel',
  'energy.gasoline',
  'energy.lpg',
  'energy.coal',
  'energy.heat',
  'energy.cooling',
  'energy.other_fuels',
] as const;

function energyMix(f: ChartFacts, year: number): ChartSpec | undefined {
  const parts = ENERGY_SOURCES.flatMap((m) => {
    const v = f.value(m, {}, year);
    return v === undefined || v <= 0 ? [] : [{ name: metricLabel(m), v }];
  });
  if (parts.length < 2) return undefined;
  return {
    id: 'chart-energy',
    kind: 'energy_mix',
    shape: 'donut',
    title: `Energy use by source, ${year}`,
    unit: 'MWh',
    categories: parts.map((p) => p.name),
    series: [{ name: 'Energy', values: parts.map((p) => p.v) }],
  };
}

function water(f: ChartFacts, years: readonly number[]): ChartSpec | undefined {
  const s = present(
    ['water.withdrawal', 'water.consumption', 'water.discharge'].map((m) =>
      series(
        metricLabel(m),
        years.map((y) => f.value(m, {}, y)),
      ),
    ),
  );
  return s.length === 0
    ? undefined
    : {
        id: 'chart-water',
        kind: 'water',
        shape: 'bar',
        title: 'Water',
        unit: 'm3',
        categories: years.map(String),
        series: s,
      };
}

function workforce(f: ChartFacts, key: 'gender' | 'age', year: number): ChartSpec | undefined {
  const facts = f.byDim('workforce.total', key, year);
  if (facts.length < 2) return undefined;
  const values = facts.map((x) => x.quantity.value.toNumber());
  const categories = facts.map((x) => dimText(key, x.dims[key] ?? ''));
  return key === 'gender'
    ? {
        id: 'chart-workforce-gender',
        kind: 'workforce_gender',
        shape: 'donut',
        title: `Workforce by gender, ${year}`,
        unit: 'persons',
        categories,
        series: [{ name: 'Employees', values }],
      }
    : {
        id: 'chart-workforce-age',
        kind: 'workforce_age',
        shape: 'bar',
        title: `Workforce by age, ${year}`,
        unit: 'persons',
        categories,
        series: [{ name: 'Employees', values }],
      };
}

/** Trends as an index (first year with a figure = 100), so figures in different units share one axis. */
function trends(f: ChartFacts, years: readonly number[]): ChartSpec | undefined {
  const picks: readonly [string, Record<string, string>, string][] = [
    ['ghg.scope1_2', { scope2_method: 'location' }, 'GHG emissions (Scope 1 and 2)'],
    ['ghg.total', {}, 'GHG emissions'],
    ['energy.total', {}, 'Energy use'],
    ['water.consumption', {}, 'Water consumption'],
    ['workforce.total', {}, 'Employees'],
  ];
  const s = present(
    picks.map(([m, dims, name]) => {
      const raw = years.map((y) => f.value(m, dims, y));
      const base = raw.find((v) => v !== undefined && v !== 0);
      if (base === undefined || raw.filter((v) => v !== undefined).length < 2) return undefined;
      return series(
        name,
        raw.map((v) => (v === undefined ? undefined : Math.round((v / base) * 1000) / 10)),
      );
    }),
  );
  return s.length === 0
    ? undefined
    : {
        id: 'chart-trends',
        kind: 'trends',
        shape: 'line',
        title: `Trends (${years[0] ?? ''} or first year reported = 100)`,
        unit: 'index',
        categories: years.map(String),
        series: s,
      };
}

/** The charts the facts support, in a fixed order; a chart without data is left out. */
export function buildCharts(rows: readonly RowFacts[], years: readonly number[], year: number): ChartSpec[] {
  const f = new ChartFacts(rows);
  return [
    emissions(f, years),
    energyMix(f, year),
    water(f, years),
    workforce(f, 'gender', year),
    workforce(f, 'age', year),
    trends(f, years),
  ].filter((c): c is ChartSpec => c !== undefined);
}
