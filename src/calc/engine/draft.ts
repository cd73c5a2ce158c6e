import { dec, type Decimal } from '../../core/index.js';
import type { ActivityGroup } from '../aggregate/index.js';
import type { Contribution } from '../methods/index.js';

/** Which view of a figure a draft is: the organisation's total, one site's, or a breakdown (by fuel, gas, category). */
export type DraftLevel = 'total' | 'site' | 'breakdown';

/** A fact being summed: its identity, running value, and what it was computed from. */
export interface FactDraft {
  readonly metric: string;
  readonly year: number;
  readonly dims: Readonly<Record<string, string>>;
  readonly level: DraftLevel;
  value: Decimal;
  readonly contributions: Contribution[];
  readonly formulas: Set<string>;
  /** For figures derived from other facts (totals of scopes, intensities, rates): the arithmetic. */
  readonly steps: string[];
  /** Input groups used without a contribution of their own (intensity denominators). */
  readonly extraGroups: ActivityGroup[];
}

/** A stable key for (metric, year, dims). */
export function draftKey(metric: string, year: number, dims: Readonly<Record<string, string>>): string {
  const sorted = Object.keys(dims)
    .sort()
    .map((k) => `${k}=${dims[k] ?? ''}`)
    .join('&');
  return `${metric}|${String(year)}|${sorted}`;
}

/** All drafts of one calculation, summed as contributions arrive. */
export class DraftBook {
  readonly drafts = new Map<string, FactDraft>();

  /** Finds or creates the draft for (metric, year, dims). */
  draft(metric: string, year: number, dims: Readonly<Record<string, string>>, level: DraftLevel): FactDraft {
    const key = draftKey(metric, year, dims);
    let d = this.drafts.get(key);
    if (!d) {
      d = {
        metric,
        year,
        dims,
        level,
        value: dec(0),
        contributions: [],
        formulas: new Set(),
        steps: [],
        extraGroups: [],
      };
      this.drafts.set(key, d);
    }
    return d;
  }

  /** The draft for (metric, year, dims), if any. */
  find(metric: string, year: number, dims: Readonly<Record<string, string>>): FactDraft | undefined {
    return this.drafts.get(draftKey(metric, year, dims));
  }

  /**
   * Adds a contribution to the organisation total, to its site's figure and to its breakdown, all
   * carrying the extra columns of the input rows as dimensions.
   */
  add(c: Contribution): void {
    const base = { ...c.group.dims, ...c.dims };
    const views: [Record<string, string>, DraftLevel][] = [[base, 'total']];
    if (c.group.site) views.push([{ ...base, site: c.group.site }, 'site']);
    if (c.breakdown) views.push([{ ...base, ...c.breakdown }, 'breakdown']);
    for (const [dims, level] of views) {
      const d = this.draft(c.metric, c.group.year, dims, level);
      d.value = d.value.plus(c.value);
      d.contributions.push(c);
      if (c.formula) d.formulas.add(c.formula);
    }
  }

  /** Every draft of a metric. */
  ofMetric(metric: string): FactDraft[] {
    return [...this.drafts.values()].filter((d) => d.metric === metric);
  }
}
