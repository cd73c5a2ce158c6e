import { describe, expect, it } from 'vitest';
import { parseUnit, type Fact } from '../../core/index.js';
import { printed } from '../testing/printed-fact.js';
import { ruleContext } from './context.js';
import { statedFactorRule } from './stated-factor.js';

// A note listing one carrier's coal-equivalent coefficient year by year, its subject said once at the
// end, then two more carriers; extraction cuts the first factor's label before "for lignite".
const NOTE =
  'Natural units are converted at 0.702 tce/t in 2024 and 0.694 tce/t in 2025 for lignite, ' +
  '1.41 tce/t for heavy fuel oil and 1.46 tce/t for diesel fuel.';

function factor(value: string, year: number, label: string): Fact {
  const base = printed({
    metric: 'unclassified',
    value,
    unit: '',
    year,
    line: 4,
    label,
    quote: NOTE,
    extraction: 'text',
  });
  return { ...base, quantity: { value: base.quantity.value, unit: parseUnit('tce/t') } };
}

function row(metric: string, value: string, printedUnit: string, line: number, label: string): Fact {
  const unit = printedUnit === 'thousand t' ? 'thousand t' : 'MWh';
  return printed({
    metric,
    value,
    unit,
    printedUnit: unit === 'MWh' ? printedUnit : undefined,
    year: 2025,
    line,
    label,
  });
}

/** Lignite mined and sold (no conversion), then a fuel table: each fuel in tonnes, then in tce. */
function report(ligniteTce: string): Fact[] {
  return [
    factor('0.702', 2024, 'Natural units are converted at 0.702 tce/t in 2024'),
    factor('0.694', 2025, 'tce/t in 2024 and 0.694 tce/t in 2025 for lignite'),
    factor('1.41', 2025, 'tce/t for heavy fuel oil'),
    factor('1.46', 2025, 'tce/t for diesel fuel'),
    row('energy.coal', '5310.0', 'thousand t', 10, 'Lignite mined'),
    row('energy.coal', '2140.0', 'thousand t', 11, 'Lignite sold to third parties'),
    row('energy.coal', '3170.0', 'thousand t', 20, 'Lignite fired in the boilers'),
    row('energy.coal', ligniteTce, 'thousand tce', 21, 'lignite in conventional fuel'),
    row('energy.other_fuels', '8.0', 'thousand t', 22, 'Heavy fuel oil'),
    row('energy.other_fuels', '11.3', 'thousand tce', 23, 'heavy fuel oil in conventional fuel'),
  ];
}

describe('factor.stated: coefficients stated year by year and rows printed in thousand tce', () => {
  it('passes a fuel table whose tce rows are the tonnes above them times the stated coefficient', () => {
    // 3,170.0 × 0.694 = 2,199.98; 8.0 × 1.41 = 11.28.
    expect(statedFactorRule.run(ruleContext(report('2200.0'), () => undefined))).toEqual([]);
  });

  it('flags a tce row converted with another year’s coefficient, against the row just above it', () => {
    // 3,170.0 × 0.702 = 2,225.3 was printed; the 2025 coefficient gives 2,199.98.
    const findings = statedFactorRule.run(ruleContext(report('2225.3'), () => undefined));
    expect(findings.map((f) => f.source.map((s) => s.line))).toEqual([[21, 20, 4]]);
    expect(findings[0]?.message).toContain('0.694 tce/t');
  });
});

describe('factor.stated: a carrier in natural units and again in tce, under the same row name', () => {
  const note = 'Coal equivalents: casinghead gas 1.21 tce per thousand m³ and fuel oil 1.43 tce/t.';

  function gasReport(gasTce: string): Fact[] {
    const base = printed({
      metric: 'unclassified',
      value: '1.21',
      unit: '',
      year: 2025,
      line: 3,
      label: 'casinghead gas 1.21 tce per thousand m3',
      quote: note,
      extraction: 'text',
    });
    const gasFactor = {
      ...base,
      quantity: { value: base.quantity.value, unit: parseUnit('tce/thousand m3') },
    };
    const gas = (value: string, line: number, label: string) =>
      printed({ metric: 'energy.other_fuels', value, unit: 'million m3', year: 2025, line, label });
    return [
      gasFactor,
      gas('512.0', 10, 'Casinghead gas recovered'),
      gas('140.5', 30, 'Casinghead gas (boilers)'),
      printed({
        metric: 'energy.other_fuels',
        value: gasTce,
        unit: 'MWh',
        printedUnit: 'tce',
        year: 2025,
        line: 38,
        label: 'Casinghead gas (boilers)',
      }),
    ];
  }

  it('takes the input row named as the converted row, not the gas recovered', () => {
    // 140.5 million m³ × 1.21 tce per thousand m³ = 170,005 tce.
    expect(statedFactorRule.run(ruleContext(gasReport('170005'), () => undefined))).toEqual([]);
    const findings = statedFactorRule.run(ruleContext(gasReport('165790'), () => undefined));
    expect(findings.map((f) => f.source.map((s) => s.line))).toEqual([[38, 30, 3]]);
  });
});

describe('factor.stated: a carrier’s input printed by site beside the whole', () => {
  const note = 'Conversion factors: gas oil 2.71 kg CO2e per litre.';

  function fleetReport(groupTonnes: string): Fact[] {
    const base = printed({
      metric: 'unclassified',
      value: '2.71',
      unit: '',
      year: 2025,
      line: 5,
      label: 'gas oil 2.71 kg CO2e per litre',
      quote: note,
      extraction: 'text',
    });
    const gasOilFactor = { ...base, quantity: { value: base.quantity.value, unit: parseUnit('kgCO2e/L') } };
    const litres = (value: string, site?: string) =>
      printed({
        metric: 'energy.diesel',
        value,
        unit: 'thousand L',
        year: 2025,
        line: 40,
        label: "Gas oil, yard vehicles ('000 litres)",
        ...(site ? { dims: { site } } : {}),
      });
    return [
      gasOilFactor,
      litres('612.4', 'North depot'),
      litres('305.1', 'South depot'),
      litres('917.5'),
      printed({
        metric: 'ghg.scope1',
        value: groupTonnes,
        unit: 'tCO2e',
        year: 2025,
        line: 61,
        label: 'Gas oil',
      }),
    ];
  }

  it('checks the whole’s tonnes against the whole’s litres, not a depot’s', () => {
    // 917.5 thousand litres × 2.71 kg/litre = 2,486.4 t.
    expect(statedFactorRule.run(ruleContext(fleetReport('2486.4'), () => undefined))).toEqual([]);
    const findings = statedFactorRule.run(ruleContext(fleetReport('2642.4'), () => undefined));
    expect(findings.map((f) => f.source.map((s) => s.line))).toEqual([[61, 40, 5]]);
  });
});
