/**
 * A change told as "from A to B" in Japanese or Chinese prose: "労働災害度数率は、2030年度の1.12から
 * 2031年度は0.94に低下しました", "用水量由2030年的5,210吨下降至2031年的4,870吨". Both figures are of the
 * subject named before the first, each dated by the year printed right before it.
 */

const YEAR = String.raw`(?:19|20)\d{2}\s*年度?`;
// Japanese: the first figure's unit, then から; Chinese: the first figure after 由 / 从 and its year.
const JA_FROM_AFTER = /^\s*([^\s、，。]{0,8}?)\s*から/u;
const ZH_FROM_BEFORE = new RegExp(String.raw`(?:由|从|從)\s*(?:(${YEAR})的?)?\s*$`, 'u');
// "2030年度の", "2030年的": the year printed right before the first figure.
const JA_FROM_YEAR = new RegExp(String.raw`(${YEAR})\s*の\s*$`, 'u');
// The second figure: after から and its year (Japanese), or after 至 / 到 and a verb of change (Chinese).
const JA_TO_BEFORE = new RegExp(
  String.raw`から[、，]?\s*(?:${YEAR}\s*(?:に|は|には|では)?[、，]?\s*)?$`,
  'u',
);
const ZH_VERB = '下降|减少|減少|降低|下跌|增长|增長|增加|上升|提高|提升|上涨|上漲|降|减|減|增|升';
const ZH_TO_BEFORE = new RegExp(String.raw`(?:${ZH_VERB})?了?\s*(?:至|到)\s*(?:${YEAR}的?\s*)?$`, 'u');
const ZH_UNIT_ENDS = new RegExp(String.raw`^([^\s，。；、]{0,8}?)\s*(?:${ZH_VERB})?了?\s*(?:至|到)`, 'u');
// The first figure's own prefix: its year, then what joins it to the subject (は、 / 由).
const JA_LEAD = new RegExp(String.raw`[、，]?\s*(?:${YEAR}\s*の)?\s*$`, 'u');
// The particle or verb joining the subject to the change ("は", "が", "为").
const SUBJECT_LINK = /(?:は|が|も|为|為)\s*$/u;

/** The two figures of a "from A to B" change: where each starts, its unit, and the subject's words. */
export interface FromTo {
  readonly subject: string;
  /** Offset of the first figure, with the year printed before it; undefined when none is printed. */
  readonly from: { readonly start: number; readonly unit: string; readonly year: number | undefined };
  /** Offset of the second figure, with the year printed between the two; undefined when none is. */
  readonly to: { readonly start: number; readonly year: number | undefined };
  /** Where the words joining the subject to the first figure start: a year before is the sentence's. */
  readonly lead: number;
}

/** The subject named before the first figure: its last clause, less brackets glossing it and the link. */
function subjectBefore(text: string): string {
  const bare = text.replace(/[（(][^（()）]*[)）]/gu, '');
  const clause = bare.split(/[，、：:。；;]/u).pop() ?? '';
  return clause.replace(SUBJECT_LINK, '').trim();
}

/** The year of a printed "2030年度" or "2030年". */
function yearOf(text: string | undefined): number | undefined {
  const m = /(?:19|20)\d{2}/u.exec(text ?? '');
  return m ? Number(m[0]) : undefined;
}

/**
 * Reads a "from A to B" change between two figures of a sentence (`figures` their offsets in order);
 * undefined when the sentence tells none.
 */
export function readFromTo(
  sentence: string,
  figures: readonly { start: number; end: number }[],
): FromTo | undefined {
  for (let i = 0; i + 1 < figures.length; i++) {
    const a = figures[i];
    const b = figures[i + 1];
    if (a === undefined || b === undefined) continue;
    const before = sentence.slice(0, a.start);
    const between = sentence.slice(a.end, b.start);
    const ja = JA_FROM_AFTER.exec(between);
    if (ja && JA_TO_BEFORE.test(between)) {
      const lead = JA_LEAD.exec(before);
      const subject = subjectBefore(before.slice(0, lead?.index ?? before.length));
      if (subject === '') continue;
      const year = yearOf(JA_FROM_YEAR.exec(before)?.[1]);
      return {
        subject,
        from: { start: a.start, unit: ja[1] ?? '', year },
        to: { start: b.start, year: yearOf(between) },
        lead: lead?.index ?? a.start,
      };
    }
    const zh = ZH_FROM_BEFORE.exec(before);
    const unit = ZH_UNIT_ENDS.exec(between);
    if (zh && unit && ZH_TO_BEFORE.test(between)) {
      const subject = subjectBefore(before.slice(0, zh.index));
      if (subject === '') continue;
      return {
        subject,
        from: { start: a.start, unit: unit[1] ?? '', year: yearOf(zh[1]) },
        to: { start: b.start, year: yearOf(between) },
        lead: zh.index,
      };
    }
  }
  return undefined;
}
