import { dec, type Decimal, type Unit } from '../quantity/index.js';
import { lookupCompound, lookupUnit } from './lookup.js';
import { parseMoneyTerm } from './money.js';
import type { UnitParseOptions } from './options.js';
import { unitRegistry } from './registry.js';
import { isPowerOfTen, leadingScaleWord, peelScale, scaleLabel } from './scale.js';

/** One side of a ratio: a unit and the printed scale that multiplies it ("'000 kWh" → kWh × 1000). */
export interface Term {
  readonly unit: Unit;
  readonly scale: Decimal;
}

const ONE = dec(1);

/** The unit of a bare number (an empty unit cell): a count of unnamed things. */
export const PLAIN_NUMBER: Unit = Object.freeze({ symbol: '', dimension: 'count', toBase: ONE });

/** Scales nest at most this deep ("thousand million" is two); more is not a unit. */
const MAX_SCALES = 4;
/** Longest noun phrase read as a count ("industry alliances and important standardization organizations"). */
const MAX_NOUN_WORDS = 12;

/** Removes wrapping parentheses, empty "()", a leading "in" ("in tonnes") and edge punctuation. */
function cleanTerm(text: string): string {
  let s = text
    .replace(/\(\s*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  s = s.replace(/^[,;:]+|[,;:]+$/g, '').trim();
  if (/^\([^()]*\)$/.test(s)) s = s.slice(1, -1).trim();
  return s.replace(/^in\s+(?=\S)/i, '');
}

/** Parses one side of a ratio, or returns undefined when it is not a unit. */
export function parseTerm(text: string, options: UnitParseOptions, depth = 0): Term | undefined {
  const s = cleanTerm(text);
  if (s === '') return { unit: PLAIN_NUMBER, scale: ONE };
  const core = coreUnit(s, options);
  if (core) return { unit: core, scale: ONE };
  if (depth < MAX_SCALES) {
    const peeled = peelScale(s, false);
    const inner = peeled ? parseTerm(peeled.rest, options, depth + 1) : undefined;
    // "50 NAD" is an amount: money is scaled only by a power of ten ("10,000 RMB").
    const scalable = !inner?.unit.dimension.startsWith('money:') || (peeled && isPowerOfTen(peeled.factor));
    if (peeled && inner && scalable) return { unit: inner.unit, scale: inner.scale.times(peeled.factor) };
  }
  return moneyTerm(s, options) ?? qualifiedTerm(s, options) ?? indexTerm(s) ?? countTerm(s, options);
}

/** A registry unit, a compound (tCO2e, tce) or a percentage. */
function coreUnit(s: string, options: UnitParseOptions): Unit | undefined {
  return lookupUnit(s, options) ?? lookupCompound(s, options) ?? percentOf(s);
}

/** "% of national standard": a share that names what it is a share of. */
function percentOf(s: string): Unit | undefined {
  const m = /^([%‰])\s*of\s+(\S.*)$/i.exec(s);
  if (!m?.[1] || !m[2]) return undefined;
  const base = unitRegistry().bySymbol.get(m[1])?.unit;
  return (
    base && Object.freeze({ symbol: `${m[1]} of ${m[2]}`, dimension: base.dimension, toBase: base.toBase })
  );
}

function moneyTerm(s: string, options: UnitParseOptions): Term | undefined {
  const money = parseMoneyTerm(s, options);
  const leftover = money && tokens(money.leftover);
  if (!money || !leftover || !isQualifier(leftover, options)) return undefined;
  const unit: Unit = Object.freeze({ symbol: money.code, dimension: `money:${money.code}`, toBase: ONE });
  return { unit, scale: money.scale };
}

/** Words, and parenthesised groups kept whole; none when a parenthesis is unbalanced. */
function tokens(s: string): string[] | undefined {
  if (/[()]/.test(s.replace(/\([^()]*\)/g, ''))) return undefined;
  return s.match(/\([^()]*\)|[^\s()]+/g) ?? [];
}

const NOUN_WORD = /^[\p{L}][\p{L}\p{M}'&-]*[,;:]?$/u;

/** A capital after a small letter or a character ("kWhh", "元Mt"): a unit run together, no word. */
const CAMEL = /[\p{Ll}\p{Lo}]\p{Lu}/u;

/**
 * A vowel, accented or not, of the Latin, Greek or Cyrillic alphabet: Vietnamese "sản phẩm" prints its vowels
 * with tone marks, Greek "γυναικών" and Bulgarian "жени" (women) their own. A run of consonants ("kWh", "tCO")
 * is a unit typed together, no word.
 */
function hasVowel(word: string): boolean {
  return /[aeiouyαεηιουωаеёиоуыэюяіїє]/i.test(word.normalize('NFD'));
}

/** A word a report writes around a unit ("worked", "of production", "revenue"), not a unit itself. */
function isPlainWord(word: string, options: UnitParseOptions): boolean {
  if (!NOUN_WORD.test(word)) return false;
  if (CAMEL.test(word)) return false; // camel case ("kWhh") is a mistyped unit, not a word
  if (!hasVowel(word) && !/\p{Script=Han}/u.test(word)) return false;
  return lookupUnit(word.replace(/[,;:]$/, ''), options) === undefined;
}

function isQualifier(words: readonly string[], options: UnitParseOptions): boolean {
  return words.every((w) => w === 'of' || /^\(.*\)$/.test(w) || isPlainWord(w, options));
}

/** A unit followed by words that say what it measures: "hours worked", "t withdrawn", "tonnes of production". */
function qualifiedTerm(s: string, options: UnitParseOptions): Term | undefined {
  const words = tokens(s) ?? [];
  for (let k = words.length - 1; k >= 1; k--) {
    if (!isQualifier(words.slice(k), options)) break;
    const unit = coreUnit(words.slice(0, k).join(' '), options);
    // "employees and their children" is one counted phrase, not employees qualified by words.
    if (unit && unit.dimension !== 'count') return { unit, scale: ONE };
  }
  return undefined;
}

/** "Energy intensity performance index (indexed to 2010)": an index value. */
function indexTerm(s: string): Term | undefined {
  const unit = /\bindex(ed)?\b/i.test(s) ? unitRegistry().bySymbol.get('index')?.unit : undefined;
  return unit && { unit, scale: ONE };
}

/** Any plain noun phrase a report counts: "patents", "dormitories", "person-times". */
function countTerm(s: string, options: UnitParseOptions): Term | undefined {
  if (options.countNouns === false) return undefined;
  const phrase = s.replace(/^(?:the\s+)?(?:number|no\.?)\s+of\s+/i, '');
  const words = tokens(phrase) ?? [];
  if (words.length === 0 || words.length > MAX_NOUN_WORDS) return undefined;
  const plain = words.flatMap((w) => (w.startsWith('(') ? (tokens(w.slice(1, -1)) ?? []) : [w]));
  if (!plain.every((w) => NOUN_WORD.test(w) && !CAMEL.test(w))) return undefined;
  if (!plain.every((w) => hasVowel(w) || /\p{Script=Han}/u.test(w) || w === '&')) return undefined;
  // "per of": a phrase that opens on "per" names nothing counted (its symbol would read back as a ratio).
  if (/^per$/i.test(plain[0] ?? '') || /^(?:of|per)$/i.test(phrase.trim())) return undefined;
  // "million" left over after other scales: a scale word is no counted noun (its symbol would read back scaled).
  if (plain.some((w) => isScaleWord(w))) return undefined;
  // "万million": Chinese run into Latin letters is units glued together, no word.
  if (plain.some((w) => /\p{Script=Han}/u.test(w) && /[a-z]/i.test(w))) return undefined;
  const known = lookupUnit(phrase, options);
  if (known?.dimension === 'count') return { unit: known, scale: ONE };
  const symbol = words
    .map((w) => (/^\p{Lu}{2,}$/u.test(w) ? w : w.toLowerCase()))
    .join(' ')
    .replace(/[,;:]$/, '');
  return { unit: Object.freeze({ symbol, dimension: 'count', toBase: ONE, counted: symbol }), scale: ONE };
}

/** A scale word, alone or run into a unit by a mark ("million", "million-t"). */
function isScaleWord(word: string): boolean {
  const scale = leadingScaleWord(word, false);
  return scale !== undefined && !/^\p{L}/u.test(scale.rest);
}

/** The unit a term stands for, with its scale folded into symbol and factor ("thousand kWh", "RMB 10,000"). */
export function finishTerm(term: Term): Unit {
  const { unit, scale } = term;
  if (scale.equals(ONE)) return unit;
  const label = scaleLabel(scale);
  const symbol = unit.dimension.startsWith('money:')
    ? `${unit.symbol} ${label}`
    : unit.symbol === ''
      ? label
      : `${label} ${unit.symbol}`;
  const counted = unit.counted === undefined ? {} : { counted: unit.counted };
  return Object.freeze({ symbol, dimension: unit.dimension, toBase: unit.toBase.times(scale), ...counted });
}
