/**
 * "No work-related fatalities", "did not receive any complaints", "zero work-related fatality",
 * "no one … suffered from occupational diseases", "produced nil hazardous waste" (HKEX A1.3): a
 * disclosure of zero, printed without a digit.
 * Only statements about countable incidents count; "no material impact" is not a figure.
 */

/** A statement of zero incidents in a sentence. */
export interface ZeroStatement {
  /** The words from the negation to the incident noun. */
  readonly phrase: string;
  readonly start: number;
  /** True when the statement covers each of the past three years ("in the past three years"). */
  readonly pastThreeYears: boolean;
  /** The years it lists ("in 2021, 2022 or 2023", "in FY2025, FY2024 or FY2023"); empty when none. */
  readonly years: readonly number[];
}

// A list of two or more years: "2021, 2022 or 2023", "FY2025, FY2024 or FY2023", "(2023, 2024 and 2025)".
const YEAR_LIST =
  /(?:FY\s?)?(?:19|20)\d{2}(?:\s*(?:,|\band\b|\bor\b|&)\s*(?:(?:and|or)\s+)?(?:FY\s?)?(?:19|20)\d{2}\b)+/gi;

/** The years of the first list of years after `from` in a sentence. */
function listedYears(sentence: string, from: number): number[] {
  YEAR_LIST.lastIndex = 0;
  const list = [...sentence.slice(from).matchAll(YEAR_LIST)][0]?.[0] ?? '';
  return [...list.matchAll(/(?:19|20)\d{2}/g)].map((y) => Number(y[0])).slice(0, 5);
}

const NEGATION =
  /\b(?:no|zero|nil|not\s+(?:have\s+|receive\s+|record\s+|involve\s+|experience\s+|identify\s+|find\s+|occur\s+|report\s+|incur\s+)?any|no\s+one|nobody|none)\s+((?:[\w'’-]+\s+){0,6}?)(fatalit(?:y|ies)|deaths?|injur(?:y|ies)|accidents?|recalls?|complaints?|(?:legal\s+)?cases?|lawsuits?|litigations?|violations?|non-compliances?|incidents?|breach(?:es)?|leak(?:s|age)|spills?|penalt(?:y|ies)|fines|occupational\s+diseases?|illegal\s+employment|disputes?|hazardous\s+waste)\b/gi;
// "zero tolerance for corruption cases" states a policy, "strive for zero accidents" an aim.
const NOT_A_RECORD =
  /\b(?:tolerance|aim|aims|strive|target|goal|ensure|ensuring|prevent|avoid|if|whether|policy)\b/i;
const PAST_THREE = /\b(?:past|last|previous)\s+(?:three|3)\s+years\b/i;

/** Every zero statement in a sentence. */
export function findZeroStatements(sentence: string): ZeroStatement[] {
  const out: ZeroStatement[] = [];
  for (const m of sentence.matchAll(NEGATION)) {
    const lead = sentence.slice(Math.max(0, m.index - 40), m.index);
    if (NOT_A_RECORD.test(m[0]) || NOT_A_RECORD.test(lead.split(/[,;]/).pop() ?? '')) continue;
    // "almost no hazardous waste" is little, not zero.
    if (
      /\b(?:almost|nearly|virtually|practically)\s+(?:no|zero|nil|none)\b|\b(?:almost|nearly|virtually|practically)\s*$/i.test(
        lead + m[0],
      )
    )
      continue;
    out.push({
      phrase: m[0],
      start: m.index,
      pastThreeYears: PAST_THREE.test(sentence),
      years: listedYears(sentence, m.index),
    });
    if (out.length >= 5) break;
  }
  return out;
}
