import { Decimal, dec } from '../../core/index.js';
import { dimsKey } from '../fact-index/index.js';
import {
  decimalString,
  makeFinding,
  printedDigits,
  showFigure,
  whereOf,
  type CheckFinding,
} from '../finding/index.js';
import { midpoint, overlaps, type Figure, type Interval } from '../precision/index.js';
import { baseRange } from './convert-figure.js';
import type { Implied, Reading } from './intensity-cluster.js';
import type { RuleContext } from './rule.js';

/**
 * Intensities of a group that miss the year's printed denominator (revenue, headcount) but equal the
 * numerator ÷ the same denominator printed for another year: last year's revenue divided again, a slip
 * a year-on-year table hides since both years look plausible. Each is a warning naming both years;
 * `moved` holds the intensities it explains.
 */
export function otherYearDenominators(
  ctx: RuleContext,
  group: readonly Implied[],
  ruleId: string,
): { findings: CheckFinding[]; moved: ReadonlySet<Implied> } {
  const references = group.filter((g) => g.reference);
  const out: CheckFinding[] = [];
  const moved = new Set<Implied>();
  for (const implied of group.filter((g) => !g.reference)) {
    const agrees = (range: Implied['range']) => implied.alternatives.some((a) => overlaps(a.range, range));
    if (references.length === 0 || references.some((r) => agrees(r.range))) continue;
    for (const reference of references) {
      const own = reference.figures[0];
      const other = own && otherYears(ctx, own).find((g) => agrees(roundedDivisor(baseRange(g))));
      // The reading that gives the other year's denominator names the numerator divided: Scope 1 + 2
      // when a row read as the total does not.
      const divisor = other && roundedDivisor(baseRange(other));
      const reading = divisor && implied.alternatives.find((a) => overlaps(a.range, divisor));
      const finding = own && other && reading ? report(reading, own, other, ruleId) : undefined;
      if (finding) {
        out.push(finding);
        moved.add(implied);
        break;
      }
    }
  }
  return { findings: out, moved };
}

/**
 * A denominator as a reporter may have divided by it: rounded to four significant digits (revenue
 * printed in € thousand, 486,214, divided as € 486.2 million).
 */
function roundedDivisor(range: Interval): Interval {
  const mid = midpoint(range);
  if (mid.lte(0)) return range;
  const half = dec(10)
    .pow(Math.floor(Math.log10(mid.toNumber())) - 3)
    .div(2);
  return { lo: Decimal.min(range.lo, mid.minus(half)), hi: Decimal.max(range.hi, mid.plus(half)) };
}

/**
 * The same denominator printed for the report's other years (same metric, entity, basis and dims; the
 * same label for a product's row the catalogue could not name).
 */
function otherYears(ctx: RuleContext, own: Figure): Figure[] {
  const key = dimsKey(own.fact.dims);
  const label = own.fact.metric === 'unclassified' ? own.fact.label?.trim() : undefined;
  return ctx.facts
    .metric(own.fact.metric)
    .filter(
      (g) =>
        g.fact.period.year !== own.fact.period.year &&
        g.fact.entity === own.fact.entity &&
        g.fact.basis === own.fact.basis &&
        g.unit.dimension === own.unit.dimension &&
        dimsKey(g.fact.dims) === key &&
        (label === undefined || g.fact.label?.trim() === label),
    );
}

function report(implied: Reading, own: Figure, other: Figure, ruleId: string): CheckFinding | undefined {
  const [intensity, numerator] = implied.figures;
  if (!intensity || !numerator) return undefined;
  const ownMid = midpoint(baseRange(own));
  if (ownMid.lte(0)) return undefined;
  // The intensity scales inversely with its denominator: divided by this year's, it would be this much
  // (in the unit it was printed in, which extraction may have converted: GJ stored as MWh).
  const expected = printedValue(intensity).times(midpoint(implied.range)).div(ownMid);
  const places = printedValue(intensity).decimalPlaces();
  const year = own.fact.period.year;
  return makeFinding(ruleId, {
    severity: 'warning',
    message:
      `${showFigure(intensity)} (${whereOf(intensity)}) for ${year} is ${showFigure(numerator)} (${whereOf(numerator)}) ` +
      `divided by ${other.fact.period.year}'s ${showFigure(other)} (${whereOf(other)}), not by ${year}'s ` +
      `${showFigure(own)} (${whereOf(own)}): with ${year}'s it is about ${decimalString(expected, places)}.`,
    figures: [intensity, numerator, own, other],
    expected: decimalString(expected, places),
    actual: decimalString(printedValue(intensity), places),
  });
}

/** The number as the report printed it. */
export function printedValue(f: Figure): Decimal {
  const printed = printedDigits(f);
  return printed === undefined ? f.value : dec(printed);
}
