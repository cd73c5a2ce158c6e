import type { Unit } from '../../core/index.js';
import type { ActivityDef } from '../activity/index.js';
import type { Factor } from '../factors/index.js';
import { ExactSum } from './amount.js';

/** Row numbers kept per group for lineage; the count is always exact, the list stops here so memory stays flat. */
export const MAX_ROWS_LISTED = 1000;

/**
 * All rows with the same (site, year, activity, unit, region, factor override, extra dimensions),
 * summed exactly. Factors are applied once per group, which is what makes the calculation fast.
 */
export class ActivityGroup {
  readonly sum = new ExactSum();
  readonly rows: number[] = [];
  rowCount = 0;

  constructor(
    readonly site: string,
    readonly year: number,
    readonly activity: ActivityDef,
    readonly unit: Unit,
    readonly region: string,
    readonly overrides: readonly Factor[],
    readonly dims: Readonly<Record<string, string>>,
  ) {}

  /** Records one more row of the group. */
  noteRow(row: number): void {
    this.rowCount++;
    if (this.rows.length < MAX_ROWS_LISTED) this.rows.push(row);
  }
}
