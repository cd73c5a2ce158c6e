/**
 * The convention a stated-change fact follows ("water use decreased by 31%", "rose significantly"),
 * for extractors that emit it and for `change.stated`, which checks it against the figures.
 */

/** Metric id of a stated change. */
export const STATED_CHANGE_METRIC = 'change';

/** Dims of a stated change that describe the statement rather than the figure it is about. */
export const STATED_CHANGE_DIMS = ['of', 'since', 'direction', 'magnitude'] as const;

/** Which way a change printed without a sign goes. */
export const STATED_CHANGE_DIRECTIONS = ['increase', 'decrease'] as const;

/**
 * The dims of a stated-change fact (metric {@link STATED_CHANGE_METRIC}, unit `%`). Its value is the
 * change in per cent of the earlier figure, signed (−31 for "decreased by 31%") unless `direction`
 * gives the sign; for a percentage metric "rose by 5%" may also be read as five points. Any other dims
 * are the described figure's dims (`gender: 'female'`), so the rule finds that figure.
 */
export interface StatedChangeDims {
  /** The metric id of the figure that changed (`water.consumption`). */
  readonly of: string;
  /** The baseline year as four digits; default the year before the fact's year. */
  readonly since?: string;
  /** The direction, when the value is printed without a sign ("decreased by 31%" → 31 with `decrease`). */
  readonly direction?: (typeof STATED_CHANGE_DIRECTIONS)[number];
  /** `unstated` when only the direction is printed ("increased significantly"); the value is then ignored. */
  readonly magnitude?: 'unstated';
  /** The described figure's own dims. */
  readonly [dim: string]: string | undefined;
}
