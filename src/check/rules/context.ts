import type { Fact } from '../../core/index.js';
import { FactIndex } from '../fact-index/index.js';
import type { Figure } from '../precision/index.js';
import { kindFromUnit } from './metric-kind.js';
import type { MetricView, RuleContext } from './rule.js';

/** Builds the context every rule runs in: the facts indexed once, and the metric catalogue. */
export function ruleContext(
  facts: readonly Fact[],
  metric: (id: string) => MetricView | undefined,
): RuleContext {
  const cache = new Map<string, MetricView | undefined>();
  const lookup = (id: string): MetricView | undefined => {
    if (!cache.has(id)) cache.set(id, metric(id));
    return cache.get(id);
  };
  return {
    facts: new FactIndex(facts, (id) => lookup(id)?.label),
    metric: lookup,
    kindOf: (f: Figure) => {
      const known = lookup(f.fact.metric)?.kind;
      if (known) return known;
      // An intensity carries its numerator's unit and names its denominator in a dim.
      if (f.fact.dims.denominator !== undefined) return 'intensity';
      return kindFromUnit(f.unit);
    },
  };
}
