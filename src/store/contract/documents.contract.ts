import { createHash } from 'node:crypto';
import { expect, it } from 'vitest';
import { calendarYear } from '../../core/index.js';
import type { DocumentIndexEntry, NewDocument, ReportClaims } from '../index.js';
import { expectEsgError } from './facts.contract.js';
import { fact, newUser, orgWithPeriod, setup, type ContractContext } from './fixtures.contract.js';

/** A report document with these bytes and, optionally, its content index. */
function report(text: string, contentIndex?: readonly DocumentIndexEntry[]): NewDocument {
  const bytes = new TextEncoder().encode(text);
  return {
    name: 'harbour-cement-esg-2023.txt',
    sha256: createHash('sha256').update(bytes).digest('hex'),
    kind: 'text',
    size: bytes.byteLength,
    content: { bytes, ...(contentIndex ? { contentIndex } : {}) },
  };
}

const INDEX: readonly DocumentIndexEntry[] = [
  { code: 'HKEX:A1.2', status: 'reported', location: 'A1 Emissions', source: { line: 40 } },
  {
    code: 'HKEX:A2.5',
    status: 'omitted',
    location: '',
    reason: 'packaging is not tracked yet',
    source: { line: 47 },
  },
];

/** Contract cases about documents: recorded with their import, their bytes and content index. */
export function documentCases(get: () => ContractContext): void {
  it('records an import’s document in the import’s transaction: a failed import leaves none', async () => {
    const { store } = get();
    const { orgId, periodId } = await orgWithPeriod(store, 'Documents');
    const auditBefore = (await store.listAuditLog(orgId, {}, setup)).items.length;
    const doc = report('Scope 1: 1,204.7 tCO2e\n');
    const bad = fact('ghg.scope2', '88.1', { period: calendarYear(2022) });
    await expectEsgError(
      store.upsertFacts(orgId, periodId, [fact('ghg.scope1', '1204.7'), bad], setup, 'import', {
        source: 'document',
        document: doc,
      }),
      'INVALID_INPUT',
    );
    expect((await store.listAuditLog(orgId, {}, setup)).items).toHaveLength(auditBefore);
    await store.lockPeriod(orgId, periodId, setup);
    await expectEsgError(
      store.upsertFacts(orgId, periodId, [fact('ghg.scope1', '1204.7')], setup, 'import', { document: doc }),
      'CONFLICT',
    );
    expect(await store.listDocuments(orgId, setup)).toEqual([]);

    await store.unlockPeriod(orgId, periodId, setup);
    const done = await store.upsertFacts(orgId, periodId, [fact('ghg.scope1', '1204.7')], setup, 'import', {
      source: 'document',
      document: doc,
    });
    const [listed] = await store.listDocuments(orgId, setup);
    expect(listed).toMatchObject({ name: doc.name, sha256: doc.sha256, kind: 'text', size: doc.size });
    expect(done.documentId).toBe(listed?.id);
    const again = await store.upsertFacts(orgId, periodId, [fact('ghg.scope1', '1204.7')], setup, 'again', {
      document: { ...doc, name: 'renamed.txt' },
    });
    expect(again).toMatchObject({ documentId: listed?.id, unchanged: 1 });
    expect(await store.listDocuments(orgId, setup)).toHaveLength(1);
  });

  it('keeps a document’s bytes for download, only for its own organisation', async () => {
    const { store } = get();
    const { orgId, periodId } = await orgWithPeriod(store, 'Download');
    const other = await orgWithPeriod(store, 'Elsewhere');
    const outsider = await newUser(store, 'Olga Outsider');
    await store.addMember(other.orgId, outsider.id, 'owner', setup);
    const text = 'Scope 2 (location-based): 3,311.05 tCO2e\n\u00e9\u0000binary-safe\n';
    const done = await store.upsertFacts(orgId, periodId, [], setup, 'import', { document: report(text) });
    const file = await store.getDocumentFile(orgId, done.documentId ?? '', setup);
    expect(new TextDecoder().decode(file.bytes)).toBe(text);
    expect(file.document.id).toBe(done.documentId);
    await expectEsgError(store.getDocumentFile(orgId, done.documentId ?? '', outsider.actor), 'NOT_FOUND');
    await expectEsgError(store.getDocumentFile(other.orgId, done.documentId ?? '', setup), 'NOT_FOUND');
    const wrong = { ...report(text), content: { bytes: new TextEncoder().encode('other bytes') } };
    await expectEsgError(
      store.upsertFacts(orgId, periodId, [], setup, 'import', { document: wrong }),
      'INVALID_INPUT',
      /bytes/,
    );
  });

  it('keeps a report’s content index and gives a period the index of the reports imported into it', async () => {
    const { store, tick } = get();
    const { orgId, periodId } = await orgWithPeriod(store, 'Content index');
    const later = await store.openPeriod(orgId, { year: 2024 }, setup);
    expect(await store.periodContentIndex(orgId, periodId, setup)).toEqual([]);
    await store.upsertFacts(orgId, periodId, [], setup, 'import', { document: report('report 2023', INDEX) });
    tick(1000);
    const newer: DocumentIndexEntry[] = [
      { code: 'HKEX:A1.1', status: 'not_applicable', location: '', source: { page: 3 } },
    ];
    await store.upsertFacts(orgId, periodId, [], setup, 'import', { document: report('restated', newer) });
    expect(await store.periodContentIndex(orgId, periodId, setup)).toEqual([...newer, ...INDEX]);
    expect(await store.periodContentIndex(orgId, later.id, setup)).toEqual([]);
    // The same report read again keeps its latest reading of the index.
    const reread = INDEX.slice(1);
    await store.upsertFacts(orgId, periodId, [], setup, 'import', {
      document: report('report 2023', reread),
    });
    expect(await store.periodContentIndex(orgId, periodId, setup)).toEqual([...reread, ...newer]);
    const tooLong = [
      { code: 'HKEX:A1.2', status: 'omitted', location: 'x'.repeat(5000), source: {} },
    ] as const;
    await expectEsgError(
      store.upsertFacts(orgId, periodId, [], setup, 'import', { document: report('long', tooLong) }),
      'INVALID_INPUT',
      /content index 0\.location/,
    );
    await expectEsgError(store.periodContentIndex(orgId, 'no-such-period', setup), 'NOT_FOUND');
  });

  it('keeps a report’s framework claims and statements and gives a period those of its reports', async () => {
    const { store, tick } = get();
    const { orgId, periodId } = await orgWithPeriod(store, 'Report claims');
    const later = await store.openPeriod(orgId, { year: 2024 }, setup);
    const withClaims = (text: string, reportClaims: ReportClaims): NewDocument => {
      const doc = report(text);
      return { ...doc, content: { bytes: new TextEncoder().encode(text), reportClaims } };
    };
    expect(await store.periodReportClaims(orgId, periodId, setup)).toEqual({
      claimBases: {},
      statements: [],
    });
    const older: ReportClaims = {
      claimBases: { 'GRI-2021': 'in_accordance', TCFD: 'with_reference' },
      statements: [{ kind: 'reporting_boundary', text: 'Scope of this Report', source: { line: 12 } }],
    };
    await store.upsertFacts(orgId, periodId, [], setup, 'import', {
      document: withClaims('report 2023', older),
    });
    tick(1000);
    const newer: ReportClaims = {
      claimBases: { 'GRI-2021': 'with_reference' },
      statements: [{ kind: 'board_statement', text: 'Board Statement', source: { page: 4 } }],
    };
    await store.upsertFacts(orgId, periodId, [], setup, 'import', {
      document: withClaims('restated', newer),
    });
    // The latest report's claim of a framework stands; its statements come first.
    expect(await store.periodReportClaims(orgId, periodId, setup)).toEqual({
      claimBases: { 'GRI-2021': 'with_reference', TCFD: 'with_reference' },
      statements: [...newer.statements, ...older.statements],
    });
    expect(await store.periodReportClaims(orgId, later.id, setup)).toEqual({
      claimBases: {},
      statements: [],
    });
    const bad = { claimBases: { 'GRI-2021': 'loosely' }, statements: [] } as unknown as ReportClaims;
    await expectEsgError(
      store.upsertFacts(orgId, periodId, [], setup, 'import', { document: withClaims('bad', bad) }),
      'INVALID_INPUT',
      /report claims claimBases/,
    );
    await expectEsgError(store.periodReportClaims(orgId, 'no-such-period', setup), 'NOT_FOUND');
  });
}
