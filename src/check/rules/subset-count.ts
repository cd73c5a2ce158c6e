import { seriesOf } from '../fact-index/index.js';
import {
  makeFinding,
  severityFor,
  decimalString,
  placesOf,
  showFigure,
  whereOf,
  type CheckFinding,
} from '../finding/index.js';
import type { Figure } from '../precision/index.js';
import { relations } from '../relations/index.js';
import { rangeIn } from './convert-figure.js';
import type { Rule } from './rule.js';

/** Counts that cannot exceed the population they are drawn from (R&D staff vs headcount …). */
export const subsetCountRule: Rule = {
  id: 'count.within',
  title: 'A count does not exceed the population it is part of',
  run(ctx) {
    const out: CheckFinding[] = [];
    for (const relation of relations().subsets) {
      for (const part of ctx.facts.representatives(relation.part)) {
        const whole = ctx.facts.at(seriesOf(part.fact), relation.whole, part.fact.dims);
        const wholeRange = whole ? rangeIn(whole, part.unit) : undefined;
        if (!whole || !wholeRange || part.range.lo.lte(wholeRange.hi)) continue;
        out.push(
          makeFinding(subsetCountRule.id, {
            severity: severityFor(relation.severity, [part, whole]),
            message:
              `${name(part)} is ${showFigure(part)} (${whereOf(part)}), more than ${name(whole)} ` +
              `${showFigure(whole)} (${whereOf(whole)}), which it is part of: ${relation.why}.`,
            figures: [part, whole],
            expected: decimalString(whole.value, placesOf(whole)),
            actual: decimalString(part.value, placesOf(part)),
          }),
        );
      }
    }
    return out;
  },
};

function name(f: Figure): string {
  return f.fact.label?.trim() ? `"${f.fact.label.trim()}"` : f.fact.metric;
}
