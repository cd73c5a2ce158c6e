import { foldLookAlikes } from './look-alikes.js';
import words from './yes-no-words.data.json' with { type: 'json' };

// A cleaned cell prints a Cyrillic word made only of letters with Latin twins in Latin ("ні" as "hi"):
// each word is kept in both spellings.
const bothSpellings = (list: readonly string[]): Set<string> =>
  new Set(list.flatMap((w) => [w, foldLookAlikes(w)]));
const YES = bothSpellings(words.yes);
const NO = bothSpellings(words.no);

// A note in brackets after the answer ("No (audit in 2026)", "Yes (since 2019)") qualifies it; the answer stands.
const BRACKETED_NOTE = /\s*[(（][^()（）]*[)）]$/u;

/**
 * The yes (true) or no (false) a table cell prints ("Yes", "igen", "nein", "так", "✓", "No (audit in 2026)"),
 * or undefined for any other cell: whole cells only, less a bracketed note, matched case-insensitively
 * (yes-no-words.data.json).
 */
export function yesNoAnswer(cell: string): boolean | undefined {
  const word = cell.trim().replace(BRACKETED_NOTE, '').toLowerCase();
  return YES.has(word) ? true : NO.has(word) ? false : undefined;
}
