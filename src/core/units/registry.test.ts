import { describe, expect, it } from 'vitest';
import data from './units.data.json' with { type: 'json' };
import { baseUnitOf, listDimensions, listUnits, parseUnit, unitOf } from './index.js';
import { buildRegistry } from './registry.js';

describe('units.data.json', () => {
  it('names its sources and version', () => {
    expect(data.source).toMatch(/GB\/T 2589-2020/);
    expect(data.version).not.toBe('');
  });

  it('gives every dimension a base unit with factor 1', () => {
    for (const d of listDimensions()) {
      if (d.base === '1') continue;
      const base = unitOf(d.base);
      expect([base.dimension, base.toBase.toFixed()]).toEqual([d.id, '1']);
    }
  });

  it('lists units whose symbols read back as themselves', () => {
    for (const u of listUnits())
      expect(parseUnit(u.symbol)).toMatchObject({ symbol: u.symbol, dimension: u.dimension });
  });

  it('reads each alias as its unit', () => {
    for (const u of listUnits()) {
      for (const alias of u.aliases) expect(parseUnit(alias).symbol, alias).toBe(u.symbol);
    }
  });

  it('keeps standard coal at 29.3076 MJ per kgce (GB/T 2589-2020)', () => {
    expect(unitOf('kgce').toBase.toFixed()).toBe('29307600');
    expect(unitOf('tce').toBase.dividedBy(unitOf('GJ').toBase).toFixed()).toBe('29.3076');
  });

  it('rejects data where one alias names two units', () => {
    const clash = structuredClone(data);
    clash.units.push({
      symbol: 'kWh2',
      dimension: 'energy',
      toBase: '1',
      aliases: ['tonnes'],
      note: 'clash',
    });
    expect(() => buildRegistry(clash)).toThrow(expect.objectContaining({ code: 'REFERENCE_DATA' }));
  });

  it('rejects a compound unit whose factor disagrees with its mass unit', () => {
    const wrong = structuredClone(data);
    const tce = wrong.units.find((u) => u.symbol === 'tce');
    if (tce) tce.toBase = '29307000000';
    expect(() => buildRegistry(wrong)).toThrow(/tce should be 29307600000/);
  });

  it('names the base unit of compound and money dimensions', () => {
    expect(baseUnitOf('ghg/area')).toBe('kgCO2e/m2');
    expect(baseUnitOf('energy/money:RMB')).toBe('J/RMB');
  });
});
