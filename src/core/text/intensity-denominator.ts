import { escapeRegExp } from './escape-regexp.js';
import words from './intensity-denominator-words.data.json' with { type: 'json' };

/** What an intensity is divided by, as a row label names it: revenue, a person, output or floor area. */
export const DENOMINATOR_KINDS = ['revenue', 'person', 'output', 'area'] as const;
/** One of the kinds of denominator a label can name. */
export type DenominatorKind = (typeof DENOMINATOR_KINDS)[number];

/** A label split into the quantity it divides and the denominator it names ("Energy / employee"). */
export interface NamedDenominator {
  /** The quantity divided, as printed, without the words naming only an intensity. */
  readonly quantity: string;
  /** The denominator as printed ("liikevaihto", "employee", "million revenue"). */
  readonly denominator: string;
  readonly kind: DenominatorKind;
}

// Words of a script written without spaces match anywhere; others at the start of a word.
const SPACELESS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const stem = (w: string): string =>
  SPACELESS.test(w) ? escapeRegExp(w) : `(?<![\\p{L}\\d])${escapeRegExp(w)}`;
const anyOf = (list: readonly string[]): RegExp => new RegExp(`(?:${list.map(stem).join('|')})`, 'iu');
const KIND_WORDS = DENOMINATOR_KINDS.map((kind) => [kind, anyOf(words.kinds[kind])] as const);
const INTENSITY = new RegExp(`${anyOf(words.intensity).source}\\p{L}*`, 'giu');
const PER = new RegExp(
  `\\s*(?:/|(?<![\\p{L}])(?:${words.per.map(escapeRegExp).join('|')})(?![\\p{L}]))\\s*`,
  'giu',
);
// A postposition of a spaceless script joins the words around it ("売上高当たりCO2排出量").
const bounded = (w: string): string =>
  SPACELESS.test(w) ? escapeRegExp(w) : `(?<!\\p{L})${escapeRegExp(w)}(?!\\p{L})`;
const AFTER = new RegExp(`\\s*(?:${words.after.map(bounded).join('|')})\\s*`, 'giu');
// An activity after an intensity's "per": a short phrase of words, a scale before them ("'000 meals").
const ACTIVITY = /^(?:(?:['’]?000|thousand|million|\d+)\s+)?\p{L}[\p{L}\s'’-]{0,40}$/iu;
// A denominator is a short phrase ("EUR million of net sales"); a longer one is a clause, not a unit.
const MAX_WORDS = 6;

/** The kind of denominator a short phrase names ("net sales" → revenue, "henkilöä" → person), if any. */
export function denominatorKind(text: string): DenominatorKind | undefined {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t === '' || t.split(' ').length > MAX_WORDS) return undefined;
  return KIND_WORDS.find(([, re]) => re.test(t))?.[0];
}

/**
 * The quantity and denominator a row label names: "X / Y", "X per Y" (or the language's "pro", "par",
 * "por", "na"), or Y then a postposition ("henkilöä kohden", "çalışan başına", "売上高当たり"). Only a
 * denominator of a known kind counts: "Scope 1 / Scope 2" names none.
 */
export function namedDenominator(label: string): NamedDenominator | undefined {
  const text = label
    .replace(/\s*\([^()]*\)\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  for (const m of text.matchAll(PER)) {
    // "GHG intensity (t CO2e / PLN million revenue)": a unit in brackets, read as the row's unit.
    if (bracketed(text, m.index)) continue;
    const denominator = text.slice(m.index + m[0].length).trim();
    const found = split(text.slice(0, m.index), denominator);
    if (found) return found;
  }
  for (const m of text.matchAll(AFTER)) {
    if (bracketed(text, m.index)) continue;
    const before = text.slice(0, m.index);
    // The postposition takes the last word or two before it ("henkilöä kohden", "売上高当たり").
    const den = SPACELESS.test(before.slice(-1)) ? spacelessTail(before) : /\S+(?: \S+)?$/.exec(before)?.[0];
    const last = den === undefined ? undefined : /\S+$/.exec(den)?.[0];
    const denominator = last !== undefined && denominatorKind(last) ? last : den;
    if (denominator === undefined) continue;
    const rest = `${before.slice(0, before.length - denominator.length)} ${text.slice(m.index + m[0].length)}`;
    const found = split(rest, denominator);
    if (found) return found;
  }
  return undefined;
}

/** True when `at` falls inside brackets. */
function bracketed(text: string, at: number): boolean {
  const before = text.slice(0, at);
  return (before.match(/\(/g)?.length ?? 0) > (before.match(/\)/g)?.length ?? 0);
}

function split(quantity: string, denominator: string): NamedDenominator | undefined {
  // "Intensity per '000 meals", "Intenzitet po noćenju": a label naming an intensity divides by the
  // activity it names (GRI 305-4's units of product or service), whatever its words.
  const activity = quantity.search(INTENSITY) >= 0 && ACTIVITY.test(denominator) ? 'output' : undefined;
  const kind = denominatorKind(denominator) ?? activity;
  if (kind === undefined) return undefined;
  const named = quantity
    .replace(INTENSITY, ' ')
    .replace(/^[\s,:–-]+|[\s,:–-]+$/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
  // "Net sales / turnover", "Employees / FTE": two names of one thing, not a quantity over another.
  if (denominatorKind(named) === kind) return undefined;
  return { quantity: named, denominator, kind };
}

/** The run of spaceless-script characters that ends `text` ("CO2排出量 売上高" → "売上高"). */
function spacelessTail(text: string): string {
  return /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+$/u.exec(text)?.[0] ?? '';
}
