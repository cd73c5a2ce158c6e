// The inconsistencies the analyst found in corpus/dev/001 (Innovation New Material, 2023), rebuilt as
// the facts the report prints (lines of 001-innovation-new-material-esg-2023.txt) and checked whole.
import { describe, expect, it } from 'vitest';
import { checkFacts } from './check-facts.js';
import { printed, type PrintedSpec } from './testing/printed-fact.js';

const y = (spec: Omit<PrintedSpec, 'year'>) => printed({ ...spec, year: 2023 });

const ghgAndEnergy = [
  y({ metric: 'ghg.total', value: '865967.35', unit: 'tCO2e', line: 1767, label: 'Total GHG emission' }),
  y({
    metric: 'ghg.scope1',
    value: '387053.55',
    unit: 'tCO2e',
    line: 1768,
    label: 'Direct GHG emission (Scope 1)',
  }),
  y({
    metric: 'ghg.scope2',
    value: '478913.80',
    unit: 'tCO2e',
    line: 1769,
    label: 'Indirect GHG emission (Scope 2)',
  }),
  y({
    metric: 'energy.total_tce',
    value: '272109.36',
    unit: 'tce',
    line: 1777,
    label: 'Total energy consumption',
  }),
  y({
    metric: 'energy.direct',
    value: '203646.04',
    unit: 'MWh',
    printedUnit: 'tce',
    line: 1778,
    label: 'Total direct energy consumption',
  }),
  y({ metric: 'energy.gasoline', value: '190.56', unit: 't', line: 1779, label: 'Gasoline' }),
  y({ metric: 'energy.diesel', value: '698.16', unit: 't', line: 1780, label: 'Diesel' }),
  y({ metric: 'energy.natural_gas', value: '166541868.00', unit: 'm3', line: 1781, label: 'Natural gas' }),
  y({
    metric: 'energy.indirect',
    value: '576592451.99',
    unit: 'MWh',
    printedUnit: 'kWh',
    line: 1782,
    label: 'Total indirect energy consumption',
  }),
  y({
    metric: 'energy.indirect',
    value: '19527164.00',
    unit: 'MWh',
    printedUnit: 'kWh',
    line: 1783,
    label: 'Solar power',
    dims: { energy_source: 'solar' },
  }),
  y({
    metric: 'energy.indirect',
    value: '557065287.99',
    unit: 'MWh',
    printedUnit: 'kWh',
    line: 1784,
    label: 'Purchased electricity',
    dims: { energy_source: 'purchased electricity' },
  }),
];

const people = (value: string, line: number, dims: Record<string, string> = {}, label?: string) =>
  y({ metric: 'workforce.total', value, unit: 'persons', line, dims, ...(label ? { label } : {}) });

const workforce = [
  people('10724', 1855, {}, 'Total employees'),
  people('7361', 1856, { gender: 'male' }),
  people('3363', 1857, { gender: 'female' }),
  people('10724', 1858, { employment_type: 'full-time' }),
  people('0', 1859, { employment_type: 'part-time' }),
  people('198', 1862, { employee_category: 'management', gender: 'male' }),
  people('24', 1863, { employee_category: 'management', gender: 'female' }),
  y({
    metric: 'workforce.share',
    value: '89.19',
    unit: '%',
    line: 1864,
    dims: { employee_category: 'management', gender: 'male' },
  }),
  y({
    metric: 'workforce.share',
    value: '10.81',
    unit: '%',
    line: 1865,
    dims: { employee_category: 'management', gender: 'female' },
  }),
  y({
    metric: 'workforce.share',
    value: '31.4',
    unit: '%',
    line: 501,
    dims: { gender: 'female' },
    extraction: 'text',
    quote: 'ortion of female employees accounts for <b>31.4%</b>',
  }),
  people('10671', 1866, { region: 'Chinese mainland' }),
  people('53', 1867, { region: 'Overseas Territories' }),
  y({ metric: 'innovation.rd_employees', value: '814', unit: 'persons', line: 1893 }),
];

const hours = (metric: string, value: string, line: number, dims: Record<string, string> = {}) =>
  y({ metric, value, unit: 'hours', line, dims, label: `${metric} ${Object.values(dims).join(' ')}`.trim() });

const training = [
  y({ metric: 'training.trained_share', value: '100', unit: '%', line: 1876, label: 'Training coverage' }),
  hours('training.hours_total', '310553', 1877),
  hours('training.hours_total', '207967', 1878, { gender: 'male' }),
  hours('training.hours_total', '102586', 1879, { gender: 'female' }),
  hours('training.hours_average', '38.76', 1880, { gender: 'male' }),
  hours('training.hours_average', '37.88', 1881, { gender: 'female' }),
  hours('training.hours_average', '49.91', 1882, { employee_category: 'production' }),
  hours('training.hours_average', '60.47', 1883, { employee_category: 'sales' }),
  hours('training.hours_average', '69.99', 1884, { employee_category: 'R&D' }),
  hours('training.hours_average', '35.95', 1885, { employee_category: 'finance' }),
  hours('training.hours_average', '48.48', 1886, { employee_category: 'procurement' }),
  hours('training.hours_average', '71.46', 1887, { employee_category: 'management' }),
  hours('training.hours_average', '62.11', 1888, { employee_category: 'other admin and logistics' }),
];

const waste = [
  y({
    metric: 'waste.hazardous',
    value: '61141.56',
    unit: 't',
    line: 1845,
    label: 'Total hazardous waste generated',
  }),
  y({
    metric: 'waste.hazardous',
    value: '61676.64',
    unit: 't',
    line: 1846,
    label: 'Total hazardous waste treated',
    dims: { treatment: 'treated' },
  }),
  y({
    metric: 'waste.non_hazardous',
    value: '637436.18',
    unit: 't',
    line: 1847,
    label: 'Total general industrial solid waste generated',
  }),
  y({
    metric: 'waste.non_hazardous',
    value: '562552.41',
    unit: 't',
    line: 1848,
    label: 'Total utilization of general industrial solid waste',
    dims: { treatment: 'utilised' },
  }),
];

const suppliers = [
  y({ metric: 'suppliers.count', value: '2233', unit: 'count', line: 1896 }),
  y({
    metric: 'suppliers.count',
    value: '2221',
    unit: 'count',
    line: 1897,
    dims: { region: 'Chinese Mainland' },
  }),
  y({
    metric: 'suppliers.count',
    value: '12',
    unit: 'count',
    line: 1898,
    dims: { region: 'Overseas Territories' },
  }),
];

const narrative = [
  // "Total waste-heat saving": the same saving printed rounded and exact (§11 #15, consistent).
  y({
    metric: 'energy.savings',
    value: '10800',
    unit: 'MWh',
    printedUnit: 'tce',
    line: 777,
    extraction: 'text',
    quote: 'saving 10,800 tons of standard coal annually',
  }),
  y({
    metric: 'energy.savings',
    value: '10781',
    unit: 'MWh',
    printedUnit: 'tce',
    line: 799,
    extraction: 'text',
    quote: 'saving up 10,781 tons of standard coal annually',
  }),
];

const consistent = [...ghgAndEnergy, ...workforce, ...suppliers, ...narrative];

function errorsOf(facts: Parameters<typeof checkFacts>[0]['facts']) {
  return checkFacts({ facts }).findings.filter((f) => f.severity === 'error');
}

describe('001 Innovation New Material 2023: the analyst\u2019s consistent tables', () => {
  it('raise no error (GHG 387,053.55 + 478,913.80; headcount splits; management shares; suppliers; fuels by GB/T 2589)', () => {
    expect(errorsOf(consistent)).toEqual([]);
    const rules = checkFacts({ facts: consistent }).findings.map((f) => f.rule);
    expect(rules).not.toContain('factor.coal-equivalent');
    expect(rules).not.toContain('factor.grid');
    expect(rules).not.toContain('share.count');
  });
});

describe('001 Innovation New Material 2023: the analyst\u2019s inconsistencies', () => {
  it('#13 training per capita: 207,967 h ÷ 7,361 men is 28.25 h, not 38.76, with coverage 100%', () => {
    const findings = checkFacts({ facts: [...workforce, ...training] }).findings;
    const perCapita = findings.filter((f) => f.rule === 'average.total');
    expect(perCapita.map((f) => [f.severity, f.expected, f.actual])).toEqual([
      ['error', '28.253', '38.76'],
      ['error', '30.504', '37.88'],
    ]);
    expect(perCapita[0]?.source).toEqual([{ line: 1880 }, { line: 1878 }, { line: 1856 }, { line: 1876 }]);
    // The overall 310,553 ÷ 10,724 = 28.96 h lies below every group's average (35.95 h and up).
    const implied = findings.filter((f) => f.rule === 'average.implied');
    expect(implied.map((f) => f.severity)).toEqual(['error']);
    expect(implied[0]?.actual).toBe('28.96');
  });

  it('#3 solar left out of the standard-coal total: matches only without 19,527,164 kWh of solar', () => {
    const [f, ...rest] = checkFacts({ facts: ghgAndEnergy }).findings.filter(
      (x) => x.rule === 'sum.components',
    );
    expect(rest).toEqual([]);
    expect(f?.severity).toBe('warning');
    expect(f?.message).toMatch(/matches if Solar power .* is left out/);
    expect(f?.actual).toBe('272109.36');
  });

  it('#22 hazardous waste treated 61,676.64 t > generated 61,141.56 t (a warning: stock may explain it)', () => {
    const found = checkFacts({ facts: waste }).findings;
    expect(found.map((f) => [f.rule, f.severity, f.expected, f.actual])).toEqual([
      ['sum.breakdown', 'warning', '61676.64', '61141.56'],
    ]);
  });

  it('#8 green-power aluminium 426,700 t vs 425,200 t vs 425.2 thousand t; #10 secondary aluminium 698,900 t vs 1.0139 Mt', () => {
    const green = (value: string, line: number, quote: string, scale?: string) =>
      y({
        metric: 'materials.used',
        value,
        unit: 't',
        line,
        quote,
        extraction: 'text',
        dims: { material: 'green-power aluminium' },
        ...(scale ? { scale } : {}),
      });
    const secondary = (
      value: string,
      line: number,
      quote: string,
      scale?: string,
      extraction: 'text' | 'table' = 'text',
    ) =>
      y({
        metric: 'materials.used',
        value,
        unit: 't',
        line,
        quote,
        extraction,
        dims: { material: 'secondary aluminium' },
        ...(scale ? { scale } : {}),
      });
    const facts = [
      green('426700', 411, 'with **426,700 tons** of greenpower aluminum purchased'),
      green('425200', 595, 'This year, the Company purchased 425,200 tons of green-power aluminum.'),
      green(
        '425.2',
        598,
        'This year, the Company purchased **425.2** thousand tons of green-power aluminum.',
        '1000',
      ),
      secondary(
        '1.0139',
        415,
        'comprehensively recycled **1.0139 million tons** of secondary aluminum',
        '1000000',
      ),
      secondary('698900.00', 1849, 'Total recycling of secondary recycling\t698,900.00', undefined, 'table'),
    ];
    const found = checkFacts({ facts }).findings.filter((f) => f.rule === 'duplicate.value');
    expect(found.map((f) => [f.severity, f.source.map((s) => s.line)])).toEqual([
      ['error', [411, 595]],
      // The table row says "Total recycling" for the external part only: the words differ, so a warning.
      ['warning', [415, 1849]],
    ]);
  });

  it('#14 ISO 45001: 9 subsidiaries (L1580) vs 8 (L1582)', () => {
    const iso = (value: string, line: number, quote: string) =>
      y({
        metric: 'certification.iso45001_subsidiaries',
        value,
        unit: 'count',
        line,
        quote,
        extraction: 'text',
      });
    const found = checkFacts({
      facts: [
        iso('9', 1580, 'At present, 9 of the Company\u2019s subsidiaries have obtained ISO 45001'),
        iso('8', 1582, 'Q 8 subsidiaries of the Company have achieved ISO 45001'),
      ],
    }).findings;
    expect(found.map((f) => [f.rule, f.severity, f.expected, f.actual])).toEqual([
      ['duplicate.value', 'error', '9', '8'],
    ]);
  });

  it('#23 COD 1,851.89 and NH3-N 69.05 read as tonnes in 19,499 m3 of wastewater are implausible concentrations', () => {
    const facts = [
      y({ metric: 'water.discharge', value: '19499.00', unit: 'm3', line: 1838 }),
      y({ metric: 'wastewater.ammonia_nitrogen', value: '69.05', unit: 't', line: 1839 }),
      y({ metric: 'wastewater.cod', value: '1851.89', unit: 't', line: 1840 }),
    ];
    const found = checkFacts({ facts }).findings;
    expect(found.map((f) => [f.rule, f.severity, f.source.map((s) => s.line)])).toEqual([
      ['magnitude.plausible', 'warning', [1839, 1838]],
      ['magnitude.plausible', 'warning', [1840, 1838]],
    ]);
    expect(found[1]?.message).toMatch(/94,97\d mg\/L/);
    // In kilograms they are ordinary effluent.
    const asKg = facts.map((f) =>
      f.metric === 'water.discharge'
        ? f
        : { ...f, quantity: { ...f.quantity, value: f.quantity.value.div(1000) } },
    );
    expect(checkFacts({ facts: asKg }).findings).toEqual([]);
  });
});
