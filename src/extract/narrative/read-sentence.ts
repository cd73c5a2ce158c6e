import type { ReportLine } from '../layout/index.js';
import type { Mention } from '../mention/index.js';
import { scanNumbers } from '../numbers/index.js';
import { whyNotAFigure } from './figure-context.js';
import { asGasMass } from './gas-mass.js';
import { withoutMetTargets } from './met-target.js';
import { averagePerPerson } from './average-per-person.js';
import { findComparatives, inlineComparative } from './comparatives.js';
import { figureTime } from './figure-year.js';
import { partOfEarlierWhole, partOfList, shareOfPart } from './breakdown-list.js';
import { shareOfWorkforce } from './share-of-workforce.js';
import { includedPart } from './included-part.js';
import { partByPredicate, partOfPrevious } from './of-them.js';
import { asTotalOf, partOfTotal } from './of-total.js';
import { withPerDenominator } from './per-denominator.js';
import { readFigure, type NarrativeFigure } from './read-figure.js';
import { namedBefore, type NamedBefore } from './named-before.js';
import { NAMED_NUMBERED, NAMED_SCORE } from './named-counts.js';
import { NAMED_RATE, withRateName } from './rate-named.js';
import { groupRateInBracket } from './rate-group.js';
import { listedAfterRatio, sharedUnit } from './shared-unit.js';
import { unitPastComparatives } from './unit-past-comparatives.js';
import { spelledCounts } from './spelled-counts.js';
import { payrollBeforeAverage } from './stated-pay.js';
import { readChange, toStatedChange, type StatedChange } from './stated-change.js';
import { findZeroStatements } from './zero-statements.js';
import { phraseAround } from './figure-phrase.js';
import { NAMED_GWP } from './stated-gwp.js';

// Honours, rankings and milestones are not ESG figures ("ranked 23rd in the Top 50", "won 5 champions").
const HONOURS =
  /\b(?:rank(?:ed|ing|ings|s)?|top\s+\d+|awards?|awarded|prizes?|honou?r(?:ed|s)?|title of|champions?|medals?|shortlisted|nominated|selected (?:into|as)|listed (?:on|in)|list of)\b/i;
// "the number of working days lost due to work injury was 30": the subject comes before the number.
const SUBJECT_BEFORE =
  /\b(?:number|total|amount|quantity|count|rate|proportion|percentage|ratio)\s+of\s+([\w\s'’-]{3,80}?)\s+(?:was|were|is|are|reached|amounted to|totall?ed|stood at|exceeded|came to)\s+(?:about\s+|approximately\s+|over\s+|more than\s+|nearly\s+)?$/i;
const NAMED_SUBJECT: NamedBefore = { words: SUBJECT_BEFORE, reach: 120, unit: '', measured: false };

// "6  EMPLOYEES", "4.  CLIMATE AND ENERGY": a chapter number set apart (a point, a tab or a wide gap
// as printed) before a title in capitals is a heading, not a count of what the title names; a
// highlight "9 NEW SITES" keeps its single space. A bilingual report prints the title in both languages
// ("06  WATER / EAU ET MATIÈRES RÉSIDUELLES"): capitals of any script, and a slash between them.
const CAPITALS_TITLE = /^\s*\d{1,2}\.?\s+\p{Lu}[\p{Lu}&,'’\s/-]{2,80}$/u;
const CHAPTER_NUMBER = /^\s*\d{1,2}(?:\.|\s{2,}|\t)\s*[A-Z]/;

/** Whether a sentence is a numbered chapter heading in capitals on its own printed line. */
function isNumberedHeading(sentence: string, raw: string): boolean {
  return CAPITALS_TITLE.test(sentence) && CHAPTER_NUMBER.test(raw);
}

/** What prose gives: figures, and the percentages that state a change of a figure. */
export interface NarrativeResult {
  readonly mentions: Mention[];
  readonly changes: StatedChange[];
}

/**
 * Reads one sentence of prose (not Chinese or Korean): its figures, dated and named, the changes it
 * states, and the counted figure a later sentence's breakdown by group may be a part of (`whole`).
 */
export function readSentence(
  at: (offset: number) => ReportLine,
  sentence: string,
  reportYear: number,
  inherited: number | undefined,
  whole: NarrativeFigure | undefined,
  previous: string,
): NarrativeResult & { whole?: NarrativeFigure } {
  const out: Mention[] = [];
  const changes: StatedChange[] = [];
  const made = new Map<NarrativeFigure, Mention>();
  const years = new Map<NarrativeFigure, number>();
  const figures: NarrativeFigure[] = [];
  if (!HONOURS.test(sentence)) {
    const tokens = [...scanNumbers(sentence), ...spelledCounts(sentence)].sort((a, b) => a.start - b.start);
    for (const token of tokens) {
      if (whyNotAFigure(sentence, token) !== undefined || isNumberedHeading(sentence, at(0).raw)) continue;
      const figure =
        partOfList(sentence, token, figures) ??
        partOfEarlierWhole(sentence, token, figures, whole) ??
        listedAfterRatio(sentence, token, figures) ??
        groupRateInBracket(sentence, token, figures) ??
        unitPastComparatives(sentence, token) ??
        readFigure(sentence, token) ??
        partOfTotal(sentence, token) ??
        sharedUnit(sentence, token) ??
        namedBefore(sentence, token.start, token.value, NAMINGS) ??
        partOfPrevious(sentence, token, figures) ??
        partByPredicate(sentence, token, figures) ??
        inlineComparative(sentence, token, figures);
      if (figure) figures.push(shaped(sentence, figure, figures, previous));
    }
  }
  const payroll = payrollBeforeAverage(sentence, figures);
  figures.forEach((f, index) => {
    const time = figureTime(
      withoutMetTargets(sentence),
      f.start,
      reportYear,
      inherited,
      { index, count: figures.length },
      f.end,
    );
    if (time === undefined) return;
    years.set(f, time.year);
    // The catalogue's words for a payroll go first: the sentence's own may name only pay ("wages").
    const label = f === payroll ? `total payroll (${phraseAround(sentence, f)})` : phraseAround(sentence, f);
    const m = mention(at(f.at), sentence, { label, value: f.value, unit: f.unit, ...time }, f.dims);
    made.set(f, m);
    const reading =
      time.basis === 'actual' ? readChange(sentence, f, figures.slice(0, index), time.year) : undefined;
    const change = reading && toStatedChange(m, reading, made);
    if (change) changes.push(change);
    else out.push(m);
  });
  for (const c of findComparatives(sentence, figures, reportYear, (f) => years.get(f))) {
    const label = phraseAround(sentence, c.of);
    out.push(
      mention(
        at(c.figure.at),
        sentence,
        {
          label,
          value: c.figure.value,
          unit: c.figure.unit,
          year: c.year,
          basis: 'actual',
        },
        c.of.dims,
      ),
    );
  }
  for (const z of findZeroStatements(sentence)) {
    const time = figureTime(sentence, z.start, reportYear, inherited, { index: 0, count: 1 });
    if (time === undefined || time.basis === 'target') continue;
    const listed = z.years.filter((y) => y <= reportYear);
    const years =
      listed.length > 0 ? listed : z.pastThreeYears ? [time.year, time.year - 1, time.year - 2] : [time.year];
    for (const year of years)
      out.push(
        mention(at(z.start), sentence, { label: z.phrase, value: '0', unit: '', year, basis: 'actual' }),
      );
  }
  const counted = figures.find(
    (f) => !f.measured && f.unit !== '' && f.part !== true && f.name === undefined,
  );
  return counted ? { mentions: out, changes, whole: counted } : { mentions: out, changes };
}

/**
 * A figure as its context reshapes it: a mass of the gas it is bracketed after, the total of a part
 * before it, an injury rate's name, a ratio's denominator, an average per person, a part included in
 * a whole, a share of the workforce or of a part.
 */
function shaped(
  sentence: string,
  figure: NarrativeFigure,
  figures: readonly NarrativeFigure[],
  previous: string,
): NarrativeFigure {
  const named = withRateName(sentence, asTotalOf(sentence, asGasMass(sentence, figure), figures));
  const average = asAverage(sentence, withPerDenominator(sentence, named), previous);
  return shareOfPart(sentence, shareOfWorkforce(sentence, asPart(sentence, average)), figures);
}

/** A figure printed as an average per person is in its plain unit and, when named, carries its name. */
function asAverage(sentence: string, f: NarrativeFigure, previous: string): NarrativeFigure {
  const average = averagePerPerson(sentence, f, previous);
  if (!average) return f;
  const dims = {
    ...f.dims,
    ...(average.topic === undefined ? {} : { scope: average.topic }),
    ...(average.employment === undefined ? {} : { employment_type: average.employment }),
  };
  return { ...f, unit: average.unit, name: average.name, ...(Object.keys(dims).length > 0 ? { dims } : {}) };
}

/** A figure the sentence puts inside a whole ("… is included in Scope 1") is that whole narrowed to it. */
function asPart(sentence: string, f: NarrativeFigure): NarrativeFigure {
  const part = includedPart(sentence, f);
  return part === undefined ? f : { ...f, dims: { ...f.dims, scope: part } };
}

// "Headcount stood at 5,216", "our workforce totalled 3,100": a headcount named before its bare number (GRI 2-7).
const HEADCOUNT_BEFORE =
  /\b(?:total\s+)?(?:headcount|workforce|staff\s+numbers?)\s+(?:(?:was|stood\s+at|reached|totall?ed|rose\s+to|fell\s+to|grew\s+to|increased\s+to|decreased\s+to|came\s+to|of)\s+)(?:about\s+|approximately\s+|around\s+|some\s+)?$/i;

const NAMED_HEADCOUNT: NamedBefore = {
  words: HEADCOUNT_BEFORE,
  reach: 60,
  unit: 'employees',
  noun: 'headcount',
  measured: false,
  runsOn: true,
};

/** Namings before a bare number, tried in this order: a gas's GWP, an injury rate, a subject, a headcount, a score, a count. */
const NAMINGS: readonly NamedBefore[] = [
  ...NAMED_GWP,
  NAMED_RATE,
  NAMED_SUBJECT,
  NAMED_HEADCOUNT,
  NAMED_SCORE,
  NAMED_NUMBERED,
];

function mention(
  line: ReportLine,
  sentence: string,
  f: { label: string; value: string; unit: string; year: number; basis: 'actual' | 'target' },
  dims: Readonly<Record<string, string>> = {},
): Mention {
  const m: Mention = {
    kind: 'text',
    line: line.no,
    label: f.label,
    context: [sentence.trim()],
    value: f.value,
    unit: f.unit,
    year: f.year,
    basis: f.basis,
    quote: sentence.trim(),
    dims: { ...dims },
  };
  return line.page === undefined ? m : { ...m, page: line.page };
}
