import { describe, expect, it } from 'vitest';
import { esg } from './support/run-cli.js';

interface ShowJson {
  id: string;
  name: string;
  version: string;
  items: { code: string; title: string; level: string; parent: string | null }[];
}

describe('esg frameworks', () => {
  it('lists each catalogue with its version and item count', async () => {
    const { code, out } = await esg('frameworks', 'list');
    expect(code).toBe(0);
    expect(out).toMatch(/^hkex-2020\s+HKEX .+\s+2020\s+\d+$/m);
    expect(out).toMatch(/^hkex-c2\s+HKEX .+\s+2025\s+\d+$/m);
    expect(out).toMatch(/^gri-2021\s+GRI .+\s+2021\s+1\d\d$/m);
  });

  it('shows hkex-2020 as JSON with every KPI A1.1 … B8.2', async () => {
    const { code, out } = await esg('frameworks', 'show', 'hkex-2020', '--format', 'json');
    expect(code).toBe(0);
    const shown = JSON.parse(out) as ShowJson;
    expect(shown).toMatchObject({ id: 'hkex-2020', version: '2020' });
    const codes = shown.items.map((i) => i.code);
    expect(codes).toEqual(
      expect.arrayContaining(['A1.1', 'A1.6', 'A2.5', 'A4.1', 'B1.2', 'B5.4', 'B6.5', 'B8.2']),
    );
    expect(shown.items.find((i) => i.code === 'B2.3')).toEqual(
      expect.objectContaining({ level: 'comply_or_explain', parent: 'B2' }),
    );
  });

  it('shows gri-2021 as JSON with 2-7, 305-1 … 305-7, 404-1 and 405-1', async () => {
    const { out } = await esg('frameworks', 'show', 'gri-2021', '--format', 'json');
    const codes = (JSON.parse(out) as ShowJson).items.map((i) => i.code);
    const emissions = ['305-1', '305-2', '305-3', '305-4', '305-5', '305-6', '305-7'];
    expect(codes).toEqual(expect.arrayContaining(['2-7', ...emissions, '404-1', '405-1', '3-3', '418-1']));
  });

  it('shows hkex-c2 with the Part D climate disclosures and their levels', async () => {
    const { out } = await esg('frameworks', 'show', 'hkex-c2', '--format', 'json');
    const items = (JSON.parse(out) as ShowJson).items;
    const level = (code: string) => items.find((i) => i.code === code)?.level;
    expect(level('D.metrics.ghg.scope1')).toBe('mandatory');
    expect(level('D.metrics.ghg.scope3')).toBe('comply_or_explain');
    expect(level('D.governance')).toBe('comply_or_explain');
    expect(items.some((i) => i.code === 'A1.2')).toBe(false);
  });

  it('prints a table by default', async () => {
    const { code, out } = await esg('frameworks', 'show', 'gri-2021');
    expect(code).toBe(0);
    expect(out).toMatch(/^305-1\s+disclosure\s+comply_or_explain\s+yes\s+Direct \(Scope 1\) GHG emissions$/m);
  });

  it('fails with exit code 3 and the valid ids for an unknown framework', async () => {
    const { code, out, err } = await esg('frameworks', 'show', 'sasb');
    expect(code).toBe(3);
    expect(out).toBe('');
    expect(err).toMatch(/^esg: unknown framework "sasb"; valid ids: hkex-2020, hkex-c2, gri-2021/);
    expect(err).not.toMatch(/\n\s+at /);
  });

  it('rejects an unknown format with exit code 2', async () => {
    const { code, err } = await esg('frameworks', 'show', 'hkex-2020', '--format', 'xml');
    expect(code).toBe(2);
    expect(err).toContain('xml');
  });
});
