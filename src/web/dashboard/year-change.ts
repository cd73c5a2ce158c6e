import { dec, type Decimal } from '../../core/index.js';
import type { Better } from './kpis.js';

/** How a figure moved since the year before. */
export type YearChange =
  | { readonly kind: 'noComparison' }
  | { readonly kind: 'fromZero' }
  | {
      readonly kind: 'change';
      /** Percentage change, rounded to one decimal place (half up). */
      readonly percent: Decimal;
      readonly direction: 'up' | 'down' | 'flat';
      /** Whether the move is good news given which way is better; undefined when flat. */
      readonly good: boolean | undefined;
    };

/**
 * Year-on-year change (current − previous) / previous × 100, exact until rounded to 0.1 %.
 * A previous value of zero has no percentage change (`fromZero`).
 */
export function yearChange(current: Decimal, previous: Decimal | undefined, better: Better): YearChange {
  if (previous === undefined) return { kind: 'noComparison' };
  if (previous.isZero()) return current.isZero() ? flat(dec(0)) : { kind: 'fromZero' };
  const percent = current.minus(previous).dividedBy(previous.abs()).times(100).toDecimalPlaces(1);
  if (percent.isZero()) return flat(percent);
  const direction = percent.isPositive() ? 'up' : 'down';
  return { kind: 'change', percent, direction, good: (direction === 'down') === (better === 'lower') };
}

function flat(percent: Decimal): YearChange {
  return { kind: 'change', percent, direction: 'flat', good: undefined };
}
