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
  /^(?:[-–—‒_/*]|n\/?a\.?|n\.\s?[adm]\.?|na|nr|n\.r\.|nm|nil|none|tbd|not (?:applicable|available|reported|disclosed|material))$/i;
const CELL =
  /^([<>≤≥~≈]|approx\.?|about)?\s*([-−–]|\()?\s*(\d{1,3}(?:[, ]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*\)?\s*(%|‰|h|hrs?|x)?\s*[*†‡]?$/i;

/** Reads a table cell as a figure, a "no data" marker, or nothing (a label or unit cell). */
export function parseCellValue(text: string): CellValue | undefined {
  const t = text.trim();
  if (t === '') return undefined;
  if (MISSING.test(t)) return { kind: 'missing', printed: t };
  const m = CELL.exec(t);
  if (!m) return undefined;
  const [, qualifier = '', sign = '', digits = '', unit = ''] = m;
  const plain = readNumeral(digits.replace(/ /g, ','));
  if (plain === undefined) return undefined;
  const negative = sign !== '' && (sign !== '(' || t.endsWith(')'));
  return {
    kind: 'value',
    value: negative && plain !== '0' ? `-${plain}` : plain,
    printed: digits,
    unit,
    qualifier: qualifier.toLowerCase(),
  };
}
