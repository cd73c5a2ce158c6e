import { EsgError } from '../errors/index.js';
import type { Unit } from '../quantity/index.js';
import { MAX_TEXT_LENGTH, normalizeUnitText } from './normalize.js';
import type { UnitParseOptions } from './options.js';
import { unitRegistry } from './registry.js';
import { finishTerm, parseTerm } from './term.js';

/** A ratio has at most this many parts ("kg/m2/year" has three). */
const MAX_RATIO_PARTS = 4;

/**
 * Splits on "/" and on the word "per" outside parentheses: "tCO2e per thousand boe of production"; also on
 * Bulgarian and Russian "на" ("т CO2e на млн. лв.", "кг на тонну"), Greek "ανά" ("kg ανά τόνο"), the
 * South Slavic "po" ("kg CO2e po noćenju", per guest night) and Persian "بر" ("گیگاژول بر متر مربع", GJ per square metre).
 */
function splitRatio(s: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && c === '/') {
      parts.push(s.slice(start, i));
      start = i + 1;
    } else if (depth === 0 && c === ' ') {
      const per = /^ (?:per|на|αν[άα]|po|بر)\s/i.exec(s.slice(i, i + 5));
      if (!per) continue;
      parts.push(s.slice(start, i));
      start = i + per[0].length;
    }
  }
  parts.push(s.slice(start));
  return parts.map((p) => p.trim());
}

/** "GWh/base units kWh" is a column note (values in GWh, base unit kWh), not a ratio. */
function isBaseUnitNote(part: string): boolean {
  return /^base\s+units?\b/i.test(part);
}

/** How a unit reads after "/": persons → "person", years → "year". */
function perSymbol(u: Unit): string {
  return unitRegistry().bySymbol.get(u.symbol)?.perSymbol ?? u.symbol;
}

function ratio(a: Unit, b: Unit): Unit {
  return Object.freeze({
    symbol: `${a.symbol}/${perSymbol(b)}`,
    dimension: `${a.dimension}/${b.dimension}`,
    toBase: a.toBase.dividedBy(b.toBase),
  });
}

/** The unit of `text`, or the reason it is not one. */
function readUnit(text: string, options: UnitParseOptions): Unit | string {
  if (text.length > MAX_TEXT_LENGTH) return `unit text longer than ${MAX_TEXT_LENGTH} characters`;
  const parts = splitRatio(normalizeUnitText(text)).filter((p, i) => i === 0 || !isBaseUnitNote(p));
  if (parts.length > MAX_RATIO_PARTS) return `more than ${MAX_RATIO_PARTS} parts in a ratio`;
  let acc: Unit | undefined;
  for (const part of parts) {
    if (acc && part === '') return 'a ratio needs a unit on both sides of "/"';
    const term = parseTerm(part, options);
    if (!term) return `"${part}" is not a unit the registry knows`;
    const unit = finishTerm(term);
    if (acc && (acc.symbol === '' || unit.symbol === '')) return 'a ratio needs a unit on both sides of "/"';
    acc = acc ? ratio(acc, unit) : unit;
  }
  return acc ?? 'empty unit';
}

/** Recent readings: documents repeat the same few unit texts thousands of times. */
const recent = new Map<string, Unit | string>();
const MAX_RECENT = 5000;

function readUnitCached(text: string, options: UnitParseOptions): Unit | string {
  if (text.length > MAX_TEXT_LENGTH) return readUnit(text, options);
  const currencies = `${options.dollar ?? ''}|${options.peso ?? ''}|${options.yen ?? ''}|${options.dirham ?? ''}|${options.krone ?? ''}`;
  const key = `${options.mt ?? ''}|${currencies}|${String(options.countNouns ?? true)}|${text}`;
  const hit = recent.get(key);
  if (hit !== undefined) return hit;
  const u = readUnit(text, options);
  if (recent.size >= MAX_RECENT) recent.clear();
  recent.set(key, u);
  return u;
}

/** Reads a unit as reports print it; undefined when it is not one (never throws). */
export function tryParseUnit(text: string, options: UnitParseOptions = {}): Unit | undefined {
  const u = readUnitCached(text, options);
  return typeof u === 'string' ? undefined : u;
}

/**
 * Reads a unit as reports print it ("tons of CO2 equivalent", "RMB'0000", "kWh in '000s",
 * "tCO2-e/RMB 10,000 revenue"). The empty string is a plain number. Throws UNIT_UNKNOWN.
 */
export function parseUnit(text: string, options: UnitParseOptions = {}): Unit {
  const u = readUnitCached(text, options);
  if (typeof u === 'string') throw new EsgError('UNIT_UNKNOWN', `unknown unit "${preview(text)}": ${u}`);
  return u;
}

/** The unit whose canonical symbol is exactly `symbol` ("tCO2e", "MWh/person", "RMB 10,000"); throws UNIT_UNKNOWN. */
export function unitOf(symbol: string): Unit {
  const u = tryParseUnit(symbol);
  if (u?.symbol !== symbol) {
    const hint = u ? ` (did you mean "${u.symbol}"?)` : '';
    throw new EsgError('UNIT_UNKNOWN', `"${preview(symbol)}" is not a canonical unit symbol${hint}`);
  }
  return u;
}

/** Shortened text for error messages, so a huge input does not flood a terminal. */
export function preview(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ');
  return oneLine.length > 60 ? `${oneLine.slice(0, 57)}...` : oneLine;
}
