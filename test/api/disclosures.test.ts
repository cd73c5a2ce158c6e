import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { body, email, type ErrorJson } from './support/harness.js';
import { useHarness } from './support/use-harness.js';

const SURVEY = `Respondent group,Topic,Importance to stakeholders,Impact on the business
Employees,Occupational health and safety,5,4
Employees,Climate change,3,2
Investors,Climate change,5,5
Investors,Occupational health and safety,4,3
Investors,Community investment,2,1
Customers,Product quality,abc,4
`;

interface MaterialityJson {
  source: string | null;
  responses: number;
  settings: { weights: Record<string, number>; thresholds: { x: number; y: number } | null };
  assessment: {
    topics: { rank: number; topic: string; x: string; y: string; material: boolean; codes: string[] }[];
    svg: string;
  } | null;
}

function surveyForm(content: string | Uint8Array, name: string): FormData {
  const form = new FormData();
  form.set('file', new File([content], name));
  return form;
}

const { h, f, owner, contributor, viewer } = useHarness({
  signIn: { owner: 'ownerA', contributor: 'contributorA', viewer: 'viewerA' },
});

const period = () => `/api/v1/orgs/${f.orgA}/periods/${f.periodA2025}`;

describe('materiality API', () => {
  it('imports a CSV survey, lists the rows left out, ranks topics and draws the matrix', async () => {
    const res = await h.as(contributor, `${period()}/materiality/imports`, {
      method: 'POST',
      body: surveyForm(SURVEY, 'stakeholders-2025.csv'),
    });
    expect(res.status).toBe(200);
    const out = await body<{
      stored: number;
      problems: { row: number; message: string }[];
      materiality: MaterialityJson;
    }>(res);
    expect(out.stored).toBe(5);
    expect(out.problems).toEqual([
      { row: 7, message: expect.stringMatching(/importance to stakeholders/) as string },
    ]);
    const topics = out.materiality.assessment?.topics ?? [];
    expect(topics.map((t) => [t.rank, t.topic, t.y, t.x])).toEqual([
      [1, 'Occupational health and safety', '4.50', '3.50'],
      [2, 'Climate change', '4.00', '3.50'],
      [3, 'Community investment', '2.00', '1.00'],
    ]);
    expect(topics[0]?.codes.every((c) => c.startsWith('HKEX:'))).toBe(true);
    expect(out.materiality.assessment?.svg).toMatch(/^<svg[\s\S]*Occupational health and safety/);

    // Weights: investors count three times; the threshold moves; the view reads back the same.
    const put = await h.as(owner, `${period()}/materiality/settings`, {
      method: 'PUT',
      json: { weights: { Investors: 3, Employees: 1 }, thresholds: { x: 4, y: 4 } },
    });
    expect(put.status).toBe(200);
    const got = await body<MaterialityJson>(await h.as(viewer, `${period()}/materiality?framework=gri-2021`));
    expect(got.settings).toMatchObject({
      weights: { Investors: 3, Employees: 1 },
      thresholds: { x: 4, y: 4 },
    });
    const climate = got.assessment?.topics.find((t) => t.topic === 'Climate change');
    expect([climate?.y, climate?.x, climate?.material]).toEqual(['4.50', '4.25', true]);
    expect(climate?.codes.every((c) => c.startsWith('GRI:'))).toBe(true);
  });

  it('reads an XLSX survey', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Survey');
    ws.addRow(['Stakeholder group', 'Topic', 'Importance to stakeholders', 'Impact on the business']);
    ws.addRow(['Suppliers', 'Supply chain management', 4, 2]);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const res = await h.as(owner, `${period()}/materiality/imports`, {
      method: 'POST',
      body: surveyForm(bytes, 'survey.xlsx'),
    });
    const out = await body<{ materiality: MaterialityJson }>(res);
    expect(res.status).toBe(200);
    expect(out.materiality.assessment?.topics.map((t) => [t.topic, t.y, t.x])).toEqual([
      ['Supply chain management', '4.00', '2.00'],
    ]);
  });

  it('names the field at fault and refuses viewers, locked periods and other organisations', async () => {
    const bad = await h.as(owner, `${period()}/materiality/settings`, {
      method: 'PUT',
      json: { weights: { Investors: -2 } },
    });
    expect(bad.status).toBe(400);
    expect((await body<ErrorJson>(bad)).error.field).toBe('weights.Investors');
    const noColumns = await h.as(owner, `${period()}/materiality/imports`, {
      method: 'POST',
      body: surveyForm('who,what\na,b\n', 'x.csv'),
    });
    expect(noColumns.status).toBe(400);
    expect((await body<ErrorJson>(noColumns)).error).toMatchObject({
      field: 'file',
      message: expect.stringMatching(/missing column/) as string,
    });
    const byViewer = await h.as(viewer, `${period()}/materiality/imports`, {
      method: 'POST',
      body: surveyForm(SURVEY, 's.csv'),
    });
    expect(byViewer.status).toBe(403);
    const ownerB = await h.login(email('ownerB'));
    expect((await h.as(ownerB, `${period()}/materiality`)).status).toBe(404);
    const crossPeriod = await h.as(ownerB, `/api/v1/orgs/${f.orgB}/periods/${f.periodA2025}/materiality`);
    expect(crossPeriod.status).toBe(404);
    const noCsrf = await h.as(owner, `${period()}/materiality/settings`, {
      method: 'PUT',
      json: { weights: {} },
      headers: { 'x-csrf-token': 'wrong' },
    });
    expect(noCsrf.status).toBe(403);
    await h.as(owner, `${period()}/lock`, { method: 'POST' });
    const locked = await h.as(owner, `${period()}/materiality/imports`, {
      method: 'POST',
      body: surveyForm(SURVEY, 's.csv'),
    });
    expect(locked.status).toBe(409);
  });
});

describe('narratives and omission explanations API', () => {
  it('shows each aspect with its requirement, and keeps versions of the text', async () => {
    const list = await body<{
      items: { code: string; title: string; requirement: string; text: string | null }[];
    }>(await h.as(viewer, `${period()}/narratives?framework=hkex-c2`));
    const a1 = list.items.find((i) => i.code === 'A1');
    expect(a1).toMatchObject({ title: 'Emissions', text: null });
    expect(a1?.requirement).toMatch(/^General disclosure: .+ KPIs: A1\.1 .*; A1\.3 /);
    for (const text of ['First draft of the emissions policy.', 'Second draft: kilns switch to biomass.']) {
      const put = await h.as(contributor, `${period()}/narratives/hkex-c2/A1`, {
        method: 'PUT',
        json: { text },
      });
      expect(put.status).toBe(200);
    }
    const after = await body<{ items: { code: string; text: string | null; version: number | null }[] }>(
      await h.as(viewer, `${period()}/narratives`),
    );
    expect(after.items.find((i) => i.code === 'A1')).toMatchObject({
      text: 'Second draft: kilns switch to biomass.',
      version: 2,
    });
    const history = await body<{ items: { version: number; text: string }[] }>(
      await h.as(viewer, `${period()}/narratives/hkex-c2/A1/history`),
    );
    expect(history.items.map((v) => v.text)).toEqual([
      'First draft of the emissions policy.',
      'Second draft: kilns switch to biomass.',
    ]);
    const empty = await h.as(owner, `${period()}/narratives/hkex-c2/A1`, {
      method: 'PUT',
      json: { text: '   ' },
    });
    expect((await body<ErrorJson>(empty)).error.field).toBe('text');
    const unknown = await h.as(owner, `${period()}/narratives/hkex-c2/Z9`, {
      method: 'PUT',
      json: { text: 'x' },
    });
    expect(unknown.status).toBe(404);
    expect(
      (await h.as(viewer, `${period()}/narratives/hkex-c2/A1`, { method: 'PUT', json: { text: 'v' } }))
        .status,
    ).toBe(403);
  });

  it('lists the content index with what is missing, and an explanation takes a line off the missing list', async () => {
    type Lines = {
      items: { code: string; status: string; explanation: { kind: string; reason: string } | null }[];
      missing: number;
    };
    const before = await body<Lines>(await h.as(viewer, `${period()}/explanations?framework=hkex-c2`));
    expect(before.items.find((i) => i.code === 'A2.5')?.status).toBe('missing');
    const put = await h.as(contributor, `${period()}/explanations/hkex-c2/A2.5`, {
      method: 'PUT',
      json: { kind: 'not_applicable', reason: 'Metal bars ship unpackaged.' },
    });
    expect(put.status).toBe(200);
    const after = await body<Lines>(await h.as(viewer, `${period()}/explanations`));
    expect(after.items.find((i) => i.code === 'A2.5')).toMatchObject({
      status: 'not_applicable',
      explanation: { kind: 'not_applicable', reason: 'Metal bars ship unpackaged.' },
    });
    expect(after.missing).toBe(before.missing - 1);
    // Part D codes are long; they are explained like any other.
    const partD = await h.as(
      owner,
      `${period()}/explanations/hkex-c2/D.metrics.cross_industry.internal_carbon_price`,
      {
        method: 'PUT',
        json: { kind: 'omitted', reason: 'No internal carbon price is used.' },
      },
    );
    expect(partD.status).toBe(200);
    const badKind = await h.as(owner, `${period()}/explanations/hkex-c2/A2.5`, {
      method: 'PUT',
      json: { kind: 'skipped', reason: 'x' },
    });
    expect((await body<ErrorJson>(badKind)).error.field).toBe('kind');
    expect((await h.as(owner, `${period()}/explanations/hkex-c2/A2.5`, { method: 'DELETE' })).status).toBe(
      204,
    );
    const again = await body<Lines>(await h.as(viewer, `${period()}/explanations`));
    expect(again.items.find((i) => i.code === 'A2.5')?.status).toBe('missing');
  });
});

describe('report download', () => {
  it('builds the HTML report from the stored narrative and explanation and counts what is unexplained', async () => {
    await h.as(contributor, `${period()}/narratives/hkex-c2/B1`, {
      method: 'PUT',
      json: { text: 'Kestrel hires on merit; pay bands are published.' },
    });
    const first = await h.as(viewer, `${period()}/report?framework=hkex-c2&format=html`);
    const before = Number(first.headers.get('x-esgkit-missing-explanations'));
    await h.as(contributor, `${period()}/explanations/hkex-c2/B5.4`, {
      method: 'PUT',
      json: { kind: 'omitted', reason: 'Supplier audits start in 2026.' },
    });
    const res = await h.as(viewer, `${period()}/report?framework=hkex-c2&format=html`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('content-disposition')).toMatch(/esg-report-2025-hkex-c2\.html/);
    const html = await res.text();
    expect(html).toContain('Kestrel hires on merit; pay bands are published.');
    const row = html.slice(html.indexOf('data-code="HKEX:B5.4"'));
    expect(row.slice(0, row.indexOf('</tr>'))).toContain('Omitted: Supplier audits start in 2026.');
    expect(Number(res.headers.get('x-esgkit-missing-explanations'))).toBe(before - 1);
    expect(before).toBeGreaterThan(1);
  });
});
