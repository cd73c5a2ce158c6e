import { crosswalk, parseQualifiedCode, type Fact, type Framework } from '../../core/index.js';
import type { MetricView } from '../rules/index.js';

/**
 * Counts facts per disclosure code of `framework`. A metric's own codes are used where the framework
 * has them; otherwise its codes in the other framework are carried over the HKEX–GRI crosswalk (one
 * hop only: Scope 1 is GRI 305-1 is HKEX D.metrics.ghg.scope1, and never on to Scope 2).
 */
export function factsPerCode(
  facts: readonly Fact[],
  framework: Framework,
  metric: (id: string) => MetricView | undefined,
): Map<string, number> {
  const known = new Set(framework.items.map((i) => i.code));
  const codesOfMetric = new Map<string, readonly string[]>();
  const counts = new Map<string, number>();
  for (const fact of facts) {
    let codes = codesOfMetric.get(fact.metric);
    if (!codes) {
      codes = mapCodes(metric(fact.metric)?.codes ?? [], framework, known);
      codesOfMetric.set(fact.metric, codes);
    }
    for (const c of codes) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  return counts;
}

function mapCodes(codes: readonly string[], framework: Framework, known: ReadonlySet<string>): string[] {
  const own = codes.map((c) => inFramework(c, framework, known)).filter((c): c is string => c !== undefined);
  if (own.length > 0) return own;
  const out = new Set<string>();
  for (const c of codes) {
    if (parseQualifiedCode(c)?.prefix === framework.prefix) continue;
    for (const other of crosswalk(c)) {
      const mapped = inFramework(other, framework, known);
      if (mapped) out.add(mapped);
    }
  }
  return [...out];
}

/** The framework's own code for a qualified code, when it has that item. */
export function inFramework(
  qualified: string,
  framework: Framework,
  known: ReadonlySet<string>,
): string | undefined {
  const parsed = parseQualifiedCode(qualified);
  if (!parsed || parsed.prefix !== framework.prefix) return undefined;
  // An HKEX aspect code stands for its general disclosure (A1 → A1.GD), as the report's own indexes use it.
  if (known.has(`${parsed.code}.GD`)) return `${parsed.code}.GD`;
  return known.has(parsed.code) ? parsed.code : undefined;
}
