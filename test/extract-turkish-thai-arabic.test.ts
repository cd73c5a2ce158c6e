// Reports in Turkish, Thai and Arabic read end to end (test/languages/*.txt): Turkish tables printing
// "41.820" with dot thousands, a Thai report dating its years in the Buddhist era with one table in Thai
// digits, and an Arabic report in Arabic-Indic digits with ٬ and ٫. Invented companies and figures.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

const facts = (name: string) =>
  extractDocument(
    docFromText(readFileSync(new URL(`languages/${name}`, import.meta.url), 'utf8'), name),
  ).facts.map((f) => f.fact);

/** metric, year, value, unit and gender of each table figure of the latest year. */
function latest(name: string, year: number) {
  return facts(name)
    .filter((f) => f.period.year === year)
    .map((f) => [f.metric, f.quantity.value.toString(), f.quantity.unit.symbol, f.dims['gender'] ?? '']);
}

describe('reports in Turkish, Thai and Arabic', () => {
  it('reads a Turkish report', () => {
    expect(latest('turkish-report.txt', 2031)).toEqual(
      expect.arrayContaining([
        ['ghg.scope1', '38760', 'tCO2e', ''],
        ['ghg.total', '152060', 'tCO2e', ''],
        ['energy.electricity', '55475', 'MWh', ''],
        ['water.withdrawal', '298330', 'm3', ''],
        ['waste.non_hazardous', '13720', 't', ''],
        ['workforce.total', '704', 'persons', 'female'],
        ['turnover.rate', '9.7', '%', ''],
        ['training.hours_average', '24.6', 'hours', ''],
        ['safety.lost_time_injuries', '9', 'count', ''],
      ]),
    );
  });

  it('reads a Thai report, its Buddhist-era years in the Common Era and Thai digits as figures', () => {
    expect(latest('thai-report.txt', 2031)).toEqual(
      expect.arrayContaining([
        ['ghg.scope1', '18420', 'tCO2e', ''],
        ['energy.electricity', '31475', 'MWh', ''],
        ['water.consumption', '512600', 'm3', ''],
        ['waste.hazardous', '842', 't', ''],
        ['workforce.total', '1842', 'persons', ''],
        ['workforce.total', '624', 'persons', 'female'],
        ['turnover.rate', '8.4', '%', ''],
        ['training.hours_average', '26.5', 'hours', ''],
      ]),
    );
  });

  it('reads an Arabic report in Arabic-Indic digits', () => {
    expect(latest('arabic-report.txt', 2031)).toEqual(
      expect.arrayContaining([
        ['ghg.scope1', '24810', 'tCO2e', ''],
        ['energy.total', '87240', 'MWh', ''],
        ['water.withdrawal', '214500', 'm3', ''],
        ['waste.non_hazardous', '4085', 't', ''],
        ['workforce.total', '1248', 'persons', ''],
        ['turnover.rate', '7.2', '%', ''],
        ['training.hours_average', '19.5', 'hours', ''],
      ]),
    );
  });
});
