import {
  countedThing,
  dec,
  denominatorKind,
  findCurrency,
  tryParseUnit,
  type Decimal,
} from '../../core/index.js';

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
/** What a money denominator is usually of: "per RMB million of revenue", "t-CO2/net sales (¥100 million)". */
const REVENUE = /revenue|income|sales|turnover/;
const SCALES: readonly (readonly [RegExp, string])[] = [
  [/\b(?:billion|bn)\b/, '1000000000'],
  // 亿 as Chinese and Japanese reports translate it ("¥100 million", "RMB 100 million").
  [/\b100 million\b/, '100000000'],
  [/\b(?:million|mn|m)\b/, '1000000'],
  [/\b(?:10,000|10000|ten thousand)\b/, '10000'],
  [/(?:\bthousand\b|'000)/, '1000'],
];

/** Reads an intensity's `denominator` dim as printed ("square metre", "RMB million", "person", "¥100 million"). */
export function readDenominator(printed: string): Denominator {
  const asPrinted = printed
    .replace(/^\s*(?:per\s+|\/\s*)/i, '')
    .replace(/\s+/g, ' ')
    .trim();
  const text = asPrinted.toLowerCase();
  // "henkilö", "Mitarbeiter", "员工": a person in any language read, unless a base is printed ("per 100 employees").
  if (PERSON.test(text) || (denominatorKind(text) === 'person' && !/\d/.test(text)))
    return { key: 'person', toBase: dec(1) };
  if (AREA.test(text)) return { key: 'area', toBase: dec(1) };
  // "m² GFA", "sq ft of lettable area": an area unit, then which floor area it is.
  const floor = FLOOR_AREA.exec(text)?.[1];
  const area = floor === undefined ? undefined : tryParseUnit(floor);
  if (area?.dimension === 'area') return { key: 'area', toBase: area.toBase };
  // Scaled currency codes are read in capitals ("KMAD", "MSEK"), so the printed case is tried too.
  const units = [tryParseUnit(text), tryParseUnit(asPrinted)];
  const unit = units.find((u) => u && u.dimension !== 'count');
  if (unit) return { key: unit.dimension, toBase: unit.toBase };
  // "kTEU", "'000 TEU", "million tonne-km": a transport volume or other thing counted, at its printed scale.
  const counted = units.map((u) => u && countedThing(u)).find((c) => c && !c.toBase.equals(1));
  if (counted) return { key: counted.noun.toLowerCase(), toBase: counted.toBase };
  // Any currency the unit registry knows, a bare "$" or "¥" read by its default ("net sales (¥100 million)").
  const currency = findCurrency(asPrinted, {});
  if (
    currency &&
    (REVENUE.test(text) || denominatorKind(text) === 'revenue' || /^\W*$/.test(currency.before))
  ) {
    const scale = SCALES.find(([re]) => re.test(text))?.[1] ?? '1';
    return { key: `money:${currency.code}`, toBase: dec(scale) };
  }
  return { key: text, toBase: dec(1) };
}
