import { calcCommand } from '../../calc/index.js';
import { runCommand, type Fact } from '../../core/index.js';
import { extractDocument, readDocument, UNCLASSIFIED } from '../../extract/index.js';
import type { DocumentIndexEntry, DocumentKind, ReportClaims } from '../../store/index.js';
import { spreadsheetKind, type ImportKind } from './import-kind.js';

/** The facts a file gives, before they are fitted to the organisation and period. */
export interface UploadFacts {
  readonly documentKind: DocumentKind;
  readonly facts: readonly Fact[];
  /** Facts the extractor could not tie to a catalogue metric; they are not stored. */
  readonly unclassified: number;
  readonly notes: readonly string[];
  /** A report's content index (what it says it discloses where, and what it omits and why). */
  readonly contentIndex?: readonly DocumentIndexEntry[];
  /** A report's framework claims and statements in words, which coverage reads beside its index. */
  readonly reportClaims?: ReportClaims;
}

/**
 * Runs the file through the pipeline its kind calls for — extraction for a report (PDF or text,
 * told apart by its bytes), calculation for activity data or a roster (CSV or XLSX) — exactly as
 * `esg extract` and `esg calc` do. `year` is the period's: a report that states no year is read
 * as that year's, and a roster is counted for it.
 */
export async function readUpload(
  kind: ImportKind,
  file: { readonly name: string; readonly bytes: Uint8Array },
  entity: string,
  year: number,
): Promise<UploadFacts> {
  if (kind === 'report') {
    const doc = await readDocument({ bytes: file.bytes, name: file.name });
    let result = extractDocument(doc);
    if (result.document.reportYear === undefined) result = extractDocument(doc, { year });
    const facts = result.facts.map((f) => f.fact);
    const classified = facts.filter((f) => f.metric !== UNCLASSIFIED);
    return {
      documentKind: doc.kind,
      facts: classified,
      unclassified: facts.length - classified.length,
      notes: result.warnings,
      contentIndex: result.index.map((e) => ({
        code: e.code,
        status: e.status,
        location: e.location,
        ...(e.reason === undefined ? {} : { reason: e.reason }),
        source: e.source,
      })),
      reportClaims: {
        claimBases: result.document.claimBases ?? {},
        statements: result.document.statements ?? [],
      },
    };
  }
  const format = spreadsheetKind(file.bytes);
  const result = await runCommand(
    calcCommand,
    {
      file: file.name,
      content: file.bytes,
      format,
      roster: kind === 'roster',
      ...(kind === 'roster' ? { year } : {}),
      entity,
    },
    undefined,
  );
  return { documentKind: format, facts: result.facts, unclassified: 0, notes: result.notes };
}
