import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { body, email, upload, type Browser, type ErrorJson, type FactJson } from './support/harness.js';
import { useHarness } from './support/use-harness.js';
import { KESTREL_ACTIVITY, KESTREL_REPORT_2025, KESTREL_ROSTER } from './support/files.js';

interface Summary {
  kind: string;
  documentId: string;
  read: number;
  inserted: number;
  updated: number;
  unchanged: number;
  conflicts: number;
  skipped: {
    otherYears: number;
    outsideSites: number;
    repeats: number;
    unitless: number;
    unclassified: number;
  };
}

const { h, f, owner } = useHarness({ config: { maxUploadBytes: 64 * 1024 }, signIn: { owner: 'ownerA' } });

const importInto = (b: Browser, periodId: string, form: FormData, orgId = f.orgA) =>
  h.as(b, `/api/v1/orgs/${orgId}/periods/${periodId}/imports`, { method: 'POST', body: form });

const facts = async (query: string) =>
  (await body<{ items: FactJson[] }>(await h.as(owner, `/api/v1/orgs/${f.orgA}/facts?limit=1000&${query}`)))
    .items;

describe('importing a report', () => {
  it('extracts the period’s facts with their line and quote, leaving out other years', async () => {
    const res = await importInto(
      owner,
      f.periodA2025,
      upload('report', 'kestrel-2025.txt', KESTREL_REPORT_2025),
    );
    expect(res.status).toBe(200);
    const summary = await body<Summary>(res);
    expect(summary).toMatchObject({ kind: 'report', inserted: 3, conflicts: 0 });
    expect(summary.skipped.otherYears).toBe(2);
    const [scope1] = await facts(`periodId=${f.periodA2025}&metric=ghg.scope1`);
    expect(scope1).toMatchObject({ value: '1234.5', unit: 'tCO2e', status: 'unverified', siteId: null });
    expect(scope1?.provenance).toMatchObject({
      kind: 'document',
      document: 'kestrel-2025.txt',
      location: { line: 6 },
      quote: 'Direct GHG emissions (Scope 1) (tCO2e)\t1,234.5\t1,310.2',
      reported: { value: '1234.5', unit: 'tCO2e' },
    });
    const docs = await body<{ items: { id: string; kind: string; name: string }[] }>(
      await h.as(owner, `/api/v1/orgs/${f.orgA}/documents`),
    );
    expect(docs.items).toEqual([
      expect.objectContaining({ id: summary.documentId, kind: 'text', name: 'kestrel-2025.txt' }),
    ]);
  });

  it('leaves the same report imported twice unchanged', async () => {
    await importInto(owner, f.periodA2025, upload('report', 'kestrel-2025.txt', KESTREL_REPORT_2025));
    const again = await body<Summary>(
      await importInto(owner, f.periodA2025, upload('report', 'kestrel-2025.txt', KESTREL_REPORT_2025)),
    );
    expect(again).toMatchObject({ inserted: 0, updated: 0, unchanged: 3 });
  });

  it('refuses a binary file with 415 and a file over the upload limit with 413', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    const binary = await importInto(owner, f.periodA2025, upload('report', 'logo.png', png));
    expect(binary.status).toBe(415);
    const big = await importInto(owner, f.periodA2025, upload('report', 'big.txt', 'x'.repeat(70 * 1024)));
    expect(big.status).toBe(413);
    expect((await body<ErrorJson>(big)).error.code).toBe('PAYLOAD_TOO_LARGE');
    expect(await facts('')).toEqual([]);
  });

  it('names a missing or unknown kind and a missing file', async () => {
    const form = upload('spreadsheet', 'a.csv', KESTREL_ACTIVITY);
    const kind = await importInto(owner, f.periodA2025, form);
    expect(kind.status).toBe(400);
    expect((await body<ErrorJson>(kind)).error.field).toBe('kind');
    const noFile = new FormData();
    noFile.set('kind', 'activity');
    const missing = await importInto(owner, f.periodA2025, noFile);
    expect(missing.status).toBe(400);
    expect((await body<ErrorJson>(missing)).error.field).toBe('file');
  });
});

describe('importing activity data and rosters', () => {
  it('calculates facts with lineage and ties site figures to the sites', async () => {
    const res = await importInto(
      owner,
      f.periodA2025,
      upload('activity', 'kestrel-activity.csv', KESTREL_ACTIVITY),
    );
    expect(res.status).toBe(200);
    const summary = await body<Summary>(res);
    expect(summary.kind).toBe('activity');
    expect(summary.inserted).toBeGreaterThan(20);
    expect(summary.skipped.otherYears).toBeGreaterThan(0);
    const [ningbo] = await facts(`metric=energy.electricity&siteId=${f.siteA1}`);
    expect(ningbo).toMatchObject({ value: '1250', unit: 'MWh', dims: { site: 'Ningbo Foundry' } });
    expect(ningbo?.provenance).toMatchObject({
      kind: 'calculation',
      inputs: [expect.objectContaining({ activity: 'electricity', amount: '1250000', unit: 'kWh', row: 2 })],
    });
    const total = (await facts('metric=energy.electricity')).find((x) => Object.keys(x.dims).length === 0);
    expect(total).toMatchObject({ value: '1980', siteId: null });
  });

  it('reads an XLSX workbook like a CSV file', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('activity');
    for (const line of KESTREL_ACTIVITY.trim().split('\n'))
      sheet.addRow(line.match(/("[^"]*"|[^,]+)/g)?.map((c) => c.replace(/"/g, '')) ?? []);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const summary = await body<Summary>(
      await importInto(owner, f.periodA2025, upload('activity', 'kestrel.xlsx', bytes)),
    );
    expect(summary.inserted).toBeGreaterThan(20);
    const docs = await body<{ items: { kind: string }[] }>(
      await h.as(owner, `/api/v1/orgs/${f.orgA}/documents`),
    );
    expect(docs.items.map((d) => d.kind)).toEqual(['xlsx']);
    const [xiamen] = await facts(`metric=energy.electricity&siteId=${f.siteA2}`);
    expect(xiamen?.value).toBe('730');
  });

  it('counts a roster for the period’s year', async () => {
    const res = await importInto(owner, f.periodA2025, upload('roster', 'roster.csv', KESTREL_ROSTER));
    expect(res.status).toBe(200);
    const headcount = (await facts('metric=workforce.total')).find((x) => Object.keys(x.dims).length === 0);
    expect(headcount?.value).toBe('3');
  });

  it('reports bad rows as 400 and stores nothing', async () => {
    const bad = `${KESTREL_ACTIVITY}Ningbo Foundry,2025,electricity,lots,kWh,CN-Zhejiang\n`;
    const res = await importInto(owner, f.periodA2025, upload('activity', 'bad.csv', bad));
    expect(res.status).toBe(400);
    expect((await body<ErrorJson>(res)).error.message).toMatch(/row 6/);
    expect(await facts('')).toEqual([]);
  });

  it('imports only a contributor’s own sites', async () => {
    const contributor = await h.login(email('contributorA'));
    const res = await importInto(
      contributor,
      f.periodA2025,
      upload('activity', 'kestrel.csv', KESTREL_ACTIVITY),
    );
    expect(res.status).toBe(200);
    const summary = await body<Summary>(res);
    expect(summary.skipped.outsideSites).toBeGreaterThan(0);
    const stored = await facts('');
    expect(stored.length).toBe(summary.inserted);
    expect(new Set(stored.map((x) => x.siteId))).toEqual(new Set([f.siteA1]));
  });
});

describe('import refusals', () => {
  it('refuses a locked period (409), a viewer or reviewer (403), another organisation (404)', async () => {
    await h.as(owner, `/api/v1/orgs/${f.orgA}/periods/${f.periodA2024}/lock`, { method: 'POST' });
    const locked = await importInto(owner, f.periodA2024, upload('activity', 'a.csv', KESTREL_ACTIVITY));
    expect(locked.status).toBe(409);
    for (const who of ['viewerA', 'reviewerA'] as const) {
      const b = await h.login(email(who));
      expect((await importInto(b, f.periodA2025, upload('activity', 'a.csv', KESTREL_ACTIVITY))).status).toBe(
        403,
      );
    }
    const other = await importInto(
      owner,
      f.periodB2025,
      upload('activity', 'a.csv', KESTREL_ACTIVITY),
      f.orgB,
    );
    expect(other.status).toBe(404);
    const crossed = await importInto(owner, f.periodB2025, upload('activity', 'a.csv', KESTREL_ACTIVITY));
    expect(crossed.status).toBe(404);
    expect(await facts('')).toEqual([]);
  });
});
