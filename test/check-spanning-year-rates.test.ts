// Years that head runs of unequal length ("2025" over injuries, hours and a rate; "2024" over injuries and
// hours only), with worker groups as rows: each figure takes the year above its run and the column's
// measure, so the rate can be checked against its own year's injuries and hours. Figures are invented.
import { describe, expect, it } from 'vitest';
import { checkFacts } from '../src/check/index.js';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

const report = (contractorRate: string) =>
  [
    'Brightwater Tiles - Sustainability data 2025',
    '',
    'Health and safety',
    '                                     2025                                      2024',
    '                     Lost-time injuries   Hours worked   LTIFR     Lost-time injuries   Hours worked',
    'Employees                    12            1,480,200      8.11             15            1,512,400',
    `Contractors                   4              402,800    ${contractorRate.padStart(6)}              6              398,100`,
  ].join('\n');

const facts = (text: string) => extractDocument(docFromText(text)).facts.map((f) => f.fact);

const read = (line: number) =>
  facts(report('9.93'))
    .filter((f) => f.provenance.kind === 'document' && f.provenance.location.line === line)
    .map((f) => `${f.metric}:${String(f.period.year)}:${f.quantity.value.toString()}`)
    .sort();

describe('years over runs of measure columns of unequal length', () => {
  it('dates each figure by the year above its run and names it by its column', () => {
    expect(read(6)).toEqual([
      'safety.hours_worked:2024:1512400',
      'safety.hours_worked:2025:1480200',
      'safety.lost_time_injuries:2024:15',
      'safety.lost_time_injuries:2025:12',
      'safety.lost_time_injury_rate:2025:8.11',
    ]);
  });

  it('checks a rate against the injuries and hours of its own year and group', () => {
    const rates = (rate: string) =>
      checkFacts({ facts: facts(report(rate)) }).findings.filter((f) => f.rule === 'rate.injury');
    expect(rates('9.93')).toEqual([]);
    expect(rates('12.93').map((f) => f.source.map((s) => ('line' in s ? s.line : 0)))).toEqual([
      expect.arrayContaining([7]),
    ]);
  });
});
