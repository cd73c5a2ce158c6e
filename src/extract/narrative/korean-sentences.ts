import type { ReportLine } from '../layout/index.js';
import type { Mention } from '../mention/index.js';
import { scanNumbers, type NumberToken } from '../numbers/index.js';
import { lastYearBefore, longestUnit } from './cjk-figure-words.js';
import type { StatedChange } from './stated-change.js';

/**
 * Korean prose as Korean sustainability reports (지속가능경영보고서) write it: words spaced, particles
 * glued to them, the verb last: "2031년 온실가스 배출량은 57,555 tCO2eq로 전년 대비 5.5% 감소하였습니다",
 * "1인당 평균 교육시간은 32.5시간(2030년 30.1시간)을 기록하였습니다". A figure is named by its clause's
 * words before it (the topic or subject particle 은/는/이/가 stays glued: metric phrases match Korean
 * by syllable), measured in the unit printed right after it, and dated by the last year its sentence
 * names before it; a percentage after 전년 대비 / 2030년 대비 with a verb of rising or falling after it
 * states the change of the figure before it.
 */

/** Whether a text is Korean prose: Hangul syllables outnumber Latin letters. */
export function isKoreanProse(text: string): boolean {
  const hangul = text.match(/\p{Script=Hangul}/gu)?.length ?? 0;
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  return hangul >= 4 && hangul > latin;
}

// A Korean sentence ends with its verb and a full stop ("…했습니다.", "…이다."); a decimal point is none.
const SENTENCE_END = /(?<=\p{Script=Hangul}|[)）])[.!?。](?=\s|$)/gu;

/** The sentences of a Korean paragraph and where each starts. */
export function splitKoreanSentences(text: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  let start = 0;
  for (const m of text.matchAll(SENTENCE_END)) {
    const end = m.index + 1;
    if (text.slice(start, end).trim() !== '') out.push({ text: text.slice(start, end), start });
    start = end;
  }
  if (text.slice(start).trim() !== '') out.push({ text: text.slice(start), start });
  return out;
}

// A clause boundary inside a sentence; a comma grouping a figure's thousands ("200,000") is none. A
// closed bracket stays in the clause: Korean labels name their English term there ("배출량(Scope 1+2)은").
const CLAUSE = /[，、:：]|,(?!\d{3}(?!\d))/u;
// "전년 대비", "전년도 대비", "2030년 대비", "전년(1,993억원) 대비": a change against an earlier year.
const AGAINST =
  /(?:(전년도?|작년|전기)|((?:19|20)\d{2})\s*년도?)\s*(?:[(（][^()（）]*[)）]\s*)?(?:대비|比)\s*(?:약\s*)?$/u;
// The verb after the percentage: "감소하였습니다", "줄었으며", "증가했다", "늘었고"; "개선되었습니다"
// (improved) and "악화되었다" (worsened) say better or worse, which way only with the metric.
const VERB_AFTER =
  /^\s*(?:가|이|나|의|로|으로)?\s*(?:(감소|줄|하락|저감|절감|축소|낮아|떨어)|(증가|늘|상승|확대|높아|성장)|(개선)|(악화))/u;
// A plan, target or estimate is no record of the year ("목표", "계획", "예정", "추정", "2030년까지"); it
// voids its own clause, not the clauses of the sentence before it.
const NOT_A_RECORD = /목표|계획|예정|추정|전망|예상|(?:19|20)\d{2}\s*년\s*까지/u;
// Where a clause of a sentence ends: a comma that groups no thousands.
const CLAUSE_END = /,(?!\d{3}(?!\d))|，/gu;
// "2031년", "2031년도": a year the sentence is about, not one it compares with ("2030년 대비").
const YEAR = /((?:19|20)\d{2})\s*년도?(?!\s*(?:대비|까지))/gu;
// "(2030년 30.1시간)", "(전년 312,480백만원)", "전년(1,993억원)": an aside giving an earlier year's figure.
const ASIDE_OPEN =
  /(?:[(（]\s*(?:((?:19|20)\d{2})\s*년도?|(전년도?|작년))\s*[:：]?|(전년도?|작년)\s*[(（])\s*$/u;
// The verbs and words linking a subject to its figure: "총", "약", "연간", "합계".
const LINK = /(?:\s*(?:총|약|연간|합계|모두|전체))+\s*$/u;
// A year, month or day ("2031년", "12월 31일"), a count of years ("3개년") or an ordinal ("7위").
const NOT_A_FIGURE_AFTER = /^\s*(?:년|월|일|개년|위|차|분기)/u;
// "CO2", "PM2.5", "Scope 1+2": digits glued to Latin letters, or a scope's number, are no figure.
const GLUED_TO_SYMBOL = /(?:[A-Za-z]|scope\s*|\d\s*\+\s*)$/iu;
// "퇴직자 수 ÷ 총 임직원 수 × 100": an operand of a formula defining a figure, not a figure.
const OPERATOR = /[×÷=*/]\s*$/u;
// "18건", "3회", "23개사": a count of cases, times or firms, which no unit of the registry reads; left
// unread rather than taken for a count of what its clause names (a clause naming staff is no headcount).
const THINGS_COUNTED = /^\s*(?:건|회|개사|개|곳|차례)/u;
// "1인당" (per person), "1회" (once): a digit that is part of a word.
const PART_OF_WORD = /^(?:인당|인|회)/u;

/** The unit printed right after a figure: the longest run of up to ten characters the registry reads. */
function unitAfter(sentence: string, end: number): string {
  return longestUnit(/^\s?([^\s,.()（）:：]{1,10})/u.exec(sentence.slice(end))?.[1] ?? '');
}

/** The last year the sentence names before a figure, outside closed brackets; else the paragraph's. */
function yearBefore(sentence: string, at: number, fallback: number): number {
  return lastYearBefore(sentence.slice(0, at), YEAR, fallback);
}

/** What a Korean sentence gives: its figures, and the percentages stating a change of one. */
export interface KoreanReading {
  readonly mentions: Mention[];
  readonly changes: StatedChange[];
}

/** Reads one Korean sentence; `at` gives the printed line of an offset in it. */
export function readKoreanSentence(
  sentence: string,
  at: (offset: number) => ReportLine,
  year: number,
): KoreanReading {
  const mentions: Mention[] = [];
  const changes: StatedChange[] = [];
  let last: Mention | undefined;
  for (const token of scanNumbers(sentence)) {
    const before = sentence.slice(0, token.start);
    const after = sentence.slice(token.end);
    if (
      NOT_A_FIGURE_AFTER.test(after) ||
      PART_OF_WORD.test(after) ||
      NOT_A_RECORD.test(clauseOf(sentence, token))
    )
      continue;
    if (GLUED_TO_SYMBOL.test(before) || OPERATOR.test(before) || /[~→]\s*$/u.test(before)) continue;
    const unit = unitAfter(sentence, token.end);
    if (unit === '' && THINGS_COUNTED.test(after)) continue;
    const m = figureMention(sentence, token, unit, at, yearBefore(sentence, token.start, year));
    const aside = ASIDE_OPEN.exec(before);
    if (aside && last !== undefined) {
      const earlier = aside[1] !== undefined ? Number(aside[1]) : m.year - 1;
      mentions.push({ ...m, label: last.label, unit: m.unit === '' ? last.unit : m.unit, year: earlier });
      continue;
    }
    const against = AGAINST.exec(before);
    const verb = against ? VERB_AFTER.exec(after.replace(/^\s*%/u, '')) : null;
    if (against && verb && unit === '%') {
      if (last !== undefined) {
        const since = against[2] === undefined ? undefined : Number(against[2]);
        changes.push({
          mention: { ...m, label: `${last.label} ${m.label}`.trim() },
          of: last,
          direction: verb[1] ? 'decrease' : verb[2] ? 'increase' : verb[3] ? 'better' : 'worse',
          ...(since !== undefined && since !== m.year - 1 ? { since } : {}),
        });
      }
      continue;
    }
    if (m.label === '') continue;
    mentions.push(m);
    last = m;
  }
  return { mentions, changes };
}

/** The clause of a sentence a figure is in: from the comma before it to the comma after it. */
function clauseOf(sentence: string, token: NumberToken): string {
  let start = 0;
  let end = sentence.length;
  for (const m of sentence.matchAll(CLAUSE_END)) {
    if (m.index < token.start) start = m.index + 1;
    else if (m.index >= token.end) {
      end = m.index;
      break;
    }
  }
  return sentence.slice(start, end);
}

/**
 * The year a sentence sets for the sentences after it in its paragraph ("2031년은 … 한 해였습니다. 당사의
 * 매출액은 …"): the last it names outside brackets and plans, up to the report's; else the current one.
 */
export function koreanSentenceYear(
  sentence: string,
  reportYear: number,
  current: number | undefined,
): number | undefined {
  let year = current;
  const outside = sentence.replace(/[(（][^()（）]*[)）]/gu, '');
  for (const clause of outside.split(CLAUSE_END)) {
    if (NOT_A_RECORD.test(clause)) continue;
    for (const m of clause.matchAll(YEAR)) if (Number(m[1]) <= reportYear) year = Number(m[1]);
  }
  return year;
}

function figureMention(
  sentence: string,
  token: NumberToken,
  unit: string,
  at: (offset: number) => ReportLine,
  year: number,
): Mention {
  const clause = afterOpenBracket(sentence.slice(0, token.start).split(CLAUSE).pop() ?? '');
  // The year the clause opens with dates the figure; it names nothing ("2031년 총 교육시간은").
  const label = clause
    .replace(/^\s*(?:19|20)\d{2}\s*년도?\s*/u, '')
    .replace(LINK, '')
    .trim();
  const line = at(token.start);
  const m: Mention = {
    kind: 'text',
    line: line.no,
    label,
    context: [sentence.trim()],
    value: token.value,
    unit,
    year,
    basis: 'actual',
    quote: sentence.trim(),
    dims: {},
  };
  return line.page === undefined ? m : { ...m, page: line.page };
}

/** The text after a bracket left open before a figure ("…(2,184"), else the whole clause. */
function afterOpenBracket(clause: string): string {
  let depth = 0;
  for (let i = clause.length - 1; i >= 0; i--) {
    const ch = clause.charAt(i);
    if (ch === ')' || ch === '）') depth += 1;
    else if (ch === '(' || ch === '（') {
      if (depth === 0) return clause.slice(i + 1);
      depth -= 1;
    }
  }
  return clause;
}
