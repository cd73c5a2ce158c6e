import { describe, expect, it } from 'vitest';
import { KESTREL_ACTIVITY, KESTREL_REPORT_2025 } from './support/files.js';
import { body, email, upload, type ErrorJson } from './support/harness.js';
import { useHarness } from './support/use-harness.js';

const { h, f, owner } = useHarness({ config: { maxUploadBytes: 64 * 1024 }, signIn: { owner: 'ownerA' } });

const importFile = async (kind: string, name: string, content: string) => {
  const res = await h.as(owner, `/api/v1/orgs/${f.orgA}/periods/${f.periodA2025}/imports`, {
    method: 'POST',
    body: upload(kind, name, content),
  });
  expect(res.status).toBe(200);
  return (await body<{ documentId: string }>(res)).documentId;
};

describe('downloading an uploaded document', () => {
  it('serves the bytes as uploaded, as an attachment of the kind’s type', async () => {
    const report = await importFile('report', 'Kestrel "ESG" 報告 2025.txt', KESTREL_REPORT_2025);
    const activity = await importFile('activity', 'kestrel-activity.csv', KESTREL_ACTIVITY);
    const res = await h.as(owner, `/api/v1/orgs/${f.orgA}/documents/${report}/file`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="Kestrel _ESG_ __ 2025.txt"; filename*=UTF-8''${encodeURIComponent('Kestrel "ESG" 報告 2025.txt')}`,
    );
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await res.text()).toBe(KESTREL_REPORT_2025);
    const csv = await h.as(owner, `/api/v1/orgs/${f.orgA}/documents/${activity}/file`);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(await csv.text()).toBe(KESTREL_ACTIVITY);
  });

  it('is open to the organisation’s viewers and 404 to everyone else', async () => {
    const report = await importFile('report', 'kestrel-2025.txt', KESTREL_REPORT_2025);
    const viewer = await h.login(email('viewerA'));
    expect((await h.as(viewer, `/api/v1/orgs/${f.orgA}/documents/${report}/file`)).status).toBe(200);
    const ownerB = await h.login(email('ownerB'));
    const across = await h.as(ownerB, `/api/v1/orgs/${f.orgA}/documents/${report}/file`);
    expect(across.status).toBe(404);
    const viaOwnOrg = await h.as(ownerB, `/api/v1/orgs/${f.orgB}/documents/${report}/file`);
    expect(viaOwnOrg.status).toBe(404);
    expect((await body<ErrorJson>(viaOwnOrg)).error.code).toBe('NOT_FOUND');
    expect((await h.as(owner, `/api/v1/orgs/${f.orgA}/documents/no-such-document/file`)).status).toBe(404);
    expect((await h.request(`/api/v1/orgs/${f.orgA}/documents/${report}/file`)).status).toBe(401);
  });

  it('is described in the OpenAPI document', async () => {
    const doc = await body<{ paths: Record<string, { get?: { responses: Record<string, unknown> } }> }>(
      await h.request('/api/openapi.json'),
    );
    const route = doc.paths['/api/v1/orgs/{orgId}/documents/{documentId}/file']?.get;
    expect(Object.keys(route?.responses ?? {}).sort()).toEqual(['200', '401', '404']);
    expect(JSON.stringify(route?.responses['200'])).toContain('application/pdf');
  });
});
