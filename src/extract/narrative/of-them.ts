import type { NumberToken } from '../numbers/index.js';
import { movementNoun } from './movement.js';
import type { NarrativeFigure } from './read-figure.js';

// "…, and 49 of them returned to work", "…, of whom 80 returned": a part of the people just counted.
const OF_THEM_AFTER = /^\s+of\s+(?:them|these|those)\b/i;
const OF_WHOM_BEFORE = /\bof\s+(?:whom|which|them|these)\s*,?\s*$/i;

// How far back the count a part refers to may be printed.
const REACH = 120;

/**
 * A number counting part of the people counted just before it ("52 employees took parental leave,
 * and 49 of them returned to work"): it counts the same noun, named by its own verb ("employees who
 * returned to work after …"). Undefined when no such count comes before or no verb names the part.
 */
export function partOfPrevious(
  sentence: string,
  t: NumberToken,
  figures: readonly NarrativeFigure[],
): NarrativeFigure | undefined {
  const of = figures[figures.length - 1];
  if (!of || of.measured || of.noun === '' || t.start - of.end > REACH || t.rightGlued !== '')
    return undefined;
  const after = sentence.slice(t.end, t.end + 120);
  const them = OF_THEM_AFTER.exec(after);
  const whom = OF_WHOM_BEFORE.test(sentence.slice(Math.max(0, t.start - 20), t.start));
  if (!them && !whom) return undefined;
  const rest = them ? after.slice(them[0].length) : after;
  const unit = movementNoun(of.noun, rest);
  if (unit === of.noun) return undefined;
  return { value: t.value, unit, noun: of.noun, measured: false, at: t.start, start: t.start, end: t.end };
}
