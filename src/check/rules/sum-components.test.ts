import { describe, expect, it } from 'vitest';
import type { Fact } from '../../core/index.js';
import { printed } from '../testing/printed-fact.js';
import { ruleContext } from './context.js';
import { sumComponentsRule } from './sum-components.js';

function run(facts: readonly Fact[]) {
  return sumComponentsRule.run(ruleContext(facts, () => undefined));
}

describe('sum.components with Scope 2 printed by both methods', () => {
  const ghg = (metric: string, value: string, line: number, dims: Record<string, string> = {}) =>
    printed({ metric, value, unit: 'tCO2e', year: 2023, line, dims, label: `${metric} row` });
  const parts = [
    ghg('ghg.scope1', '820.4', 70),
    ghg('ghg.scope2', '5130.9', 71, { scope2_method: 'location' }),
    ghg('ghg.scope2', '4700.2', 72, { scope2_method: 'market' }),
  ];

  it('reads a location-based total as the plain Scope 1 plus the location-based Scope 2', () => {
    const total = ghg('ghg.scope1_2', '6451.3', 73, { scope2_method: 'location' });
    const found = run([...parts, total]);
    expect(found.map((f) => [f.severity, f.expected, f.actual])).toEqual([['error', '5951.3', '6451.3']]);
    expect(found[0]?.source).toEqual([{ line: 73 }, { line: 70 }, { line: 71 }]);
  });

  it('accepts a location-based total that adds up (820.4 + 5,130.9)', () => {
    expect(run([...parts, ghg('ghg.scope1_2', '5951.3', 73, { scope2_method: 'location' })])).toEqual([]);
  });

  it('accepts a total naming no method when it matches either method, and errs when it matches neither', () => {
    expect(run([...parts, ghg('ghg.scope1_2', '5520.6', 73)])).toEqual([]);
    expect(run([...parts, ghg('ghg.scope1_2', '5951.3', 73)])).toEqual([]);
    const found = run([...parts, ghg('ghg.scope1_2', '6120.5', 73)]);
    expect(found.map((f) => f.actual)).toEqual(['6120.5']);
  });
});

describe('sum.components with a Scope 2 row naming no method beside both methods', () => {
  const ghg = (metric: string, value: string, line: number, dims: Record<string, string> = {}) =>
    printed({ metric, value, unit: 'tCO2e', year: 2023, line, dims, label: `${metric} row` });
  // "Scope 2 – purchased steam" read as plain Scope 2 between the by-method rows.
  const parts = [
    ghg('ghg.scope1', '1340.2', 80),
    ghg('ghg.scope2', '96.5', 81),
    ghg('ghg.scope2', '8120.6', 82, { scope2_method: 'location' }),
    ghg('ghg.scope2', '6904.1', 83, { scope2_method: 'market' }),
  ];

  it('also tries each method for a total naming none (1,340.2 + 6,904.1)', () => {
    expect(run([...parts, ghg('ghg.scope1_2', '8244.3', 90)])).toEqual([]);
    expect(run([...parts, ghg('ghg.scope1_2', '8644.3', 90)]).map((f) => f.actual)).toEqual(['8644.3']);
  });
});

describe('sum.components when a total is printed over the sub-parts of its parts', () => {
  const energy = (metric: string, value: string, line: number) =>
    printed({ metric, value, unit: 'MWh', year: 2024, line, label: `${metric} row` });
  const fuelsAndPower = [
    energy('energy.natural_gas', '2310', 30),
    energy('energy.lpg', '145', 31),
    energy('energy.electricity', '9877', 32),
  ];

  it('errs when fuels and electricity add up to more than the total energy (no direct/indirect rows)', () => {
    const found = run([...fuelsAndPower, energy('energy.total', '12232', 33)]);
    expect(found.map((f) => [f.severity, f.expected, f.actual])).toEqual([['error', '12332', '12232']]);
    expect(found[0]?.source.map((s) => s.line)).toEqual([33, 30, 31, 32]);
  });

  it('accepts a total they make up, and a larger one printed elsewhere (the fuel list may leave a fuel out)', () => {
    expect(run([...fuelsAndPower, energy('energy.total', '12332', 33)])).toEqual([]);
    expect(run([...fuelsAndPower, energy('energy.total', '12900', 133)])).toEqual([]);
  });
});

describe('sum.components over a table whose rows are all parts of its total', () => {
  const row = (metric: string, value: string, line: number) =>
    printed({ metric, value, unit: 'MWh', year: 2024, line, label: `${metric} row` });
  const rows = [
    row('energy.electricity', '6120.5', 51),
    row('energy.natural_gas', '1480.2', 52),
    row('energy.diesel', '233.8', 53),
  ];

  it('errs on a total above the sum when every row above it is a part (7,834.5 ≠ 7,934.5)', () => {
    const found = run([...rows, row('energy.total', '7934.5', 54)]);
    expect(found.map((f) => [f.severity, f.expected, f.actual])).toEqual([['error', '7834.5', '7934.5']]);
  });

  it('finds nothing when a row no part names sits among or above the parts (it may be the rest)', () => {
    const spaced = [row('energy.electricity', '6120.5', 61), row('energy.natural_gas', '1480.2', 63)];
    const total = row('energy.total', '7700.7', 64);
    expect(run([...spaced, row('energy.other', '100.0', 62), total])).toEqual([]);
    expect(run([row('energy.other', '100.0', 60), ...spaced, total])).toEqual([]);
    expect(run([...spaced, total]).map((f) => f.severity)).toEqual(['error']);
  });
});

describe('sum.components when the total is another figure read as it', () => {
  const co2 = (metric: string, value: string, line: number, dims: Record<string, string> = {}) =>
    printed({ metric, value, unit: 'tCO2e', year: 2022, line, dims, label: `${metric} row` });

  it('only warns when the parts exceed the total by more than half of it (a memo row read as the total)', () => {
    const found = run([
      co2('ghg.scope1', '4410', 50),
      co2('ghg.scope2', '2975', 51),
      co2('ghg.total', '1630', 53),
    ]);
    expect(found.map((f) => [f.severity, f.expected, f.actual])).toEqual([['warning', '7385', '1630']]);
  });

  it('still errs on a slip of a few per cent', () => {
    const found = run([
      co2('ghg.scope1', '4410', 50),
      co2('ghg.scope2', '2975', 51),
      co2('ghg.total', '7285', 53),
    ]);
    expect(found.map((f) => [f.severity, f.expected, f.actual])).toEqual([['error', '7385', '7285']]);
  });
});

describe('sum.components over rows the plain reading leaves out', () => {
  const t = (metric: string, value: string, line: number, dims: Record<string, string> = {}) =>
    printed({ metric, value, unit: 't', year: 2024, line, dims, label: `${metric} row` });
  const wasteRows = [
    t('waste.other', '5120.5', 40),
    // line 41 carries the second half of the row's wrapped label, no figure
    t('waste.diverted', '730.2', 42, { treatment: 'pressed into pellets' }),
    t('waste.hazardous', '14.3', 43),
    t('waste.non_hazardous', '208.7', 44),
  ];

  it('accepts a total of every row above it, one of them wrapped and one naming its treatment', () => {
    expect(run([...wasteRows, t('waste.total', '6073.7', 45)])).toEqual([]);
  });

  it('still warns when those rows do not make up the total either', () => {
    expect(run([...wasteRows, t('waste.total', '6173.7', 45)]).map((f) => f.actual)).toEqual(['6173.7']);
  });

  it('does not take a part printed again in another unit for a row the total leaves out', () => {
    const gj = (metric: string, value: string, line: number) =>
      printed({ metric, value, unit: 'GJ', year: 2024, line, label: `${metric} row` });
    const facts = [
      printed({ metric: 'energy.electricity', value: '1500', unit: 'MWh', year: 2024, line: 12 }),
      gj('energy.natural_gas', '80000', 30),
      gj('energy.diesel', '2600', 31),
      gj('energy.electricity', '5400', 32),
    ];
    expect(run([...facts, gj('energy.total', '88000', 33)])).toEqual([]);
  });
});

describe('sum.components on a row printed among the parts', () => {
  const co2 = (metric: string, value: string, line: number) =>
    printed({ metric, value, unit: 'tCO2e', year: 2024, line, label: `${metric} row` });

  it('does not take a row between the parts for their total (an item of Scope 2 read as the total)', () => {
    const rows = [
      co2('ghg.scope1', '18240', 60),
      co2('ghg.total', '9120', 61),
      co2('ghg.scope2', '15310', 63),
    ];
    expect(run(rows)).toEqual([]);
  });

  it('still checks a total printed after them', () => {
    const rows = [
      co2('ghg.scope1', '18240', 60),
      co2('ghg.scope2', '15310', 63),
      co2('ghg.total', '33950', 64),
    ];
    expect(run(rows).map((f) => f.actual)).toEqual(['33950']);
  });
});

describe('sum.components with electricity in MWh added into a total in TJ', () => {
  const energy = (metric: string, value: string, unit: string, line: number) =>
    printed({ metric, value, unit, year: 2024, line, label: `${metric} row` });
  const fuels = energy('energy.other_fuels', '12350', 'TJ', 5);
  const power = energy('energy.electricity', '2480000', 'MWh', 6);

  it('warns, not errs, when the gap could be electricity counted as primary energy', () => {
    const found = run([fuels, power, energy('energy.total', '41000', 'TJ', 8)]);
    expect(found.map((f) => [f.severity, f.expected, f.actual])).toEqual([['warning', '21278', '41000']]);
    expect(found[0]?.message).toContain('primary energy');
  });

  it('accepts a total counting grid power at a national primary-energy equivalent', () => {
    // Korea's Energy Act rule: 9.6 GJ/MWh, so 12,350 + 2,480 GWh × 9.6 = 36,158 TJ.
    expect(run([fuels, power, energy('energy.total', '36158', 'TJ', 8)])).toEqual([]);
    // Japan's Energy Conservation Act from FY2023: 8.64 GJ/MWh, so 12,350 + 21,427.2 ≈ 33,777 TJ.
    expect(run([fuels, power, energy('energy.total', '33777', 'TJ', 8)])).toEqual([]);
  });

  it('still errs when every part is printed in the total’s unit', () => {
    const found = run([
      fuels,
      energy('energy.electricity', '23808', 'TJ', 6),
      energy('energy.total', '41000', 'TJ', 8),
    ]);
    expect(found.map((f) => f.severity)).toEqual(['error']);
  });
});
