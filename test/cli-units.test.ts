import { describe, expect, it } from 'vitest';
import { esg } from './support/run-cli.js';

describe('esg units convert', () => {
  it.each([
    ['533.30 tons of CO2 equivalent', 'kgCO2e', '533300 kgCO2e'],
    ['272,109.36 tons of standard coal', 'GJ', '7974872.279136 GJ'],
    ['775.61 MWh', 'kWh', '775610 kWh'],
    ["12 '000 kWh", 'MWh', '12 MWh'],
    ['RMB 51,431.25 10,000', 'RMB million', '514.3125 RMB million'],
  ])('converts %j to %s', async (quantity, unit, expected) => {
    const { code, out, err } = await esg('units', 'convert', quantity, unit);
    expect({ code, out, err }).toEqual({ code: 0, out: `${expected}\n`, err: '' });
  });

  it('fails with exit code 2 and one line, no stack, across dimensions', async () => {
    const { code, out, err } = await esg('units', 'convert', '5 MWh', 'tCO2e');
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toBe('esg: cannot convert MWh (energy) to tCO2e (ghg): they measure different things\n');
  });

  it('fails clearly on an unknown unit or a missing number', async () => {
    const unknown = await esg('units', 'convert', '5 kWhh', 'kWh');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/^esg: unknown unit "kWhh"[^\n]*\n$/);
    const missing = await esg('units', 'convert', 'N/A', 'kWh');
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/^esg: cannot read the number/);
  });

  it('lets context decide what mtCO2e means', async () => {
    const us = await esg('units', 'convert', '2 mtCO2e', 'kgCO2e');
    const mega = await esg('units', 'convert', '2 mtCO2e', 'kgCO2e', '--mt', 'megatonne');
    expect([us.out, mega.out]).toEqual(['2000 kgCO2e\n', '2000000000 kgCO2e\n']);
  });

  it('prints JSON with the exact value as a string', async () => {
    const { code, out } = await esg('units', 'convert', '1 kWh', 'GJ', '--format', 'json');
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ value: '0.0036', symbol: 'GJ', dimension: 'energy' });
  });
});

describe('esg units parse', () => {
  it('prints the canonical symbol, dimension and factor', async () => {
    const { code, out } = await esg('units', 'parse', "RMB'0000");
    expect(code).toBe(0);
    expect(out).toMatch(/^symbol\s+RMB 10,000$/m);
    expect(out).toMatch(/^dimension\s+money:RMB$/m);
    expect(out).toMatch(/^factor\s+10000$/m);
  });

  it('prints JSON', async () => {
    const { code, out } = await esg('units', 'parse', 'tCO2-e/RMB 10,000 revenue', '--format', 'json');
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual({
      input: 'tCO2-e/RMB 10,000 revenue',
      symbol: 'tCO2e/RMB 10,000',
      dimension: 'ghg/money:RMB',
      factor: '0.1',
      base: 'kgCO2e/RMB',
    });
  });

  it('exits 2 on a unit it does not know', async () => {
    const { code, err } = await esg('units', 'parse', 'MWhs');
    expect(code).toBe(2);
    expect(err.split('\n').filter(Boolean)).toHaveLength(1);
  });
});

describe('esg units list', () => {
  it('lists the energy units with exact factors', async () => {
    const { code, out } = await esg('units', 'list', '--dimension', 'energy');
    expect(code).toBe(0);
    expect(out).toMatch(/^tce\s+energy\s+29307600000$/m);
    expect(out).not.toMatch(/tCO2e/);
  });
});
