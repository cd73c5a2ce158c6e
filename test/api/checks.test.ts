import { describe, expect, it } from 'vitest';
import { body, email, type ErrorJson } from './support/harness.js';
import { useHarness } from './support/use-harness.js';

interface CheckJson {
  framework: string | null;
  document: { company?: string; reportYear?: number };
  summary: { errors: number; warnings: number; info: number };
  coverage: { code: string; status: string; facts: number }[];
  findings: { rule: string; severity: string; factIds: string[] }[];
}

const { h, f, owner } = useHarness({ signIn: { owner: 'ownerA' } });

const enter = async (metric: string, value: string, unit: string, dims: Record<string, string> = {}) => {
  const res = await h.as(owner, `/api/v1/orgs/${f.orgA}/facts`, {
    method: 'POST',
    json: { periodId: f.periodA2025, metric, value, unit, dims },
  });
  expect(res.status).toBe(200);
  return (await body<{ fact: { id: string } }>(res)).fact.id;
};

describe('checks over a period', () => {
  it('finds a breakdown that does not add up, naming the stored facts involved', async () => {
    const total = await enter('workforce.total', '120', 'persons');
    const male = await enter('workforce.total', '70', 'persons', { gender: 'male' });
    const female = await enter('workforce.total', '40', 'persons', { gender: 'female' });
    const res = await h.as(owner, `/api/v1/orgs/${f.orgA}/periods/${f.periodA2025}/checks`);
    expect(res.status).toBe(200);
    const check = await body<CheckJson>(res);
    expect(check.document).toEqual({ company: 'Kestrel Metals', reportYear: 2025 });
    expect(check.framework).toBeNull();
    const sum = check.findings.find((x) => x.factIds.includes(total) && x.factIds.includes(male));
    expect(sum).toBeDefined();
    expect(sum?.factIds).toEqual(expect.arrayContaining([total, male, female]));
    expect(check.summary.errors + check.summary.warnings).toBeGreaterThan(0);
  });

  it('measures coverage of a framework and names a bad framework', async () => {
    await enter('ghg.scope1', '321', 'tCO2e');
    const check = await body<CheckJson>(
      await h.as(owner, `/api/v1/orgs/${f.orgA}/periods/${f.periodA2025}/checks?framework=hkex-2020`),
    );
    expect(check.framework).toBe('hkex-2020');
    const a12 = check.coverage.find((c) => c.code === 'HKEX:A1.2' || c.code === 'A1.2');
    expect(a12?.facts).toBeGreaterThan(0);
    const bad = await h.as(owner, `/api/v1/orgs/${f.orgA}/periods/${f.periodA2025}/checks?framework=sasb`);
    expect(bad.status).toBe(400);
    expect((await body<ErrorJson>(bad)).error.field).toBe('framework');
  });

  it('is open to viewers and closed to other organisations', async () => {
    const viewer = await h.login(email('viewerA'));
    expect((await h.as(viewer, `/api/v1/orgs/${f.orgA}/periods/${f.periodA2025}/checks`)).status).toBe(200);
    const ownerB = await h.login(email('ownerB'));
    expect((await h.as(ownerB, `/api/v1/orgs/${f.orgA}/periods/${f.periodA2025}/checks`)).status).toBe(404);
    expect((await h.as(ownerB, `/api/v1/orgs/${f.orgB}/periods/${f.periodA2025}/checks`)).status).toBe(404);
  });
});
