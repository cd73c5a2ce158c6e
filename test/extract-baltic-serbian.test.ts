// Reports in Estonian, Latvian, Lithuanian and Serbian (Cyrillic and Latin letters) read end to end
// (test/languages/*.txt): each prints emissions, energy, water, waste, staff and money in its own words and
// units ("tonni", "tonnas", "asm.", "број", "tuh eurot", "tūkst. EUR", "хиљ. RSD"), in space- or
// point-grouped figures with decimal commas; staff by gender, contract and age band, a total row headed
// by the language's total word ("Kokku", "Kopā", "Iš viso", "Укупно") and a change column ("Muutus",
// "Izmaiņas", "Pokytis", "Промена"). Invented companies and figures.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

/** Metric, value, unit and dims of each figure of 2031, as "metric value unit dim=value …". */
function latest(name: string): string[] {
  const text = readFileSync(new URL(`languages/${name}`, import.meta.url), 'utf8');
  return extractDocument(docFromText(text, name))
    .facts.map((f) => f.fact)
    .filter((f) => f.period.year === 2031)
    .map((f) =>
      [
        f.metric,
        f.quantity.value.toString(),
        f.quantity.unit.symbol,
        ...Object.entries(f.dims)
          .filter(([k]) => k !== 'employment_type' || f.metric === 'workforce.total')
          .map(([k, v]) => `${k}=${v}`),
      ].join(' '),
    );
}

const STAFF = (total: number, women: number, men: number, permanent: number, temporary: number) => [
  `workforce.total ${total} persons`,
  `workforce.total ${women} persons gender=female`,
  `workforce.total ${men} persons gender=male`,
  `workforce.total ${permanent} persons employment_type=permanent`,
  `workforce.total ${temporary} persons employment_type=temporary`,
];

const AGES = (under30: number, middle: number, over50: number) => [
  `workforce.total ${under30} persons age=<30`,
  `workforce.total ${middle} persons age=30-50`,
  `workforce.total ${over50} persons age=>50`,
];

const REPORTS: readonly (readonly [string, readonly string[]])[] = [
  [
    'estonian-report.txt',
    [
      'ghg.scope1 11410 tCO2e',
      'ghg.total 15195 tCO2e',
      'energy.electricity 39265 MWh',
      'energy.renewable_share 24.8 %',
      'water.withdrawal 203410 m3',
      'waste.hazardous 187 t',
      'waste.total 3502 t',
      ...STAFF(909, 352, 557, 861, 48),
      ...AGES(176, 482, 251),
      'turnover.rate 10.9 %',
      'training.hours_average 18.9 hours',
      'economic.revenue 156940 EUR thousand',
      'community.donations 238 EUR thousand',
      'change 5.9 % of=economic.revenue',
    ],
  ],
  [
    'latvian-report.txt',
    [
      'ghg.scope1 7905 tCO2e',
      'ghg.scope2 2480 tCO2e',
      'ghg.total 10385 tCO2e',
      'energy.natural_gas 23495 MWh',
      'water.withdrawal 305120 m3',
      'waste.non_hazardous 2265 t',
      ...STAFF(624, 274, 350, 596, 28),
      ...AGES(118, 327, 179),
      'turnover.rate 12.6 %',
      'training.hours_average 14.9 hours',
      'safety.lost_days 52 days',
      'economic.revenue 101870 EUR thousand',
      'suppliers.count 436 count',
      'change 9.9 % of=community.donations',
    ],
  ],
  [
    'lithuanian-report.txt',
    [
      'ghg.scope1 19470 tCO2e',
      'ghg.scope2 5830 tCO2e',
      'ghg.total 25300 tCO2e',
      'energy.total 112045 MWh',
      'water.consumption 154210 m3',
      'waste.hazardous 124 t',
      'waste.total 9244 t',
      ...STAFF(1146, 251, 895, 1079, 67),
      ...AGES(214, 602, 330),
      'turnover.rate 15.2 %',
      'training.hours_average 11.5 hours',
      'community.donations 245 EUR thousand',
      'change 4.8 % of=economic.revenue',
    ],
  ],
  [
    'serbian-report.txt',
    [
      'ghg.scope1 28940 tCO2e',
      'ghg.total 41810 tCO2e',
      'energy.total 156390 MWh',
      'energy.natural_gas 92380 MWh',
      'water.withdrawal 271640 m3',
      'waste.hazardous 274 t',
      'waste.non_hazardous 6715 t',
      ...STAFF(1468, 523, 945, 1344, 124),
      ...AGES(241, 786, 441),
      'turnover.rate 8.4 %',
      'training.hours_average 16.8 hours',
      'safety.injuries 10 count',
      'economic.revenue 10027510 RSD thousand',
      'change 17.7 % of=community.donations',
    ],
  ],
  [
    'serbian-latin-report.txt',
    [
      'ghg.scope2 4790 tCO2e',
      'ghg.total 13910 tCO2e',
      'waste.hazardous 129 t',
      'waste.non_hazardous 3065 t',
      ...STAFF(712, 219, 493, 662, 50),
      'turnover.rate 9.8 %',
      'training.hours_average 14.6 hours',
      'community.donations 7180 RSD thousand',
    ],
  ],
];

describe('reports in Estonian, Latvian, Lithuanian and Serbian', () => {
  it.each(REPORTS)('reads %s: metrics, units, the latest year and the staff breakdowns', (name, rows) => {
    expect(latest(name)).toEqual(expect.arrayContaining([...rows]));
  });
});
