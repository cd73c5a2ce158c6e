import { EsgError, type FactStatus } from '../../core/index.js';
import type { FactWrite } from '../model/index.js';
import { provenanceSchema } from './provenance-schema.js';

/** Statuses an import may give a fact; verified and rejected are set only by review. */
const IMPORTABLE_STATUSES: readonly FactStatus[] = ['unverified', 'submitted'];

/**
 * Checks what the types do not: non-empty names, the fact's year against the period it is stored
 * in, an importable status, finite values, a usable unit and a well-formed provenance record.
 * Throws INVALID_INPUT naming the fact's position and metric.
 */
export function checkFactWrite(fact: FactWrite, index: number, year: number): void {
  const fail = (message: string): never => {
    throw new EsgError('INVALID_INPUT', `fact ${index + 1} (${fact.metric}): ${message}`);
  };
  if (fact.entity.trim() === '') fail('entity is required');
  if (fact.metric.trim() === '') fail('metric is required');
  if (fact.period.year !== year)
    fail(`period ${fact.period.year} does not match the period ${year} it is stored in`);
  if (!IMPORTABLE_STATUSES.includes(fact.status))
    fail(`status ${fact.status} is set by review, not by an import`);
  const { value, unit } = fact.quantity;
  if (!value.isFinite()) fail('value must be a finite decimal');
  if (unit.symbol.trim() === '' || unit.dimension.trim() === '') fail('unit needs a symbol and a dimension');
  if (!unit.toBase.isFinite() || unit.toBase.lte(0)) fail(`unit ${unit.symbol} has no positive toBase`);
  const provenance = provenanceSchema.safeParse(fact.provenance);
  if (!provenance.success) {
    const issue = provenance.error.issues[0];
    fail(`provenance.${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
  }
}
