import type { NarrativeFigure } from './read-figure.js';

// "Refrigerant leakage of 12.4 tCO2e is included in Scope 1", "(836 tCO2e) are counted under Scope 1":
// the figure, then the verb that puts it inside (or outside) a whole the sentence names after it.
const INSIDE_AFTER =
  /^\s*\)?\s*(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+(?:already\s+|also\s+|fully\s+|not\s+)?(?:included|counted|reported|accounted\s+for|captured|excluded)\s+(?:in|within|under|from)\b/i;
// "Scope 1 includes 2,140 tCO2e of refrigerant losses", "…, including 95 tCO2e from LPG", "of which
// 412.5 tCO2e came from …", "Of total Scope 1 emissions, 412.5 tCO2e …": a whole, then the part's figure.
const INSIDE_BEFORE =
  /(?:\b(?:includ(?:e|es|ed|ing)|contain(?:s|ed|ing)?|of\s+which|of\s+this|of\s+these|of\s+that)|\bof\s+(?:the\s+)?(?:total|overall|all)\b[^,;:.]{0,60},)\s+(?:a\s+total\s+of\s+|about\s+|approximately\s+|around\s+|some\s+|roughly\s+|nearly\s+)?\(?$/i;
// The part's own words: its subject before the figure ("Refrigerant leakage of"), or what follows the
// figure ("of refrigerant losses", "came from diesel generators").
const SUBJECT_BEFORE =
  /([A-Za-z][A-Za-z\s'’-]{2,60}?)\s*(?:\bof|\(|\bat|\btotall?ing|\bamounting\s+to)?\s*$/i;
const WORDS_AFTER =
  /^\s*\)?\s*(?:(?:came|come|were|was|is|are)\s+)?(?:of|from|for|by|in|at)\s+([A-Za-z][A-Za-z\s'’-]{2,60})/i;

/**
 * The part a sentence puts inside a whole ("is included in Scope 1", "Scope 1 includes …"), named
 * by its own words, or undefined when the figure is not stated as a part. Such a figure is not the
 * whole the sentence names (GHG Protocol Corporate Standard ch. 9: a source inside Scope 1 is not
 * Scope 1), so it gets a `scope` dim: the whole's metric, narrowed to the part.
 */
export function includedPart(sentence: string, f: NarrativeFigure): string | undefined {
  if (f.part === true || f.unit === '%') return undefined;
  const after = sentence.slice(f.end, f.end + 80);
  const before = sentence.slice(Math.max(0, f.start - 120), f.start);
  if (INSIDE_AFTER.test(after)) {
    const clause = before.split(/[,;:]|\.\s/).pop() ?? '';
    return partWords(SUBJECT_BEFORE.exec(clause)?.[1]);
  }
  if (INSIDE_BEFORE.test(before)) {
    const own = WORDS_AFTER.exec(after)?.[1] ?? (f.measured && f.noun !== '' ? f.noun : undefined);
    return partWords(own) ?? 'part';
  }
  return undefined;
}

/** Up to six words, lower-cased, without a trailing verb or the whole's name. */
function partWords(words: string | undefined): string | undefined {
  if (words === undefined) return undefined;
  const kept = words
    .trim()
    .split(/\s+/)
    .filter((w) => w !== '')
    .slice(0, 6)
    .join(' ')
    .replace(/\s+(?:is|are|was|were|and|or|used|in|at|the)$/i, '')
    .toLowerCase();
  return kept === '' ? undefined : kept;
}
