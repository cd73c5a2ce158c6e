import data from './rate-named.data.json' with { type: 'json' };
import type { NamedBefore } from './named-before.js';
import type { NarrativeFigure } from './read-figure.js';
import { RATE_NAME, RATE_WORDS, withRateGroup } from './rate-group.js';

// Built from rate-named.data.json: the year and the verb other languages put between the name and the figure.
const fragments = (list: readonly string[]): string => list.join('|');
const PERIODS = fragments(data.periods.map((p) => p.replace('YEAR', String.raw`(?:19|20)\d{2}`)));
const VERBS = fragments(data.verbs);
const HEDGES = fragments(data.hedges);

/**
 * "a lost-time injury frequency rate ("LTIFR") of 2.86", "the total recordable injury rate was 0.9",
 * "LTIFR stood at 0.35", "the LTIFR improved to 0.25" (an adverb may come first: "therefore
 * improved to"), "an LTIF of 7.4" (the Nordic "frequency"), "LTIFR 0.56 per 200,000 hours worked" (a
 * highlight with no verb), "a disabling injury frequency rate (FR) of 0.71" (Taiwan's 失能傷害頻率, its
 * lost-time rate), "an LTIF afloat of 2.1" (a fleet's rate named by where it was worked): a GRI 403-9 rate named before its bare number, its base printed elsewhere or not at
 * all (the injury-rate check then tries both bases). Other languages put the year and a verb after the
 * name ("LTIFR tahun 2024 adalah 0,4", "LTIFR năm 2024 đạt 0,4", Latvian "LTIFR 2031. gadā bija 2,47"),
 * and a bracket may hold the abbreviation alone or go on to define it ("Darba traumu biežums (LTIFR,
 * negadījumi uz miljonu nostrādāto stundu) 2031. gadā bija 2,47"): the name before the bracket is in
 * words the reader need not know. A unit or noun after the number ("2.86 cases", "0.5%") is read by
 * the other readers.
 */
export const NAMED_RATE: NamedBefore = {
  words: new RegExp(
    String.raw`\b(${RATE_WORDS})\s*(?:(?:afloat|ashore|onshore|offshore|at\s+sea|on\s+board)\s+)?(?:\(\s*["“”']?[A-Z]{2,8}["“”']?\s*\)\s*|(?:,[^()]{1,100})?\)\s*)?(?:(?:therefore|thus|consequently|accordingly|also|again|further)\s+)?(?:(?:${PERIODS})\s+)?(?:(?:of|was|were|is|stood\s+at|came\s+to|reached|(?:fell|rose|dropped|declined|decreased|increased|improved|climbed)\s+to|${VERBS})\s+|:\s*)?(?:(?:about|approximately|${HEDGES})\s+)?$`,
    'i',
  ),
  reach: 100,
  unit: '',
  measured: true,
  namesFigure: true,
  notBefore:
    /^\s?(?:[%‰]|(?!(?:in|for|during|and|while|compared|against|versus|vs|from|at|on|per)\b)[A-Za-z])/i,
};

/**
 * A rate read with its base ("0.56 per 200,000 hours worked") carries the rate's name printed right
 * before it ("LTIFR 0.56 per …", "a lost-time injury rate of 0.4 per million hours"), so it is
 * classified by that name and not by the hours in its base. A rate named either way takes the worker
 * group a word before its name gives ("employee LTIFR").
 */
export function withRateName(sentence: string, f: NarrativeFigure): NarrativeFigure {
  if (f.name !== undefined) return RATE_NAME.test(f.name) ? withRateGroup(sentence, f) : f;
  if (f.unit !== '' || !f.measured) return f;
  const m = NAMED_RATE.words.exec(sentence.slice(Math.max(0, f.start - NAMED_RATE.reach), f.start));
  const name = m?.[1];
  return m && name ? withRateGroup(sentence, { ...f, name, start: f.start - m[0].length }) : f;
}
