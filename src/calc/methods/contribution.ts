import type { Decimal } from '../../core/index.js';
import type { ActivityGroup } from '../aggregate/index.js';
import type { Factor } from '../factors/index.js';

/**
 * One group's share of one metric: the value in the metric's canonical unit, the steps that produced
 * it (for --explain) and the factors used. Facts are sums of contributions.
 */
export interface Contribution {
  readonly metric: string;
  /** Dimensions that identify the figure (`scope2_method`), always kept. */
  readonly dims: Readonly<Record<string, string>>;
  /** An optional breakdown (`fuel`, `gas`, `scope3_category`, `energy_source`) reported as extra facts. */
  readonly breakdown?: Readonly<Record<string, string>>;
  readonly value: Decimal;
  readonly group: ActivityGroup;
  /** Human-readable arithmetic, one line per step, exact values. */
  readonly steps: readonly string[];
  readonly factors: readonly Factor[];
  /** The formula in words, the same for every contribution of one method. */
  readonly formula: string;
}
