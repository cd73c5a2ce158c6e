// Reports in Finnish, Danish, Swedish, Czech, Slovak, Hungarian, Hebrew, Malay and Italian read end to end
// (test/languages/*.txt): each prints its emissions, energy, water, waste and staff in its own words and
// units ("t CO2-ekv", "tonnia", "henkilöä", "osôb", "fő", "טון", "מ״ק", "tan", "pekerja", "אלפי ש״ח"),
// staff by gender, and a waste total that does not add up in the latest year. Invented companies and figures.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkFacts } from '../src/check/index.js';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

const facts = (name: string) =>
  extractDocument(
    docFromText(readFileSync(new URL(`languages/${name}`, import.meta.url), 'utf8'), name),
  ).facts.map((f) => f.fact);

/** metric, value, unit and gender of each table figure of 2031. */
function latest(name: string) {
  return facts(name)
    .filter((f) => f.period.year === 2031)
    .map((f) => [f.metric, f.quantity.value.toString(), f.quantity.unit.symbol, f.dims['gender'] ?? '']);
}

/** The lines of the sum errors `esg check` finds. */
function sumErrors(name: string) {
  return checkFacts({ facts: facts(name) })
    .findings.filter((f) => f.severity === 'error' && f.rule.startsWith('sum.'))
    .map((f) => f.facts.map((x) => (x.provenance.kind === 'document' ? x.provenance.location.line : 0))[0]);
}

const REPORTS: readonly (readonly [string, readonly (readonly string[])[], number])[] = [
  [
    'finnish-report.txt',
    [
      ['ghg.scope1', '17260', 'tCO2e', ''],
      ['energy.electricity', '58830', 'MWh', ''],
      ['waste.hazardous', '372', 't', ''],
      ['workforce.total', '446', 'persons', 'female'],
      ['turnover.rate', '7.1', '%', ''],
      ['training.hours_average', '18.4', 'hours', ''],
    ],
    21,
  ],
  [
    'danish-report.txt',
    [
      ['ghg.scope2', '2915', 'tCO2e', ''],
      ['water.consumption', '81470', 'm3', ''],
      ['waste.non_hazardous', '2310', 't', ''],
      ['workforce.total', '555', 'persons', 'male'],
      ['turnover.rate', '9.8', '%', ''],
    ],
    12,
  ],
  [
    'swedish-report.txt',
    [
      ['ghg.total', '15460', 'tCO2e', ''],
      ['waste.hazardous', '291', 't', ''],
      ['workforce.total', '412', 'persons', 'female'],
      ['safety.lost_time_injuries', '11', 'count', ''],
    ],
    12,
  ],
  [
    'czech-report.txt',
    [
      ['ghg.scope1', '20160', 'tCO2e', ''],
      ['water.withdrawal', '254120', 'm3', ''],
      ['workforce.total', '667', 'persons', 'female'],
      ['training.hours_average', '21.1', 'hours', ''],
    ],
    12,
  ],
  [
    'slovak-report.txt',
    [
      ['energy.electricity', '81420', 'MWh', ''],
      ['waste.non_hazardous', '3085', 't', ''],
      ['workforce.total', '740', 'persons', 'male'],
      ['turnover.rate', '6.9', '%', ''],
    ],
    12,
  ],
  [
    'hungarian-report.txt',
    [
      ['ghg.scope2', '11960', 'tCO2e', ''],
      ['waste.hazardous', '1142', 't', ''],
      ['workforce.total', '1004', 'persons', 'female'],
      ['training.hours_average', '19.7', 'hours', ''],
    ],
    12,
  ],
  [
    'hebrew-report.txt',
    [
      ['ghg.scope1', '14580', 'tCO2e', ''],
      ['water.consumption', '123180', 'm3', ''],
      ['waste.non_hazardous', '4940', 't', ''],
      ['workforce.total', '752', 'persons', 'female'],
      ['training.hours_average', '23.6', 'hours', ''],
      ['community.donations', '2735', 'ILS thousand', ''],
    ],
    12,
  ],
  [
    'malay-report.txt',
    [
      ['ghg.scope2', '13480', 'tCO2e', ''],
      ['waste.hazardous', '261', 't', ''],
      ['workforce.total', '1276', 'persons', 'female'],
      ['turnover.rate', '12.9', '%', ''],
      ['community.donations', '3.9', 'MYR million', ''],
    ],
    12,
  ],
  [
    'italian-report.txt',
    [
      ['ghg.scope1', '49960', 'tCO2e', ''],
      ['water.withdrawal', '590120', 'm3', ''],
      ['workforce.total', '1805', 'persons', 'male'],
      ['turnover.rate', '6.1', '%', ''],
      ['training.hours_average', '23.9', 'hours', ''],
    ],
    12,
  ],
];

describe('reports in Nordic and Central European languages, Hebrew, Malay and Italian', () => {
  it.each(REPORTS)('reads %s and finds its waste total that does not add up', (name, rows, line) => {
    expect(latest(name)).toEqual(expect.arrayContaining(rows.map((r) => [...r])));
    expect(sumErrors(name)).toEqual([line]);
  });
});
