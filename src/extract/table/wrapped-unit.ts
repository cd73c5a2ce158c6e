import { tryParseUnit } from '../../core/index.js';
import type { Mention } from '../mention/index.js';

/**
 * A unit cell broken after its slash ("VND million/" over "person/month"), as a narrow unit column
 * wraps a money-per-person-per-month unit; the line below may finish the row's label too ("Average
 * income per employee" over "per month"). When the last cell of `raw` (cells set apart by two spaces
 * or a tab) finishes the unit of the mentions from `from` into one the registry reads as a ratio,
 * those mentions take the whole unit, and the words before it are returned (the label's rest, '' for
 * none). Undefined when the line finishes no such unit.
 */
export function finishSlashUnit(out: Mention[], from: number, raw: string): string | undefined {
  const unit = out[from]?.unit ?? '';
  if (!/\S\/\s*$/.test(unit)) return undefined;
  const cells = raw.trim().split(/ {2,}|\t/);
  const rest = cells.pop()?.trim() ?? '';
  const whole = `${unit.trim()}${rest}`;
  if (rest === '' || !tryParseUnit(whole)?.dimension.includes('/')) return undefined;
  for (let i = from; i < out.length; i++) {
    const m = out[i];
    if (m?.unit === unit) out[i] = { ...m, unit: whole };
  }
  return cells.join(' ').trim();
}
