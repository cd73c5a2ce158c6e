import { describe, expect, it } from 'vitest';
import { body } from './support/harness.js';
import { useHarness } from './support/use-harness.js';

interface CheckJson {
  coverage: { code: string; status: string; location: string | null; facts: number; source: string | null }[];
  findings: { rule: string; message: string }[];
}

const { h, f, owner } = useHarness({ signIn: { owner: 'ownerA' } });

const period = () => `/api/v1/orgs/${f.orgA}/periods/${f.periodA2025}`;

const check = async (framework: string) => {
  const res = await h.as(owner, `${period()}/checks?framework=${framework}`);
  expect(res.status).toBe(200);
  const json = await body<CheckJson>(res);
  return { items: new Map(json.coverage.map((c) => [c.code, c])), findings: json.findings };
};

const put = async (path: string, json: object) => {
  const res = await h.as(owner, `${period()}/${path}`, { method: 'PUT', json });
  expect(res.status).toBe(200);
};

const mandatoryMissing = (findings: CheckJson['findings']) =>
  findings.filter((x) => x.rule === 'coverage.mandatory-missing').map((x) => x.message.split(' ')[0]);

describe("a period's coverage counts what the preparer wrote in the app", () => {
  it('a stored narrative discloses its code, a stored omission explains its code and those under it', async () => {
    const before = await check('hkex-2020');
    expect(before.items.get('HKEX:MDR.governance')?.status).toBe('missing');
    expect(before.items.get('HKEX:A3.1')?.status).toBe('missing');
    expect(mandatoryMissing(before.findings)).toContain('HKEX:MDR.governance');

    await put('narratives/hkex-2020/MDR.governance', {
      text: 'The board oversees ESG matters through its sustainability committee, meeting quarterly.',
    });
    await put('narratives/hkex-2020/B1', { text: 'We hire on merit and pay equally for equal work.' });
    await put('explanations/hkex-2020/A3', {
      kind: 'not_applicable',
      reason: 'The group runs leased offices only; it has no significant impact on natural resources.',
    });

    const after = await check('hkex-2020');
    expect(after.items.get('HKEX:MDR.governance')).toMatchObject({
      status: 'disclosed',
      location: 'narrative',
      source: 'narrative HKEX:MDR.governance, version 1',
    });
    expect(mandatoryMissing(after.findings)).not.toContain('HKEX:MDR.governance');
    // An aspect's narrative answers its general disclosure, not its KPIs.
    expect(after.items.get('HKEX:B1.GD')).toMatchObject({ status: 'disclosed', location: 'narrative' });
    expect(after.items.get('HKEX:B1.1')?.status).toBe('missing');
    // An aspect's explanation covers each disclosure under it, with the preparer's reason.
    for (const code of ['HKEX:A3.GD', 'HKEX:A3.1']) {
      expect(after.items.get(code)?.status).toBe('explained');
      expect(after.items.get(code)?.location).toMatch(/leased offices only/);
      expect(after.items.get(code)?.source).toBe('not-applicable explanation HKEX:A3');
    }
    // Narratives are per framework: GRI's coverage is unchanged.
    const gri = await check('gri-2021');
    expect(gri.items.get('GRI:2-9')?.status).toBe('missing');
  });

  it('a withdrawn explanation leaves the code missing again', async () => {
    await put('explanations/hkex-2020/A3.1', { kind: 'omitted', reason: 'Not tracked this year.' });
    expect((await check('hkex-2020')).items.get('HKEX:A3.1')).toMatchObject({
      status: 'explained',
      location: 'Not tracked this year.',
    });
    const del = await h.as(owner, `${period()}/explanations/hkex-2020/A3.1`, { method: 'DELETE' });
    expect(del.status).toBe(204);
    expect((await check('hkex-2020')).items.get('HKEX:A3.1')?.status).toBe('missing');
  });

  it("an explanation beside the code's figures is reported as figures despite the omission", async () => {
    const res = await h.as(owner, `/api/v1/orgs/${f.orgA}/facts`, {
      method: 'POST',
      json: { periodId: f.periodA2025, metric: 'workforce.total', value: '84', unit: 'persons', dims: {} },
    });
    expect(res.status).toBe(200);
    await put('explanations/hkex-2020/B1.1', { kind: 'omitted', reason: 'Headcount is confidential.' });
    const after = await check('hkex-2020');
    expect(after.items.get('HKEX:B1.1')).toMatchObject({ status: 'disclosed', facts: 1 });
    expect(after.findings.map((x) => x.rule)).toContain('coverage.figures-despite-omission');
  });
});
