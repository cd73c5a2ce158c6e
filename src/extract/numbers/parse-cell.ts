import { tryParseUnit } from '../../core/index.js';
import { FALLING_ARROWS, RISING_ARROWS } from './change-arrows.js';
import { CURRENCY_MARK_PATTERN } from './currency-mark.js';
import { withoutCertainNote } from './glued-note.js';
import { readNumeral } from './scan-numbers.js';

/** What a table cell holds when it holds a figure. */
export type CellValue =
  | {
      readonly kind: 'value';
      /** Plain decimal string, sign included. */
      readonly value: string;
      /** The number as printed in the cell. */
      readonly printed: string;
      /** A unit printed in the cell itself ("%", "h"), if any. */
      readonly unit: string;
      /** A qualifier such as "<" or ">" printed before the number. */
      readonly qualifier: string;
    }
  | { readonly kind: 'missing'; readonly printed: string };

// Markers reports use for "no data" or "not applicable" in a value cell.
const MISSING =
  /^(?:[-–—‒_/*]|n\/?a\.?|n\.\s?[adm]\.?|na|nr|n\.r\.|nm|none|tbd|not (?:applicable|available|reported|disclosed|material))$/i;
// "Nil" is how British and Hong Kong reports print a zero in a table ("Fatalities | nil | nil").
const ZERO_WORD = /^(?:nil|zero)$/i;
// A footnote letter glued to a figure ("6,482a", "3,140b": lower case, a to d, one letter), or a
// restatement or assurance mark ("33,812R", "1,204Δ"), as UK reports flag restated and assured figures.
// South African integrated reports put a tick for assured and a hash for restated figures after the
// figure ("74,115.8 √", "1,402.3 #", King IV / JSE practice), as others put a star or dagger, or a
// numbered note mark ("5,968*9", as Japanese ESG data books print "*1" to "*9").
const CELL = new RegExp(
  String.raw`^([<>≤≥~≈]|approx\.?|about)?\s*([-−–+${RISING_ARROWS}${FALLING_ARROWS}]|\()?\s*(\d{1,3}(?:[, ]\d{3})+(?:\.\d+)?|\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?|\d+(?:\.\d+)?)([a-d]|R|Δ)?\s*\)?\s*(%|‰|per ?cent|pct|pts?|pp|ppts?|p\.p\.|h|hrs?|x)?\s*(?:\*\d{1,2}|[*†‡√✓✔#])?$`,
  'i',
);
// A plus or a rising arrow (change-arrows.ts) before a figure is no minus sign.
const RISE = new RegExp(`^[+${RISING_ARROWS}]$`);
/** A percentage printed in words ("12.5 per cent", British usage, "12.5 pct") is a "%". */
const PER_CENT = /^(?:per ?cent|pct)$/i;

/**
 * A money cell: a currency before the figure and optionally its printed scale in brackets after it,
 * as mainland reports print amounts in RMB 10,000 ("RMB 286,540.12 (10,000)").
 */
const MONEY_CELL = new RegExp(
  `^(${CURRENCY_MARK_PATTERN})\\s?(.+?)(?:\\s*\\((10,000|0,000|'000|thousand|million|billion|万|亿)\\))?$`,
  'i',
);

/** Scales printed after a currency to name a unit: "RMB 10,000", "HK$ 1,000", "RMB 100 million", "Rs 000". */
const UNIT_SCALE = /^(?:10,?000|1,?000|100|'?000)(?:\s*(?:thousand|million|billion))?$/i;

/**
 * A note after the figure ("120 (Note 1)", "35 (note 2)", "0 (restated)"): not part of the value. A
 * restatement mark says the comparative was revised (IAS 8 §49), not what it is.
 */
const NOTE_AFTER =
  /\s*\((?:(?:notes?|n)\s*\.?\s*\d{1,2}|restated|revised|re-presented|represented|adjusted)\)$/i;
/**
 * A footnote letter in brackets after the figure ("812 (a)", "0.45 (ii)"): lower case only, as
 * capitals and digits in brackets may be a unit or a comparative ("812 (790)").
 */
const LETTER_NOTE_AFTER = /(?<=[\d%)])\s*\((?:[a-h]|i{1,3}|iv)\)$/;

/**
 * A unit in brackets after the figure ("12,486,300 (kWh)", "64.1 (m³/HK$ million)"), as some Hong
 * Kong ESG reports print each value of a table with its unit. The bracket must hold a unit the
 * registry knows, so "(a)" or "(12)" are never taken for one.
 */
const UNIT_AFTER = /^(.*\d\)?)\s*\(([^()\d][^()]{0,30})\)$/;

/** Reads a table cell as a figure, a "no data" marker, or nothing (a label or unit cell). */
export function parseCellValue(text: string): CellValue | undefined {
  const bare = text.trim().replace(NOTE_AFTER, '').replace(LETTER_NOTE_AFTER, '').trim();
  // "2,954,8001": a note number glued to a figure grouped in thousands (see glued-note.ts).
  const t = withoutCertainNote(bare);
  if (t === '') return undefined;
  if (MISSING.test(t)) return { kind: 'missing', printed: t };
  if (ZERO_WORD.test(t)) return { kind: 'value', value: '0', printed: t, unit: '', qualifier: '' };
  const money = MONEY_CELL.exec(t);
  if (money) {
    const [, currency = '', figure = '', scale] = money;
    // "RMB 10,000" or "RMB'000" alone is a unit cell (the money unit of a row), not an amount.
    if (scale === undefined && UNIT_SCALE.test(figure)) return undefined;
    const inner = parsePlainCell(figure);
    if (inner?.kind !== 'value' || inner.unit !== '') return undefined;
    return { ...inner, unit: scale === undefined ? currency : `${currency} ${scale}` };
  }
  return parsePlainCell(t) ?? withUnitAfter(t);
}

function withUnitAfter(t: string): CellValue | undefined {
  const m = UNIT_AFTER.exec(t);
  const [, figure = '', unit = ''] = m ?? [];
  if (!m || tryParseUnit(unit.trim(), { countNouns: false }) === undefined) return undefined;
  const inner = parsePlainCell(figure.trim());
  return inner?.kind === 'value' && inner.unit === '' ? { ...inner, unit: unit.trim() } : undefined;
}

function parsePlainCell(t: string): CellValue | undefined {
  const m = CELL.exec(t);
  if (!m) return undefined;
  const [, qualifier = '', sign = '', digits = '', note = '', printedUnit = ''] = m;
  if (/^[A-D]$/.test(note)) return undefined;
  const unit = PER_CENT.test(printedUnit) ? '%' : printedUnit;
  const plain = readNumeral(digits.replace(/ /g, ','));
  if (plain === undefined) return undefined;
  // A "+" or a rising arrow marks a rise in a change column ("+44.8", "↑5.4%"): the figure is positive.
  const negative = sign !== '' && !RISE.test(sign) && (sign !== '(' || t.endsWith(')'));
  return {
    kind: 'value',
    value: negative && plain !== '0' ? `-${plain}` : plain,
    printed: digits,
    unit,
    qualifier: qualifier.toLowerCase(),
  };
}
