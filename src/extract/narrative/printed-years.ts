import { statedYears, YEAR_BEFORE_NAME } from '../period/index.js';

/** A year printed in a sentence, read as the year its figures are for. */
export interface PrintedYear {
  readonly year: number;
  readonly index: number;
  readonly end: number;
}

// "FY2029/30", "FY2022-23", "FY 2024–25" (India's BRSR), "FY25", "financial year 2021/22", "in 2021/22": a fiscal year is named
// by the calendar year it ends in (the corpus convention, and how HKEX issuers title their reports).
const FISCAL =
  /\b(?:FY\s?'?|(?:financial|fiscal)\s+year\s+|(?:in|during|for|by|to|until)\s+)((?:19|20)?\d{2})(?:\s?[/\-–]\s?(\d{2}|(?:19|20)\d{2}))?\b/gi;
// A calendar year on its own ("by 2030", "2025 and 2030 respectively").
const BARE_YEAR = /\b((?:19|20)\d{2})\b(?!\s?[/-]\s?\d)/g;

/** Fiscal years printed in `text` ("FY2022/23" → 2023), with their offsets. */
export function fiscalYears(text: string): PrintedYear[] {
  const out: PrintedYear[] = [];
  for (const m of text.matchAll(FISCAL)) {
    const first = m[1] ?? '';
    const fy = /^FY/i.test(m[0]) || /year/i.test(m[0]);
    // "in 2021/22" is a fiscal year; "in 2021" is left to the calendar-year readers.
    if (!fy && m[2] === undefined) continue;
    if (!fy && first.length !== 4) continue;
    const start = first.length === 2 ? 2000 + Number(first) : Number(first);
    const year = m[2] === undefined ? start : endYear(start, m[2]);
    if (year === undefined) continue;
    out.push({ year, index: m.index, end: m.index + m[0].length });
    if (out.length > 50) break;
  }
  return out;
}

/** Every year in `text`, calendar or fiscal, in order: the years a target may be set for. */
export function allYears(text: string): PrintedYear[] {
  const fiscal = fiscalYears(text);
  const inFiscal = (i: number): boolean => fiscal.some((f) => i >= f.index && i < f.end);
  const bare = [...text.matchAll(BARE_YEAR)]
    .filter((m) => !inFiscal(m.index))
    .slice(0, 50)
    .map((m) => ({ year: Number(m[1]), index: m.index, end: m.index + m[0].length }));
  return [...fiscal, ...bare].sort((a, b) => a.index - b.index);
}

/**
 * A bracket of prior-year figures: "(FY2024: S$0.36 million)", "(2023: 4,026; 2022: 3,958)", and
 * with a mainland scale bracket inside it, "(2023: RMB 2,104.86 (10,000))"; a split fiscal year or a
 * year-end date leads it too: "(FY23/24: nil)", "(FY2023/24: 1,342 days)", "(FY 2023-24: 14)", "(30 June
 * 2024: 4,765)"; a year printed as an ordinal ("(2024.: 13,1 %)") or with Polish "r." ("(2024 r.: 13,1%)")
 * too, and two years sharing one figure ("(2024 and 2023: 0.5703)"); so does the year before named in words, "(Vorjahr: 77,3 %)", "(prior year 81.2)", "(año anterior: 4,1)".
 */
export const COMPARATIVE_BRACKET = new RegExp(
  String.raw`\(\s*(?:(?:\d{1,2}\s+[A-Z][a-z]+\s+)?(?:(?:FY\s?)?(?:19|20)\d{2}(?:\s?[/\-–]\s?\d{2})?|FY\s?\d{2}\s?[/\-–]\s?\d{2})(?:\s+and\s+(?:19|20)\d{2})?(?:\.|\s?r\.)?\s*[:：]|` +
    String.raw`(?:${YEAR_BEFORE_NAME})\s*[:：]?(?=[^()\d]{0,12}\d))(?:[^()]|\((?:10,000|'000|thousand|million)\)){1,160}\)`,
  'gi',
);

/**
 * The years `text` states its figures are for ("As at 31 December 2021", "In FY2021/22"), in order.
 * The years of prior-year comparatives in brackets date only the figures inside them, so they are
 * left out: "S$0.42 million in FY2025 (FY2024: S$0.36 million), and 318 volunteers" is FY2025.
 */
export function statedOrFiscalYears(text: string): PrintedYear[] {
  const plain = text.replace(COMPARATIVE_BRACKET, (b) => ' '.repeat(b.length));
  const stated = statedYears(plain).map((y) => ({ ...y, end: y.index }));
  return [...stated, ...fiscalYears(plain)].sort((a, b) => a.index - b.index);
}

function endYear(start: number, printed: string): number | undefined {
  const end = printed.length === 2 ? Math.floor(start / 100) * 100 + Number(printed) : Number(printed);
  // "2022/23" spans one year; anything else ("2020/2025") is a range, not a fiscal year.
  const fixed = end < start ? end + 100 : end;
  return fixed === start + 1 ? fixed : undefined;
}
