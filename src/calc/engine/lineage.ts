import type { CalculationInput, CalculationProvenance, FactorUse } from '../../core/index.js';

/** One summed group of input rows: which rows, and their exact total as entered. */
export interface LineageInput extends CalculationInput {
  /** Row numbers (header = row 1), up to 1,000 per group. */
  readonly rows: readonly number[];
  /** How many rows the group holds; more than `rows.length` when the list was cut. */
  readonly rowCount: number;
  readonly site: string;
  readonly region: string;
  readonly year: number;
}

/** A factor as the lineage cites it, with whether it was verified against its source. */
export interface LineageFactor extends FactorUse {
  readonly verified: boolean;
}

/**
 * How a calculated fact was obtained: the formula, the input rows, the exact factors, and the
 * arithmetic step by step (what `esg calc --explain` prints).
 */
export interface Lineage extends CalculationProvenance {
  readonly inputs: readonly LineageInput[];
  readonly factors: readonly LineageFactor[];
  readonly steps: readonly string[];
}
