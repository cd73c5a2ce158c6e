import { dec, unitOf, type Decimal } from '../../core/index.js';
import {
  around,
  divideIntervals,
  overlaps,
  scaleInterval,
  type Figure,
  type Interval,
} from '../precision/index.js';
import type { Relations } from '../relations/index.js';
import { rangeIn } from './convert-figure.js';
import { printedRateBase } from './rate-base.js';
import type { RuleContext } from './rule.js';

// rate.injury's readings of a figure and of the sentence it is printed in.

type RateRelation = Relations['frequencyRates']['rates'][number];

const HOURS = unitOf('hours');

/** Hours worked as an interval in hours (a unitless hours row is taken as printed). */
export function hoursOf(hours: Figure): Interval | undefined {
  return hours.unit.symbol === '' ? hours.range : rangeIn(hours, HOURS);
}

/** A rate printed as a whole number ("2") stands for 1.5–2.5, not exactly 2 as a count would. */
export function printedRange(rate: Figure): Interval {
  return rate.range.lo.eq(rate.range.hi) ? around(rate.value, dec('0.5')) : rate.range;
}

/**
 * "hours worked", "man-hours", "person-hours", "working hours", "logged 1,146,800 hours", "工时": hours
 * that are a rate's base.
 */
const WORKED =
  /\bhours?\s+(?:were\s+)?worked\b|\b(?:man|person)[- ]?hours\b|\bworking\s+hours\b|\blogged\s+[\d,.]+\s*(?:million\s+)?hours\b|工时/i;

/**
 * The hours worked printed in the sentence that prints the injuries ("14 lost-time injuries in FY2025
 * over 11,486,200 hours worked"), when extraction gave them no metric: the only figure in hours of that
 * sentence and year, in a sentence that says the hours were worked.
 */
export function hoursBeside(ctx: RuleContext, count: Figure): Figure | undefined {
  const p = count.fact.provenance;
  if (p.kind !== 'document' || p.extraction !== 'text' || !WORKED.test(p.quote)) return undefined;
  const inSentence = ctx.facts
    .sameQuote(count)
    .filter((f) => f.fact.period.year === count.fact.period.year && rangeIn(f, HOURS) !== undefined);
  const [only] = inSentence;
  return only && inSentence.every((f) => f.value.eq(only.value)) ? only : undefined;
}

/**
 * The injuries and the hours printed in the rate's own sentence: every figure of the relation's count
 * and the one figure in hours other than the rate, of the rate's year. Undefined unless both are printed.
 */
export function ownSentence(
  ctx: RuleContext,
  relation: RateRelation,
  rate: Figure,
): { counts: Figure[]; hours: Figure } | undefined {
  const p = rate.fact.provenance;
  if (p.kind !== 'document' || p.extraction !== 'text') return undefined;
  const inSentence = ctx.facts
    .sameQuote(rate)
    .filter((f) => f !== rate && f.fact.period.year === rate.fact.period.year);
  const counts = inSentence.filter((f) => f.fact.metric === relation.count);
  const hours = inSentence.filter(
    (f) => f.fact.metric !== rate.fact.metric && rangeIn(f, HOURS) !== undefined,
  );
  const [only] = hours;
  if (!only || counts.length === 0 || !hours.every((h) => h.value.eq(only.value))) return undefined;
  return { counts, hours: only };
}

/** Whether injuries over hours give the rate at its printed base, or either base when none is printed. */
export function fitsCount(count: Figure, hours: Figure, rate: Figure, bases: readonly Decimal[]): boolean {
  const worked = hoursOf(hours);
  const perHour = worked ? divideIntervals(count.range, worked) : undefined;
  if (!perHour) return false;
  const stated = printedRateBase(rate);
  return (stated ? [stated] : bases).some((base) =>
    overlaps(scaleInterval(perHour, base), printedRange(rate)),
  );
}
