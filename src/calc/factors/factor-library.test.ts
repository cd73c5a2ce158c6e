import { describe, expect, it } from 'vitest';
import { isEsgError } from '../../core/index.js';
import { factorLibrary } from './default-factors.js';
import { FactorLibrary, parseFactorSet } from './factor-library.js';

describe('shipped factor library', () => {
  const lib = factorLibrary();

  it('has the factor ids and values the calc input spec requires', () => {
    const required: Record<string, string> = {
      'CN-MEE-2022-grid': '0.5703',
      'CN-NBS-2021-grid': '0.5568',
      'CN-NBS-2022-grid': '0.5366',
      'CN-NBS-2023-grid': '0.5306',
      'GBT2589-2020-electricity': '0.1229',
    };
    for (const [id, value] of Object.entries(required)) expect(lib.get(id).value).toBe(value);
  });

  it('carries the 2022 and 2023 regional series and the 2022 provincial series', () => {
    expect(lib.get('CN-NBS-2022-grid-North').value).toBe('0.6776');
    expect(lib.get('CN-NBS-2023-grid-Southwest').value).toBe('0.2472');
    expect(lib.get('CN-NBS-2022-grid-Yunnan').value).toBe('0.1073');
    const provinces2022 = lib
      .all()
      .filter((f) => f.id.startsWith('CN-NBS-2022-grid-') && f.region.split('-')[1]);
    expect(provinces2022.length).toBeGreaterThanOrEqual(37);
  });

  it('marks a factor verified only when a source confirmed it', () => {
    for (const f of lib.all()) {
      const confirmed = f.verification.status === 'publisher' || f.verification.status === 'secondary';
      if (f.verified) expect(confirmed, f.id).toBe(true);
      if (f.verification.status === 'unverified') expect(f.verified, f.id).toBe(false);
    }
  });

  it('prefers the MEE reporting factor for China in the years it covers', () => {
    expect(
      lib.select({ kind: 'grid_electricity', subject: 'electricity', region: 'CN', year: 2023 })?.factor.id,
    ).toBe('CN-MEE-2022-grid');
    expect(
      lib.select({ kind: 'grid_electricity', subject: 'electricity', region: 'CN', year: 2021 })?.factor.id,
    ).toBe('CN-MEE-2021-grid');
  });

  it('uses the most specific region and the nearest earlier data year, with a note', () => {
    const guangdong = lib.select({
      kind: 'grid_electricity',
      subject: 'electricity',
      region: 'cn-guangdong',
      year: 2025,
    });
    expect(guangdong?.factor.id).toBe('CN-NBS-2022-grid-Guangdong');
    expect(guangdong?.note).toMatch(/latest data year before 2025/);
    const north = lib.select({
      kind: 'grid_electricity',
      subject: 'electricity',
      region: 'CN-North',
      year: 2023,
    });
    expect(north?.factor.id).toBe('CN-NBS-2023-grid-North');
    expect(north?.note).toBeUndefined();
    // A province without its own factor falls back to the national one.
    expect(
      lib.select({ kind: 'grid_electricity', subject: 'electricity', region: 'CN-Tibet', year: 2022 })?.factor
        .id,
    ).toBe('CN-MEE-2022-grid');
  });

  it('defaults natural gas to the gas-field coefficient and lets the variant choose oil-field gas', () => {
    const q = { kind: 'coal_equivalent', subject: 'natural_gas', region: 'CN-Jiangsu', year: 2023 } as const;
    expect(lib.select(q)?.factor.value).toBe('1.2143');
    expect(lib.select({ ...q, variant: 'oil_field' })?.factor.value).toBe('1.3300');
  });
});

describe('user factor sets', () => {
  const userSet = {
    id: 'site-measurements',
    title: 'Measured NCV of our gas supply',
    version: '2023',
    factors: [
      {
        id: 'OUR-gas-tce',
        kind: 'coal_equivalent',
        subject: 'natural_gas',
        value: '1.2150',
        unit: 'kgce/m3',
        numerator: 'kgce',
        denominator: 'm3',
        region: 'CN',
        dataYear: 2023,
        published: '2024-01',
        validYears: { from: 2023, to: 2023 },
        precedence: 5,
        source: { publisher: 'Our gas supplier', document: 'bill', locator: 'NCV line' },
        verified: true,
        verification: { status: 'publisher', note: 'read from the bill' },
      },
    ],
  };

  it('extends the library and can outrank the defaults', () => {
    const lib = factorLibrary([userSet]);
    expect(
      lib.select({ kind: 'coal_equivalent', subject: 'natural_gas', region: 'CN', year: 2023 })?.factor.id,
    ).toBe('OUR-gas-tce');
    expect(factorLibrary().tryGet('OUR-gas-tce')).toBeUndefined();
  });

  it('rejects a float value and a duplicate id with REFERENCE_DATA', () => {
    const bad = { ...userSet, factors: [{ ...userSet.factors[0], value: 1.215 }] };
    expect(() => parseFactorSet(bad, 'mine.json')).toThrow(/mine.json: factors.0.value/);
    const dup = { ...userSet, factors: [{ ...userSet.factors[0], id: 'CN-MEE-2022-grid' }] };
    try {
      factorLibrary([dup]);
      expect.unreachable();
    } catch (e) {
      expect(isEsgError(e, 'REFERENCE_DATA')).toBe(true);
    }
  });

  it('finds nothing for an unknown subject', () => {
    const lib = new FactorLibrary([]);
    expect(
      lib.select({ kind: 'emission', subject: 'unobtainium', region: 'CN', year: 2023 }),
    ).toBeUndefined();
  });
});
