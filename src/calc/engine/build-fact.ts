import { calendarYear, getMetric, isMetricId, quantity, unitOf, type Fact } from '../../core/index.js';
import type { ActivityGroup } from '../aggregate/index.js';
import type { Factor } from '../factors/index.js';
import type { FactDraft } from './draft.js';
import type { Lineage, LineageFactor, LineageInput } from './lineage.js';

/** A fact computed by esgkit: its provenance is always a {@link Lineage}. */
export interface CalculatedFact extends Fact {
  readonly provenance: Lineage & { readonly kind: 'calculation' };
}

function input(g: ActivityGroup): LineageInput {
  return {
    row: g.rows[0],
    rows: g.rows,
    rowCount: g.rowCount,
    activity: g.activity.id,
    amount: g.sum.toDecimal().toFixed(),
    unit: g.unit.symbol,
    site: g.site,
    region: g.region,
    year: g.year,
  };
}

function cited(f: Factor): LineageFactor {
  return {
    id: f.id,
    value: f.value,
    unit: f.unit,
    source: `${f.source.publisher}, ${f.source.document}, ${f.source.locator}`,
    ...(f.dataYear === null ? {} : { dataYear: f.dataYear }),
    verified: f.verified,
  };
}

function label(metric: string, dims: Readonly<Record<string, string>>): string {
  const name = isMetricId(metric) ? getMetric(metric).label : metric;
  const parts = Object.entries(dims).map(([k, v]) => `${k}: ${v}`);
  return parts.length > 0 ? `${name} (${parts.join(', ')})` : name;
}

/** Turns a summed draft into a fact in the metric's canonical unit, with its full lineage. */
export function buildFact(entity: string, d: FactDraft): CalculatedFact {
  const metric = getMetric(d.metric);
  const groups = new Set<ActivityGroup>([...d.contributions.map((c) => c.group), ...d.extraGroups]);
  const factors = new Map<string, Factor>();
  for (const c of d.contributions) for (const f of c.factors) factors.set(f.id, f);
  const lineage: Lineage & { kind: 'calculation' } = {
    kind: 'calculation',
    formula: [...d.formulas].join('; '),
    inputs: [...groups].map(input),
    factors: [...factors.values()].map(cited),
    steps: [...d.contributions.flatMap((c) => c.steps), ...d.steps],
  };
  return {
    entity,
    period: calendarYear(d.year),
    metric: d.metric,
    dims: d.dims,
    // An intensity carries its numerator's unit; the denominator is in dim `denominator` (metric catalogue).
    quantity: quantity(d.value, unitOf(metric.unit)),
    basis: 'actual',
    provenance: lineage,
    status: 'unverified',
    label: label(d.metric, d.dims),
  };
}
