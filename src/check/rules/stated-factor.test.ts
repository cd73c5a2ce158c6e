import { describe, expect, it } from 'vitest';
import { parseUnit, type Fact } from '../../core/index.js';
import { printed } from '../testing/printed-fact.js';
import { ruleContext } from './context.js';
import { statedFactorRule } from './stated-factor.js';

function run(facts: readonly Fact[]) {
  return statedFactorRule.run(ruleContext(facts, () => undefined));
}

/** A factor as a note sentence prints it: unclassified, its unit one quantity per another. */
function factor(label: string, value: string, unit: string, line: number): Fact {
  const base = printed({
    metric: 'unclassified',
    value,
    unit: '',
    year: 2024,
    line,
    label,
    extraction: 'text',
  });
  return { ...base, quantity: { value: base.quantity.value, unit: parseUnit(unit) } };
}

/** An energy table (fuel oil in t, grid power in kWh), its coal-equivalent rows and its emissions. */
function report(opts: { oilTce: string; gridT: string }): Fact[] {
  return [
    printed({
      metric: 'energy.fuel_oil',
      value: '412.5',
      unit: 't',
      year: 2024,
      line: 10,
      label: 'Heavy fuel oil',
    }),
    printed({
      metric: 'energy.electricity',
      value: '25840',
      unit: 'kWh',
      scale: '1000',
      year: 2024,
      line: 11,
      label: "Grid power ('000 kWh)",
    }),
    printed({
      metric: 'energy.fuel_oil',
      value: opts.oilTce,
      unit: 'MWh',
      printedUnit: 'tce',
      year: 2024,
      line: 13,
      label: 'Heavy fuel oil',
    }),
    printed({
      metric: 'ghg.scope2',
      value: opts.gridT,
      unit: 'tCO2e',
      year: 2024,
      line: 20,
      label: 'Indirect emissions from grid power',
    }),
    factor('heavy fuel oil 1.4286 kgce/kg', '1.4286', 'kgce/kg', 15),
    factor(
      'Factors: heavy fuel oil 1.4286 kgce/kg; grid power 0.6101 kgCO2e/kWh',
      '0.6101',
      'kgCO2e/kWh',
      22,
    ),
  ];
}

describe('factor.stated: a converted figure against the factor the report states', () => {
  it('raises nothing when every converted row equals its input times the stated factor', () => {
    // 412.5 t × 1.4286 kgce/kg = 589.30 tce; 25,840 MWh × 0.6101 = 15,764.98 tCO2e.
    expect(run(report({ oilTce: '589.30', gridT: '15764.98' }))).toEqual([]);
  });

  it('flags a coal-equivalent row converted with another coefficient, in the printed unit', () => {
    // 412.5 × 1.5000 = 618.75 tce was printed instead of 589.30.
    const findings = run(report({ oilTce: '618.75', gridT: '15764.98' }));
    expect(findings).toHaveLength(1);
    expect(findings[0]?.rule).toBe('factor.stated');
    expect(findings[0]?.source.map((s) => s.line)).toContain(13);
    expect(findings[0]?.message).toContain('tce');
    expect(findings[0]?.expected).toBe('589.3');
  });

  it('flags emissions computed with a grid factor other than the stated one', () => {
    // 25,840 MWh × 0.5810 = 15,013.04 tCO2e.
    const findings = run(report({ oilTce: '589.30', gridT: '15013.04' }));
    expect(findings.map((f) => f.source[0]?.line)).toEqual([20]);
  });

  it('says nothing when two rows could be the output of one factor', () => {
    const facts = [
      ...report({ oilTce: '589.30', gridT: '15013.04' }),
      printed({
        metric: 'ghg.scope2',
        value: '9000',
        unit: 'tCO2e',
        year: 2024,
        line: 21,
        label: 'Grid power (offices)',
      }),
    ];
    expect(run(facts)).toEqual([]);
  });
});

describe('factor.stated: the subject a note names after the factor', () => {
  /** Fuel use in litres, the same fuels in MWh, and a note "x kWh/litre for gas oil and y kWh/litre for LPG". */
  function fuels(lpgMWh: string): Fact[] {
    const note = '10.2 kWh/litre for gas oil and 7.1 kWh/litre for LPG';
    return [
      printed({
        metric: 'energy.diesel',
        value: '52000',
        unit: 'L',
        year: 2024,
        line: 30,
        label: 'Gas oil (litres)',
      }),
      printed({
        metric: 'energy.lpg',
        value: '18000',
        unit: 'L',
        year: 2024,
        line: 31,
        label: 'LPG (litres)',
      }),
      printed({
        metric: 'energy.diesel',
        value: '530.4',
        unit: 'MWh',
        year: 2024,
        line: 34,
        label: 'Gas oil',
      }),
      printed({ metric: 'energy.lpg', value: lpgMWh, unit: 'MWh', year: 2024, line: 35, label: 'LPG' }),
      factor(note, '10.2', 'kWh/L', 37),
      factor(note, '7.1', 'kWh/L', 37),
    ];
  }

  it('reads "for LPG" as the subject and raises nothing when both rows agree', () => {
    // 52,000 L × 10.2 = 530.4 MWh; 18,000 L × 7.1 = 127.8 MWh.
    expect(run(fuels('127.8'))).toEqual([]);
  });

  it('flags the LPG row converted at another rate', () => {
    expect(run(fuels('117.0')).map((f) => f.source[0]?.line)).toEqual([35]);
  });
});

describe('factor.stated: a factor between two units of one quantity', () => {
  /** Steam in MWh and again in GJ, steam saved in MWh, and a note "steam converted at 3.6 GJ/MWh". */
  function steam(gj: string): Fact[] {
    return [
      printed({ metric: 'energy.heat', value: '8420', unit: 'MWh', year: 2024, line: 40, label: 'Steam' }),
      printed({
        metric: 'energy.heat',
        value: gj,
        unit: 'MWh',
        printedUnit: 'GJ',
        year: 2024,
        line: 41,
        label: 'Steam',
      }),
      printed({
        metric: 'energy.savings',
        value: '615',
        unit: 'MWh',
        year: 2024,
        line: 44,
        label: 'Steam saved',
      }),
      factor('Purchased steam converted at 3.6 GJ/MWh.', '3.6', 'GJ/MWh', 46),
    ];
  }

  it('pairs the row in the lower unit with the same row in the upper unit, and raises nothing when they agree', () => {
    // 8,420 MWh × 3.6 = 30,312 GJ.
    expect(run(steam('30312'))).toEqual([]);
  });

  it('flags the row in the upper unit converted at another rate, and no other row', () => {
    // 8,420 × 3.8 = 31,996 GJ was printed.
    const findings = run(steam('31996'));
    // Expected within the printed precision of 8,420 and 3.6: about 30,312 GJ.
    expect(findings.map((f) => [f.source[0]?.line, Math.round(Number(f.expected))])).toEqual([[41, 30312]]);
  });
});

describe('factor.stated: a row that adds two carriers', () => {
  // Invented: petrol 2.25 tCO2e/m³ and biodiesel 0.0095 tCO2e/m³ stated; 410.0 m³ of petrol and
  // 1,320.0 m³ of biodiesel. One emissions row adds both: 410 × 2.25 + 1,320 × 0.0095 = 935.04.
  const facts = (petrolRow: string) => [
    factor('Factors: petrol 2.25 tCO2e/m3', '2.25', 'tCO2e/m3', 30),
    factor('Factors: petrol 2.25 tCO2e/m3, biodiesel 0.0095 tCO2e/m3', '0.0095', 'tCO2e/m3', 30),
    printed({ metric: 'energy.gasoline', value: '410.0', unit: 'm3', year: 2024, line: 31, label: 'Petrol' }),
    printed({
      metric: 'unclassified',
      value: '1320.0',
      unit: 'm3',
      year: 2024,
      line: 32,
      label: 'Biodiesel',
    }),
    printed({ metric: 'ghg.scope1', value: '935.0', unit: 'tCO2e', year: 2024, line: 33, label: petrolRow }),
  ];

  it('is given by no one factor, so it is not checked against either', () => {
    expect(run(facts('Vehicle fleet – petrol and biodiesel'))).toEqual([]);
  });

  it('is still checked when it names one carrier only', () => {
    expect(run(facts('Vehicle fleet – petrol')).map((f) => f.source[0]?.line)).toEqual([33]);
  });
});

describe('factor.stated: who uses a carrier is not what the factor applies to', () => {
  it('does not take a Scope 3 category that shares a word ("end") for the factor\'s output', () => {
    const facts = [
      printed({
        metric: 'energy.electricity',
        value: '51200',
        unit: 'MWh',
        year: 2024,
        line: 30,
        label: 'Electricity bought',
      }),
      printed({
        metric: 'ghg.scope3',
        value: '1840.2',
        unit: 'tCO2e',
        year: 2024,
        line: 41,
        dims: { scope3_category: '12' },
        label: 'Cat. 12 End-of-life treatment of sold products',
      }),
      factor(
        'the national indicator for electricity end users of 0.702 t CO2e/MWh',
        '0.702',
        'tCO2e/MWh',
        35,
      ),
    ];
    expect(run(facts)).toEqual([]);
  });
});

describe('factor.stated: a heat content in kilocalories printed with a thousands separator', () => {
  // Piped gas 2,140.5 thousand m³ at 9,300 kcal/m³ (1 kcal = 4.1868 kJ) is 83,345.2 GJ.
  const facts = (gj: string) => [
    printed({
      metric: 'energy.natural_gas',
      value: '2140.5',
      unit: 'm3',
      scale: '1000',
      year: 2024,
      line: 40,
      label: "Piped gas ('000 m³)",
    }),
    printed({
      metric: 'energy.natural_gas',
      value: gj,
      unit: 'MWh',
      printedUnit: 'GJ',
      year: 2024,
      line: 44,
      label: 'Piped gas (GJ)',
    }),
    factor('Heat contents: grid power 860 kcal/kWh, piped gas 9,300 kcal/m³', '9300', 'kcal/m3', 50),
  ];

  it('names the factor by the words before "9,300" and raises nothing when the row agrees', () => {
    expect(run(facts('83345.2'))).toEqual([]);
  });

  it('flags the gas row converted at another heat content', () => {
    // 10,400 kcal/m³ would give 93,203.9 GJ.
    expect(run(facts('93203.9')).map((f) => [f.rule, f.expected])).toEqual([['factor.stated', '83345.17']]);
  });
});

describe('factor.stated beside an amount saved', () => {
  /** A fuel row in GJ, its emissions row, a stated factor, and a sentence saving some of the fuel. */
  function boiler(saving: string, emissions = '61380.5'): Fact[] {
    const gj = (value: string, line: number, label: string, extraction: 'table' | 'text') =>
      printed({ metric: 'energy.fuel_oil', value, unit: 'GJ', year: 2024, line, label, extraction });
    return [
      gj('830120.0', 12, 'Heavy fuel oil', 'table'),
      gj('15240', 18, saving, 'text'),
      factor('heavy fuel oil 77.4 kg CO2/GJ', '77.4', 'kgCO2/GJ', 22),
      printed({
        metric: 'ghg.scope1',
        value: emissions,
        unit: 'tCO2e',
        year: 2024,
        line: 30,
        label: 'Scope 1 – heavy fuel oil boilers',
      }),
    ];
  }

  it('takes no saving of the fuel for its amount, in English or Portuguese', () => {
    // 830,120.0 GJ × 77.4 kg/GJ = 64,251.3 t: the printed 61,380.5 t is off.
    for (const saving of [
      'The new burners saved 15,240 GJ of heavy fuel oil',
      'Os novos queimadores permitiram poupar 15.240 GJ de heavy fuel oil',
    ]) {
      const found = run(boiler(saving));
      expect(found.map((f) => f.rule)).toEqual(['factor.stated']);
      expect(found[0]?.message).toContain('830,120.0 GJ');
    }
    expect(run(boiler('The new burners saved 15,240 GJ of heavy fuel oil', '64251.3'))).toEqual([]);
  });
});

describe('factor.stated: subjects in a Spanish note', () => {
  // "gas natural 0,182 … y gasóleo 0,267 …": the second factor is gasóleo's alone, one word with its accent.
  const note = 'Factores: gas natural 0.182 tCO2e/MWh PCS y gasóleo 0.267 tCO2e/MWh';
  const facts = [
    factor(note, '0.182', 'tCO2e/MWh', 30),
    factor(note, '0.267', 'tCO2e/MWh', 30),
    printed({ metric: 'energy.diesel', value: '3846', unit: 'MWh', year: 2024, line: 12, label: 'Gasóleo' }),
    printed({
      metric: 'ghg.scope1',
      value: '93268',
      unit: 'tCO2e',
      year: 2024,
      line: 40,
      label: 'Alcance 1 – combustión (gas natural y gasóleo)',
    }),
    printed({
      metric: 'ghg.total',
      value: '125403',
      unit: 'tCO2e',
      year: 2024,
      line: 41,
      label: 'Total alcances 1 y 2',
    }),
  ];

  it('does not take a row of both fuels, or a total of scopes "1 y 2", for the diesel factor\'s output', () => {
    expect(run(facts)).toEqual([]);
  });
});
