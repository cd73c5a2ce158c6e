import { dec, type Decimal } from '../../core/index.js';
import { seriesOf, withoutKey } from '../fact-index/index.js';
import {
  decimalString,
  makeFinding,
  nameOf,
  placesOf,
  severityFor,
  showNumber,
  showRange,
  whereOf,
  type CheckFinding,
} from '../finding/index.js';
import {
  around,
  divideIntervals,
  midpoint,
  overlaps,
  scaleInterval,
  type Figure,
  type Interval,
} from '../precision/index.js';
import { relations } from '../relations/index.js';
import { headcountBase } from './rate-base.js';
import type { Rule, RuleContext } from './rule.js';

const HEADCOUNT = 'workforce.total';

/** The rate and the injuries further apart than this many lines are not read as one table's rows. */
const TABLE_SPAN = 20;

/**
 * An injury rate printed per a number of employees ("per 1,000 employees"; Poland's GUS accident
 * frequency rate, "wskaźnik częstości wypadków na 1 000 zatrudnionych") against the injuries and the
 * headcount of its year: rate = injuries ÷ employees × base. A headcount at the year's end and an
 * average over the year both count people, so the rate passes when it fits the year's headcount or the
 * mean of that year's and the year before's.
 */
export const injuryRateHeadcountRule: Rule = {
  id: 'rate.injury-headcount',
  title: 'An injury rate per employees equals the injuries ÷ headcount × its base (100 or 1,000 employees)',
  run(ctx) {
    const out: CheckFinding[] = [];
    for (const relation of relations().frequencyRates.rates) {
      for (const rate of ctx.facts.representatives(relation.rate)) {
        const finding = check(ctx, rate, relation.count);
        if (finding) out.push(finding);
      }
    }
    return out;
  },
};

function check(ctx: RuleContext, rate: Figure, countMetric: string): CheckFinding | undefined {
  const base = headcountBase(rate);
  if (!base || rate.unit.dimension !== 'count') return undefined;
  const series = seriesOf(rate.fact);
  const dims = withoutKey(rate.fact.dims, 'denominator');
  const count = ctx.facts.at(series, countMetric, dims);
  const people = ctx.facts.at(series, HEADCOUNT, dims);
  if (!count || !people || count.unit.dimension !== 'count') return undefined;
  const implied = impliedRate(count.range, people.range, base);
  if (!implied) return undefined;
  const printed = rate.range.lo.eq(rate.range.hi) ? around(rate.value, dec('0.5')) : rate.range;
  if (overlaps(implied, printed)) return undefined;
  const before = ctx.facts.at({ ...series, year: series.year - 1 }, HEADCOUNT, dims);
  const mean = before ? meanOf(people.range, before.range) : undefined;
  const averaged = mean ? impliedRate(count.range, mean, base) : undefined;
  if (averaged && overlaps(averaged, printed)) return undefined;
  const places = placesOf(rate);
  const figures = [rate, count, people];
  const ratio = rate.value.div(midpoint(implied).isZero() ? dec(1) : midpoint(implied));
  // A factor of four or more is likelier another population or base than a slip in the rate.
  const slip = ratio.gt(4) || ratio.lt(dec(1).div(4));
  return makeFinding(injuryRateHeadcountRule.id, {
    severity: !slip && oneTable(rate, count) ? severityFor('error', figures) : 'warning',
    message:
      `${nameOf(rate)} is ${showNumber(rate.value, places)} (${whereOf(rate)}), but ${showNumber(count.value, 0)} ` +
      `${nameOf(count)} (${whereOf(count)}) ÷ ${showNumber(people.value, 0)} employees (${whereOf(people)}) × ` +
      `${showNumber(base, 0)} = ${showRange(implied, places + 1)} (the base the rate states).`,
    figures,
    expected: decimalString(midpoint(implied), places),
    actual: decimalString(rate.value, places),
  });
}

function impliedRate(count: Interval, people: Interval, base: Decimal): Interval | undefined {
  const perHead = divideIntervals(count, people);
  return perHead ? scaleInterval(perHead, base) : undefined;
}

function meanOf(a: Interval, b: Interval): Interval {
  return { lo: a.lo.plus(b.lo).div(2), hi: a.hi.plus(b.hi).div(2) };
}

/** True when the rate and its injuries are rows of one table (table cells within a few lines). */
function oneTable(rate: Figure, count: Figure): boolean {
  const lines = [rate, count].map((f) => {
    const p = f.fact.provenance;
    return p.kind === 'document' && p.extraction === 'table' ? p.location.line : undefined;
  });
  const [a, b] = lines;
  return a !== undefined && b !== undefined && Math.abs(a - b) <= TABLE_SPAN;
}
