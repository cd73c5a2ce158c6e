import { tryParseUnit } from '../../core/index.js';
import type { ReportLine } from '../layout/index.js';
import type { Mention } from '../mention/index.js';
import { scanNumbers, type NumberToken } from '../numbers/index.js';
import { lastYearBefore, longestUnit } from './cjk-figure-words.js';
import { changeAround } from './chinese-change-words.js';
import { CLAUSE, figureMention, unitAfter, withCurrencyBefore } from './chinese-figure.js';
import { readFromTo, type FromTo } from './cjk-from-to.js';
import { changeSubject } from './cjk-change-subject.js';
import { groupCountLabel, groupShareLabel } from './chinese-share.js';
import { yearLists } from './cjk-year-list.js';
import type { StatedChange } from './stated-change.js';

/**
 * Chinese prose as SSE/SZSE and HKEX reports write it, where no space parts words: "2031年，公司温室气体
 * 排放总量为57,555.6吨二氧化碳当量，同比下降5.5%", "员工总数为3,456人，较2030年增长4.4%". A figure is
 * named by its clause's words before it (less the verb linking them, 为 / 达 / 共计 …), measured in the
 * unit printed right after it, and dated by the year its sentence opens with; a percentage after
 * 同比 / 较上年 / 较2030年 and a verb of rising or falling states the change of the figure before it.
 */

// A sentence ends at a full-width full stop, question or exclamation mark, or a semicolon.
const SENTENCE_END = /[。！？；!?;]/u;
/**
 * Whether a text is Chinese or Japanese prose: Han characters and kana outnumber Latin letters twice
 * over, so a bilingual paragraph printing English beside its Chinese is read by the English reader.
 */
export function isChineseProse(text: string): boolean {
  const han = text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu)?.length ?? 0;
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  return han >= 4 && han > 2 * latin;
}

/** The sentences of a Chinese paragraph and where each starts. */
export function splitChineseSentences(text: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (!SENTENCE_END.test(text.charAt(i))) continue;
    if (text.slice(start, i + 1).trim() !== '') out.push({ text: text.slice(start, i + 1), start });
    start = i + 1;
  }
  if (text.slice(start).trim() !== '') out.push({ text: text.slice(start), start });
  return out;
}

// A plan or a target is no record of the year ("目标", "力争", "计划", "预计", "到2030年").
const NOT_A_RECORD =
  /目标|目標|力争|力爭|计划|計劃|预计|預計|预期|預期|争取|爭取|将|將|到\s*(?:19|20)\d{2}\s*年/u;
// Japanese "排出量を2030年度までに2013年度比46%削減": a figure after "by (year)" is that year's target, of
// the words before を.
const JA_DEADLINE = /((?:19|20)\d{2})\s*年度?\s*までに/u;
// A year the sentence is about ("2031年", "2031年度"), not one it compares with ("较2030年", Japanese
// "2013年度比").
const YEAR = /(?<![较較比]\s*)((?:19|20)\d{2})\s*年(?!度?比)/gu;
// "（2024年：13,012,400小时）", "(上年为1.48)", Japanese "（前年度10.8%）": a bracketed aside giving an
// earlier year's figure of what was just named; its year dates the aside alone.
const ASIDE_OPEN =
  /[（(]\s*(?:((?:19|20)\d{2})\s*年度?|(上年度?|去年|上一年度?|上年同期|去年同期|前年度?|前期))\s*(?:[:：]|为|為|は)?\s*(?:约|約)?\s*$/u;
// A clause naming only a year ("2024年为88,642小时"): the figure is one more year of the one before it.
const YEAR_ONLY = /^(?:(?:19|20)\d{2}\s*年度?|上年度?|去年|上一年度?)(?:同期)?$/u;
// "每200,000工作小时", "每百万工时": the base a rate is per, not a figure.
const PER_BASE = /每\s*$/u;
// "柴油每公升8,400千卡", "天然氣每立方公尺8,000千卡": a figure right after 每 and a quantity's unit is a
// coefficient per litre, cubic metre or kilogram of something (a heating value, an emission factor), never
// an amount used or emitted.
const PER_QUANTITY = /每\s*(\p{Script=Han}{1,5})\s*$/u;
const QUANTITY_DIMENSIONS: ReadonlySet<string> = new Set(['volume', 'mass', 'energy', 'area', 'length']);

function perQuantity(before: string): boolean {
  const unit = PER_QUANTITY.exec(before)?.[1];
  const dimension = unit === undefined ? undefined : tryParseUnit(unit)?.dimension;
  return dimension !== undefined && QUANTITY_DIMENSIONS.has(dimension);
}
// "女性管理人员÷管理人员×100%": an operand of a formula defining a figure, not a figure.
const OPERATOR = /[×÷]\s*$/u;
// "千m³" ("千m3" once normalised), "CO2", "PM2.5": digits glued to Latin letters belong to a unit or a
// chemical's symbol, never a figure of their own; nor do those glued to a katakana word ("スコープ1",
// "カテゴリ3": Scope 1, category 3), or listed after one ("スコープ1・2", "スコープ1+2").
const GLUED_TO_SYMBOL = /[A-Za-z\p{Script=Katakana}ー]$|[\p{Script=Katakana}ー]\d\s*[・、+＋]\s*$/u;
// "※3 全国平均係数：…": the number of a Japanese note's mark is no figure.
const NOTE_MARK = /※\s*$/u;

/**
 * The year a figure is of: the last year its sentence names before it, else the paragraph's. A closed
 * bracketed aside ("（2024年：1.48）") dates its own figure, never those after it.
 */
function yearBefore(sentence: string, at: number, fallback: number): number {
  return lastYearBefore(sentence.slice(0, at), YEAR, fallback);
}

/** The year of an aside a figure opens ("（2024年：", "（上年："), or undefined. */
function asideYear(before: string, year: number): number | undefined {
  const m = ASIDE_OPEN.exec(before);
  if (!m) return undefined;
  return m[1] !== undefined ? Number(m[1]) : year - 1;
}

/** What a Chinese sentence gives: its figures, and the percentages stating a change of one. */
export interface ChineseReading {
  readonly mentions: Mention[];
  readonly changes: StatedChange[];
}

/** Reads one Chinese sentence; `at` gives the printed line of an offset in it. */
export function readChineseSentence(
  sentence: string,
  at: (offset: number) => ReportLine,
  year: number,
): ChineseReading {
  const mentions: Mention[] = [];
  const changes: StatedChange[] = [];
  const recordFrom = recordStart(sentence, year);
  if (recordFrom === undefined) return { mentions, changes };
  let last: Mention | undefined;
  const tokens = scanNumbers(sentence);
  const fromTo = readFromTo(
    sentence,
    tokens.filter(
      (t) =>
        !/^(?:年|月|日)/u.test(sentence.slice(t.end)) &&
        !isPartOfDate(sentence, t) &&
        !GLUED_TO_SYMBOL.test(sentence.slice(0, t.start)),
    ),
  );
  const lists = yearLists(sentence);
  for (const token of tokens) {
    if (token.start < recordFrom) continue;
    const listed = lists.find((l) => token.start >= l.start && token.end <= l.end);
    const unit =
      listed?.unit ?? withCurrencyBefore(unitAfter(sentence, token.end), sentence.slice(0, token.start));
    // "2031年": a year names the time, not a figure; "12月31日" a date.
    if (/^(?:年|月|日)/u.test(sentence.slice(token.end)) || isPartOfDate(sentence, token)) continue;
    const before = sentence.slice(0, token.start);
    if (PER_BASE.test(before) || perQuantity(before) || OPERATOR.test(before)) continue;
    if (GLUED_TO_SYMBOL.test(before) || NOTE_MARK.test(before)) continue;
    const change = changeAround(before, sentence.slice(token.end).replace(/^\s*%/u, ''));
    const own = yearBefore(sentence, token.start, year);
    const read = japaneseTarget(before, figureMention(sentence, token, unit, at, own));
    // An item of a year list is named by the words before the list, not by its year.
    const m = listed && listed.subject !== '' ? { ...read, label: listed.subject } : read;
    const moved = fromTo && fromToMention(fromTo, token, m, unit, yearBefore(sentence, fromTo.lead, year));
    if (moved !== undefined) {
      if (moved !== null) mentions.push(moved);
      last = moved ?? last;
      continue;
    }
    const aside = asideYear(before, own);
    if (aside !== undefined && last !== undefined && !change) {
      // The aside's figure is the earlier year's of the figure before it, in its unit when none is printed.
      mentions.push({ ...m, label: last.label, unit: m.unit === '' ? last.unit : m.unit, year: aside });
      continue;
    }
    if (change && unit === '%') {
      // "用水量同比下降3.2%": with no figure before it, the change is of the words its clause opens with.
      const subject = before.slice(0, change.index).split(CLAUSE).pop()?.trim() ?? '';
      const of = changeSubject(subject, last, m);
      const { since, direction } = change;
      // The percentage is named by what changed and its own words ("员工总数 较2030年增长").
      const mention = { ...m, label: `${of?.label ?? ''} ${m.label}`.trim() };
      if (of !== undefined)
        changes.push({
          mention,
          of,
          direction,
          ...(since !== undefined && since !== m.year - 1 ? { since } : {}),
        });
      continue;
    }
    if (change) continue;
    // "其中女性员工1,024人，占员工总数的38.2%": the share of the group counted before it.
    const share = unit === '%' ? groupShareLabel(before.split(CLAUSE).pop() ?? '', last) : undefined;
    if (m.label === '' && share === undefined) continue;
    // "员工总数为5,126人，其中女性2,808人": the women among the people counted before.
    const group = share === undefined ? groupCountLabel(m.label, unit, last) : undefined;
    const named =
      share !== undefined
        ? { ...m, label: share }
        : group !== undefined
          ? { ...m, label: group }
          : YEAR_ONLY.test(m.label) && last !== undefined
            ? { ...m, label: last.label }
            : m;
    mentions.push(named);
    last = named;
  }
  return { mentions, changes };
}

/**
 * Where a sentence's record of the year starts: 0 when it names no plan or target, undefined when all
 * of it is planned. A plan's clauses end at a later clause that names a year up to the sentence's own
 * and no plan ("承诺到2030年排放强度下降30%，并于2025年完成光伏建设，全年发电3,862,400千瓦时": the
 * last two clauses are of 2025).
 */
function recordStart(sentence: string, year: number): number | undefined {
  const planned = NOT_A_RECORD.exec(sentence);
  if (!planned) return 0;
  const clauses = /[，,；;]/gu;
  clauses.lastIndex = planned.index;
  for (let m = clauses.exec(sentence); m; m = clauses.exec(sentence)) {
    const from = m.index + 1;
    const next = sentence.slice(from).search(/[，,；;]/u);
    const clause = sentence.slice(from, next < 0 ? undefined : from + next);
    const years = [...clause.matchAll(YEAR)].map((y) => Number(y[1]));
    if (!NOT_A_RECORD.test(clause) && years.length > 0 && years.every((y) => y <= year)) return from;
  }
  return undefined;
}

/**
 * A figure of a "from A to B" change ("2030年度の1.12から2031年度は0.94に"): named by the change's
 * subject, in the unit printed after either figure, the first dated by its own printed year (null, no
 * figure, when it prints none: "from" what year cannot be told) and the second by the year printed
 * between them, else the sentence's. Undefined for any other figure.
 */
function fromToMention(
  fromTo: FromTo,
  token: NumberToken,
  m: Mention,
  unit: string,
  sentenceYear: number,
): Mention | null | undefined {
  const first = token.start === fromTo.from.start;
  if (!first && token.start !== fromTo.to.start) return undefined;
  const fromUnit = longestUnit(fromTo.from.unit);
  const named = { ...m, label: fromTo.subject, context: [fromTo.subject] };
  if (first)
    return fromTo.from.year === undefined
      ? null
      : { ...named, unit: fromUnit === '' ? unit : fromUnit, year: fromTo.from.year };
  return { ...named, unit: unit === '' ? fromUnit : unit, year: fromTo.to.year ?? sentenceYear };
}

/** A figure after a Japanese deadline ("2030年度までに"): the target for that year of what を follows. */
function japaneseTarget(before: string, m: Mention): Mention {
  const deadline = JA_DEADLINE.exec(before);
  if (!deadline) return m;
  const label = m.label.split('を')[0]?.trim() ?? m.label;
  return { ...m, label, year: Number(deadline[1]), basis: 'target' };
}

function isPartOfDate(sentence: string, token: NumberToken): boolean {
  return /[年月]\s*$/u.test(sentence.slice(0, token.start)) && /^\s*[月日]/u.test(sentence.slice(token.end));
}
