import { dec } from '../../core/index.js';
import {
  decimalString,
  makeFinding,
  placesOf,
  showFigure,
  whereOf,
  type CheckFinding,
} from '../finding/index.js';
import { divideIntervals, midpoint, scaleInterval, type Figure, type Interval } from '../precision/index.js';
import { baseRange } from './convert-figure.js';
import type { Rule } from './rule.js';

// "an average monthly wage of Tk 14,286 per worker", "an average annual salary of $52,300 per employee":
// the period is printed, so the division by months is the sentence's own. Bounded: a currency mark of a
// few characters, the number, then what it is per.
const AVERAGE_PAY =
  /\baverage\s+(monthly|annual|yearly)\s+(?:gross\s+)?(?:wages?|salar(?:y|ies)|pay|earnings|remuneration)\s+of\s+[^\d\s]{0,4}\.?\s?(\d[\d,]*(?:\.\d+)?)\s+per\s+([a-z-]{3,30})\b/i;
// The total paid: the sentence names pay before it ("wages and benefits totalled Tk 246.42 crore").
const PAY_WORDS = /\b(?:wages?|salar(?:y|ies)|pay(?:roll)?|remuneration|compensation)\b/i;
/** A gap the period's headcount (an average over the year, not the year-end count) may explain. */
const SLACK = dec('0.05');

/**
 * A sentence that prints the pay of a group of people for the year and their average monthly (or
 * annual) pay ("wages and benefits totalled X, an average monthly wage of Y per worker") states a
 * division: Y must be X over the group's headcount (the one headcount row of the tables naming the
 * group: "Workers", "Total workers") over the months. The headcount may be at year end while the
 * average is over the year's payroll, so only a gap beyond 5% is a warning.
 */
export const averagePayRule: Rule = {
  id: 'average.pay',
  title: 'An average pay a sentence states agrees with the total pay and the headcount',
  fallback: true,
  run(ctx) {
    const bySentence = new Map<string, Figure[]>();
    for (const f of ctx.facts.figures) {
      const p = f.fact.provenance;
      if (p.kind !== 'document' || p.extraction !== 'text' || p.quote.length > 1000) continue;
      if (!f.unit.dimension.startsWith('money')) continue;
      bySentence.set(p.quote, [...(bySentence.get(p.quote) ?? []), f]);
    }
    const out: CheckFinding[] = [];
    for (const [sentence, figures] of bySentence) {
      const m = AVERAGE_PAY.exec(sentence);
      if (!m || figures.length !== 2) continue;
      const printed = (m[2] ?? '').replace(/,/g, '');
      const average = figures.find((f) => reportedValue(f) === printed);
      const total = figures.find((f) => f !== average);
      if (!average || !total || total.unit.dimension !== average.unit.dimension) continue;
      const totalAt = sentence.indexOf(reportedText(total));
      if (totalAt < 0 || !PAY_WORDS.test(sentence.slice(0, totalAt))) continue;
      const group = plural((m[3] ?? '').toLowerCase());
      const count = headcountOf(ctx.facts.metric('workforce.total'), group, average.fact.period.year);
      const months = /monthly/i.test(m[1] ?? '') ? 12 : 1;
      const finding = count && check(average, total, count, months, group);
      if (finding) out.push(finding);
    }
    return out;
  },
};

/** The headcount of the group: the table rows labelled by the group alone, when they all agree. */
function headcountOf(figures: readonly Figure[], group: string, year: number): Figure | undefined {
  const rows = figures.filter((f) => {
    const p = f.fact.provenance;
    if (p.kind !== 'document' || p.extraction !== 'table' || f.fact.period.year !== year) return false;
    if (Object.keys(f.fact.dims).length > 0 || f.fact.basis !== 'actual') return false;
    const label = (f.fact.label ?? '').toLowerCase().replace(/\([^)]*\)/g, ' ');
    return label.replace(/\b(?:total|number\s+of)\b/g, ' ').trim() === group;
  });
  const [first] = rows;
  return first && rows.every((f) => f.value.eq(first.value)) ? first : undefined;
}

function check(
  average: Figure,
  total: Figure,
  count: Figure,
  months: number,
  group: string,
): CheckFinding | undefined {
  const perHead = divideIntervals(baseRange(total), baseRange(count));
  if (!perHead) return undefined;
  const implied: Interval = scaleInterval(perHead, dec(1).div(months));
  const printed = baseRange(average);
  const slack = midpoint(implied).times(SLACK);
  if (printed.hi.gte(implied.lo.minus(slack)) && printed.lo.lte(implied.hi.plus(slack))) return undefined;
  const scale = dec(1).div(average.unit.toBase);
  const places = placesOf(average);
  return makeFinding(averagePayRule.id, {
    severity: 'warning',
    message:
      `The sentence at ${whereOf(average)} gives an average ${months === 12 ? 'monthly' : 'annual'} pay of ` +
      `${showFigure(average)}, but ${showFigure(total)} over the ${group}' headcount, ${showFigure(count)} ` +
      `(${whereOf(count)})${months === 12 ? ', over 12 months' : ''} is ` +
      `${decimalString(midpoint(implied).times(scale), places)}, more than 5% apart.`,
    figures: [average, total, count],
    expected: decimalString(midpoint(implied).times(scale), places),
    actual: decimalString(average.value, places),
  });
}

function reportedValue(f: Figure): string {
  return reportedText(f).replace(/,/g, '');
}

function reportedText(f: Figure): string {
  const p = f.fact.provenance;
  return p.kind === 'document' ? p.reported.value.trim() : '';
}

function plural(noun: string): string {
  return noun.endsWith('s') ? noun : `${noun}s`;
}
