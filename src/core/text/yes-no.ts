import { foldLookAlikes } from './look-alikes.js';
import words from './yes-no-words.data.json' with { type: 'json' };

// A cleaned cell prints a Cyrillic word made only of letters with Latin twins in Latin ("ні" as "hi"):
// each word is kept in both spellings.
const bothSpellings = (list: readonly string[]): Set<string> =>
  new Set(list.flatMap((w) => [w, foldLookAlikes(w)]));
const YES = bothSpellings(words.yes);
const NO = bothSpellings(words.no);

// A standard on its way, not held yet: "planned", "prevista 2026", "planned for 2026", "geplant 2026".
// No site is certified by a plan, so the cell answers no.
const PLANNED = new RegExp(
  String.raw`^(?:${words.planned.join('|')})(?:(?:\s+[\p{L}'’]+){0,2}\s+(?:19|20)\d{2})?$`,
  'iu',
);

// A note in brackets after the answer ("No (audit in 2026)", "Yes (since 2019)") qualifies it; the answer stands.
const BRACKETED_NOTE = /\s*[(（][^()（）]*[)）]$/u;

/**
 * The yes (true) or no (false) a table cell prints ("Yes", "igen", "nein", "так", "✓", "No (audit in 2026)";
 * a plan, "prevista 2026", is a no), or undefined for any other cell: whole cells only, less a bracketed
 * note, matched case-insensitively (yes-no-words.data.json).
 */
export function yesNoAnswer(cell: string): boolean | undefined {
  const word = cell.trim().replace(BRACKETED_NOTE, '').toLowerCase();
  return YES.has(word) ? true : NO.has(word) || PLANNED.test(word) ? false : undefined;
}
