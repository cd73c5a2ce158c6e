import type { StoreContext } from '../context.js';

/** A JSON column of `document_contents` that holds what extraction read from a report. */
export type DocumentJsonColumn = 'content_index' | 'report_claims';

/**
 * One JSON column of the documents imported into a period, one value per document, the latest
 * import's first (a document imported twice counts at its latest import). Coverage takes the first
 * answer per disclosure, so a newer report answers before an older one.
 */
export async function periodDocumentJson(
  ctx: StoreContext,
  orgId: string,
  periodId: string,
  column: DocumentJsonColumn,
): Promise<string[]> {
  const rows = await ctx.db
    .selectFrom('imports as i')
    .innerJoin('document_contents as d', 'd.document_id', 'i.document_id')
    .select((eb) => ['d.document_id', eb.ref(`d.${column}`).as('json')])
    .where('i.org_id', '=', orgId)
    .where('i.period_id', '=', periodId)
    .where(`d.${column}`, 'is not', null)
    .orderBy('i.created_at', 'desc')
    .orderBy('i.id', 'desc')
    .execute();
  const seen = new Set<string>();
  const values: string[] = [];
  for (const row of rows) {
    if (seen.has(row.document_id) || row.json === null) continue;
    seen.add(row.document_id);
    values.push(row.json);
  }
  return values;
}
