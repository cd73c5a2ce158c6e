import type { Dims, Fact } from '../../core/index.js';
import { figureOf, overlaps, rangeLike, type Figure } from '../precision/index.js';
import { senseOf } from './figure-sense.js';
import { agreedByMajority, agreedTotalRows, subtotalOfRowsAbove, totalOfItsRows } from './majority.js';
import { agreedInItsUnit } from './own-unit.js';

/** The identity of a reported figure apart from its dimensions: who, what, which year, actual or target. */
export interface SeriesKey {
  readonly entity: string;
  readonly metric: string;
  readonly year: number;
  readonly basis: Fact['basis'];
}

/** A breakdown found in the facts: one figure per value of the dim `by` that the parts add to the parent's dims. */
export interface Breakdown {
  readonly by: string;
  readonly parts: readonly Figure[];
}

/**
 * Facts indexed once by metric, by (metric, year, dims), by breakdown and by the source quote they were
 * read from, so that every rule looks up what it needs in constant time and no rule compares all facts
 * with all facts.
 */
export class FactIndex {
  /** Every figure, in input order. */
  readonly figures: readonly Figure[];
  private readonly byMetricMap = new Map<string, Figure[]>();
  private readonly byKeyMap = new Map<string, Figure[]>();
  private readonly childrenMap = new Map<string, Map<string, Figure[]>>();
  private readonly chosen = new Map<readonly Figure[], Figure | null>();
  private readonly groupOf = new Map<Figure, Figure[]>();
  private readonly byQuoteMap = new Map<string, Figure[]>();

  /**
   * @param metricLabel the catalogue label of a metric id, so that the words a metric's name has are
   *   not read as narrowing its figures (see {@link senseOf})
   */
  constructor(
    facts: readonly Fact[],
    private readonly metricLabel: (metric: string) => string | undefined = () => undefined,
  ) {
    this.figures = facts.map(figureOf);
    for (const f of this.figures) {
      push(this.byMetricMap, f.fact.metric, f);
      if (f.fact.provenance.kind === 'document') push(this.byQuoteMap, f.fact.provenance.quote, f);
      const series = seriesText(seriesOf(f.fact));
      const key = `${series}|${dimsKey(f.fact.dims)}`;
      let group = this.byKeyMap.get(key);
      if (!group) this.byKeyMap.set(key, (group = []));
      group.push(f);
      this.groupOf.set(f, group);
      // The key of the dims less one name is the dims' key less that name's entry (it is sorted).
      const names = Object.keys(f.fact.dims).sort();
      for (const by of Object.keys(f.fact.dims)) {
        const rest = names.filter((k) => k !== by).map((k) => `${k}=${f.fact.dims[k] ?? ''}`);
        const parentKey = `${series}|${rest.join(';')}`;
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

  /**
   * The figures read from the same source quote as `f` (its sentence, or its table line), `f` included,
   * in input order; empty for a figure not read from a document. A sentence's rules redo its arithmetic
   * from these: the injuries and hours beside a rate, the count beside a share, the total beside an average.
   */
  sameQuote(f: Figure): readonly Figure[] {
    const p = f.fact.provenance;
    return p.kind === 'document' ? (this.byQuoteMap.get(p.quote) ?? []) : [];
  }

  /** Figures of one series with exactly these dims (usually one; more when a figure is printed twice). */
  find(series: SeriesKey, dims: Dims): readonly Figure[] {
    return this.byKeyMap.get(figureKey(series, dims)) ?? [];
  }

  /**
   * The figure of `metric` in the series of `like` (same entity, year, basis) with these dims, when the
   * report prints it once or always alike; undefined when absent or printed with values that disagree
   * (then nothing can be checked against it: the disagreement itself is the finding).
   */
  at(like: SeriesKey, metric: string, dims: Dims): Figure | undefined {
    return this.representative(this.find({ ...like, metric }, dims));
  }

  /** One figure per series and dims of a metric, leaving out those printed with disagreeing values. */
  representatives(metric: string): Figure[] {
    const out: Figure[] = [];
    for (const group of this.groupsOf(metric)) {
      const r = this.representative(group);
      if (r) out.push(r);
    }
    return out;
  }

  /**
   * The printings of a metric grouped by series and dims (one group per year and breakdown cell; more
   * than one figure in a group when it is printed twice), in first-seen order.
   */
  groupsOf(metric: string): (readonly Figure[])[] {
    const out: (readonly Figure[])[] = [];
    const seen = new Set<readonly Figure[]>();
    for (const f of this.metric(metric)) {
      const group = this.groupOf.get(f) ?? [f];
      if (seen.has(group)) continue;
      seen.add(group);
      out.push(group);
    }
    return out;
  }

  /** Every group of figures sharing series and dims, in first-seen order. */
  groups(): IterableIterator<readonly Figure[]> {
    return this.byKeyMap.values();
  }

  /**
   * The breakdowns of a figure: for each extra dim key, one figure per value of that key. A breakdown
   * with a part printed with disagreeing values is left out.
   */
  breakdownsOf(series: SeriesKey, dims: Dims): readonly Breakdown[] {
    const byKey = this.childrenMap.get(figureKey(series, dims));
    if (!byKey) return [];
    const out: Breakdown[] = [];
    for (const [by, figures] of byKey) {
      const parts: Figure[] = [];
      const seen = new Set<readonly Figure[]>();
      let ambiguous = false;
      for (const f of figures) {
        const group = this.groupOf.get(f) ?? [f];
        if (seen.has(group)) continue;
        seen.add(group);
        const r = this.representative(group);
        if (r) parts.push(r);
        else ambiguous = true;
      }
      if (!ambiguous) out.push({ by, parts });
    }
    return out;
  }

  /** A table figure stated exactly if there is one, else the first; null when printings disagree. */
  private representative(group: readonly Figure[]): Figure | undefined {
    const [first] = group;
    if (!first) return undefined;
    let r = this.chosen.get(group);
    if (r === undefined) {
      // A printing whose words narrow it (managers among employees, a saving) is not the figure
      // itself: the plain printings decide, when there are any. Printed only for a narrower population
      // (male managers under "male employees"), the series has no figure to check against.
      const label = this.metricLabel(first.fact.metric);
      const senses = new Map(group.map((f) => [f, senseOf(f, label).markers] as const));
      const plain = group.filter((f) => senses.get(f)?.length === 0);
      const narrower = (f: Figure) =>
        (senses.get(f) ?? []).some((m) => m === 'subset' || m === 'event' || m === 'apart');
      if (plain.length === 0 && group.every(narrower)) {
        this.chosen.set(group, null);
        return undefined;
      }
      const pool = plain.length > 0 ? plain : group;
      const best =
        pool.find((f) => isTable(f) && f.qualifier === 'exact') ??
        pool.find((f) => f.qualifier === 'exact') ??
        pool[0] ??
        first;
      // A printing in another kind of unit (a stray page number read as a unitless figure beside a
      // tonnage) measures something else: it neither agrees nor disagrees with the figure. One at
      // another scale ("Rs 000" beside "Rs million") is compared at the figure's.
      const agrees = (f: Figure) =>
        f === best ||
        f.qualifier !== 'exact' ||
        f.unit.dimension !== best.unit.dimension ||
        overlaps(rangeLike(f, best), best.range);
      // Tables state the KPI; a sentence with another value of the same metric is more often about a
      // part the words name than a second total (the disagreement is duplicate.value's to report).
      const tablesAgree = isTable(best) && pool.filter(isTable).every(agrees);
      r =
        pool.every(agrees) || tablesAgree
          ? best
          : (agreedByMajority(pool, label) ??
            totalOfItsRows(pool) ??
            subtotalOfRowsAbove(pool) ??
            agreedTotalRows(pool) ??
            agreedInItsUnit(pool) ??
            null);
      this.chosen.set(group, r);
    }
    return r ?? undefined;
  }
}

function isTable(f: Figure): boolean {
  return f.fact.provenance.kind !== 'document' || f.fact.provenance.extraction === 'table';
}

/** The series of a fact. */
export function seriesOf(fact: Fact): SeriesKey {
  return { entity: fact.entity, metric: fact.metric, year: fact.period.year, basis: fact.basis };
}

const DIMS_KEYS = new WeakMap<Dims, string>();

/** A stable text key of dims, independent of key order (memoised per dims object). */
export function dimsKey(dims: Dims): string {
  let key = DIMS_KEYS.get(dims);
  if (key === undefined) {
    const names = Object.keys(dims);
    key =
      names.length === 0
        ? ''
        : names
            .sort()
            .map((k) => `${k}=${dims[k] ?? ''}`)
            .join(';');
    DIMS_KEYS.set(dims, key);
  }
  return key;
}

/** The dims without one key. */
export function withoutKey(dims: Dims, key: string): Dims {
  const rest: Record<string, string> = {};
  for (const [k, v] of Object.entries(dims)) if (k !== key) rest[k] = v;
  return rest;
}

function figureKey(s: SeriesKey, dims: Dims): string {
  return `${seriesText(s)}|${dimsKey(dims)}`;
}

function seriesText(s: SeriesKey): string {
  return `${s.entity}|${s.metric}|${s.year}|${s.basis}`;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
