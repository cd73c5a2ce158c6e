import { describe, expect, it } from 'vitest';
import type { Severity } from '../core/index.js';
import { checkFacts } from './check-facts.js';
import { makeFinding } from './finding/index.js';
import type { Rule } from './rules/rule.js';
import { printed } from './testing/printed-fact.js';

const total = printed({ metric: 'workforce.total', value: '9097', unit: 'persons', year: 2025, line: 93 });

/** A rule that reports the total with the given severity. */
function reporting(id: string, severity: Severity, fallback: boolean, expected?: string): Rule {
  return {
    id,
    title: id,
    fallback,
    run: (ctx) =>
      ctx.facts.metric('workforce.total').map((f) =>
        makeFinding(id, {
          severity,
          message: `${id} on the total`,
          figures: [f],
          ...(expected ? { expected } : {}),
        }),
      ),
  };
}

const rulesOf = (found: readonly { rule: string }[]) => found.map((f) => f.rule).sort();

describe('fallback rules beside the metric rules', () => {
  it('are left out when a metric rule already warns about the same figure', () => {
    const rules = [reporting('metric.rule', 'warning', false), reporting('grid.rule', 'warning', true)];
    expect(rulesOf(checkFacts({ facts: [total], rules }).findings)).toEqual(['metric.rule']);
  });

  it('still report a figure that a metric rule only notes (info), since a note finds nothing wrong', () => {
    const rules = [reporting('metric.note', 'info', false), reporting('grid.rule', 'warning', true)];
    expect(rulesOf(checkFacts({ facts: [total], rules }).findings)).toEqual(['grid.rule', 'metric.note']);
  });

  it("keep a fallback's error over a metric rule's warning that expects the same value, and drop the warning", () => {
    const rules = [
      reporting('metric.rule', 'warning', false, '9079'),
      reporting('grid.rule', 'error', true, '9079.0'),
    ];
    expect(rulesOf(checkFacts({ facts: [total], rules }).findings)).toEqual(['grid.rule']);
  });

  it("leave out a fallback's error when the metric rule expects another value or errs itself", () => {
    const other = [
      reporting('metric.rule', 'warning', false, '9100'),
      reporting('grid.rule', 'error', true, '9079'),
    ];
    expect(rulesOf(checkFacts({ facts: [total], rules: other }).findings)).toEqual(['metric.rule']);
    const erring = [
      reporting('metric.rule', 'error', false, '9079'),
      reporting('grid.rule', 'error', true, '9079'),
    ];
    expect(rulesOf(checkFacts({ facts: [total], rules: erring }).findings)).toEqual(['metric.rule']);
  });

  it('still report a figure a metric rule warns about only in passing, as another figure’s context', () => {
    const stated = printed({ metric: 'workforce.share', value: '9.4', unit: '%', year: 2025, line: 12 });
    const aside: Rule = {
      id: 'metric.change',
      title: 'metric.change',
      run: (ctx) =>
        ctx.facts.metric('workforce.share').map((f) =>
          makeFinding('metric.change', {
            severity: 'warning',
            message: 'a stated change against the total',
            figures: [f, ...ctx.facts.metric('workforce.total')],
          }),
        ),
    };
    const rules = [aside, reporting('grid.rule', 'error', true)];
    expect(rulesOf(checkFacts({ facts: [total, stated], rules }).findings)).toEqual([
      'grid.rule',
      'metric.change',
    ]);
  });
});
