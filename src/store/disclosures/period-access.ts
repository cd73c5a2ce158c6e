import { EsgError, isFrameworkId, type FrameworkId } from '../../core/index.js';
import { authorize } from '../access/index.js';
import type { StoreContext } from '../context.js';
import type { Actor } from '../model/index.js';
import { getPeriod, requireOpenPeriod } from '../org/index.js';

/**
 * Checks, inside the caller's transaction, that the actor may write the period's disclosures: the
 * same right as entering facts (owner, contributor), the period the organisation's and open.
 */
export async function requireWritablePeriod(
  tx: StoreContext,
  orgId: string,
  periodId: string,
  actor: Actor,
): Promise<void> {
  await authorize(tx, orgId, actor, 'facts.write');
  await requireOpenPeriod(tx, orgId, periodId);
}

/** Checks that the period is the organisation's (the actor's read right is checked by the caller). */
export async function requirePeriod(ctx: StoreContext, orgId: string, periodId: string): Promise<void> {
  await getPeriod(ctx, orgId, periodId);
}

/** The framework id, or INVALID_INPUT naming the field. */
export function frameworkIdOf(value: string): FrameworkId {
  if (!isFrameworkId(value)) throw new EsgError('INVALID_INPUT', `framework: unknown framework "${value}"`);
  return value;
}

/** A framework code as the content index writes it (`A1.1`, `305-1`); INVALID_INPUT otherwise. */
export function checkedCode(code: string): string {
  const trimmed = code.trim();
  if (!/^[A-Za-z0-9][A-Za-z0-9.:_-]{0,79}$/.test(trimmed))
    throw new EsgError('INVALID_INPUT', `code: "${code}" is not a framework code like A1.1 or 305-1`);
  return trimmed;
}
