import { relativeClauseYears } from '../period/index.js';
import { allYears, fiscalYears, statedOrFiscalYears } from './printed-years.js';
import { baselineYear } from './baseline-year.js';
import { isFromToStart } from './from-to-start.js';
import { respectiveYear } from './respective-years.js';
import { YEAR_BEFORE_WORDS } from './prior-year-words.js';
import { isScriptComparedYear } from './script-change-wording.js';

/** The year and basis of a figure in a sentence. */
export interface FigureTime {
  readonly year: number;
  readonly basis: 'actual' | 'target';
}

// Words that make a clause forward-looking: a target, a plan or an expectation; in Spanish, Portuguese,
// French and Italian a target ("nuestra meta es llegar al 35%", "objectif", "obiettivo") or an aim.
const TARGET_CUE =
  /\b(?:targets?|goals?|aims?\s+to|aiming\s+to|plans?\s+to|planned|planning\s+to|will|shall|strives?\s+to|expects?\s+to|expected\s+to|intends?\s+to|commit(?:s|ted)?\s+to|metas?|objetivos?|objectifs?|obiettiv[oi]|aspiramos|pretendemos|nos\s+proponemos|visamos|nous\s+visons)\b/i;
const YEAR_TAG = /^\s*\((?:FY|CY)\s?'?(\d{2}|\d{4})\)|^\s*\(((?:19|20)\d{2})\.?\)/i;
// A year and a colon before a figure ("2025: 0.748"), or a fiscal year with none ("FY2024 0.4915").
const YEAR_LEAD = /(?:^|[\s;,])(?:(?:FY\s?)?((?:19|20)\d{2})\.?\s*:\s*|FY\s?((?:19|20)\d{2})\s+)$/i;
// "by the end of 2025", "by FY2029/30": a deadline makes a figure a target even without a cue word.
// "para 2030", "d'ici 2030", "entro il 2030", "até 2030": the same deadline in Romance languages.
const BY_YEAR =
  /\b(?:by\s+(?:the\s+end\s+of\s+)?(?:FY\s?)?|para\s+(?:el\s+)?|d['’]ici\s+(?:à\s+|a\s+)?|entro\s+il\s+|at[ée]\s+)20\d\d\b/i;
// Words between a figure and a later year that make the year its deadline ("… de los residuos generados
// en 2028", "… of packaging in 2030"): no figure, year or clause end between them.
const IN_LATER_YEAR = /^[^.;:\d]{0,50}\b(?:in|en|em|dans|nel)\s+(?:el\s+)?$/i;
// How far after a target figure its deadline may be printed ("20% by FY2029/30").
const DEADLINE_REACH = 60;
// "1,100 in 2021", "1,100 for FY2021/22", "1,100 in the previous year": a year printed right after a
// figure dates it; this is how sentences print prior-year comparatives ("0,316 tCO2e/MWh para 2023",
// "en el año 2023", "pour 2023", "nel 2023" in Romance languages; "dla 2024 r.", "w 2024 roku" in Polish,
// "für 2024", "im Jahr 2024" in German, "voor 2024" in Dutch, "za rok 2024", "v roce 2024" in Czech and
// Slovak, "för 2024", "i 2024" in Swedish, Norwegian and Danish; "u 2024.", "u godini 2024" in Croatian,
// Serbian and Bosnian, "v letu 2024" in Slovene; Hebrew glues "in" to the year with a hyphen or maqaf,
// "ב-2024", "ב־2024").
const YEAR_AFTER_WORDS = [
  String.raw`(?:in|for|during|as (?:at|of)|para|en|durante|em|pour|nel|per)\s+(?:the\s+|el\s+|o\s+|l['’]\s*|il\s+)?` +
    String.raw`(?:(?:financial|fiscal|calendar)\s+)?(?:(?:year|año|ejercicio|ano|exerc[ií]cio|ann[ée]e|exercice|anno|esercizio)\s+)?`,
  String.raw`(?:dla|w|za)\s+(?:rok\s+|roku\s+)?`,
  String.raw`(?:für\s+(?:das\s+)?(?:(?:geschäfts)?jahr\s+)?|im\s+(?:geschäfts)?jahr\s+)`,
  String.raw`voor\s+`,
  String.raw`(?:za\s+(?:rok\s+)?|v\s+(?:roce|roku)\s+)`,
  String.raw`(?:för|i)\s+(?:(?:år|året)\s+)?`,
  String.raw`(?:u|у)\s+(?:(?:godini|години)\s+)?|v\s+letu\s+`,
  String.raw`ב[-־]?`,
].join('|');
/** A year printed right after a figure, or a reference to the year before. */
export const YEAR_AFTER = new RegExp(
  String.raw`^\s*,?\s*(?:(?:${YEAR_AFTER_WORDS})(?:FY\s?)?((?:19|20)\d{2}(?:\s?[/\-–]\s?\d{2})?)\b|${YEAR_BEFORE_WORDS.source})`,
  'iu',
);
// "decreased from 1,100 to …", "compared with 1,100": the figure a change starts from, or a figure
// set against the one reported. Without a year printed after it, its year is not known.
/** The words that set a figure against another one, right before it. */
export const COMPARED_BEFORE =
  /\b(?:(?:increas|decreas|ris|ros|fell|fall|dropp|drop|declin|grew|grow|went|reduc|rais|up|down|jump|climb|improv|lower)\w*\s+from|compared\s+(?:with|to)|(?:as\s+)?against|versus|vs\.?|relative\s+to|from\s+a\s+(?:baseline|base)\s+of)\s+(?:the\s+)?(?:about\s+|approximately\s+|around\s+)?(?:RMB|HKD|USD|HK\$|US\$|\$|¥|€|£)?\s?$/i;

// "341.6 kt, 1.0% below FY24, and Scope 2 emissions 129.7 kt": a year a figure is set against is the
// comparison's base, not the year of the figures after it.
const COMPARED_YEAR =
  /\b(?:below|above|than|versus|vs\.?|compared\s+(?:with|to)|against|relative\s+to|on|over)\s+(?:the\s+)?(?:(?:financial|fiscal)\s+year\s+)?(?:FY\s?)?$/i;

// "2023 revenue was €1,412.8 million", "2022 emissions were 1,234 tCO2e": a year printed as the
// subject's first word dates the figure the clause gives.
const YEAR_SUBJECT =
  /(?:^|[,;(]\s*|\band\s+|\bwhile\s+)((?:19|20)\d{2})\s+(?:[a-z][\w-]*\s+){1,4}?(?:was|were|is|are|totall?ed|amounted\s+to|reached|stood\s+at|came\s+to)\s+(?:about\s+|approximately\s+)?(?:RMB|HKD|USD|EUR|SGD|(?:HK|US|S|A|C|NT)?\$|€|£|¥)?\s?$/i;

// "up 3.5% from QAR 1,486.2 million in 2024, and supplied 1,214,600 m³": the year dates the figure a
// change is set against, not the figures after it in the sentence (a year's index may point at its "in").
const COMPARATIVE_FIGURE_YEAR =
  /\b(?:from|than|compared\s+(?:with|to)|against|versus|vs\.?)\s+(?:[A-Z]{2,3}\$?\s?|[$€£¥]\s?)?\d[\d.,]*(?:\s*[%\p{L}³²$€£/'-]+){0,3}\s+(?:(?:in|for|during)\s+(?:the\s+)?(?:(?:financial|fiscal)\s+)?(?:year\s+)?(?:FY\s?)?)?$/iu;

/**
 * Dates a figure: a year printed right after it dates it ("1,100 in 2021", "in the previous year");
 * a target clause takes the future year it names (the deadline right after the figure, "20% by
 * FY2029/30", else one before it; "600,000 tons and 900,000 tons by 2025 and 2030 respectively"
 * pairs in order); an actual takes the last year stated before it ("In February 2020, we donated …",
 * "Prior year factors: …"),
 * else `inherited`, else the report year. Undefined when the figure is a comparison's starting point
 * with no year ("decreased from 1,100 to 950", "klesly z 1 200 na 1 050"): a guess would put a wrong
 * value on the report year.
 */
export function figureTime(
  sentence: string,
  at: number,
  reportYear: number,
  inherited: number | undefined,
  order: { index: number; count: number },
  end = at,
): FigureTime | undefined {
  // "2,207,000 mtCO2e (FY22)": a year in brackets right after a figure dates that figure.
  const tagged = YEAR_TAG.exec(sentence.slice(end, end + 16));
  if (tagged) {
    const printed = tagged[1] ?? tagged[2] ?? '';
    const y = printed.length === 2 ? 2000 + Number(printed) : Number(printed);
    if (y <= reportYear) return { year: y, basis: 'actual' };
  }
  // "0.51, 0.49 and 0.47 kgCO2e/kWh for FY2023, FY2024 and FY2025": the years pair with the figures.
  const respective = respectiveYear(sentence, end, reportYear);
  if (respective !== undefined) return { year: respective, basis: 'actual' };
  // "2025: 0.748; 2024: 0.762": a year and a colon right before a figure date it.
  const leading = YEAR_LEAD.exec(sentence.slice(Math.max(0, at - 16), at));
  const led = leading?.[1] ?? leading?.[2];
  if (led !== undefined && Number(led) <= reportYear) return { year: Number(led), basis: 'actual' };
  // "from the FY2021 baseline of 13,240 tCO2e": a baseline printed with its year is that year's actual.
  const baseline = baselineYear(sentence, at, reportYear);
  if (baseline !== undefined) return { year: baseline, basis: 'actual' };
  // A change set against a past year right after the figure ends what dates it: a target named after
  // that ("cut emissions by 6.8% compared with 2024 and remain on course for our 2030 target") is
  // another clause's, unless the figure's own words look forward ("we will cut …").
  const clause = sentence.slice(
    0,
    pastComparisonEnd(sentence, at, end, reportYear) ?? end + yardstick(sentence.slice(end)),
  );
  const dated = BY_YEAR.test(clause) ? pastDatedClause(sentence, at, end, reportYear) : undefined;
  const own = TARGET_CUE.test(clause) ? ownClause(sentence, end) : (dated ?? clause);
  const cue = TARGET_CUE.test(own);
  const future = allYears(own).filter((y) => y.year > reportYear && y.year <= reportYear + 60);
  // "valorizar el 95 % de los residuos en 2028": a later year printed just after the figure is its deadline.
  const laterAfter = future.some((y) => y.index >= end && IN_LATER_YEAR.test(own.slice(end, y.index)));
  if (future.length > 0 && (cue || BY_YEAR.test(own) || laterAfter)) {
    const paired = /\brespectively\b/i.test(sentence) && future.length === order.count;
    const deadline =
      future.find((y) => y.index >= end && y.index - end <= DEADLINE_REACH) ??
      [...future].reverse().find((y) => y.index < at) ??
      future[0];
    const year = paired ? future[order.index]?.year : deadline?.year;
    return { year: year ?? reportYear, basis: 'target' };
  }
  const asides = closedBrackets(sentence.slice(0, at));
  const stated = [
    ...statedOrFiscalYears(sentence.slice(0, at)),
    ...relativeClauseYears(sentence.slice(0, at), reportYear),
  ]
    .filter(
      (y) =>
        y.year <= reportYear &&
        !COMPARED_YEAR.test(sentence.slice(Math.max(0, y.index - 30), y.index)) &&
        !isScriptComparedYear(sentence, y.index) &&
        !COMPARATIVE_FIGURE_YEAR.test(sentence.slice(Math.max(0, y.index - 80), y.index)) &&
        !asides.some(([from, to]) => y.index > from && y.index < to),
    )
    .sort((a, b) => a.index - b.index);
  const subject = YEAR_SUBJECT.exec(sentence.slice(Math.max(0, at - 60), at))?.[1];
  const base =
    (subject !== undefined && Number(subject) <= reportYear ? Number(subject) : undefined) ??
    stated[stated.length - 1]?.year ??
    inherited ??
    reportYear;
  const basis = cue ? 'target' : 'actual';
  const after = YEAR_AFTER.exec(sentence.slice(end, end + 60));
  if (after) {
    const printed = after[1];
    const year = printed === undefined ? base - 1 : yearOf(printed);
    if (year <= reportYear) return { year, basis };
  }
  if (COMPARED_BEFORE.test(sentence.slice(Math.max(0, at - 40), at))) return undefined;
  if (isFromToStart(sentence, at)) return undefined;
  const event = EVENT_YEAR.exec(sentence.slice(end, end + 140))?.[1];
  if (event !== undefined && yearOf(event) <= reportYear) return { year: yearOf(event), basis };
  return { year: base, basis };
}

// "one fatality, a road accident involving a contractor, occurred in 2022": the year an event
// happened, printed after an aside in the figure's own clause.
const EVENT_YEAR =
  /^[^;.]{0,100}?\b(?:occurred|happened|took\s+place|(?:was|were)\s+(?:recorded|reported|registered|confirmed))\s+(?:in|during)\s+(?:the\s+)?(?:(?:financial|fiscal)\s+year\s+)?(?:FY\s?)?((?:19|20)\d{2}(?:\s?\/\s?\d{2})?)\b/i;

// Where a coordinated clause after a figure begins: ", and a further £6.2m has been committed …".
const NEXT_CLAUSE = /[,;]\s+(?:and|but|while|whereas)\b|;/g;

/**
 * The sentence up to the first coordinated clause after the figure when no forward-looking word comes
 * before that clause: "we invested £1.8m in the year, and a further £6.2m has been committed to …"
 * reports the first amount; the commitment is the later clause's. Else the whole sentence.
 */
function ownClause(sentence: string, end: number): string {
  NEXT_CLAUSE.lastIndex = end;
  const next = NEXT_CLAUSE.exec(sentence);
  if (!next) return sentence;
  const before = sentence.slice(0, next.index);
  return TARGET_CUE.test(before) ? sentence : before;
}

/**
 * The figure's own clause when a past year dates it before the figure: "In 2025 we used 32.1 GWh, and
 * we joined a pledge to halve emissions by 2030" reports 2025; the deadline is the later clause's.
 * Undefined for an undated clause ("recycle 15% of water; send zero waste to landfill by 2030"), which
 * shares the list's deadline.
 */
function pastDatedClause(sentence: string, at: number, end: number, reportYear: number): string | undefined {
  const own = ownClause(sentence, end);
  if (own === sentence) return undefined;
  return statedOrFiscalYears(own.slice(0, at)).some((y) => y.year <= reportYear) ? own : undefined;
}

// "by 6.8% compared with 2024", "3.1% below 2023", "46.8% below the FY19 base year": a change's past
// year printed right after it (two digits only after "FY"), the figure's "%" left before it or not.
const PAST_COMPARISON =
  /^\s*%?\s*(?:compared\s+(?:with|to)|against|versus|vs\.?|relative\s+to|below|above|on|over|since|from)\s+(?:the\s+)?(?:FY\s?((?:19|20)?\d{2})|((?:19|20)\d{2}))\b(?:\s+(?:base[- ]year|baseline|levels?)\b)?/i;

// What ends the comparison's clause: a comma, "and", "but", or the sentence's end ("below 2019 by
// 2030" goes on with a deadline, so it stays a target).
const CLAUSE_END = /^\s*(?:[,;:.]|\band\b|\bbut\b|\bwhile\b|$)/i;

// "29.4% of our workforce, against a target of 30% by 2030": a target the figure is set against is
// its yardstick; the target's words and deadline belong to the target's figure, not to this one.
const YARDSTICK =
  /^(?:[^.;]|\.(?=\d))*?\b(?:against|versus|vs\.?|compared\s+(?:with|to)|relative\s+to|short\s+of|ahead\s+of)\s+(?:(?:a|an|the|our|its|their)\s+)?(?:[\w-]+\s+){0,3}?(?:targets?|goals?)\b/i;

/** Where a target set against the figure right after it starts, or the rest's length when none is. */
function yardstick(after: string): number {
  const m = YARDSTICK.exec(after);
  return m ? m[0].search(/\b(?:against|versus|vs|compared|relative|short|ahead)\b/i) : after.length;
}

/**
 * Where a change's comparison with a past year right after a figure ends, or undefined: read after the
 * figure's words, or after its number when they take the comparative in ("46.8% below" | "the FY19
 * base year").
 */
function pastComparisonEnd(
  sentence: string,
  at: number,
  end: number,
  reportYear: number,
): number | undefined {
  const after = pastComparison(sentence.slice(end), reportYear);
  if (after !== undefined) return end + after;
  const number = at + (/^[\d.,]+/.exec(sentence.slice(at))?.[0].length ?? 0);
  const fromNumber = number < end ? pastComparison(sentence.slice(number), reportYear) : undefined;
  return fromNumber === undefined ? undefined : Math.max(end, number + fromNumber);
}

/** Where a change's comparison with a past year right after a figure ends its clause, or undefined. */
function pastComparison(after: string, reportYear: number): number | undefined {
  const m = PAST_COMPARISON.exec(after);
  const printed = m?.[1] ?? m?.[2] ?? '';
  const year = printed.length === 2 ? 2000 + Number(printed) : Number(printed);
  if (!m || year >= reportYear || !CLAUSE_END.test(after.slice(m[0].length))) return undefined;
  return m[0].length;
}

/**
 * The spans of brackets opened and closed before a figure: "104,270 hours in 2025 (94,180 hours in
 * 2024), an average of 28.9 hours": a year in an aside dates the aside's figure, not the ones after it.
 */
function closedBrackets(text: string): [number, number][] {
  const spans: [number, number][] = [];
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') open.push(i);
    else if (text[i] === ')') {
      const from = open.pop();
      if (from !== undefined) spans.push([from, i]);
    }
  }
  return spans;
}

function yearOf(printed: string): number {
  const fiscal = fiscalYears(`FY${printed.replace(/\s/g, '')}`)[0];
  return fiscal?.year ?? Number(printed.slice(0, 4));
}
