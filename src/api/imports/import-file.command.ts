import { createHash } from 'node:crypto';
import { z } from 'zod';
import { defineCommand, EsgError } from '../../core/index.js';
import { type Actor, type Store, type UpsertResult } from '../../store/index.js';
import { fitFacts, type Skipped } from './fit-facts.js';
import { IMPORT_KINDS, type ImportKind } from './import-kind.js';
import { readUpload } from './read-upload.js';

/** Input of an import: the period, what the file is, and the file. */
export const importFileSchema = z.object({
  periodId: z.string().min(1),
  kind: z.enum(IMPORT_KINDS),
  name: z.string().trim().min(1).max(255),
  bytes: z.instanceof(Uint8Array),
});

/** What an import needs: the store, the organisation and who is importing. */
export interface ImportDeps {
  readonly store: Store;
  readonly orgId: string;
  readonly actor: Actor;
}

/** What an import did. */
export interface ImportSummary extends UpsertResult {
  readonly kind: ImportKind;
  readonly periodId: string;
  readonly documentId: string;
  /** Facts the file gave (after leaving out unclassified figures). */
  readonly read: number;
  readonly skipped: Skipped & { readonly unclassified: number };
  readonly notes: readonly string[];
}

/**
 * Imports one file into one period: a report is extracted (facts with document provenance), an
 * activity file or roster is calculated (facts with lineage). The file is recorded as a document
 * and its facts are stored in one transaction; a verified fact is never overwritten — a differing
 * value becomes a conflict. The API, the CLI and the demo loader all import through this command.
 */
export const importFileCommand = defineCommand({
  name: 'import',
  input: importFileSchema,
  async run(input, deps: ImportDeps): Promise<ImportSummary> {
    const { store, orgId, actor } = deps;
    const [org, period, sites] = await Promise.all([
      store.getOrganisation(orgId, actor),
      store.getPeriod(orgId, input.periodId, actor),
      store.listSites(orgId, actor),
    ]);
    // The store refuses a locked period too; refusing first spares reading the file for nothing.
    if (period.status === 'locked')
      throw new EsgError('CONFLICT', `period ${period.period.year} is locked; unlock it to import`);
    const membership = actor.kind === 'user' ? await store.membershipOf(orgId, actor.userId) : undefined;
    const writableSites = membership?.role === 'contributor' ? new Set(membership.siteIds) : undefined;
    const upload = await readUpload(input.kind, input, org.name, period.period.year);
    const { writes, skipped } = fitFacts(upload.facts, { entity: org.name, period, sites, writableSites });
    // The document is recorded in the facts' transaction: a failed import leaves nothing behind.
    const result = await store.upsertFacts(orgId, period.id, writes, actor, `import of ${input.name}`, {
      source: input.kind === 'report' ? 'document' : 'activity',
      document: {
        name: input.name,
        sha256: createHash('sha256').update(input.bytes).digest('hex'),
        kind: upload.documentKind,
        size: input.bytes.byteLength,
        content: {
          bytes: input.bytes,
          ...(upload.contentIndex === undefined ? {} : { contentIndex: upload.contentIndex }),
          ...(upload.reportClaims === undefined ? {} : { reportClaims: upload.reportClaims }),
        },
      },
    });
    const documentId = result.documentId;
    if (documentId === undefined) throw new Error('the store recorded no document for the import');
    return {
      ...result,
      kind: input.kind,
      periodId: period.id,
      documentId,
      read: upload.facts.length,
      skipped: { ...skipped, unclassified: upload.unclassified },
      notes: upload.notes,
    };
  },
});
