import { dec, type Decimal } from '../../core/index.js';
import { seriesOf } from '../fact-index/index.js';
import {
  decimalString,
  makeFinding,
  nameOf,
  placesOf,
  showFigure,
  showRange,
  whereOf,
  type CheckFinding,
} from '../finding/index.js';
import { divideIntervals, midpoint, overlaps, scaleInterval, type Figure } from '../precision/index.js';
import { baseRange } from './convert-figure.js';
import type { Rule } from './rule.js';

/**
 * An average pay per employee is the payroll (the year's salary fund) ÷ the employees, ÷ 12 when it is
 * per month: "Salary fund VND 261.48 billion, 1,794 employees, average income VND 12.1 million per
 * person per month". Any headcount the report prints for the year may be the one it divided by (the
 * average over the year or the year-end count), and a pay naming no period may be per month or per
 * year: a mismatch is reported only when no such reading gives the printed average, as a warning
 * (bonuses and allowances may be counted on one side only).
 */
export const averagePayrollRule: Rule = {
  id: 'average.payroll',
  title: 'An average pay agrees with the payroll and the employees it is divided by',
  run(ctx) {
    const out: CheckFinding[] = [];
    for (const average of ctx.facts.representatives('workforce.average_pay')) {
      const series = seriesOf(average.fact);
      const dims = average.fact.dims;
      const payroll = ctx.facts.at(series, 'workforce.payroll', dims);
      if (!payroll || !sameCurrency(average, payroll)) continue;
      const counts = ctx.facts.find({ ...series, metric: 'workforce.total' }, dims);
      // The message names the count printed nearest the pay ("Average number of employees" on the row above).
      const count = nearest(average, counts);
      if (!count) continue;
      const printed = baseRange(average);
      const readings = counts.flatMap((c) =>
        monthsOf(average).flatMap((months) => {
          const perHead = divideIntervals(baseRange(payroll), baseRange(c));
          return perHead ? [scaleInterval(perHead, dec(1).div(months))] : [];
        }),
      );
      if (readings.some((r) => overlaps(r, printed))) continue;
      const months = monthsOf(average)[0] ?? 1;
      const perHead = divideIntervals(baseRange(payroll), baseRange(count));
      if (!perHead) continue;
      const implied = scaleInterval(perHead, dec(1).div(months));
      const scale: Decimal = average.unit.toBase;
      const places = placesOf(average);
      const per = months === 12 ? ' ÷ 12 months' : '';
      out.push(
        makeFinding(averagePayrollRule.id, {
          severity: 'warning',
          message:
            `${nameOf(average)} is ${showFigure(average)} (${whereOf(average)}), ` +
            `but ${showFigure(payroll)} (${whereOf(payroll)}) ÷ ${showFigure(count)} (${whereOf(count)})${per} = ` +
            `${showRange(scaleInterval(implied, dec(1).div(scale)), places + 1)} ${average.unit.symbol}.`,
          figures: [average, payroll, count],
          expected: decimalString(midpoint(implied).div(scale), places + 1),
          actual: decimalString(average.value, places),
        }),
      );
    }
    return out;
  },
};

/** The figure printed on the line nearest the pay's. */
function nearest(average: Figure, counts: readonly Figure[]): Figure | undefined {
  const line = (f: Figure) =>
    f.fact.provenance.kind === 'document' ? (f.fact.provenance.location.line ?? 0) : 0;
  const at = line(average);
  return [...counts].sort((a, b) => Math.abs(line(a) - at) - Math.abs(line(b) - at))[0];
}

/** Both amounts are in one currency (no exchange rates are applied). */
function sameCurrency(a: Figure, b: Figure): boolean {
  return a.unit.dimension.split('/')[0] === b.unit.dimension.split('/')[0];
}

const MONTHLY = /\bmonth(?:ly)?\b|\/\s*mo\b/i;
const YEARLY = /\b(?:year|yearly|annual(?:ly)?|annum|p\.a\.)\b/i;

/** How many parts of the year's payroll the pay is of: 12 per month, 1 per year, both when unsaid. */
function monthsOf(average: Figure): number[] {
  const p = average.fact.provenance;
  const text = p.kind === 'document' ? `${p.reported.unit} ${p.quote}` : '';
  const said = `${average.fact.label ?? ''} ${text}`;
  if (MONTHLY.test(said)) return [12];
  if (YEARLY.test(said)) return [1];
  return [12, 1];
}
