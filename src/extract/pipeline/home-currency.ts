import { quantity, tryParseUnit, type UnitParseOptions } from '../../core/index.js';
import type { ClassifiedMention } from '../classify/index.js';

/**
 * A Canadian or Australian report writes "C$" or "A$" now and then and a bare "$" everywhere else; a
 * Mexican, Colombian or Chilean one writes "pesos" and names which pesos once ("en miles de pesos
 * mexicanos (MXN)"); a Chinese one prints "¥" for the renminbi a Japanese one prints for the yen, and a
 * Moroccan one "dirhams" for what a UAE one means by AED, and an Icelandic one "m.kr." for what a Danish one means by
 * "mio. kr.". A bare mark means the currency of its family
 * the document names, when it names exactly one; else its default (USD, MXN, JPY, AED).
 */

interface Family {
  /** The option a bare mark of this family reads. */
  readonly option: 'dollar' | 'peso' | 'yen' | 'dirham' | 'krone';
  /** The currency a bare mark is read as when the document names none of the family (or several). */
  readonly fallback: string;
  /** A bare mark in a printed unit ("$ in millions", "millones de pesos"). */
  readonly bare: RegExp;
  /** Each currency of the family and the marks that name it. */
  readonly members: readonly (readonly [code: string, named: RegExp])[];
}

const FAMILIES: readonly Family[] = [
  {
    option: 'dollar',
    fallback: 'USD',
    bare: /(?<![A-Za-z])\$/,
    members: [
      ['USD', /(?<![A-Za-z])(?:US\$|USD\b)|\bU\.?S\.? dollars?\b/],
      ['CAD', /(?<![A-Za-z])(?:C\$|CA\$|CDN\$|CAD\b)|\bCanadian dollars?\b/],
      ['AUD', /(?<![A-Za-z])(?:A\$|AU\$|AUD\b)|\bAustralian dollars?\b/],
      ['NZD', /(?<![A-Za-z])(?:NZ\$|NZD\b)|\bNew Zealand dollars?\b/],
      ['HKD', /(?<![A-Za-z])(?:HK\$|HKD\b)|\bHong Kong dollars?\b/],
      ['SGD', /(?<![A-Za-z])(?:S\$|SGD\b)|\bSingapore dollars?\b/],
      ['TWD', /(?<![A-Za-z])(?:NT\$|TWD\b)/],
    ],
  },
  {
    option: 'peso',
    fallback: 'MXN',
    bare: /(?<![\p{L}])pesos?(?!\s+(?:mexicanos|colombianos|chilenos|argentinos))(?![\p{L}])/iu,
    members: [
      ['MXN', /\bMXN\b|\bpesos mexicanos\b/i],
      ['COP', /\bCOP\b|\bpesos colombianos\b/i],
      ['CLP', /\bCLP\b|\bpesos chilenos\b/i],
      ['ARS', /\bARS\b|\bpesos argentinos\b/i],
      ['PHP', /\bPHP\b|₱|\bPhilippine pesos?\b/],
    ],
  },
  {
    option: 'yen',
    fallback: 'JPY',
    bare: /[¥￥]/,
    members: [
      ['JPY', /(?<![A-Za-z])(?:JPY\b|JP[¥￥])|\b(?:Japanese )?yen\b|円/],
      ['RMB', /(?<![A-Za-z])(?:RMB|CNY)\b|CN[¥￥]|\b(?:renminbi|yuan)\b|人民币|[\d万亿千百]\s*元/i],
    ],
  },
  {
    option: 'dirham',
    fallback: 'AED',
    bare: /(?<![\p{L}])dirhams?(?!\s+marocains?)(?![\p{L}])/iu,
    members: [
      ['AED', /(?<![A-Za-z])AED\b|\b(?:UAE|Emirati) dirhams?\b/],
      ['MAD', /(?<![A-Za-z])[KM]?MAD\b|\bMoroccan dirhams?\b|\bdirhams? marocains?\b/],
    ],
  },
  {
    option: 'krone',
    fallback: 'DKK',
    bare: /(?<![\p{L}])(?:kr\.?|kroner|kronor)(?![\p{L}])/iu,
    members: [
      ['DKK', /(?<![A-Za-z])(?:[MT]?DKK|DKK[mk])\b|\bdanske kroner\b/],
      ['NOK', /(?<![A-Za-z])(?:[MT]?NOK|NOK[mk])\b|\bnorske kroner\b/],
      ['SEK', /(?<![A-Za-z])(?:[MT]?SEK|SEK[mk])\b|\b(?:svenska )?[Kk]ronor\b|\b(?:md|[Mm]|t)kr\b/],
      // Icelandic: the code, "krónur", "ma.kr." / "þús. kr." (no other krone prints them), or the letters þ and ð,
      // which no Danish, Norwegian or Swedish text writes: an Icelandic report's bare "kr." is the Icelandic króna.
      ['ISK', /(?<![A-Za-z])ISK\b|(?<![\p{L}])(?:krón(?:a|ur|um|u)|(?:ma|þús)\.\s?kr)(?![\p{L}])|[þð]/iu],
    ],
  },
];

/** The currency each family's bare mark stands for in a document's lines, where they say. */
export function homeCurrencies(lines: readonly string[]): UnitParseOptions {
  const out: { -readonly [K in Family['option']]?: string } = {};
  for (const family of FAMILIES) {
    const named = family.members.filter(([, re]) => lines.some((l) => re.test(l))).map(([code]) => code);
    const [only] = named;
    if (only !== undefined && named.length === 1 && only !== family.fallback) out[family.option] = only;
  }
  return out;
}

/** A mention whose printed unit has a bare mark ("$", "pesos", "¥", "dirhams"), read again in the document's own currency. */
export function inHomeCurrency(c: ClassifiedMention, home: UnitParseOptions): ClassifiedMention {
  const old = c.quantity?.unit;
  if (!c.quantity || !old?.dimension.startsWith('money:')) return c;
  const printed = c.mention.unit;
  const family = FAMILIES.find((f) => home[f.option] !== undefined && f.bare.test(printed));
  if (!family) return c;
  const unit = tryParseUnit(printed, home);
  // Only the currency changes: a unit read otherwise (a caption's scale) is left as it was.
  if (!unit?.dimension.startsWith('money:') || !unit.toBase.equals(old.toBase)) return c;
  return { ...c, quantity: quantity(c.quantity.value, unit) };
}
