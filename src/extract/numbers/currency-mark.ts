/**
 * The currency marks a report prints before an amount in a table cell ("RM1,148.6", "S$ 2.3",
 * "HK$6.2", "Tk 9,16,570"): ISO 4217 codes and the symbols Asian and European reports use. A bare "¥" is kept (a
 * cell's reader passes it on; the unit registry decides what it names).
 */
export const CURRENCY_MARKS = [
  'HK$',
  'US$',
  'NT$',
  'S$',
  'A$',
  'C$',
  'RMB',
  'CNY',
  'HKD',
  'USD',
  'SGD',
  'MYR',
  'TWD',
  'EUR',
  'GBP',
  'JPY',
  'AUD',
  'RM',
  'Rs',
  'Tk',
  '₹',
  '৳',
  // The signs of other currencies the unit registry names: won, đồng, peso, tenge, naira, shekel, lira,
  // tögrög, hryvnia, manat, cedi.
  '₩',
  '₫',
  '₱',
  '₸',
  '₦',
  '₪',
  '₺',
  '₮',
  '₴',
  '₼',
  '₵',
  '¥',
  '€',
  '£',
  '$',
] as const;

/** One of {@link CURRENCY_MARKS}. */
export type CurrencyMark = (typeof CURRENCY_MARKS)[number];

/** The marks as a regular expression alternation, longest first so "HK$" wins over "$". */
export const CURRENCY_MARK_PATTERN = [...CURRENCY_MARKS]
  .sort((a, b) => b.length - a.length)
  .map((m) => m.replace(/[$]/g, '\\$'))
  .join('|');

const WHOLE_MARK = new RegExp(`^(?:${CURRENCY_MARK_PATTERN})$`, 'i');

/** Whether `text` is a currency mark and nothing else ("RM", "S$", "€"). */
export function isCurrencyMark(text: string): boolean {
  return WHOLE_MARK.test(text.trim());
}
