import type { Breakdown } from '../fact-index/index.js';
import { dimsKey, seriesOf } from '../fact-index/index.js';
import type { Figure } from '../precision/index.js';
import type { RuleContext } from './rule.js';
import { tableLineOf } from './table-grid.js';

/** Lines a table's total row may sit below the last of its parts (a rule line between them). */
const MAX_TOTAL_GAP = 3;
/** Farthest another printing of the whole may lie from the table's total, as a share of it. */
const NEAR = 0.1;

/**
 * The wholes of a metric printed with values that disagree ("Total waste generated 44,836.8 t" in the
 * waste table, "Total … 44,936.8" under a table by plant): no one of them is the figure, so
 * `sum.breakdown` cannot take the metric's whole. A breakdown by site printed as table rows right above
 * one of those printings (its own table's total row, at most a rule line below its last part), which
 * another printing comes within a tenth of, is checked against that printing alone: the table's own
 * arithmetic, whichever printing elsewhere is right.
 */
export function ownTableTotals(ctx: RuleContext, metric: string): { total: Figure; breakdown: Breakdown }[] {
  const out: { total: Figure; breakdown: Breakdown }[] = [];
  const seen = new Set<string>();
  for (const f of ctx.facts.metric(metric)) {
    const series = seriesOf(f.fact);
    const key = `${series.entity}|${series.year}|${series.basis}|${dimsKey(f.fact.dims)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const printings = ctx.facts.find(series, f.fact.dims);
    if (printings.length < 2 || ctx.facts.at(series, metric, f.fact.dims) !== undefined) continue;
    for (const breakdown of ctx.facts.breakdownsOf(series, f.fact.dims)) {
      if (breakdown.by !== 'site') continue;
      const total = totalRowUnder(breakdown.parts, printings);
      if (total && nearOtherPrinting(total, printings)) out.push({ total, breakdown });
    }
  }
  return out;
}

/**
 * True when another printing of the whole comes within a tenth of this one: a slip in one of them (a
 * digit, a transposition), not a table of another quantity read as the whole.
 */
function nearOtherPrinting(total: Figure, printings: readonly Figure[]): boolean {
  const size = total.value.abs();
  return printings.some(
    (p) => p !== total && !p.value.eq(total.value) && p.value.minus(total.value).abs().lte(size.times(NEAR)),
  );
}

/** The printing on the first table row after the parts' rows, when the parts are all table rows. */
function totalRowUnder(parts: readonly Figure[], printings: readonly Figure[]): Figure | undefined {
  const lines = parts.map(tableLineOf);
  if (parts.length < 2 || lines.some((l) => l === undefined)) return undefined;
  const last = Math.max(...lines.map((l) => l ?? 0));
  const below = printings
    .filter((p) => {
      const line = tableLineOf(p);
      return line !== undefined && line > last && line - last <= MAX_TOTAL_GAP;
    })
    .sort((a, b) => (tableLineOf(a) ?? 0) - (tableLineOf(b) ?? 0));
  return below[0];
}
