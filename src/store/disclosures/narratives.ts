import { EsgError, type FrameworkId } from '../../core/index.js';
import { actorToText, appendAudit } from '../audit/index.js';
import { inTransaction, type StoreContext } from '../context.js';
import type { Actor } from '../model/index.js';
import type { Narrative, NarrativeVersion, NarrativeWrite } from './disclosure-model.js';
import { disclosureDb } from './disclosure-tables.js';
import { checkedCode, frameworkIdOf, requirePeriod, requireWritablePeriod } from './period-access.js';

/** The longest narrative kept: a generous policy statement, and a bound on what one request stores. */
export const MAX_NARRATIVE_CHARS = 50_000;

/**
 * Writes a framework code's narrative as a new version (owner, contributor; open period). Text equal
 * to the current version is no change and returns it as it is.
 */
export async function putNarrative(
  ctx: StoreContext,
  orgId: string,
  periodId: string,
  input: NarrativeWrite,
  actor: Actor,
): Promise<Narrative> {
  const framework = frameworkIdOf(input.framework);
  const code = checkedCode(input.code);
  const text = input.text.trim();
  if (text === '') throw new EsgError('INVALID_INPUT', 'text: a narrative needs text');
  if (text.length > MAX_NARRATIVE_CHARS)
    throw new EsgError('INVALID_INPUT', `text: longer than ${MAX_NARRATIVE_CHARS} characters`);
  return inTransaction(ctx, async (tx) => {
    await requireWritablePeriod(tx, orgId, periodId, actor);
    const db = disclosureDb(tx);
    const at = tx.now();
    // The row first (version 0 until its first text lands), then locked: on PostgreSQL two writers
    // of the same code queue here instead of both taking the next version number.
    await db
      .insertInto('narratives')
      .values({
        id: tx.newId(),
        org_id: orgId,
        period_id: periodId,
        framework,
        code,
        current_version: 0,
        updated_at: at,
      })
      .onConflict((oc) => oc.columns(['org_id', 'period_id', 'framework', 'code']).doNothing())
      .execute();
    let query = db
      .selectFrom('narratives')
      .selectAll()
      .where('org_id', '=', orgId)
      .where('period_id', '=', periodId)
      .where('framework', '=', framework)
      .where('code', '=', code);
    if (tx.dialect === 'postgres') query = query.forUpdate();
    const row = await query.executeTakeFirstOrThrow();
    if (row.current_version > 0) {
      const current = await narrativeOf(tx, orgId, periodId, framework, code);
      if (current?.text === text) return current;
    }
    const id = row.id;
    const version = row.current_version + 1;
    await db
      .updateTable('narratives')
      .set({ current_version: version, updated_at: at })
      .where('id', '=', id)
      .execute();
    const by = actorToText(actor);
    await db
      .insertInto('narrative_versions')
      .values({ narrative_id: id, version, text, actor: by, created_at: at })
      .execute();
    await appendAudit(tx, {
      orgId,
      actor,
      action: 'narrative.write',
      target: id,
      detail: { framework, code, version },
    });
    return { id, periodId, framework, code, text, version, updatedBy: by, updatedAt: at };
  });
}

function narrativeQuery(ctx: StoreContext, orgId: string, periodId: string, framework: FrameworkId) {
  return disclosureDb(ctx)
    .selectFrom('narratives as n')
    .innerJoin('narrative_versions as v', (j) =>
      j.onRef('v.narrative_id', '=', 'n.id').onRef('v.version', '=', 'n.current_version'),
    )
    .select(['n.id', 'n.code', 'n.current_version', 'v.text', 'v.actor', 'v.created_at'])
    .where('n.org_id', '=', orgId)
    .where('n.period_id', '=', periodId)
    .where('n.framework', '=', framework);
}

async function narrativeOf(
  ctx: StoreContext,
  orgId: string,
  periodId: string,
  framework: FrameworkId,
  code: string,
): Promise<Narrative | undefined> {
  const row = await narrativeQuery(ctx, orgId, periodId, framework)
    .where('n.code', '=', code)
    .executeTakeFirst();
  return (
    row && {
      id: row.id,
      periodId,
      framework,
      code: row.code,
      text: row.text,
      version: row.current_version,
      updatedBy: row.actor,
      updatedAt: row.created_at,
    }
  );
}

/** A period's narratives for one framework at their current versions, by code. */
export async function listNarratives(
  ctx: StoreContext,
  orgId: string,
  periodId: string,
  framework: string,
): Promise<Narrative[]> {
  const id = frameworkIdOf(framework);
  await requirePeriod(ctx, orgId, periodId);
  const rows = await narrativeQuery(ctx, orgId, periodId, id).orderBy('n.code').execute();
  return rows.map((row) => ({
    id: row.id,
    periodId,
    framework: id,
    code: row.code,
    text: row.text,
    version: row.current_version,
    updatedBy: row.actor,
    updatedAt: row.created_at,
  }));
}

/** Every version of a code's narrative, oldest first; NOT_FOUND when none was written. */
export async function narrativeHistory(
  ctx: StoreContext,
  orgId: string,
  periodId: string,
  framework: string,
  code: string,
): Promise<NarrativeVersion[]> {
  await requirePeriod(ctx, orgId, periodId);
  const rows = await disclosureDb(ctx)
    .selectFrom('narratives as n')
    .innerJoin('narrative_versions as v', 'v.narrative_id', 'n.id')
    .select(['v.version', 'v.text', 'v.actor', 'v.created_at'])
    .where('n.org_id', '=', orgId)
    .where('n.period_id', '=', periodId)
    .where('n.framework', '=', frameworkIdOf(framework))
    .where('n.code', '=', code.trim())
    .orderBy('v.version')
    .execute();
  if (rows.length === 0) throw new EsgError('NOT_FOUND', `no narrative for ${code} in this period`);
  return rows.map((r) => ({ version: r.version, text: r.text, actor: r.actor, at: r.created_at }));
}
