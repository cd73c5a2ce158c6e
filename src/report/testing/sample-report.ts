// Test data for the report layer: a small organisation with facts of all three provenance kinds over
// three years, distinct values everywhere, and hostile text where documents and users supply text.
import {
  calendarYear,
  quantity,
  unitOf,
  type Fact,
  type FactorUse,
  type Provenance,
} from '../../core/index.js';
import type { ReportInput } from '../model/index.js';

/** Text a hostile document might contain: markup for HTML, a formula for spreadsheets. */
export const HOSTILE = {
  script: '<script>alert("pwned")</script>',
  formula: '=HYPERLINK("http://evil.example","click")',
  plus: '+SUM(A1:A9)',
  at: '@cmd',
} as const;

function fact(
  metric: string,
  year: number,
  value: string,
  unit: string,
  provenance: Provenance,
  dims: Record<string, string> = {},
  extra: Partial<Fact> = {},
): Fact {
  return {
    entity: 'org-1',
    period: calendarYear(year),
    metric,
    dims,
    quantity: quantity(value, unitOf(unit)),
    basis: 'actual',
    provenance,
    status: 'unverified',
    ...extra,
  };
}

const gridFactor: FactorUse = {
  id: 'CN-MEE-2022-grid',
  value: '0.5703',
  unit: 'tCO2/MWh',
  source: 'Ministry of Ecology and Environment, 2022 grid factor notice, Annex',
  dataYear: 2022,
};

// Calc lineage inputs also carry `rows` (calc/engine Lineage); the footnotes read it when present.
const calc = (
  formula: string,
  activity: string,
  amount: string,
  unit: string,
  rows: number[],
  factors: FactorUse[] = [gridFactor],
): Provenance => {
  const input = { row: rows[0] ?? 0, rows, activity, amount, unit };
  return { kind: 'calculation', formula, inputs: [input], factors };
};

const calcInputs = (formula: string, inputs: [string, string, string, number[]][]): Provenance => ({
  kind: 'calculation',
  formula,
  inputs: inputs.map(([activity, amount, unit, rows]) => ({
    row: rows[0] ?? 0,
    rows,
    activity,
    amount,
    unit,
  })),
  factors: [],
});

const doc = (page: number, quote: string, value: string, unit: string): Provenance => ({
  kind: 'document',
  document: 'harbourline-esg-2024.pdf',
  location: { page, line: page * 10 },
  quote,
  reported: { value, unit },
  extraction: 'table',
});

const entry = (note?: string): Provenance => ({
  kind: 'entry',
  user: 'ana@example.com',
  at: '2024-03-02T10:00:00Z',
  ...(note ? { note } : {}),
});

/** Facts for 2023–2025 plus one 2021 fact (outside the window) and one target. */
export function sampleFacts(): Fact[] {
  return [
    fact(
      'ghg.scope1',
      2025,
      '412.75',
      'tCO2e',
      calc(
        'Fuel × NCV × EF',
        'natural_gas',
        '182400',
        'm3',
        [3, 7],
        [
          {
            id: 'IPCC-2006-NG-CO2',
            value: '56100',
            unit: 'kgCO2/TJ',
            source: 'IPCC 2006 Guidelines, Vol. 2, Table 2.2',
          },
          { id: 'GWP-AR5-CH4', value: '28', unit: 'tCO2e/t', source: 'IPCC AR5 WG1, Table 8.7' },
        ],
      ),
    ),
    fact(
      'ghg.scope1',
      2024,
      '398.10',
      'tCO2e',
      doc(21, `Scope 1 398.10 ${HOSTILE.script}`, '398.10', 'tonnes CO2e'),
    ),
    fact('ghg.scope1', 2023, '377', 'tCO2e', entry('from the 2023 report')),
    fact(
      'ghg.scope2',
      2025,
      '2744.45469',
      'tCO2e',
      calc('Electricity × grid factor', 'electricity', '4812300', 'kWh', [2, 5]),
      { scope2_method: 'location' },
    ),
    fact(
      'ghg.scope1_2',
      2025,
      '3157.20469',
      'tCO2e',
      calcInputs('Scope 1 + Scope 2 (by Scope 2 method)', [
        ['natural_gas', '182400', 'm3', [3, 7]],
        ['electricity', '4812300', 'kWh', [2, 5]],
      ]),
      { scope2_method: 'location' },
    ),
    fact('ghg.scope2', 2024, '2651.2', 'tCO2e', doc(21, 'Scope 2 2,651.2', '2,651.2', 'tCO2e'), {
      scope2_method: 'location',
    }),
    fact('ghg.scope2', 2025, '2011.9', 'tCO2e', entry(), { scope2_method: 'market' }),
    fact(
      'ghg.scope2',
      2025,
      '1500.74445',
      'tCO2e',
      calc('Electricity × grid factor', 'electricity', '2631500', 'kWh', [2]),
      { scope2_method: 'location', site: 'Shenzhen Plant' },
    ),
    fact(
      'ghg.scope2',
      2025,
      '1243.71024',
      'tCO2e',
      calc('Electricity × grid factor', 'electricity', '2180800', 'kWh', [5]),
      { scope2_method: 'location', site: `Plant ${HOSTILE.script}` },
    ),
    fact('ghg.intensity', 2025, '0.0213', 'tCO2e', entry(), { denominator: 'm2' }),
    fact('energy.electricity', 2025, '4812.3', 'MWh', entry()),
    fact('energy.natural_gas', 2025, '1921.66', 'MWh', entry()),
    fact(
      'energy.electricity',
      2024,
      '4650000',
      'kWh',
      doc(22, 'Electricity 4,650,000 kWh', '4,650,000', 'kWh'),
    ),
    fact('water.consumption', 2025, '61250', 'm3', entry()),
    fact('water.consumption', 2024, '59870', 'm3', entry()),
    fact('water.consumption', 2023, '60100', 'm3', entry()),
    fact('workforce.total', 2025, '1210', 'persons', entry()),
    fact('workforce.total', 2025, '702', 'persons', entry(), { gender: 'male' }),
    fact('workforce.total', 2025, '508', 'persons', entry(), { gender: 'female' }),
    fact('workforce.total', 2025, '301', 'persons', entry(), { age: '<30' }),
    fact('workforce.total', 2025, '650', 'persons', entry(), { age: '30-50' }),
    fact('workforce.total', 2025, '259', 'persons', entry(), { age: '>50' }),
    fact('workforce.total', 2024, '1163', 'persons', entry()),
    fact('turnover.rate', 2025, '8.4', '%', entry()),
    fact('community.donations', 2025, '350000', 'RMB', doc(40, HOSTILE.formula, '350,000', 'RMB')),
    fact('innovation.rd_investment', 2025, '5143125', 'RMB', entry(HOSTILE.plus)),
    fact('ghg.scope1', 2021, '999', 'tCO2e', entry()),
    fact('ghg.scope1', 2030, '200', 'tCO2e', entry(), {}, { basis: 'target' }),
  ];
}

/** A complete HKEX Appendix C2 input: facts, narratives, explanations for everything else. */
export function sampleInput(overrides: Partial<ReportInput> = {}): ReportInput {
  return {
    organisation: {
      id: 'org-1',
      name: 'Harbourline Components Ltd.',
      boundary: 'Operational control: all subsidiaries the company operates.',
      sites: [
        { name: 'Shenzhen Plant', included: true },
        { name: 'Hong Kong Office', included: true },
        { name: 'Dongguan Warehouse', included: false, reason: 'sold in March 2025' },
      ],
    },
    year: 2025,
    framework: 'hkex-c2',
    facts: sampleFacts(),
    narratives: {
      A1: `We cut emissions.\n\nOur policy ${HOSTILE.script} applies to all sites.`,
      'D.governance': 'The board oversees climate risk.',
    },
    explanations: {},
    generatedAt: '2026-03-01T09:00:00Z',
    ...overrides,
  };
}
