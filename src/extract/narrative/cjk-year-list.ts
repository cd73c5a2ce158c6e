import { CLAUSE, unitAfter } from './chinese-figure.js';

/**
 * A list of one figure a year with the unit after the last only, as Japanese and Chinese notes state
 * yearly factors: "全国平均係数：2022年度 0.441、2023年度 0.438、2024年度 0.434 t-CO2/MWh". Every item is
 * in the last one's unit, dated by the year it opens with and named by the words before the list.
 */
export interface YearList {
  readonly start: number;
  readonly end: number;
  readonly unit: string;
  readonly subject: string;
}

const YEAR_LEAD = String.raw`(?:19|20)\d{2}\s*年度?\s*[:：]?\s*`;
const NUMBER = String.raw`\d[\d,]*(?:\.\d+)?`;
const SEPARATOR = String.raw`\s*[、，,；;]\s*`;
const LIST = new RegExp(String.raw`(?:${YEAR_LEAD}${NUMBER}${SEPARATOR})+${YEAR_LEAD}${NUMBER}`, 'gu');
// A note's mark ("※3") and the mark linking a subject to its list ("：") name nothing.
const NOTE_MARK = /^※\s*\d*\s*/u;

/** The year lists of a sentence whose last item prints a unit the registry reads. */
export function yearLists(sentence: string): YearList[] {
  const out: YearList[] = [];
  for (const m of sentence.matchAll(LIST)) {
    const end = m.index + m[0].length;
    const unit = unitAfter(sentence, end);
    if (unit === '') continue;
    const subject = (
      sentence
        .slice(0, m.index)
        .split(CLAUSE)
        .filter((c) => c.trim() !== '')
        .pop() ?? ''
    )
      .replace(NOTE_MARK, '')
      .trim();
    out.push({ start: m.index, end, unit, subject });
  }
  return out;
}
