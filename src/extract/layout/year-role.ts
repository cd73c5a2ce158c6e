import { z } from 'zod';
import data from './year-roles.data.json' with { type: 'json' };

/**
 * The words a year column's heading prints beside its year to say whose figure the column holds: a
 * target's ("Target 2030", "Cilj 2030.", "目標 2030"), the base year's ("Basisjahr 2019", "Año base
 * 2020") or the year's actual status ("Status 2025", "Stanje 2025.", "Ist 2025"). The words of each
 * language are in year-roles.data.json.
 */

/** Whose figure a year column holds. */
export type YearRole = 'actual' | 'target' | 'base';

const languageSchema = z.object({
  language: z.string(),
  target: z.array(z.string()),
  base: z.array(z.string()),
  current: z.array(z.string()),
});
const dataSchema = z.object({
  id: z.string(),
  version: z.string(),
  source: z.string(),
  languages: z.array(languageSchema),
});

// Chinese, Japanese and Korean words are glued to the words around them ("2030年目標"), so they are
// matched anywhere; words of other scripts only whole.
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const whole = (word: string): string =>
  CJK.test(word) ? word : String.raw`(?<![\p{L}\p{M}])${word}(?![\p{L}\p{M}])`;
// Longest first, so "año base" is taken whole before "base".
const any = (words: readonly string[]): string =>
  `(?:${[...words]
    .sort((a, b) => b.length - a.length)
    .map(whole)
    .join('|')})`;

interface RoleWords {
  readonly target: RegExp;
  readonly base: RegExp;
  /** Every role word, current status's too, as a regular-expression source. */
  readonly all: string;
}

let loaded: RoleWords | undefined;

function load(): RoleWords {
  if (loaded) return loaded;
  const { languages } = dataSchema.parse(data);
  const target = languages.flatMap((l) => l.target);
  const base = languages.flatMap((l) => l.base);
  const current = languages.flatMap((l) => l.current);
  loaded = {
    target: new RegExp(any(target), 'iu'),
    base: new RegExp(any(base), 'iu'),
    all: any([...target, ...base, ...current]),
  };
  return loaded;
}

/** The role a year heading's words give its column: a target's, the base year's, or (by default) the year's actual. */
export function yearRoleOf(heading: string): YearRole {
  const words = load();
  if (words.target.test(heading)) return 'target';
  return words.base.test(heading) ? 'base' : 'actual';
}

/** A regular-expression source (flags `iu`) matching any one role word of a year heading, in any language. */
export function yearRoleWords(): string {
  return load().all;
}
