import { EsgError } from '../errors/index.js';
import type { NumberParseOptions } from './options.js';

/**
 * The digits of a printed number, without separators: "1,335" → "1335", "5 405" → "5405",
 * "1.234.567" → "1234567", "1.234,5" → "1234.5".
 *
 * The rule that tells a thousands separator from a decimal mark, when `options.decimalSeparator` is
 * not given:
 * - spaces and apostrophes ("5 405", "10'000") only group thousands;
 * - when both "." and "," occur, the last one is the decimal mark ("1,234.5", "1.234,5");
 * - a mark that occurs more than once groups thousands ("1.234.567", "1,234,567");
 * - a single "," followed by exactly three digits groups thousands ("1,335"), otherwise it is a
 *   decimal comma ("12,5", "0,125");
 * - a single "." is a decimal point, even before exactly three digits: "13.000" is 13. The corpus is
 *   English-language reports, which write decimals with "."; a document that uses "." for thousands
 *   (German, Swedish, Brazilian style) must say so with `decimalSeparator: ','`, which makes
 *   "13.000" 13000 and "1,335" 1.335.
 * Groups after the first must have three digits (Indian "1,23,456" grouping is also accepted).
 */
export function readDigits(body: string, options: NumberParseOptions): string {
  const marks = body.replace(/\d/g, '');
  if (marks === '') return body;
  const decimal = decimalMarkOf(body, marks, options);
  const at = decimal ? body.lastIndexOf(decimal) : -1;
  const whole = at >= 0 ? body.slice(0, at) : body;
  const fraction = at >= 0 ? body.slice(at + 1) : '';
  if (at >= 0 && !/^\d+$/.test(fraction)) invalid(body, 'digits after the decimal mark are grouped');
  const groupMarks = new Set(whole.replace(/\d/g, ''));
  if (groupMarks.size > 1) invalid(body, 'mixed thousands separators');
  const [mark] = groupMarks;
  if (mark !== undefined && !validGrouping(whole, mark)) invalid(body, 'digit groups are not thousands');
  const digits = whole.replace(/\D/g, '');
  return fraction ? `${digits}.${fraction}` : digits;
}

function count(s: string, c: string): number {
  return s.split(c).length - 1;
}

function decimalMarkOf(body: string, marks: string, options: NumberParseOptions): '.' | ',' | undefined {
  const dots = count(marks, '.');
  const commas = count(marks, ',');
  const forced = options.decimalSeparator;
  if (forced) {
    const n = forced === '.' ? dots : commas;
    if (n > 1) invalid(body, `"${forced}" is the decimal mark but occurs ${n} times`);
    return n === 1 ? forced : undefined;
  }
  if (dots > 0 && commas > 0) {
    const last = marks.at(-1);
    if ((last !== '.' && last !== ',') || count(marks, last) > 1)
      invalid(body, 'cannot tell the decimal mark');
    return last;
  }
  if (dots === 1) return '.';
  if (commas === 1) {
    const [head = '', tail = ''] = body.split(',');
    return tail.length === 3 && /^\d+$/.test(tail) && !/^0+$/.test(head.replace(/\D/g, '')) ? undefined : ',';
  }
  return undefined;
}

function validGrouping(whole: string, mark: string): boolean {
  const groups = whole.split(mark);
  const [first = '', ...rest] = groups;
  if (/^\d{1,3}$/.test(first) && rest.every((g) => /^\d{3}$/.test(g))) return true;
  // Indian grouping: 12,34,567
  return mark === ',' && /^\d{1,2}(,\d{2})*,\d{3}$/.test(whole);
}

function invalid(body: string, why: string): never {
  throw new EsgError('NUMBER_INVALID', `cannot read the number "${body}": ${why}`);
}
