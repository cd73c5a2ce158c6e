import { seriesOf, type FactIndex } from './fact-index/index.js';
import { sourcesOf, type CheckFinding } from './finding/index.js';

/**
 * The finding naming every printing of the figure at fault (its first figure) with the same value:
 * a share printed in the key figures and again in its table is wrong in both places, so a reader
 * is pointed at both lines. The facts the finding was computed from are unchanged.
 */
export function withReprints(finding: CheckFinding, index: FactIndex): CheckFinding {
  const [first] = finding.facts;
  if (!first) return finding;
  const reprints = index
    .find(seriesOf(first), first.dims)
    .map((f) => f.fact)
    .filter(
      (f) =>
        f !== first &&
        f.quantity.unit.symbol === first.quantity.unit.symbol &&
        f.quantity.value.eq(first.quantity.value),
    );
  if (reprints.length === 0) return finding;
  return { ...finding, source: sourcesOf([...finding.facts, ...reprints]) };
}
