import type { FrameworkId } from '../../core/index.js';
import { buildReport, reportInputFromStore } from '../../report/index.js';
import type { Actor, Store, StoredExplanation } from '../../store/index.js';
import type { z } from '@hono/zod-openapi';
import type { explanationSchema } from './disclosure.schema.js';
import { requirementJson } from './requirement.js';

/** A content-index line as the omissions editor shows it. */
export type ContentIndexLineJson = z.infer<typeof explanationSchema>;

/**
 * The content index the report would print now, from the period's facts, narratives and explanations
 * (the same model `esg report` builds), each line with its stored explanation, if any.
 */
export async function contentIndexLines(
  store: Store,
  orgId: string,
  periodId: string,
  framework: FrameworkId,
  actor: Actor,
): Promise<ContentIndexLineJson[]> {
  const model = buildReport(await reportInputFromStore(store, orgId, periodId, framework, actor));
  const stored = new Map(
    (await store.listExplanations(orgId, periodId, framework, actor)).map((e) => [e.code, e]),
  );
  return model.contentIndex.map((row) => ({
    ...requirementJson(framework, row.item),
    depth: row.depth,
    status: row.status.kind,
    explanation: explanationJson(stored.get(row.item.code)),
  }));
}

function explanationJson(e: StoredExplanation | undefined): ContentIndexLineJson['explanation'] {
  return e ? { kind: e.kind, reason: e.reason, updatedBy: e.updatedBy, updatedAt: e.updatedAt } : null;
}
