import { dec, EsgError, type Decimal } from '../../core/index.js';
import { actorToText, appendAudit } from '../audit/index.js';
import { inTransaction, type StoreContext } from '../context.js';
import type { Actor } from '../model/index.js';
import {
  MATERIAL_RULE_NAMES,
  MATERIALITY_LENS_NAMES,
  type MaterialitySettings,
  type StoredMateriality,
  type SurveyRow,
} from './disclosure-model.js';
import { disclosureDb, type MaterialityResponseTable } from './disclosure-tables.js';
import { requirePeriod, requireWritablePeriod } from './period-access.js';

/** The most responses one survey may hold: a bound on the work one upload causes. */
export const MAX_SURVEY_RESPONSES = 20_000;
/** Rows per INSERT, well under SQLite's and PostgreSQL's bound-parameter limits. */
const CHUNK = 500;
const MAX_NAME = 200;

function score(value: Decimal, field: string, at: number): string {
  if (!value.isFinite() || value.lt(1) || value.gt(5))
    throw new EsgError('INVALID_INPUT', `responses.${at}.${field}: must be between 1 and 5`);
  return value.toFixed();
}

function name(value: string, field: string, at: number): string {
  const trimmed = value.trim();
  if (trimmed === '' || trimmed.length > MAX_NAME)
    throw new EsgError('INVALID_INPUT', `responses.${at}.${field}: 1 to ${MAX_NAME} characters`);
  return trimmed;
}

function responseRows(
  orgId: string,
  periodId: string,
  rows: readonly SurveyRow[],
): MaterialityResponseTable[] {
  if (rows.length > MAX_SURVEY_RESPONSES)
    throw new EsgError('INVALID_INPUT', `responses: more than ${MAX_SURVEY_RESPONSES} responses`);
  return rows.map((r, i) => ({
    org_id: orgId,
    period_id: periodId,
    seq: i + 1,
    source_row: r.row ?? null,
    respondent_group: name(r.group, 'group', i),
    topic: name(r.topic, 'topic', i),
    stakeholder: score(r.stakeholder, 'stakeholder', i),
    business: score(r.business, 'business', i),
    impact: r.impact ? score(r.impact, 'impact', i) : null,
    financial: r.financial ? score(r.financial, 'financial', i) : null,
  }));
}

/** Upserts the period's survey row (its source and the preparer's choices). */
async function saveSurveyRow(
  tx: StoreContext,
  orgId: string,
  periodId: string,
  values: { source?: string | null; settings?: MaterialitySettings },
  actor: Actor,
): Promise<void> {
  const s = values.settings;
  const settings =
    s === undefined
      ? {}
      : {
          threshold_x: s.thresholds ? String(s.thresholds.x) : null,
          threshold_y: s.thresholds ? String(s.thresholds.y) : null,
          lens: s.lens ?? null,
          rule: s.rule ?? null,
        };
  const common = { actor: actorToText(actor), updated_at: tx.now() };
  const source = values.source === undefined ? {} : { source: values.source };
  await disclosureDb(tx)
    .insertInto('materiality_surveys')
    .values({ org_id: orgId, period_id: periodId, source: null, ...settings, ...source, ...common })
    .onConflict((oc) =>
      oc.columns(['org_id', 'period_id']).doUpdateSet({ ...settings, ...source, ...common }),
    )
    .execute();
}

/**
 * Replaces the period's survey responses with `responses` (owner, contributor; open period), in one
 * transaction, keeping the weights and thresholds. Returns how many were stored.
 */
export async function importSurvey(
  ctx: StoreContext,
  orgId: string,
  periodId: string,
  input: { readonly source: string; readonly responses: readonly SurveyRow[] },
  actor: Actor,
): Promise<number> {
  const rows = responseRows(orgId, periodId, input.responses);
  if (rows.length === 0) throw new EsgError('INVALID_INPUT', 'responses: the survey has no usable response');
  return inTransaction(ctx, async (tx) => {
    await requireWritablePeriod(tx, orgId, periodId, actor);
    // The survey row first: its upsert holds the row lock until commit, so two imports of one
    // period run one after the other instead of interleaving their deletes and inserts.
    await saveSurveyRow(tx, orgId, periodId, { source: input.source.slice(0, MAX_NAME) }, actor);
    const db = disclosureDb(tx);
    await db
      .deleteFrom('materiality_responses')
      .where('org_id', '=', orgId)
      .where('period_id', '=', periodId)
      .execute();
    for (let i = 0; i < rows.length; i += CHUNK)
      await db
        .insertInto('materiality_responses')
        .values(rows.slice(i, i + CHUNK))
        .execute();
    await appendAudit(tx, {
      orgId,
      actor,
      action: 'materiality.import',
      target: periodId,
      detail: { source: input.source, responses: rows.length },
    });
    return rows.length;
  });
}

function checkSettings(s: MaterialitySettings): void {
  for (const [group, w] of Object.entries(s.weights ?? {})) {
    if (!Number.isFinite(w) || w < 0 || w > 1000)
      throw new EsgError('INVALID_INPUT', `weights.${group}: must be a number from 0 to 1000`);
  }
  for (const axis of ['x', 'y'] as const) {
    const t = s.thresholds?.[axis];
    if (t !== undefined && !(t >= 1 && t <= 5))
      throw new EsgError('INVALID_INPUT', `thresholds.${axis}: must be between 1 and 5`);
  }
  if (s.lens !== undefined && !MATERIALITY_LENS_NAMES.includes(s.lens))
    throw new EsgError('INVALID_INPUT', `lens: must be one of ${MATERIALITY_LENS_NAMES.join(', ')}`);
  if (s.rule !== undefined && !MATERIAL_RULE_NAMES.includes(s.rule))
    throw new EsgError('INVALID_INPUT', `rule: must be one of ${MATERIAL_RULE_NAMES.join(', ')}`);
}

/** Replaces the period's weights, thresholds, lens and rule (owner, contributor; open period). */
export async function setMaterialitySettings(
  ctx: StoreContext,
  orgId: string,
  periodId: string,
  settings: MaterialitySettings,
  actor: Actor,
): Promise<void> {
  checkSettings(settings);
  await inTransaction(ctx, async (tx) => {
    await requireWritablePeriod(tx, orgId, periodId, actor);
    await saveSurveyRow(tx, orgId, periodId, { settings }, actor);
    const db = disclosureDb(tx);
    await db
      .deleteFrom('materiality_weights')
      .where('org_id', '=', orgId)
      .where('period_id', '=', periodId)
      .execute();
    const weights = Object.entries(settings.weights ?? {}).map(([group, w]) => ({
      org_id: orgId,
      period_id: periodId,
      respondent_group: group.trim(),
      weight: String(w),
    }));
    if (weights.length > 0) await db.insertInto('materiality_weights').values(weights).execute();
    await appendAudit(tx, {
      orgId,
      actor,
      action: 'materiality.settings',
      target: periodId,
      detail: {
        weights: JSON.stringify(settings.weights ?? {}),
        thresholds: settings.thresholds ? `${settings.thresholds.x}/${settings.thresholds.y}` : null,
      },
    });
  });
}

/** The period's survey responses (in file order) and settings; empty when none was imported. */
export async function getMateriality(
  ctx: StoreContext,
  orgId: string,
  periodId: string,
): Promise<StoredMateriality> {
  await requirePeriod(ctx, orgId, periodId);
  const db = disclosureDb(ctx);
  const [survey, responses, weights] = await Promise.all([
    db
      .selectFrom('materiality_surveys')
      .selectAll()
      .where('org_id', '=', orgId)
      .where('period_id', '=', periodId)
      .executeTakeFirst(),
    db
      .selectFrom('materiality_responses')
      .selectAll()
      .where('org_id', '=', orgId)
      .where('period_id', '=', periodId)
      .orderBy('seq')
      .execute(),
    db
      .selectFrom('materiality_weights')
      .selectAll()
      .where('org_id', '=', orgId)
      .where('period_id', '=', periodId)
      .orderBy('respondent_group')
      .execute(),
  ]);
  const lens = MATERIALITY_LENS_NAMES.find((l) => l === survey?.lens);
  const rule = MATERIAL_RULE_NAMES.find((r) => r === survey?.rule);
  const tx = survey?.threshold_x;
  const ty = survey?.threshold_y;
  return {
    periodId,
    source: survey?.source ?? null,
    updatedAt: survey?.updated_at ?? null,
    weights: Object.fromEntries(weights.map((w) => [w.respondent_group, Number(w.weight)])),
    ...(tx != null && ty != null ? { thresholds: { x: Number(tx), y: Number(ty) } } : {}),
    ...(lens ? { lens } : {}),
    ...(rule ? { rule } : {}),
    responses: responses.map((r) => ({
      group: r.respondent_group,
      topic: r.topic,
      stakeholder: dec(r.stakeholder),
      business: dec(r.business),
      ...(r.impact === null ? {} : { impact: dec(r.impact) }),
      ...(r.financial === null ? {} : { financial: dec(r.financial) }),
      ...(r.source_row === null ? {} : { row: r.source_row }),
    })),
  };
}
