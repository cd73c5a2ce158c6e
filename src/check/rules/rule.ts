import type { MetricKind } from '../../core/index.js';
import type { CheckFinding } from '../finding/index.js';
import type { FactIndex } from '../fact-index/index.js';
import type { Figure } from '../precision/index.js';

/** The catalogue facts a rule may use about a metric. */
export interface MetricView {
  readonly id: string;
  readonly kind: MetricKind;
  readonly label: string;
  readonly codes: readonly string[];
}

/** Everything a rule sees: the indexed facts and the metric catalogue. */
export interface RuleContext {
  readonly facts: FactIndex;
  /** The catalogue entry of a metric id, or undefined for a metric the catalogue does not list. */
  readonly metric: (id: string) => MetricView | undefined;
  /** The kind of a figure's metric: from the catalogue, else read from its unit. */
  readonly kindOf: (f: Figure) => MetricKind;
}

/** One consistency rule: a stable id, a line saying what it checks, and the check itself. */
export interface Rule {
  readonly id: string;
  readonly title: string;
  /**
   * A rule that re-checks from the printed table alone what the metric rules check by meaning: its
   * finding is left out when another rule already reports the same figure (see `checkFacts`).
   */
  readonly fallback?: boolean;
  run(ctx: RuleContext): readonly CheckFinding[];
}

/**
 * The findings of `check` on each representative figure of each relation's metric (`metricOf`: a sum's
 * total, an average's average), relation by relation in catalogue order.
 */
export function checkEachOf<R>(
  ctx: RuleContext,
  relations: readonly R[],
  metricOf: (relation: R) => string,
  check: (ctx: RuleContext, relation: R, figure: Figure) => CheckFinding | undefined,
): CheckFinding[] {
  return relations.flatMap((relation) =>
    ctx.facts.representatives(metricOf(relation)).flatMap((f) => check(ctx, relation, f) ?? []),
  );
}
