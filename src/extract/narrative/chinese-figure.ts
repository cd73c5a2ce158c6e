import { tryParseUnit } from '../../core/index.js';
import type { ReportLine } from '../layout/index.js';
import type { Mention } from '../mention/index.js';
import type { NumberToken } from '../numbers/index.js';
import { longestUnit } from './cjk-figure-words.js';
import { withChinesePerScale } from './chinese-per-scale.js';

/**
 * A figure of Chinese or Japanese prose as a mention: named by its clause's words before it (less the
 * verb linking them), in the unit printed right after it (over the money its name is per: 万元营业收入…) or
 * the people a count's classifier counts.
 */

// The verbs and marks linking a subject to its figure: "为", "达", "达到", "共计", "合计", "约", "："; in
// Japanese the particle marking the subject ("排出量は", "件数が", "度数率も") and "約".
const LINK =
  /(?:为|為|是|达到|達到|达|達|共计|共計|合计|合計|总计|總計|累计|累計|约|約|超过|超過|近|逾|[:：]|は|が|も)+\s*$/u;
// A clause boundary inside a sentence; a comma grouping a figure's thousands ("200,000") is none. A
// bullet between key figures printed on one line ("◆ 员工4,318人 ◆ 用水量126.85万立方米") parts them too.
export const CLAUSE = /[，、：:（(•●▪■◆◇★☆▶►]|,(?!\d{3}(?!\d))/u;

// "2025年度の労働災害度数率は", "当年度の": the year a Japanese subject opens with dates the figure (see
// yearBefore) and is no part of its name.
const JA_YEAR_OF = /^(?:(?:19|20)\d{2}\s*年度?|本年度|当年度|当期)\s*の/u;
// "6,436名雇员完成…", "9位董事": a count's classifier, then the people it counts and what they did.
const COUNTED_NOUN = /^\s*([名位])(\p{Script=Han}[^\s，。；、,;:：（）()\d]{0,30})/u;

// The currency named right before an amount ("港幣14.2百萬元", "美元3.5百萬元"): the 元 after the figure is
// that currency's, not the renminbi the registry reads a bare 元 as.
const CURRENCY_BEFORE = /(港幣|港币|港元|美元|人民幣|人民币|澳門元|澳门元|新臺幣|新台幣|新台币)\s*$/u;

/** The unit of an amount in 元 with the currency printed before the figure joined to it ("港幣百萬元"). */
export function withCurrencyBefore(unit: string, before: string): string {
  const currency = CURRENCY_BEFORE.exec(before)?.[1];
  // "港幣200元的影子碳價": the unit run may go on past 元 into the words after it.
  const amount = unit.endsWith('元') ? unit : unit.startsWith('元') ? '元' : undefined;
  if (currency === undefined || amount === undefined) return unit;
  return tryParseUnit(currency + amount) === undefined ? unit : currency + amount;
}

/**
 * The unit printed right after a figure, a space apart or none: the longest run of up to ten characters
 * the registry reads. Japanese hiragana is no unit's: "12,345 t-CO2となりました", "1,234人です" end their
 * units at the verb.
 */
export function unitAfter(sentence: string, end: number): string {
  return longestUnit(
    /^ ?([^\s，。；、,;:：（）()\p{Script=Hiragana}]{1,10})/u.exec(sentence.slice(end))?.[1] ?? '',
  );
}

/** A figure of a Chinese sentence, named by its clause, dated `year`; `at` gives the printed line of an offset. */
export function figureMention(
  sentence: string,
  token: NumberToken,
  unit: string,
  at: (offset: number) => ReportLine,
  year: number,
): Mention {
  const clause = sentence.slice(0, token.start).split(CLAUSE).pop() ?? '';
  const counted = COUNTED_NOUN.exec(sentence.slice(token.end));
  // The people a count's classifier counts, and what they did, name it with its clause's words.
  const subject = clause.replace(LINK, '').replace(JA_YEAR_OF, '').trim();
  const label = [subject, counted?.[2] ?? ''].join(' ').trim();
  const line = at(token.start);
  const m: Mention = {
    kind: 'text',
    line: line.no,
    label,
    context: [sentence.trim()],
    value: token.value,
    unit: counted?.[1] ?? withChinesePerScale(label, unit),
    year,
    basis: 'actual',
    quote: sentence.trim(),
    dims: {},
  };
  return line.page === undefined ? m : { ...m, page: line.page };
}
