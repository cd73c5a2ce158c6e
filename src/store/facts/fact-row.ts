import {
  dec,
  EsgError,
  FACT_BASES,
  FACT_STATUSES,
  type Dims,
  type Fact,
  type FactStatus,
  type Period,
  type Unit,
} from '../../core/index.js';
import { actorFromText } from '../audit/index.js';
import type { ConflictTable, FactContentColumns } from '../db/index.js';
import {
  CONFLICT_STATUSES,
  type Conflict,
  type FactVersion,
  type FactWrite,
  type StoredFact,
} from '../model/index.js';
import { canonicalJson } from './canonical-json.js';
import { provenanceFromJson } from './provenance-schema.js';

// The one place where fact rows and core facts meet. A fact's identity (entity, site, metric, dims,
// basis) lives in `facts`; its value, unit, label and provenance in each `fact_versions` row.

/** The identity columns of a fact as read with its version. */
export interface FactIdentityColumns {
  entity: string;
  metric: string;
  dims: string;
  basis: string;
}

/** A `facts` row joined with its current version and its period's dates. */
export interface CurrentFactRow extends FactIdentityColumns, FactContentColumns {
  id: string;
  org_id: string;
  period_id: string;
  site_id: string | null;
  status: string;
  current_version: number;
  actor: string;
  reason: string;
  created_at: string;
  year: number;
  start_date: string;
  end_date: string;
  document_id: string | null;
}

function dimsFromJson(text: string): Dims {
  const value: unknown = JSON.parse(text);
  if (
    typeof value === 'object' &&
    value !== null &&
    Object.values(value).every((v) => typeof v === 'string')
  ) {
    return value as Dims;
  }
  throw new EsgError('INVALID_INPUT', `stored dimensions are not a map of strings: ${text.slice(0, 80)}`);
}

/** A decimal as stored: plain notation, never an exponent, so TEXT and NUMERIC hold the same digits. */
export function decimalText(value: Fact['quantity']['value']): string {
  return value.isZero() ? '0' : value.toFixed();
}

/** The identity key of a fact within its organisation and period. */
export function factKey(fact: FactWrite): string {
  return canonicalJson([fact.entity, fact.siteId ?? null, fact.metric, fact.dims, fact.basis]);
}

/** The value, unit, label and provenance columns for a fact. */
export function contentColumns(fact: Fact): FactContentColumns {
  const { value, unit } = fact.quantity;
  return {
    value: decimalText(value),
    unit_symbol: unit.symbol,
    unit_dimension: unit.dimension,
    unit_to_base: decimalText(unit.toBase),
    unit_counted: unit.counted ?? null,
    label: fact.label ?? null,
    provenance_kind: fact.provenance.kind,
    provenance: canonicalJson(fact.provenance),
  };
}

/** Just the content columns of a version or conflict row. */
export function pickContent(row: FactContentColumns): FactContentColumns {
  const {
    value,
    unit_symbol,
    unit_dimension,
    unit_to_base,
    unit_counted,
    label,
    provenance_kind,
    provenance,
  } = row;
  return {
    value,
    unit_symbol,
    unit_dimension,
    unit_to_base,
    unit_counted,
    label,
    provenance_kind,
    provenance,
  };
}

/** Whether two stored contents say the same thing (decimals compared by value, not spelling). */
export function sameContent(a: FactContentColumns, b: FactContentColumns): boolean {
  return (
    dec(a.value).equals(dec(b.value)) &&
    a.unit_symbol === b.unit_symbol &&
    a.unit_dimension === b.unit_dimension &&
    dec(a.unit_to_base).equals(dec(b.unit_to_base)) &&
    a.unit_counted === b.unit_counted &&
    a.label === b.label &&
    a.provenance === b.provenance
  );
}

/** A fact status read from a row. */
export function statusFromText(text: string): FactStatus {
  return oneOf(FACT_STATUSES, text, 'status');
}

function oneOf<T extends string>(allowed: readonly T[], text: string, what: string): T {
  const found = allowed.find((a) => a === text);
  if (found === undefined)
    throw new EsgError('INVALID_INPUT', `stored ${what} "${text}" is not one of ${allowed.join(', ')}`);
  return found;
}

// A page of facts uses a handful of units; each is built (its factor parsed as a decimal) once and
// shared, frozen, by every fact read with it. Bounded: cleared when it fills.
const units = new Map<string, Unit>();
const MAX_UNITS = 1_000;

function unitFromColumns(content: FactContentColumns): Unit {
  const key = JSON.stringify([
    content.unit_symbol,
    content.unit_dimension,
    content.unit_to_base,
    content.unit_counted,
  ]);
  let unit = units.get(key);
  if (unit === undefined) {
    if (units.size >= MAX_UNITS) units.clear();
    unit = Object.freeze({
      symbol: content.unit_symbol,
      dimension: content.unit_dimension,
      toBase: dec(content.unit_to_base),
      ...(content.unit_counted === null ? {} : { counted: content.unit_counted }),
    });
    units.set(key, unit);
  }
  return unit;
}

/** Rebuilds a core fact from its identity, period, content and status. */
export function factFromColumns(
  identity: FactIdentityColumns,
  period: Period,
  content: FactContentColumns,
  status: string,
): Fact {
  const unit = unitFromColumns(content);
  const fact: Fact = {
    entity: identity.entity,
    period,
    metric: identity.metric,
    dims: dimsFromJson(identity.dims),
    quantity: { value: dec(content.value), unit },
    basis: oneOf(FACT_BASES, identity.basis, 'basis'),
    provenance: provenanceFromJson(content.provenance),
    status: statusFromText(status),
  };
  return content.label === null ? fact : { ...fact, label: content.label };
}

/** The period of a joined row. */
export function periodFromColumns(row: { year: number; start_date: string; end_date: string }): Period {
  return { year: row.year, start: row.start_date, end: row.end_date };
}

/** A stored fact from a row joined with its current version and period. */
export function storedFactFromRow(row: CurrentFactRow): StoredFact {
  return {
    id: row.id,
    orgId: row.org_id,
    periodId: row.period_id,
    siteId: row.site_id,
    version: row.current_version,
    fact: factFromColumns(row, periodFromColumns(row), row, row.status),
    changedAt: row.created_at,
    changedBy: actorFromText(row.actor),
    reason: row.reason,
    documentId: row.document_id,
  };
}

/** A version row (with the fact's identity and period) as a {@link FactVersion}. */
export function versionFromRow(
  identity: FactIdentityColumns,
  period: Period,
  row: FactContentColumns & {
    fact_id: string;
    version: number;
    status: string;
    actor: string;
    reason: string;
    created_at: string;
    import_id: string | null;
  },
): FactVersion {
  return {
    factId: row.fact_id,
    version: row.version,
    fact: factFromColumns(identity, period, row, row.status),
    actor: actorFromText(row.actor),
    at: row.created_at,
    reason: row.reason,
    importId: row.import_id,
  };
}

/** A conflict row (with the fact's identity and period) as a {@link Conflict}. */
export function conflictFromRow(identity: FactIdentityColumns, period: Period, row: ConflictTable): Conflict {
  const status = CONFLICT_STATUSES.find((s) => s === row.status);
  if (status === undefined)
    throw new EsgError('INVALID_INPUT', `stored conflict ${row.id} has unknown status ${row.status}`);
  return {
    id: row.id,
    factId: row.fact_id,
    verifiedVersion: row.verified_version,
    proposed: factFromColumns(identity, period, row, 'unverified'),
    status,
    proposedBy: actorFromText(row.actor),
    proposedAt: row.created_at,
    reason: row.reason,
    importId: row.import_id,
  };
}
