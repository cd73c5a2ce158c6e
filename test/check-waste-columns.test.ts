// Extraction and check together on a synthetic waste table whose column groups are the waste types
// and whose row groups are GRI 306-4/306-5's routes: each type's total row is that type's total, so
// the types can be added up against the waste generated printed below.
import { describe, expect, it } from 'vitest';
import { checkFacts } from '../src/check/index.js';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

const waste = (generated: string) =>
  [
    'Sample Polymers AG',
    'This report covers the year ended 31 December 2024.',
    '',
    'Table 4  Waste by route (tonnes)',
    '                                   Hazardous waste           Non-hazardous waste',
    '                                  2024        2023          2024          2023',
    'Diverted from disposal',
    '  Recycling                        310         295         4,120         3,980',
    '  Other recovery                    45          52           610           588',
    'Total diverted from disposal       355         347         4,730         4,568',
    'Directed to disposal',
    '  Incineration                     820         860           240           262',
    '  Landfill                         115         131         1,905         2,044',
    'Total directed to disposal         935         991         2,145         2,306',
    'Total waste                      1,290       1,338         6,875         6,874',
    '',
    '                                                        2024          2023',
    `Total waste generated (tonnes)                        ${generated}         8,212`,
  ].join('\n');

function extract(text: string) {
  return extractDocument(docFromText(text)).facts.map((f) => f.fact);
}

describe('a waste table by type and route', () => {
  it('reads each type total, each route of a type and each type’s diverted and disposed whole', () => {
    const at = (line: number) =>
      extract(waste('8,165'))
        .filter((f) => f.provenance.kind === 'document' && f.provenance.location.line === line)
        .filter((f) => f.period.year === 2024)
        .map((f) => [f.metric, f.dims.treatment ?? f.dims.waste_type ?? '', f.quantity.value.toString()]);
    expect(at(9)).toEqual([
      ['waste.hazardous', 'other recovery', '45'],
      ['waste.non_hazardous', 'other recovery', '610'],
    ]);
    expect(at(10)).toEqual([
      ['waste.diverted', 'hazardous', '355'],
      ['waste.diverted', 'non-hazardous', '4730'],
    ]);
    expect(at(14)).toEqual([
      ['waste.disposed', 'hazardous', '935'],
      ['waste.disposed', 'non-hazardous', '2145'],
    ]);
    expect(at(15)).toEqual([
      ['waste.hazardous', '', '1290'],
      ['waste.non_hazardous', '', '6875'],
    ]);
  });

  it('finds a waste generated that is not the sum of the types, and nothing when it is', () => {
    const findings = (generated: string) =>
      checkFacts({ facts: extract(waste(generated)) })
        .findings.filter((f) => f.severity !== 'info')
        .map((f) => [f.rule, f.source.map((s) => ('line' in s ? s.line : 0))[0]]);
    expect(findings('8,165')).toEqual([]);
    expect(findings('8,615')).toContainEqual(['sum.components', 18]);
  });
});
