import { describe, expect, it } from 'vitest';
import { KESTREL_REPORT_2025 } from './support/files.js';
import { body, upload, type FactJson } from './support/harness.js';
import { useHarness } from './support/use-harness.js';

// A fact read from a report carries the id of the uploaded document it was read from, so a client
// links the file without guessing it from the file name (which two uploads may share).

const { h, f, owner } = useHarness({ config: { maxUploadBytes: 64 * 1024 }, signIn: { owner: 'ownerA' } });

type SourcedFact = FactJson & { readonly documentId: string | null };

const importReport = async (name: string, content: string) => {
  const res = await h.as(owner, `/api/v1/orgs/${f.orgA}/periods/${f.periodA2025}/imports`, {
    method: 'POST',
    body: upload('report', name, content),
  });
  expect(res.status).toBe(200);
  return (await body<{ documentId: string }>(res)).documentId;
};

const listed = async () =>
  (
    await body<{ items: SourcedFact[] }>(
      await h.as(owner, `/api/v1/orgs/${f.orgA}/facts?periodId=${f.periodA2025}&limit=1000`),
    )
  ).items;

describe('the document a fact was read from', () => {
  it('is named by id in the facts list and in one fact, and stays through a review', async () => {
    const first = await importReport('kestrel-2025.txt', KESTREL_REPORT_2025);
    const facts = await listed();
    const fromReport = facts.filter((x) => x.provenance.kind === 'document');
    expect(fromReport.length).toBeGreaterThanOrEqual(3);
    for (const x of fromReport) expect(x.documentId).toBe(first);
    for (const x of facts.filter((y) => y.provenance.kind !== 'document')) expect(x.documentId).toBeNull();
    const scope1 = fromReport.find((x) => x.metric === 'ghg.scope1');
    if (!scope1) throw new Error('the report’s Scope 1 figure was not imported');
    const one = await body<SourcedFact>(await h.as(owner, `/api/v1/orgs/${f.orgA}/facts/${scope1.id}`));
    expect(one).toEqual(scope1);
    const review = await h.as(owner, `/api/v1/orgs/${f.orgA}/facts/${scope1.id}/review`, {
      method: 'POST',
      json: { decision: 'approve', comment: 'matches the fuel invoices' },
    });
    expect(review.status).toBe(200);
    expect(await body<SourcedFact>(review)).toMatchObject({ status: 'verified', documentId: first });
    const file = await h.as(owner, `/api/v1/orgs/${f.orgA}/documents/${first}/file`);
    expect(await file.text()).toBe(KESTREL_REPORT_2025);
  });

  it('is the upload that wrote the value when two uploads share a file name', async () => {
    const first = await importReport('kestrel-2025.txt', KESTREL_REPORT_2025);
    const corrected = KESTREL_REPORT_2025.replace('8,765.4', '8,799.9');
    const second = await importReport('kestrel-2025.txt', corrected);
    expect(second).not.toBe(first);
    const byMetric = new Map((await listed()).map((x) => [x.metric, x]));
    expect(byMetric.get('ghg.scope2')).toMatchObject({ value: '8799.9', documentId: second });
    // Unchanged by the second upload: still the first upload's figure.
    expect(byMetric.get('ghg.scope1')).toMatchObject({ value: '1234.5', documentId: first });
  });
});
