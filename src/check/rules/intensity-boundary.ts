import { seriesOf, withoutKey } from '../fact-index/index.js';
import {
  makeFinding,
  decimalString,
  placesOf,
  showFigure,
  whereOf,
  type CheckFinding,
  nameOf,
} from '../finding/index.js';
import type { Figure } from '../precision/index.js';
import { relations } from '../relations/index.js';
import type { Rule } from './rule.js';

/** Dims that narrow a figure to part of the organisation. */
const BOUNDARY_KEYS = ['site', 'boundary', 'scope'] as const;

/**
 * An intensity stated for the whole organisation whose numerator is printed only for some sites (a
 * water total "only covers offices in Chongqing, Qingdao and Hefei", waste "only Xinzhou Tower")
 * divides a partial numerator by a whole denominator and understates the intensity. Extraction
 * gives a figure a `scope` dim from the note that narrows it, a `site` dim from a site breakdown.
 */
export const intensityBoundaryRule: Rule = {
  id: 'intensity.boundary',
  title: 'An intensity and its numerator cover the same sites',
  run(ctx) {
    const out: CheckFinding[] = [];
    for (const relation of relations().intensities) {
      for (const intensity of ctx.facts.representatives(relation.intensity)) {
        if (BOUNDARY_KEYS.some((k) => intensity.fact.dims[k] !== undefined)) continue;
        const rest = withoutKey(intensity.fact.dims, 'denominator');
        const series = seriesOf(intensity.fact);
        if (relation.numerators.some((m) => ctx.facts.at(series, m, rest))) continue;
        const partial = relation.numerators.flatMap((m) =>
          ctx.facts
            .breakdownsOf({ ...series, metric: m }, rest)
            .filter((b) => (BOUNDARY_KEYS as readonly string[]).includes(b.by))
            .flatMap((b) => b.parts),
        );
        // Several sites printed separately may add up to the whole; one site alone cannot.
        const [only, ...more] = partial;
        if (!only || more.length > 0) continue;
        out.push(report(intensity, only));
      }
    }
    return out;
  },
};

function report(intensity: Figure, numerator: Figure): CheckFinding {
  const covered =
    BOUNDARY_KEYS.map((k) => numerator.fact.dims[k]).find((v) => v !== undefined) ??
    'part of the organisation';
  return makeFinding(intensityBoundaryRule.id, {
    severity: 'warning',
    message:
      `${nameOf(intensity)} (${whereOf(intensity)}) is stated for the whole organisation, ` +
      `but its numerator ${showFigure(numerator)} (${whereOf(numerator)}) ${coverage(covered)}: a partial numerator over ` +
      `a whole denominator understates the intensity.`,
    figures: [intensity, numerator],
    actual: decimalString(intensity.value, placesOf(intensity)),
  });
}

// A note may say what a figure leaves out ("excluding the Macau hotel") rather than what it covers.
function coverage(covered: string): string {
  return /^excluding\b/i.test(covered)
    ? `leaves out ${covered.replace(/^excluding\s+/i, '')}`
    : `covers only ${covered}`;
}
