import type { HeaderColumn } from './header.js';
import type { ValueCell } from './split-row.js';

/**
 * A targets table printed without year columns ("No. | Target | Target year | Value"): each row gives
 * its deadline in one column and the level it aims at in another. The level is a target of the
 * deadline's year, never an actual figure of the report year.
 */

// The heading of a targets table's deadline column ("Target year", "Goal year", "Deadline").
const DEADLINE = /^(?:(?:target|goal)\s+year|deadline)$/i;
// A bare heading over the level a target aims at ("Value", "Level").
const BARE_VALUE = /^(?:values?|levels?|figures?|amounts?)$/i;

/** The header's columns with a bare "Value" beside a deadline column read as targets, in a table of no years. */
export function targetValueColumns(columns: readonly HeaderColumn[]): HeaderColumn[] {
  const deadline = columns.some((c) => c.year === undefined && DEADLINE.test(c.text.trim()));
  if (!deadline || columns.some((c) => c.year !== undefined)) return [...columns];
  return columns.map((c) => (BARE_VALUE.test(c.text.trim()) ? { ...c, role: 'target' } : c));
}

/** The year a row prints in its deadline column, or undefined. */
export function deadlineYear(
  values: readonly ValueCell[],
  columns: readonly (HeaderColumn | undefined)[],
): number | undefined {
  const at = columns.findIndex(
    (c) => c !== undefined && c.year === undefined && DEADLINE.test(c.text.trim()),
  );
  const cell = values[at]?.cell;
  const printed = cell?.kind === 'value' ? cell.printed : '';
  return /^(?:19|20)\d{2}$/.test(printed) ? Number(printed) : undefined;
}
