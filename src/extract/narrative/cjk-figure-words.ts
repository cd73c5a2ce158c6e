import { tryParseUnit } from '../../core/index.js';

/**
 * What Chinese, Japanese and Korean sentences share around a figure: the unit printed right after it
 * and the year named before it. Each language's reader says where the unit's run ends and what a year
 * looks like; the rest is here.
 */

/** The longest start of `run` (the characters printed right after a figure) the unit registry reads. */
export function longestUnit(run: string): string {
  for (let n = run.length; n > 0; n--) {
    const text = run.slice(0, n);
    if (tryParseUnit(text) !== undefined) return text;
  }
  return '';
}

/**
 * The last year `year` (a global pattern, the year in group 1) finds in `before`, outside closed
 * brackets: a bracketed aside ("（2024年：1.48）", "(2030년 30.1시간)") dates its own figure, never
 * those after it. `fallback` when none.
 */
export function lastYearBefore(before: string, year: RegExp, fallback: number): number {
  let found = fallback;
  const outside = before.replace(/[（(][^（()）]*[)）]/gu, '');
  for (const m of outside.matchAll(year)) found = Number(m[1]);
  return found;
}
