import type { Metric } from '../../core/index.js';
import { classifyMention, type CodeScope, type PhraseCache } from '../classify/index.js';
import type { Mention } from '../mention/index.js';
import { isSense, type ChangeDirection, type ChangeSense, type StatedChange } from '../narrative/index.js';

/**
 * The way a change went: as printed, or, for one worded by sense ("improved"), the way its metric's
 * figure moves when things get better (the catalogue's `better`: PUE improves as it falls). Undefined
 * when the metric does not fix that way: "energy efficiency improved by 5%" says no direction.
 */
export function directionFor(
  way: ChangeDirection | ChangeSense,
  metric: Metric | undefined,
): ChangeDirection | undefined {
  if (!isSense(way)) return way;
  if (metric?.better === undefined) return undefined;
  const rises = (metric.better === 'higher') === (way === 'better');
  return rises ? 'increase' : 'decrease';
}

/**
 * Parts a sentence's stated changes into those whose way is known and the percentages of sense-worded
 * ones whose subject names no metric with a `better` way: those stay figures of the sentence, read as
 * they were before "improved" was a change word.
 */
export function decideSenses(
  changes: readonly StatedChange[],
  scope: CodeScope,
  phrases: PhraseCache,
): { changes: StatedChange[]; figures: Mention[] } {
  const decided: StatedChange[] = [];
  const figures: Mention[] = [];
  for (const change of changes) {
    if (!isSense(change.direction)) decided.push(change);
    else if (directionFor(change.direction, classifyMention(change.of, scope, phrases).metric))
      decided.push(change);
    else figures.push(change.mention);
  }
  return { changes: decided, figures };
}
