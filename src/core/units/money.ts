import { escapeRegExp, foldArabicLetters } from '../text/index.js';
import { dec, type Decimal } from '../quantity/index.js';
import type { UnitParseOptions } from './options.js';
import { unitRegistry } from './registry.js';
import { leadingScaleWord, peelScale } from './scale.js';

/** A currency marker found in a text: the ISO-style code and the text around it. */
export interface CurrencyMatch {
  readonly code: string;
  readonly before: string;
  readonly after: string;
}

/**
 * Marks several currencies share, read as the one the parse options name, else the family's default:
 * "$" (US, Canadian, Australian … dollars), "pesos" (Mexican, Colombian, Chilean …), "¥" (the yen and
 * the renminbi), "dirhams" (UAE and Moroccan), "kr." (Danish, Norwegian and Swedish). Each is tried after the explicit markers ("pesos
 * colombianos", "US$", "dirhams marocains"), which the registry lists longest first.
 */
const BARE_MARKS: readonly {
  readonly pattern: string;
  readonly mark: RegExp;
  readonly option: 'dollar' | 'peso' | 'yen' | 'dirham' | 'krone';
  readonly fallback: string;
}[] = [
  // The Danish, Norwegian and Swedish krone: "kr.", "kroner", "kronor" ("48,2 mio. kr.", "3,1 mdkr").
  {
    pattern: '(?<![\\p{L}])(?:kr\\.?|kroner|kronor)(?![\\p{L}])',
    mark: /^(?:kr\.?|kroner|kronor)$/i,
    option: 'krone',
    fallback: 'DKK',
  },
  { pattern: '(?<![\\p{L}])pesos?(?![\\p{L}])', mark: /^pesos?$/i, option: 'peso', fallback: 'MXN' },
  // "درهم" is the dirham in Arabic.
  {
    pattern: '(?<![\\p{L}])(?:dirhams?|درهم)(?![\\p{L}])',
    mark: /^(?:dirhams?|درهم)$/i,
    option: 'dirham',
    fallback: 'AED',
  },
  { pattern: '\\$', mark: /^\$$/, option: 'dollar', fallback: 'USD' },
  { pattern: '¥', mark: /^¥$/, option: 'yen', fallback: 'JPY' },
];

let markerRe: RegExp | undefined;
let codeOf: Map<string, string> | undefined;
/** Markers (lower-cased) that name a currency only when printed in capitals. */
// The printings of a marker that is the currency only with its capitals ("KES", "Tk"), by its lower case.
let capitalOnly: Map<string, Set<string>> | undefined;

/**
 * Alphabetic markers must stand alone ("EUR" not inside "EURO…", Cyrillic "лв" or Greek "ευρώ" not inside a word; "RMB"
 * may touch digits: "RMB10,000").
 */
function markerPattern(marker: string): string {
  const before = /^[a-z\u0386-\u03ce\u0400-\u04ff]/i.test(marker)
    ? '(?<![a-z\u0386-\u03ce\u0400-\u04ff])'
    : '';
  const after = /[a-z\u0386-\u03ce\u0400-\u04ff]$/i.test(marker) ? '(?![a-z\u0386-\u03ce\u0400-\u04ff])' : '';
  return `${before}${escapeRegExp(marker)}${after}`;
}

function currencyTables(): {
  re: RegExp;
  codes: Map<string, string>;
  capitals: Map<string, Set<string>>;
} {
  if (!markerRe || !codeOf || !capitalOnly) {
    codeOf = new Map();
    capitalOnly = new Map();
    for (const c of unitRegistry().currencies) {
      // Unit text reaches the lookup with its Arabic-script letters folded (normalizeUnitText): the markers too.
      for (const m of c.markers) codeOf.set(foldArabicLetters(m).toLowerCase(), c.code);
      for (const m of c.capitalMarkers) {
        const printings = capitalOnly.get(m.toLowerCase()) ?? new Set<string>();
        capitalOnly.set(m.toLowerCase(), printings.add(m));
      }
    }
    // A bare "$" is matched last, after HK$, US$, NT$ and the like.
    const alts = [...codeOf.keys()].sort((a, b) => b.length - a.length).map(markerPattern);
    markerRe = new RegExp([...alts, ...BARE_MARKS.map((b) => b.pattern)].join('|'), 'iu');
  }
  return { re: markerRe, codes: codeOf, capitals: capitalOnly };
}

/** The currency of a bare mark: "$" is `options.dollar` (default USD), "¥" `options.yen` (default JPY) … */
function bareCode(mark: string, options: UnitParseOptions): string | undefined {
  const bare = BARE_MARKS.find((b) => b.mark.test(mark));
  return bare && (options[bare.option] ?? bare.fallback);
}

/** Finds the first currency marker; a bare "$", "pesos", "¥" or "dirhams" is read by `options` (see BARE_MARKS). */
export function findCurrency(text: string, options: UnitParseOptions): CurrencyMatch | undefined {
  const { re, codes, capitals } = currencyTables();
  const m = re.exec(text);
  if (!m) return undefined;
  const code = codes.get(m[0].toLowerCase()) ?? bareCode(m[0], options);
  if (!code) return undefined;
  // "kes" in a Malay unit column counts cases, Kenyan shillings print as "KES"; Estonian "tk" counts
  // pieces, the taka prints as "Tk".
  const printings = capitals.get(m[0].toLowerCase());
  if (printings && !printings.has(m[0])) return undefined;
  return { code, before: text.slice(0, m.index), after: text.slice(m.index + m[0].length) };
}

/** A money unit: currency code, scale, and any words around them ("revenue", "of sales"). */
export interface MoneyTerm {
  readonly code: string;
  readonly scale: Decimal;
  readonly leftover: string;
}

/**
 * Reads "RMB 10,000", "RMB'0000", "RMB 0'000", "HK$ million", "$M", "£m", "million yuan",
 * "revenue $M", "million revenue (RMB)". Scales may sit before or after the marker; the leftover words
 * are returned for the caller to accept as a qualifier or reject.
 */
export function parseMoneyTerm(text: string, options: UnitParseOptions): MoneyTerm | undefined {
  const found = findCurrency(text, options) ?? scaledMarkerAtStart(text);
  if (!found || inName(text.slice(found.before.length, text.length - found.after.length), found, options))
    return undefined;
  let rest = `${found.before} ${found.after}`
    .replace(/\(\s*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  let scale = dec(1);
  for (let i = 0; i < 6; i++) {
    const peeled = peelScale(rest, true);
    if (!peeled) break;
    scale = scale.times(peeled.factor);
    rest = peeled.rest;
  }
  return { code: found.code, scale, leftover: rest };
}

/**
 * Whether a currency word opens a name, not a unit: "Đồng Nai" (a province), "Rand Water", "Hội đồng
 * Quản trị". A name goes on in a capitalised word ("Nai", "Water"), where a unit goes on in a scale
 * ("Rand million") or another currency's name ("Yuan Renminbi"). Codes and signs ("VND", "R$") open no name.
 */
function inName(marker: string, found: CurrencyMatch, options: UnitParseOptions): boolean {
  if (!/^\p{L}+$/u.test(marker) || marker === marker.toUpperCase()) return false;
  const next = /^\s+(\p{Lu}\p{Ll}[\p{L}\p{M}]*)/u.exec(found.after)?.[1];
  return next !== undefined && !leadingScaleWord(next, true) && !findCurrency(next, options);
}

/**
 * A marker that names its currency only right before a scale ("R million", "R'000", "R bn"): a bare
 * "R" also marks restated figures and starts "R&D", so alone it is never money.
 */
function scaledMarkerAtStart(text: string): CurrencyMatch | undefined {
  const s = text.trim();
  for (const c of unitRegistry().currencies) {
    for (const marker of c.scaledMarkers) {
      if (!s.startsWith(marker)) continue;
      const after = s.slice(marker.length);
      if (!/^(?:\s|')/.test(after) || !leadingScaleWord(after.trimStart(), true)) continue;
      return { code: c.code, before: '', after };
    }
  }
  return undefined;
}
