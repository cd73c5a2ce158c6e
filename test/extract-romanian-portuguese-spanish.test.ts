// Reports in Romanian (BVB), Brazilian Portuguese (B3) and Mexican Spanish (BMV) read end to end
// (test/languages/*.txt): each prints its emissions, energy, water, waste, staff, training, safety and
// community figures in its own words, units ("tone", "persoane", "ore", "mii lei", "nº", "R$ mil",
// "toneladas", "colaboradores", "miles de pesos") and number format (Romanian and Brazilian "24.815" and
// "4,6"; Mexican "32,915" and "3.2"), a unit column headed "U.M." or "Unidade", a change column
// ("Variație (%)", "Variação (%)", "Variación %"), staff by gender, age band and contract, and changes
// stated in prose. Every figure adds up, so `esg check` finds no error. Invented companies and figures.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkFacts } from '../src/check/index.js';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

const facts = (name: string) =>
  extractDocument(
    docFromText(readFileSync(new URL(`languages/${name}`, import.meta.url), 'utf8'), name),
  ).facts.map((f) => f.fact);

type Fact = ReturnType<typeof facts>[number];

/** metric, value, unit and the gender, age and contract dims of a fact. */
const row = (f: Fact) => [
  f.metric,
  f.quantity.value.toString(),
  f.quantity.unit.symbol,
  [f.dims['gender'], f.dims['age'], f.dims['employment_type']].filter((d) => d !== undefined).join(' '),
];

const of = (list: readonly Fact[], year: number) => list.filter((f) => f.period.year === year).map(row);

/** The stated changes a report's prose gives: what changed, which way, by how much. */
const changes = (list: readonly Fact[]) =>
  list
    .filter((f) => f.metric === 'change')
    .map((f) => [f.dims['of'], f.dims['direction'], f.quantity.value.toString()]);

const REPORTS = [
  {
    name: 'romanian-report.txt',
    latest: [
      ['ghg.scope1', '23048', 'tCO2e', ''],
      ['waste.hazardous', '281', 't', ''],
      ['waste.disposed', '1222', 't', ''],
      ['workforce.total', '431', 'persons', 'female'],
      ['workforce.total', '1286', 'persons', ''],
      ['workforce.total', '703', 'persons', '30-50'],
      ['workforce.total', '55', 'persons', 'fixed-term'],
      ['turnover.count', '132', 'persons', ''],
      ['turnover.rate', '10.3', '%', ''],
      ['training.hours_total', '27006', 'hours', ''],
      ['training.hours_average', '21', 'hours', ''],
      ['safety.fatalities', '0', 'persons', ''],
      ['safety.hours_worked', '2314800', 'hours', ''],
      ['community.donations', '968', 'RON thousand', ''],
      ['suppliers.count', '547', 'count', ''],
      ['product.complaints', '27', 'count', ''],
    ],
    earliest: [['water.withdrawal', '284550', 'm3', '']],
    stated: [
      ['energy.total', 'decrease', '3'],
      ['water.consumption', 'increase', '3.4'],
      ['waste.hazardous', 'decrease', '5.1'],
    ],
  },
  {
    name: 'portuguese-report.txt',
    latest: [
      ['ghg.scope3', '93075', 'tCO2e', ''],
      ['energy.renewable_share', '10.4', '%', ''],
      ['waste.diverted', '20644', 't', ''],
      ['waste.disposed', '3391', 't', ''],
      ['workforce.total', '3489', 'persons', 'male'],
      ['workforce.total', '1203', 'persons', '<30'],
      ['workforce.total', '4600', 'persons', 'permanent'],
      ['hires.count', '638', 'persons', ''],
      ['turnover.count', '538', 'persons', ''],
      ['turnover.rate', '11.4', '%', ''],
      ['training.hours_average', '25.2', 'hours', ''],
      ['safety.fatalities', '0', 'persons', ''],
      ['community.donations', '4260', 'BRL thousand', ''],
      ['suppliers.local_spend_share', '62.7', '%', ''],
    ],
    earliest: [['water.withdrawal', '520750', 'm3', '']],
    stated: [
      ['ghg.scope1', 'decrease', '3.8'],
      ['water.withdrawal', 'decrease', '0.8'],
      ['waste.hazardous', 'decrease', '5.8'],
    ],
  },
  {
    name: 'spanish-report.txt',
    latest: [
      ['ghg.scope2', '38455', 'tCO2e', ''],
      ['energy.renewable_share', '24.9', '%', ''],
      ['waste.hazardous', '779', 't', ''],
      ['workforce.total', '2587', 'persons', 'female'],
      ['workforce.total', '1671', 'persons', '>50'],
      ['workforce.total', '394', 'persons', 'fixed-term'],
      ['hires.count', '1297', 'persons', ''],
      ['turnover.count', '1124', 'persons', ''],
      ['turnover.rate', '12.9', '%', ''],
      ['training.hours_average', '20.4', 'hours', ''],
      ['safety.fatalities', '0', 'persons', ''],
      ['community.donations', '15260', 'MXN thousand', ''],
      ['suppliers.local_spend_share', '74.5', '%', ''],
    ],
    earliest: [['water.withdrawal', '696560', 'm3', '']],
    stated: [
      ['ghg.scope1', 'decrease', '3.2'],
      ['energy.total', 'decrease', '1'],
      ['water.withdrawal', 'decrease', '1.8'],
    ],
  },
] as const;

describe('reports in Romanian, Brazilian Portuguese and Mexican Spanish', () => {
  it.each(REPORTS)('reads $name: metrics, units, years, dims and stated changes', (r) => {
    const list = facts(r.name);
    expect(of(list, 2031)).toEqual(expect.arrayContaining(r.latest.map((x) => [...x])));
    expect(of(list, 2029)).toEqual(expect.arrayContaining(r.earliest.map((x) => [...x])));
    expect(changes(list)).toEqual(expect.arrayContaining(r.stated.map((x) => [...x])));
  });

  it.each(REPORTS)('reads no change column of $name as a year figure, and finds no error in it', (r) => {
    const list = facts(r.name);
    // "-4,6" under "Variație (%)" is no 2031 emission.
    expect(list.filter((f) => f.metric !== 'change' && f.quantity.value.isNegative())).toEqual([]);
    expect(checkFacts({ facts: list }).findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});
