/**
 * A rate's base clause: the words that say what a rate is per ("per 200,000 hours worked", "pro 1 Mio.
 * Arbeitsstunden", "на 1 млн часов", "ต่อ 1,000,000 ชั่วโมงการทำงาน"). They name the rate's
 * denominator, never the metric itself: a label "LTIFR (per 1,000,000 hours worked)" is a rate, not the
 * hours worked its base names. The clause opens at a word for "per" followed by a figure or a scale word
 * and runs to the next punctuation mark or bracket, at most a few words on.
 */

/** Opens a rate's base clause in a text (a private-use character no report prints). */
export const BASE_OPEN = '\ue001';
/** Closes it. */
export const BASE_CLOSE = '\ue002';

// "per" as a preposition before its base: English, Italian, Dutch and Indonesian "per", German "pro" and
// "je", French "par", Spanish and Portuguese "por" (with "cada", each), Polish and Croatian "na", Russian
// and Bulgarian "на", Vietnamese "trên", Arabic "لكل"; Thai "ต่อ" is glued to the words around it.
const PER = String.raw`(?:(?<![\p{L}\p{N}])(?:per|pro|je|par|por(?:\s+cada)?|na|на|trên|لكل)|ต่อ)`;
// A figure in any digits (ASCII, Arabic-Indic, Thai) with its thousands separators, then a scale word.
const FIGURE = String.raw`[\d\u0660-\u0669\u06f0-\u06f9\u0e50-\u0e59](?:[\d\u0660-\u0669\u06f0-\u06f9\u0e50-\u0e59,.'\u00a0\u202f ]*[\d\u0660-\u0669\u06f0-\u06f9\u0e50-\u0e59])?`;
const SCALE = String.raw`(?:(?:one|a)\s+)?(?:hundred(?:\s+thousand)?|thousand|million|mio|mln|mn|millón|millon|milhão|milhao|miljoen|milione|milion|tys|тыс|млн|миллион\p{L}*|triệu|ล้าน|مليون)\.?(?![a-z])`;
// After the figure, up to four words, stopping at punctuation or a bracket.
const WORDS = String.raw`(?:[^\S\n]*[^\s,;:()[\]（）|]+){0,4}`;

const BASE_CLAUSE = new RegExp(String.raw`${PER}\s*(?:${FIGURE}\s*(?:${SCALE})?|${SCALE})${WORDS}`, 'giu');

/** The text with each rate's base clause set between {@link BASE_OPEN} and {@link BASE_CLOSE}. */
export function markRateBases(text: string): string {
  return text.replace(BASE_CLAUSE, (clause) => `${BASE_OPEN}${clause}${BASE_CLOSE}`);
}
