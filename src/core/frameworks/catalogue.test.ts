import { describe, expect, it } from 'vitest';
import { isEsgError } from '../errors/index.js';
import { getFramework, listFrameworks, parseFrameworkCatalogue } from './catalogue.js';
import type { Framework } from './framework.js';

// KPIs per aspect as the 2020 Guide numbers them (A1.1-A1.6 … B8.1-B8.2): 36 KPIs in all.
const HKEX_2020_KPIS: Record<string, number> = {
  A1: 6,
  A2: 5,
  A3: 1,
  A4: 1,
  B1: 2,
  B2: 3,
  B3: 2,
  B4: 2,
  B5: 4,
  B6: 5,
  B7: 3,
  B8: 2,
};

// Disclosures per GRI standard in the 2021 set (GRI 2 and 3, topic standards 201-207, 301-308, 401-418).
const GRI_DISCLOSURES: Record<string, number> = {
  2: 30,
  3: 3,
  201: 4,
  202: 2,
  203: 2,
  204: 1,
  205: 3,
  206: 1,
  207: 4,
  301: 3,
  302: 5,
  303: 5,
  304: 4,
  305: 7,
  306: 5,
  308: 2,
  401: 3,
  402: 1,
  403: 10,
  404: 3,
  405: 2,
  406: 1,
  407: 1,
  408: 1,
  409: 1,
  410: 1,
  411: 1,
  412: 3,
  413: 2,
  414: 2,
  415: 1,
  416: 2,
  417: 3,
  418: 1,
};

function childrenOf(f: Framework, parent: string, kind: string): string[] {
  return f.items.filter((i) => i.parent === parent && i.kind === kind).map((i) => i.code);
}

function item(f: Framework, code: string) {
  const found = f.items.find((i) => i.code === code);
  if (!found) throw new Error(`${f.id} has no ${code}`);
  return found;
}

describe('framework catalogues', () => {
  it.each(listFrameworks().map((f) => [f.id, f] as const))(
    '%s has unique codes and existing parents',
    (_, f) => {
      const codes = f.items.map((i) => i.code);
      expect(new Set(codes).size).toBe(codes.length);
      for (const i of f.items) if (i.parent !== null) expect(codes, `${i.code} parent`).toContain(i.parent);
      expect(f.source.url).toMatch(/^https:\/\//);
      expect(f.source.consulted.length).toBeGreaterThan(0);
    },
  );

  it('loads each catalogue once and returns the cached object after', () => {
    expect(getFramework('gri-2021')).toBe(getFramework('gri-2021'));
  });

  it('rejects an unknown id with NOT_FOUND naming the valid ids', () => {
    let caught: unknown;
    try {
      getFramework('gri-2016');
    } catch (e) {
      caught = e;
    }
    expect(isEsgError(caught, 'NOT_FOUND')).toBe(true);
    expect((caught as Error).message).toContain('hkex-2020, hkex-c2, gri-2021');
  });
});

describe('hkex-2020', () => {
  const f = getFramework('hkex-2020');

  it('has every KPI A1.1 … B8.2, numbered without gaps', () => {
    for (const [aspect, count] of Object.entries(HKEX_2020_KPIS)) {
      const expected = Array.from({ length: count }, (_, n) => `${aspect}.${String(n + 1)}`);
      expect(childrenOf(f, aspect, 'kpi'), aspect).toEqual(expected);
    }
    expect(f.items.filter((i) => i.kind === 'kpi')).toHaveLength(36);
  });

  it('gives each aspect one general disclosure, under subject area A or B', () => {
    for (const aspect of Object.keys(HKEX_2020_KPIS)) {
      expect(childrenOf(f, aspect, 'general_disclosure')).toEqual([`${aspect}.GD`]);
      expect(item(f, aspect).parent).toBe(aspect.slice(0, 1));
    }
  });

  it('makes Part B mandatory and everything in Part C comply or explain', () => {
    expect(childrenOf(f, 'MDR', 'requirement')).toEqual(['MDR.governance', 'MDR.principles', 'MDR.boundary']);
    for (const i of f.items) {
      expect(i.level, i.code).toBe(i.code.startsWith('MDR') ? 'mandatory' : 'comply_or_explain');
    }
  });

  it('flags KPIs that ask for numbers as quantitative and descriptions as not', () => {
    const quantitative = f.items.filter((i) => i.quantitative).map((i) => i.code);
    expect(quantitative).toEqual(
      expect.arrayContaining(['A1.2', 'A2.1', 'A2.2', 'B1.1', 'B2.1', 'B3.2', 'B6.1', 'B8.2']),
    );
    for (const code of ['A1.5', 'A2.3', 'A3.1', 'A4.1', 'B4.1', 'B6.3', 'B8.1']) {
      expect(item(f, code).quantitative, code).toBe(false);
    }
    for (const i of f.items) if (i.kind !== 'kpi') expect(i.quantitative, i.code).toBe(false);
  });
});

describe('gri-2021', () => {
  const f = getFramework('gri-2021');

  it('has the full disclosure set of every standard, numbered without gaps', () => {
    for (const [standard, count] of Object.entries(GRI_DISCLOSURES)) {
      const expected = Array.from({ length: count }, (_, n) => `${standard}-${String(n + 1)}`);
      expect(childrenOf(f, standard, 'disclosure'), `GRI ${standard}`).toEqual(expected);
    }
    const standards = f.items.filter((i) => i.kind === 'standard').map((i) => i.code);
    expect(standards).toEqual(['1', ...Object.keys(GRI_DISCLOSURES)]);
  });

  it('keeps GRI 1 free of disclosures and leaves out the withdrawn 307 and 419', () => {
    expect(childrenOf(f, '1', 'disclosure')).toEqual([]);
    expect(f.items.some((i) => i.code.startsWith('307') || i.code.startsWith('419'))).toBe(false);
  });

  it('makes only the disclosures GRI 1 allows no omission for mandatory', () => {
    const mandatory = f.items.filter((i) => i.kind === 'disclosure' && i.level === 'mandatory');
    expect(mandatory.map((i) => i.code)).toEqual(['2-1', '2-2', '2-3', '2-4', '2-5', '3-1', '3-2']);
  });

  it('flags numeric disclosures as quantitative', () => {
    for (const code of ['2-7', '302-1', '303-5', '305-1', '305-7', '306-3', '403-9', '404-1', '405-1']) {
      expect(item(f, code).quantitative, code).toBe(true);
    }
    for (const code of ['2-9', '3-3', '303-1', '306-1', '403-1', '404-2']) {
      expect(item(f, code).quantitative, code).toBe(false);
    }
  });
});

describe('hkex-c2', () => {
  const f = getFramework('hkex-c2');
  const partD = (parent: string) => f.items.filter((i) => i.parent === parent).map((i) => i.code);

  it('keeps Parts B and C of the 2020 Guide except KPI A1.2 and Aspect A4, which Part D replaces', () => {
    const guide = getFramework('hkex-2020').items.map((i) => i.code);
    const expected = guide.filter((code) => code !== 'A1.2' && !code.startsWith('A4'));
    expect(f.items.map((i) => i.code).filter((code) => !code.startsWith('D'))).toEqual(expected);
  });

  it('covers governance, strategy, risk management and metrics and targets in Part D', () => {
    expect(partD('D')).toEqual(['D.governance', 'D.strategy', 'D.risk_management', 'D.metrics']);
    expect(partD('D.strategy')).toEqual([
      'D.strategy.risks_opportunities',
      'D.strategy.business_model',
      'D.strategy.decision_making',
      'D.strategy.financial_effects',
      'D.strategy.resilience',
    ]);
    expect(partD('D.metrics')).toEqual([
      'D.metrics.ghg',
      'D.metrics.cross_industry',
      'D.metrics.industry',
      'D.metrics.targets',
    ]);
    expect(partD('D.metrics.cross_industry')).toHaveLength(6);
  });

  it('makes Scope 1 and 2 mandatory and leaves Scope 3 and the rest of Part D comply or explain', () => {
    expect(partD('D.metrics.ghg')).toEqual([
      'D.metrics.ghg.scope1',
      'D.metrics.ghg.scope2',
      'D.metrics.ghg.scope3',
    ]);
    const partDItems = f.items.filter((i) => i.code.startsWith('D'));
    const mandatory = partDItems.filter((i) => i.level === 'mandatory').map((i) => i.code);
    expect(mandatory).toEqual(['D.metrics.ghg.scope1', 'D.metrics.ghg.scope2']);
    expect(item(f, 'D.metrics.ghg.scope3')).toMatchObject({ level: 'comply_or_explain', quantitative: true });
    for (const i of partDItems) expect(i.note, i.code).toBeTruthy();
  });
});

describe('parseFrameworkCatalogue', () => {
  const good = getFramework('hkex-2020');
  const withItems = (items: unknown[]) => ({ ...good, items });

  it('names the duplicated code', () => {
    const first = good.items[0];
    expect(() => parseFrameworkCatalogue('hkex-2020', withItems([...good.items, first]))).toThrow(
      /item MDR: duplicate code/,
    );
  });

  it('names an item whose parent is missing', () => {
    const orphan = { ...good.items[1], code: 'Z9.1', parent: 'Z9' };
    expect(() => parseFrameworkCatalogue('hkex-2020', withItems([...good.items, orphan]))).toThrow(
      /item Z9.1: parent "Z9" does not exist/,
    );
  });

  it('rejects a level outside the allowed values and a file filed under the wrong id', () => {
    const bad = { ...good.items[1], level: 'voluntary' };
    expect(() => parseFrameworkCatalogue('hkex-2020', withItems([bad]))).toThrow(/items\.0\.level/);
    expect(() => parseFrameworkCatalogue('gri-2021', good)).toThrow(/declares id "hkex-2020"/);
  });

  it('checks that a replaced code is gone and its successors exist', () => {
    const c2 = getFramework('hkex-c2');
    const why = 'moved';
    expect(() =>
      parseFrameworkCatalogue('hkex-c2', { ...c2, replaced: [{ code: 'A1.1', by: ['D.governance'], why }] }),
    ).toThrow(/replaced code A1.1: is still an item/);
    expect(() =>
      parseFrameworkCatalogue('hkex-c2', { ...c2, replaced: [{ code: 'A9.9', by: ['D.nowhere'], why }] }),
    ).toThrow(/replaced code A9.9: successor "D.nowhere" does not exist/);
  });
});

describe('hkex-c2 replaced codes', () => {
  it('hands KPI A1.2 to the Part D Scope 1 and Scope 2 items, and keeps no A1.2 item', () => {
    const c2 = getFramework('hkex-c2');
    expect(c2.items.some((i) => i.code === 'A1.2')).toBe(false);
    expect(c2.replaced?.find((r) => r.code === 'A1.2')?.by).toEqual([
      'D.metrics.ghg.scope1',
      'D.metrics.ghg.scope2',
    ]);
    expect(getFramework('hkex-2020').replaced).toBeUndefined();
  });
});
