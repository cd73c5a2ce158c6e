import { z } from 'zod';
import data from './new-value-words.data.json' with { type: 'json' };
import { directionOf } from './change-wording.js';
import { scriptVerbEnding } from './script-change-wording.js';
import type { NarrativeFigure } from './read-figure.js';

/**
 * A change worded with its new value first and its percentage after it: "emissions fell to 10,532 t,
 * i.e. by 0.8%", "klesli na 10 532,4 t CO2e, teda o 0,8 %", "sanken auf 10.532 t und damit um 0,8 %",
 * "spadły do 10 532 t, czyli o 0,8%", "au scăzut la 10.532 t, adică cu 0,8%". The percentage is the
 * change of the metric whose figure is the new value, so that figure is what changed; each language's
 * words are in new-value-words.data.json.
 */

const languageSchema = z.object({
  language: z.string(),
  to: z.array(z.string()),
  thatIs: z.array(z.string()),
  by: z.array(z.string()),
  down: z.array(z.string()).optional(),
  up: z.array(z.string()).optional(),
});
const dataSchema = z.object({
  id: z.string(),
  version: z.string(),
  source: z.string(),
  languages: z.array(languageSchema),
});

const any = (list: readonly string[]): string => `(?:${list.join('|')})`;
const NOT_LETTER_BEFORE = String.raw`(?<![\p{L}\p{M}])`;
// Words hedging the percentage ("i.e. by about 0.8%") are left to the gap's length, not listed.
const HEDGE = String.raw`(?:\p{L}{2,12}\s+){0,2}`;
// Up to three words between "to" and the new value ("to a total of", "na úroveň").
const BETWEEN = String.raw`(?:\p{L}[\p{L}.]*\s+){0,3}`;
// Direction words that are no verb: "up to" is "at most", "more"/"lower" compare.
const NOT_A_VERB = /^(?:up|down|more|less|higher|lower|above|below|over|under)$/i;

interface Patterns {
  /** The gap between the new value and the percentage: a comma, "i.e.", "by". */
  readonly gap: RegExp;
  /** The text before the new value, ending in "to" and its verb before it (group 1 the text up to "to"). */
  readonly to: RegExp;
  readonly down?: RegExp;
  readonly up?: RegExp;
}

let loaded: readonly Patterns[] | undefined;

/** The data file's words as patterns, checked and built on first use. */
function load(): readonly Patterns[] {
  loaded ??= dataSchema.parse(data).languages.map((l) => ({
    gap: new RegExp(
      String.raw`^\s*,?\s*${NOT_LETTER_BEFORE}${any(l.thatIs)}\s*,?\s+${any(l.by)}\s+${HEDGE}$`,
      'iu',
    ),
    to: new RegExp(String.raw`^(.*\p{L})\s+${any(l.to)}\s+${BETWEEN}$`, 'iu'),
    ...(l.down ? { down: new RegExp(String.raw`${NOT_LETTER_BEFORE}${any(l.down)}$`, 'iu') } : {}),
    ...(l.up ? { up: new RegExp(String.raw`${NOT_LETTER_BEFORE}${any(l.up)}$`, 'iu') } : {}),
  }));
  return loaded;
}

/** A change read so: which way, the verb, and the new value it is of. */
export interface NewValueWorded {
  readonly direction: 'increase' | 'decrease';
  readonly word: string;
  readonly about: NarrativeFigure;
}

/**
 * Reads the percentage `f` as the change to the figure printed just before it, when a verb of change
 * and "to" stand before that figure and "i.e. by" (in the sentence's language) between it and `f`.
 */
export function readNewValueChange(
  sentence: string,
  f: NarrativeFigure,
  before: readonly NarrativeFigure[],
): NewValueWorded | undefined {
  const value = [...before].reverse().find((b) => b.end <= f.at);
  if (!value || value.unit === '%') return undefined;
  // The figure reader may take the words after the unit for what it counts ("7,312 t CO2e und damit um").
  const printed = sentence.slice(value.start, value.end);
  const end = value.noun !== '' && printed.endsWith(value.noun) ? value.end - value.noun.length : value.end;
  const gap = sentence.slice(end, f.at);
  const head = sentence.slice(0, value.start);
  for (const p of load()) {
    if (!p.gap.test(gap)) continue;
    const verbText = p.to.exec(head)?.[1];
    const verb = verbText === undefined ? undefined : verbEnding(verbText, p);
    if (verb) return { ...verb, about: value };
  }
  return undefined;
}

/** The verb of change that ends `text`, in any language the change readers know, with its direction. */
function verbEnding(text: string, p: Patterns): Omit<NewValueWorded, 'about'> | undefined {
  const own = p.down?.exec(text)?.[0] ?? p.up?.exec(text)?.[0];
  if (own !== undefined) return { word: own, direction: p.down?.test(text) ? 'decrease' : 'increase' };
  const words = text.trim().split(/\s+/u);
  for (let n = 1; n <= 3 && n <= words.length; n++) {
    const word = words.slice(-n).join(' ');
    if (NOT_A_VERB.test(word)) return undefined;
    const direction = directionOf(word);
    if (direction) return { word, direction };
  }
  return scriptVerbEnding(text);
}
