import type { Mention } from '../mention/index.js';

// A quarter or half of the year heading a column: "Q1", "Q3 2025", "H2", "1Q", "2nd quarter", "1st half".
const PART_OF_YEAR =
  /^(?:q[1-4]|[1-4]q|h[12]|[12]h|(?:1st|2nd|3rd|4th|first|second|third|fourth)\s+quarter|(?:1st|2nd|first|second)\s+half)(?:\s*(?:fy)?\s*'?\d{2,4})?$/i;

// A month heading a column or row ("Jan", "Sept", "March"): twelve of them split the year as quarters do.
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;
const MONTH =
  /^(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$/i;

// The same in Chinese and Japanese ("一季度", "第3季度", "第2四半期", "上半年", "下半年度"): a numeral of the
// quarter, or the first (上) or second (下) half.
const PART_OF_YEAR_CJK = /^(?:第?([一二三四1-4１-４])\s*(?:季度?|四半期)|([上下])半年度?)$/u;
const CJK_NUMERAL: Record<string, string> = {
  一: '1',
  二: '2',
  三: '3',
  四: '4',
  '１': '1',
  '２': '2',
  '３': '3',
  '４': '4',
};

const ORDINAL: Record<string, string> = {
  '1': '1',
  '2': '2',
  '3': '3',
  '4': '4',
  first: '1',
  second: '2',
  third: '3',
  fourth: '4',
};

/**
 * The part of the year a table figure's column or row names ("Q1 | Q2 | Q3 | Q4 | Full year", "Jan | Feb
 * | … | Dec | Total"): `quarter` Q1–Q4, `half` H1–H2 or `month` Jan–Dec. Such a figure is a part of the
 * year's figure, never the year's figure itself; the dim keeps it apart from the year's and makes the
 * parts a breakdown of the year's total. Undefined for any other figure.
 */
export function partOfYearDims(m: Mention): Record<string, string> | undefined {
  if (m.kind !== 'table') return undefined;
  for (const text of [m.column ?? '', m.label]) {
    const t = text.trim().toLowerCase();
    const month = MONTH.exec(t)?.[1];
    if (month !== undefined) return { month: capitalised(MONTHS.find((p) => month.startsWith(p)) ?? month) };
    const cjk = PART_OF_YEAR_CJK.exec(t);
    if (cjk?.[2] !== undefined) return { half: cjk[2] === '上' ? 'H1' : 'H2' };
    if (cjk?.[1] !== undefined) return { quarter: `Q${CJK_NUMERAL[cjk[1]] ?? cjk[1]}` };
    if (!PART_OF_YEAR.test(t)) continue;
    const half = /\bhalf\b|^h[12]|^[12]h/.test(t);
    const n = /^[qh]([1-4])|^([1-4])[qh]|^(\d|first|second|third|fourth)\w*\s/.exec(t);
    const k = ORDINAL[n?.[1] ?? n?.[2] ?? n?.[3] ?? ''] ?? '';
    return half ? { half: `H${k}` } : { quarter: `Q${k}` };
  }
  return undefined;
}

const capitalised = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);
