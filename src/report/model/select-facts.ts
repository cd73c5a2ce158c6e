import { convertQuantity, type Fact, type FactStatus, type Provenance } from '../../core/index.js';
import type { ReportIssue } from './report-model.js';

// A reviewer's decision outranks a machine's: verified figures first (issue 6: a verified fact is
// never overwritten by a later extraction or calculation); rejected facts are never printed.
const STATUS_RANK: Readonly<Record<FactStatus, number>> = {
  verified: 0,
  submitted: 1,
  unverified: 2,
  rejected: 9,
};
// Among equals, what a person entered, then what esgkit computed, then what a document printed.
const PROVENANCE_RANK: Readonly<Record<Provenance['kind'], number>> = {
  entry: 0,
  calculation: 1,
  document: 2,
};

/** Identity of a KPI row: metric, dimensions and what the unit measures. */
export function rowKey(fact: Fact): string {
  const dims = Object.entries(fact.dims).sort(([a], [b]) => a.localeCompare(b));
  return `${fact.metric}|${JSON.stringify(dims)}|${fact.quantity.unit.dimension}`;
}

/** The facts of one row, one per year. */
export interface RowFacts {
  readonly key: string;
  readonly byYear: ReadonlyMap<number, Fact>;
}

function better(a: Fact, b: Fact): Fact {
  const s = STATUS_RANK[a.status] - STATUS_RANK[b.status];
  if (s !== 0) return s < 0 ? a : b;
  return PROVENANCE_RANK[a.provenance.kind] <= PROVENANCE_RANK[b.provenance.kind] ? a : b;
}

/** Both facts share a row key, so their units measure the same dimension and convert exactly. */
function sameValue(a: Fact, b: Fact): boolean {
  return convertQuantity(b.quantity, a.quantity.unit).value.equals(a.quantity.value);
}

/**
 * Keeps the actual (not target), non-rejected facts of the given years and picks one per row and year.
 * When two sources disagree on a value the better one is printed and a warning names both.
 */
export function selectFacts(
  facts: readonly Fact[],
  years: readonly number[],
  issues: ReportIssue[],
): RowFacts[] {
  const rows = new Map<string, Map<number, Fact>>();
  for (const fact of facts) {
    if (fact.basis !== 'actual' || fact.status === 'rejected' || !years.includes(fact.period.year)) continue;
    const key = rowKey(fact);
    const byYear = rows.get(key) ?? new Map<number, Fact>();
    rows.set(key, byYear);
    const held = byYear.get(fact.period.year);
    if (!held) {
      byYear.set(fact.period.year, fact);
      continue;
    }
    const kept = better(held, fact);
    if (!sameValue(held, fact)) {
      const other = kept === held ? fact : held;
      issues.push({
        severity: 'warning',
        code: 'conflicting_values',
        message: `${fact.metric} ${fact.period.year} ${dimsText(fact.dims)}: printing ${kept.quantity.value.toFixed()} ${kept.quantity.unit.symbol} (${kept.provenance.kind}, ${kept.status}) over ${other.quantity.value.toFixed()} ${other.quantity.unit.symbol} (${other.provenance.kind}, ${other.status})`,
      });
    }
    byYear.set(fact.period.year, kept);
  }
  return [...rows].map(([key, byYear]) => ({ key, byYear }));
}

function dimsText(dims: Readonly<Record<string, string>>): string {
  const parts = Object.entries(dims).map(([k, v]) => `${k}=${v}`);
  return parts.length > 0 ? `(${parts.join(', ')})` : '';
}
