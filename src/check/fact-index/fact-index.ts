import type { Dims, Fact } from '../../core/index.js';
import { figureOf, type Figure } from '../precision/index.js';

/** The identity of a reported figure apart from its dimensions: who, what, which year, actual or target. */
export interface SeriesKey {
  readonly entity: string;
  readonly metric: string;
  readonly year: number;
  readonly basis: Fact['basis'];
}

/** A breakdown found in the facts: the figures whose dims add exactly one key (`by`) to `parent`. */
export interface Breakdown {
  readonly by: string;
  readonly parts: readonly Figure[];
}

/**
 * Facts indexed once by metric, by (metric, year, dims) and by breakdown, so that every rule looks up
 * what it needs in constant time and no rule compares all facts with all facts.
 */
export class FactIndex {
  /** Every figure, in input order. */
  readonly figures: readonly Figure[];
  private readonly byMetricMap = new Map<string, Figure[]>();
  private readonly byKeyMap = new Map<string, Figure[]>();
  private readonly childrenMap = new Map<string, Map<string, Figure[]>>();

  constructor(facts: readonly Fact[]) {
    this.figures = facts.map(figureOf);
    for (const f of this.figures) {
      push(this.byMetricMap, f.fact.metric, f);
      push(this.byKeyMap, figureKey(f.fact, f.fact.dims), f);
      for (const by of Object.keys(f.fact.dims)) {
        const parentKey = figureKey(f.fact, withoutKey(f.fact.dims, by));
        let byKey = this.childrenMap.get(parentKey);
        if (!byKey) this.childrenMap.set(parentKey, (byKey = new Map<string, Figure[]>()));
        push(byKey, by, f);
      }
    }
  }

  /** Figures of one metric, any year and dims. */
  metric(metric: string): readonly Figure[] {
    return this.byMetricMap.get(metric) ?? [];
  }

  /** Metric ids present. */
  metrics(): readonly string[] {
    return [...this.byMetricMap.keys()];
  }

  /** Figures of one series with exactly these dims (usually one; more when a figure is printed twice). */
  find(series: SeriesKey, dims: Dims): readonly Figure[] {
    return this.byKeyMap.get(figureKey(series, dims)) ?? [];
  }

  /** The first figure of `metric` in the series of `like` (same entity, year, basis) with these dims. */
  at(like: SeriesKey, metric: string, dims: Dims): Figure | undefined {
    return this.find({ ...like, metric }, dims)[0];
  }

  /** Every group of figures sharing series and dims, in first-seen order. */
  groups(): IterableIterator<readonly Figure[]> {
    return this.byKeyMap.values();
  }

  /** The breakdowns of a figure: for each extra dim key, the figures that add only that key. */
  breakdownsOf(series: SeriesKey, dims: Dims): readonly Breakdown[] {
    const byKey = this.childrenMap.get(figureKey(series, dims));
    if (!byKey) return [];
    return [...byKey].map(([by, parts]) => ({ by, parts }));
  }
}

/** The series of a fact. */
export function seriesOf(fact: Fact): SeriesKey {
  return { entity: fact.entity, metric: fact.metric, year: fact.period.year, basis: fact.basis };
}

/** A stable text key of dims, independent of key order. */
export function dimsKey(dims: Dims): string {
  return Object.keys(dims)
    .sort()
    .map((k) => `${k}=${dims[k] ?? ''}`)
    .join(';');
}

/** The dims without one key. */
export function withoutKey(dims: Dims, key: string): Dims {
  const rest: Record<string, string> = {};
  for (const [k, v] of Object.entries(dims)) if (k !== key) rest[k] = v;
  return rest;
}

function figureKey(s: SeriesKey | Fact, dims: Dims): string {
  const series = 'period' in s ? seriesOf(s) : s;
  return `${series.entity}|${series.metric}|${series.year}|${series.basis}|${dimsKey(dims)}`;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
