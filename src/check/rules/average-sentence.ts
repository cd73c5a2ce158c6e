import { dec } from '../../core/index.js';
import {
  decimalString,
  makeFinding,
  placesOf,
  showFigure,
  showNumber,
  showRange,
  whereOf,
  type CheckFinding,
} from '../finding/index.js';
import {
  divideIntervals,
  exactly,
  midpoint,
  overlaps,
  scaleInterval,
  type Figure,
  type Interval,
} from '../precision/index.js';
import { baseRange } from './convert-figure.js';
import type { Rule } from './rule.js';

// "…contributed 12,480 hours of service, an average of 8.0 hours per volunteer": the average's number,
// then what it is per. Bounded: a number, one unit word, an optional "of x", "per", one noun.
const AVERAGE =
  /\baverage\s+of\s+(\d[\d,]*(?:\.\d+)?)\s*[A-Za-z]{0,12}\s+(?:of\s+[a-z]{1,20}\s+)?per\s+([A-Za-z-]{2,30})/gi;
// "…completed 112,430 hours of training, 25.4 hours each": an average per the sentence's one count.
const EACH = /(\d[\d,]*(?:\.\d+)?)\s*[A-Za-z]{0,12}\s+(?:each|apiece|per\s+head|per\s+capita)\b/gi;
const PER_PERSON = /^(?:person|people|capita|head|employee|staff)$/;
// "Our 4,986 staff", "2,150 full-time employees": a headcount printed in the sentence itself, when
// extraction gave it no figure of its own (a subject is often not read as a fact). At most two words
// between the number and the noun.
const PEOPLE =
  /(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)\s+(?:[A-Za-z-]+\s+){0,2}?(employees|staff|people|persons|workers|volunteers|participants|trainees)\b/gi;

/** What an average is divided by: a figure of the sentence, or a number its words print. */
interface Count {
  readonly range: Interval;
  readonly text: string;
  readonly figure?: Figure;
}

/**
 * A sentence that prints a total, a count and "an average of X per <the counted thing>" states a
 * division the reader can redo (HKEX B3.2, B8.2; GRI 404-1): the average must be the total over the
 * count, within their printed rounding. Only a sentence with exactly one such total and count is read.
 */
export const averageSentenceRule: Rule = {
  id: 'average.sentence',
  title: 'An average a sentence states agrees with the total and count it prints',
  run(ctx) {
    const out: CheckFinding[] = [];
    for (const f of ctx.facts.figures) {
      const p = f.fact.provenance;
      if (!isProse(f) || p.kind !== 'document' || p.quote.length > 1000) continue;
      // Each sentence once, at its first figure read from prose.
      const figures = ctx.facts.sameQuote(f).filter(isProse);
      if (figures[0] !== f || figures.length < 2) continue;
      const sentence = p.quote;
      for (const m of sentence.matchAll(AVERAGE)) {
        const finding = check(sentence, figures, (m[1] ?? '').replace(/,/g, ''), singular(m[2] ?? ''));
        if (finding) out.push(finding);
      }
      for (const m of sentence.matchAll(EACH)) {
        const finding = check(sentence, figures, (m[1] ?? '').replace(/,/g, ''), undefined);
        if (finding) out.push(finding);
      }
    }
    return out;
  },
};

/** `per` is the counted noun the words name, or undefined for "each": the sentence's only count. */
function check(
  sentence: string,
  figures: readonly Figure[],
  printed: string,
  per: string | undefined,
): CheckFinding | undefined {
  const average = figures.find((f) => reportedValue(f) === printed);
  if (!average || average.unit.dimension === 'count' || average.unit.dimension === 'fraction')
    return undefined;
  const totals = figures.filter(
    (f) => f !== average && f.unit.dimension === average.unit.dimension && f.value.gt(average.value),
  );
  const [total] = totals;
  const counts = countsOf(sentence, figures, per);
  const [count] = counts;
  if (totals.length !== 1 || counts.length !== 1 || !total || !count) return undefined;
  const implied = divideIntervals(baseRange(total), count.range);
  if (!implied || overlaps(implied, baseRange(average))) return undefined;
  const scale = dec(1).div(average.unit.toBase);
  const places = placesOf(average);
  return makeFinding(averageSentenceRule.id, {
    severity: 'warning',
    message:
      `The sentence at ${whereOf(average)} gives ` +
      `${per === undefined ? `${showFigure(average)} each` : `an average of ${showFigure(average)} per ${per}`}, but ` +
      `${showFigure(total)} ÷ ${count.figure ? showFigure(count.figure) : count.text} = ` +
      `${showRange(scaleInterval(implied, scale), places + 1)}.`,
    figures: [average, total, ...(count.figure ? [count.figure] : [])],
    expected: decimalString(midpoint(implied).times(scale), places + 1),
    actual: decimalString(average.value, places),
  });
}

/**
 * The counts an average can be per: the sentence's count figures of the thing (any count for "each"),
 * else the headcounts its words print ("Our 4,986 staff").
 */
function countsOf(sentence: string, figures: readonly Figure[], per: string | undefined): Count[] {
  const own = figures.filter(
    (f) => f.unit.dimension === 'count' && (per === undefined || countsWhat(f, per)),
  );
  if (own.length > 0) return own.map((f) => ({ range: baseRange(f), text: showFigure(f), figure: f }));
  const printed = new Set(figures.map(reportedValue));
  const out: Count[] = [];
  for (const m of sentence.matchAll(PEOPLE)) {
    const number = (m[1] ?? '').replace(/,/g, '');
    const noun = singular(m[2] ?? '');
    if (printed.has(number) || (per !== undefined && noun !== per && !PER_PERSON.test(per))) continue;
    out.push({ range: exactly(dec(number)), text: `${showNumber(dec(number), 0)} ${m[2] ?? ''}` });
  }
  return out;
}

/** The count counts what the average is per: "1,560 employee volunteers" per volunteer; people per person. */
function countsWhat(f: Figure, per: string): boolean {
  const p = f.fact.provenance;
  const noun = p.kind === 'document' ? p.reported.unit : '';
  const head = singular(noun.trim().split(/\s+/).pop() ?? '');
  if (head !== '' && head === per) return true;
  return PER_PERSON.test(per) && f.unit.symbol === 'persons';
}

function isProse(f: Figure): boolean {
  const p = f.fact.provenance;
  return p.kind === 'document' && p.extraction === 'text';
}

function reportedValue(f: Figure): string {
  const p = f.fact.provenance;
  return p.kind === 'document' ? p.reported.value.replace(/,/g, '').trim() : '';
}

function singular(word: string): string {
  return word.toLowerCase().replace(/(?:es|s)$/, '');
}
