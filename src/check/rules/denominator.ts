import { dec, tryParseUnit, type Decimal } from '../../core/index.js';

/** A per-what of an intensity, normalised so that "per employee" and "tonnes/person" group together. */
export interface Denominator {
  /** What is divided by: `person`, a unit dimension (`area`, `money:RMB`), or the printed text. */
  readonly key: string;
  /** Size of one printed denominator unit in the key's base (RMB million → 1,000,000). */
  readonly toBase: Decimal;
}

const PERSON = /^(?:persons?|people|employees?|staff|capita|heads?|headcount|ftes?|full[- ]time employees?)$/;
const AREA = /^(?:m2|m²|sq\.? ?m|sqm|square met(?:re|er)s?)$/;
const FLOOR_AREA =
  /^(.+?)\s+(?:of\s+)?(?:gfa|gla|nla|(?:total\s+)?(?:gross\s+|net\s+)?(?:floor|lettable|leasable|building|internal)\s+(?:area|space)|floor space)$/;
const CURRENCY = /\b(rmb|cny|hk\$|hkd|us\$|usd|eur|gbp)\b/;
const CURRENCY_KEY: Readonly<Record<string, string>> = {
  rmb: 'RMB',
  cny: 'RMB',
  hk$: 'HKD',
  hkd: 'HKD',
  us$: 'USD',
  usd: 'USD',
  eur: 'EUR',
  gbp: 'GBP',
};
const SCALES: readonly (readonly [RegExp, string])[] = [
  [/\b(?:billion|bn)\b/, '1000000000'],
  [/\b(?:million|mn|m)\b/, '1000000'],
  [/\b(?:10,000|10000|ten thousand)\b/, '10000'],
  [/(?:\bthousand\b|'000)/, '1000'],
];

/** Reads an intensity's `denominator` dim as printed ("square metre", "RMB million", "person"). */
export function readDenominator(printed: string): Denominator {
  const text = printed
    .toLowerCase()
    .replace(/^\s*(?:per\s+|\/\s*)/, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (PERSON.test(text)) return { key: 'person', toBase: dec(1) };
  if (AREA.test(text)) return { key: 'area', toBase: dec(1) };
  // "m² GFA", "sq ft of lettable area": an area unit, then which floor area it is.
  const floor = FLOOR_AREA.exec(text)?.[1];
  const area = floor === undefined ? undefined : tryParseUnit(floor);
  if (area?.dimension === 'area') return { key: 'area', toBase: area.toBase };
  const unit = tryParseUnit(text);
  if (unit && unit.dimension !== 'count') return { key: unit.dimension, toBase: unit.toBase };
  const currency = CURRENCY.exec(text)?.[1];
  if (
    currency !== undefined &&
    /revenue|income|sales|turnover|^\W*(?:rmb|cny|hk\$|hkd|us\$|usd|eur|gbp)\b/.test(text)
  ) {
    const scale = SCALES.find(([re]) => re.test(text))?.[1] ?? '1';
    return { key: `money:${CURRENCY_KEY[currency] ?? currency.toUpperCase()}`, toBase: dec(scale) };
  }
  return { key: text, toBase: dec(1) };
}
