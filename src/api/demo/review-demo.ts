import type { Actor, ReportingPeriod, Store, StoredFact } from '../../store/index.js';
import { periodFacts } from '../checks/index.js';

// Organisation-wide totals a reviewer signs off first: greenhouse gases and energy (HKEX KPIs A1.2
// and A2.1), by metric with no breakdown other than the Scope 2 method.
const HEADLINE_PREFIXES = ['ghg.', 'energy.'] as const;

function isHeadline(f: StoredFact): boolean {
  const keys = Object.keys(f.fact.dims).filter((k) => k !== 'scope2_method');
  return f.siteId === null && keys.length === 0 && HEADLINE_PREFIXES.some((p) => f.fact.metric.startsWith(p));
}

/**
 * The demo reviewer's work: every 2024 fact approved (that year was published), and 2025's
 * headline totals approved, so a later import of the 2025 report shows conflicts beside them.
 */
export async function reviewDemoFacts(
  store: Store,
  orgId: string,
  periods: ReadonlyMap<number, ReportingPeriod>,
  reviewer: Actor,
): Promise<void> {
  for (const [year, period] of periods) {
    const facts = await periodFacts(store, orgId, period.id, reviewer);
    const chosen = year === 2025 ? facts.filter(isHeadline) : facts;
    for (const f of chosen) {
      const comment = year === 2025 ? 'agrees with the utility bills and fuel invoices' : 'published figure';
      await store.review(orgId, f.id, 'approve', comment, reviewer);
    }
  }
}

/**
 * The demo reviewer signs off the organisation-wide figures the owner typed in for 2025 (safety,
 * suppliers, complaints), so the review queue holds only what the demo's people submit later.
 */
export async function approveEnteredFigures(
  store: Store,
  orgId: string,
  period: ReportingPeriod,
  reviewer: Actor,
): Promise<void> {
  const facts = await periodFacts(store, orgId, period.id, reviewer);
  for (const f of facts) {
    if (f.fact.provenance.kind !== 'entry' || f.fact.status === 'verified') continue;
    await store.review(orgId, f.id, 'approve', 'agrees with the EHS and purchasing registers', reviewer);
  }
}
