import { dec, namesFacilityEnergy, namesItEquipmentEnergy } from '../../core/index.js';
import { dimsKey } from '../fact-index/index.js';
import {
  decimalString,
  makeFinding,
  placesOf,
  severityFor,
  showFigure,
  showRange,
  whereOf,
  type CheckFinding,
} from '../finding/index.js';
import { divideIntervals, midpoint, overlaps, type Figure, type Interval } from '../precision/index.js';
import { rangeIn } from './convert-figure.js';
import type { Rule, RuleContext } from './rule.js';

const PUE = 'datacentre.pue';

/**
 * A data centre's PUE is its total facility energy over its IT equipment energy (ISO/IEC 30134-2): where
 * a report prints the PUE and both energies for one year and one boundary (the same site, or the group),
 * the PUE must be their ratio within its printed digits.
 */
export const pueEnergiesRule: Rule = {
  id: 'ratio.pue',
  title: 'A PUE is total facility energy over IT equipment energy',
  run(ctx) {
    return ctx.facts.metric(PUE).flatMap((pue) => check(ctx, pue) ?? []);
  },
};

/** A facility energy over an IT energy, with the two figures. */
interface Ratio {
  readonly range: Interval;
  readonly facility: Figure;
  readonly it: Figure;
}

function check(ctx: RuleContext, pue: Figure): CheckFinding | undefined {
  // Several PUEs of one year and boundary that disagree come from site columns the reader did not tell
  // apart (halls named by a code only): none of them is known to be the boundary's own.
  if (ctx.facts.metric(PUE).some((other) => sameBoundary(other, pue) && !overlaps(other.range, pue.range)))
    return undefined;
  const ratios = energiesOf(ctx, pue, namesFacilityEnergy).flatMap((facility): Ratio[] =>
    energiesOf(ctx, pue, namesItEquipmentEnergy).flatMap((it) => {
      const both = rangeIn(it, facility.unit);
      const range = both && divideIntervals(facility.range, both);
      return range ? [{ range, facility, it }] : [];
    }),
  );
  const [first] = ratios;
  // Any pair that gives the PUE passes: a report may print either energy twice (a site table and a total).
  if (!first || ratios.some((r) => overlaps(r.range, pue.range))) return undefined;
  const figures = [pue, first.facility, first.it];
  return makeFinding(pueEnergiesRule.id, {
    severity: severityFor('error', figures),
    message:
      `The PUE ${showFigure(pue)} (${whereOf(pue)}) is not the total facility energy ${showFigure(first.facility)} ` +
      `(${whereOf(first.facility)}) over the IT equipment energy ${showFigure(first.it)} (${whereOf(first.it)}), ` +
      `which is ${showRange(first.range, placesOf(pue) + 1)} (ISO/IEC 30134-2).`,
    figures,
    expected: decimalString(midpoint(first.range), placesOf(pue) + 1),
    actual: decimalString(pue.value, placesOf(pue)),
  });
}

/** Whether two figures are of one year, basis, entity and breakdown. */
function sameBoundary(a: Figure, b: Figure): boolean {
  return (
    a.fact.period.year === b.fact.period.year &&
    a.fact.basis === b.fact.basis &&
    a.fact.entity === b.fact.entity &&
    dimsKey(a.fact.dims) === dimsKey(b.fact.dims)
  );
}

/** The energies of the PUE's year, basis and boundary whose labels name one of its two terms. */
function energiesOf(ctx: RuleContext, pue: Figure, names: (label: string) => boolean): Figure[] {
  return ctx.facts.figures.filter(
    (f) =>
      f.unit.dimension === 'energy' &&
      f.value.gt(dec(0)) &&
      sameBoundary(f, pue) &&
      names(f.fact.label ?? ''),
  );
}
