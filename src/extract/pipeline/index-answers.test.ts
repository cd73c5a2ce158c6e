import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../test/support/doc-from-text.js';
import { extractDocument } from './extract-document.js';

// A made-up report whose GRI index answers some rows with the figure itself, pointing to a table.
const REPORT = [
  'Larchmere Bakeries plc  Sustainability Report 2025',
  '',
  'Fuel                         Unit       2025        2024',
  'Natural gas (ovens)          GJ      41,220.0    43,905.5',
  'Total energy use             GJ      52,870.4    55,102.9',
  '',
  'Staff volunteering reached 1,240 hours during the year.',
  '',
  'GRI CONTENT INDEX',
  '',
  'Code     Disclosure                        Where / answer                         Page',
  '302-1    Energy consumption                Table 2: 52,780.4 GJ in total            4',
  '305-1    Direct GHG emissions              Table 3                                  5',
  '305-2    Energy indirect GHG emissions     Table 3                                  5',
  '306-3    Waste generated                   Section 4, waste                         6',
  '401-1    New employee hires                Section 5                                7',
  '403-9    Work-related injuries             Section 5, 14 recordable injuries        7',
  '404-1\tAverage hours of training per year per employee\t5.2 Developing Employee Talent',
  '404-2\tPrograms for upgrading employee skills\t5.2 Developing Employee Talent',
  '404-3\tPercentage of employees receiving regular reviews\t5.1 A Fair Workplace',
].join('\n');

const at = (line: number) =>
  extractDocument(docFromText(REPORT))
    .facts.map((f) => ({ fact: f.fact, p: f.fact.provenance }))
    .flatMap(({ fact, p }) =>
      p.kind === 'document' && p.location.line === line
        ? [[fact.metric, p.reported.value, p.reported.unit, fact.period.year]]
        : [],
    );

describe('a content-index row that answers with a figure', () => {
  it('states the figure for its disclosure, in the report year, on its own line', () => {
    expect(at(12)).toEqual([['energy.total', '52780.4', 'GJ', 2025]]);
  });

  it('reads no figure from a row that only points somewhere or counts without a unit', () => {
    expect(at(13)).toEqual([]);
    expect(at(15)).toEqual([]);
  });

  it('reads no figure from a section number and its heading', () => {
    for (const line of [18, 19, 20]) expect(at(line)).toEqual([]);
  });
});
