import type { Dims } from '../../core/index.js';
import { withoutKey, type Breakdown, type FactIndex, type SeriesKey } from '../fact-index/index.js';
import type { Figure } from '../precision/index.js';
import { distinctParts } from './convert-figure.js';

/** Dims that qualify rather than split a population (an intensity's denominator, a Scope 2 method). */
const QUALIFIERS = new Set(['denominator', 'scope2_method']);

/** One way a figure's dims place it in a population: its group by `by` within the group `parent`. */
export interface PopulationSplit {
  readonly by: string;
  /** The figure's other dims, naming the group it is a part of. */
  readonly parent: Dims;
}

/** The printed groups of one split: its breakdown, and the breakdown's first figure of each group. */
export interface SplitGroups {
  readonly breakdown: Breakdown;
  readonly parts: Figure[];
}

/**
 * Each dim that splits a population, with the group the other dims name: {gender: female, category:
 * manager} is a part of the managers by gender, and of the women by category (GRI 405-1).
 */
export function populationSplits(dims: Dims): PopulationSplit[] {
  return Object.keys(dims)
    .filter((by) => !QUALIFIERS.has(by))
    .map((by) => ({ by, parent: withoutKey(dims, by) }));
}

/** The groups printed for a series' split, a group printed twice counted once; undefined when none are. */
export function groupsOf(
  facts: FactIndex,
  series: SeriesKey,
  split: PopulationSplit,
): SplitGroups | undefined {
  const breakdown = facts.breakdownsOf(series, split.parent).find((b) => b.by === split.by);
  return breakdown ? { breakdown, parts: distinctParts(breakdown.parts, split.by) } : undefined;
}
