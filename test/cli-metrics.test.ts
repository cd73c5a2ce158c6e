import { describe, expect, it } from 'vitest';
import { esg } from './support/run-cli.js';

interface ListJson {
  id: string;
  version: string;
  source: string;
  framework: string | null;
  metrics: { id: string; unit: string; kind: string; dims: string[]; codes: string[]; phrases: string[] }[];
}

describe('esg metrics', () => {
  it('lists the catalogue as a table, one metric per row', async () => {
    const { code, out } = await esg('metrics', 'list');
    expect(code).toBe(0);
    expect(out).toMatch(/^id\s+kind\s+unit\s+codes\s+label$/m);
    expect(out).toMatch(/^ghg\.scope2\s+absolute\s+tCO2e\s+HKEX:A1\.2 GRI:305-2\b/m);
    expect(out).toMatch(/^energy\.total_tce\s+absolute\s+tce\s/m);
    expect(out.trim().split('\n').length).toBeGreaterThan(100);
  });

  it('lists as JSON with the catalogue version and source', async () => {
    const { code, out } = await esg('metrics', 'list', '--format', 'json');
    expect(code).toBe(0);
    const list = JSON.parse(out) as ListJson;
    expect(list.version).toMatch(/^\d{4}\.\d+$/);
    expect(list.source).toMatch(/HKEX/);
    expect(list.framework).toBeNull();
    const scope2 = list.metrics.find((m) => m.id === 'ghg.scope2');
    expect(scope2).toMatchObject({ unit: 'tCO2e', kind: 'absolute' });
    expect(scope2?.dims).toContain('scope2_method');
    expect(scope2?.phrases).toContain('indirect ghg emissions from energy consumption');
  });

  it('filters by framework', async () => {
    const list = async (framework: string): Promise<ListJson> =>
      JSON.parse(
        (await esg('metrics', 'list', '--framework', framework, '--format', 'json')).out,
      ) as ListJson;
    const gri = await list('gri-2021');
    const griIds = gri.metrics.map((m) => m.id);
    const hkexIds = (await list('hkex-2020')).metrics.map((m) => m.id);
    expect(gri.framework).toBe('gri-2021');
    expect(griIds).toContain('parental_leave.taken');
    expect(griIds).not.toContain('waste.hazardous_intensity');
    expect(hkexIds).toContain('waste.hazardous_intensity');
    expect(hkexIds).not.toContain('parental_leave.taken');
    expect(gri.metrics.every((m) => m.codes.some((c) => c.startsWith('GRI:')))).toBe(true);
  });

  it('fails clearly on an unknown framework, metric or format', async () => {
    const framework = await esg('metrics', 'list', '--framework', 'sasb');
    expect(framework.code).toBe(3);
    expect(framework.err).toMatch(/^esg: unknown framework "sasb"; valid ids: hkex-2020/m);
    expect(framework.err).not.toMatch(/\bat \w/);
    const metric = await esg('metrics', 'show', 'ghg.scope4');
    expect(metric.code).toBe(3);
    expect(metric.err).toContain('unknown metric "ghg.scope4"');
    const format = await esg('metrics', 'list', '--format', 'xml');
    expect(format.code).toBe(2);
    expect(format.err).toMatch(/xml/);
  });

  it('shows one metric and finds the metrics a label names', async () => {
    const shown = await esg('metrics', 'show', 'safety.lost_days');
    expect(shown.out).toMatch(/^safety\.lost_days: Lost days due to work injury$/m);
    expect(shown.out).toMatch(/^kind absolute, unit days \(time\)$/m);
    const found = await esg('metrics', 'find', 'Lost work time due to work injuries', '--format', 'json');
    const matches = JSON.parse(found.out) as { id: string; score: number }[];
    expect(matches[0]?.id).toBe('safety.lost_days');
    expect((await esg('metrics', 'find', 'Male')).out).toMatch(/no metric matches/);
    const tce = await esg('metrics', 'find', 'Total energy consumption', '--unit', 'Tons of standard coal');
    expect(tce.out).toMatch(/^energy\.total_tce\s+3\s+1\s+exact\s+total energy consumption$/m);
  });
});
