// A key-figures box printing `Name: figure` items side by side restates the report's tables; a figure
// it prints otherwise than the table is a finding. Reports, wordings and figures are invented.
import { describe, expect, it } from 'vitest';
import { checkFacts } from '../src/check/index.js';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

const facts = (text: string) => extractDocument(docFromText(text)).facts.map((f) => f.fact);
const duplicates = (text: string) =>
  checkFacts({ facts: facts(text) })
    .findings.filter((f) => f.rule === 'duplicate.value' && f.severity !== 'info')
    .map((f) => [f.expected, f.actual, f.source.map((s) => s.line)]);

// A Montenegrin hotel group's box (dot thousands, decimal commas) and its table by hotel.
const hotels = (boxNights: string) =>
  [
    'Hoteli Lastva AD – Izvještaj o održivosti 2031.',
    '',
    '  ▪ KLJUČNI POKAZATELJI 2031. ▪',
    `  ▪ Noćenja: ${boxNights}             ▪ Prihodi: 21,3 mil. €          ▪ Stalno zaposleni: 318`,
    '',
    'Tabela 2. Poslovanje po hotelima',
    '                                  Jed. mjere           2030.       2031.',
    'Noćenja – Hotel Sveti Stefan      broj                71.240      74.905',
    'Noćenja – Hotel Ulcinj            broj                52.118      55.377',
    'Noćenja – ukupno                  broj               123.358     130.282',
    'Poslovni prihodi                  hilj. €           19.874,6    21.306,2',
    'Potrošnja energije                MWh                8.412,7     8.109,4',
  ].join('\n');

describe('a key-figures box of `Name: figure` items', () => {
  it('reads each item as a figure of the report year, guest nights by their own metric', () => {
    const box = facts(hotels('103.282')).filter(
      (f) => f.provenance.kind === 'document' && f.provenance.location.line === 4,
    );
    expect(box.map((f) => [f.metric, f.quantity.value.toString(), f.period.year])).toEqual(
      expect.arrayContaining([
        ['hospitality.guest_nights', '103282', 2031],
        ['workforce.total', '318', 2031],
      ]),
    );
  });

  it('sets a box figure against the table total printed a few lines below it', () => {
    expect(duplicates(hotels('103.282'))).toEqual([['130282', '103282', [4, 10]]]);
  });

  it('finds nothing when the box restates the table', () => {
    expect(duplicates(hotels('130.282'))).toEqual([]);
  });

  it('reads an English box of unbulleted items as well', () => {
    const text = [
      'Brightwater Resorts plc  Sustainability Report 2031',
      '',
      'Key figures 2031',
      'Guest nights: 88,140      Employees: 1,318      Water withdrawn: 61,230 m³',
      '',
      'Table 3  Operations',
      '                                    2030        2031',
      'Guest nights                      84,920      81,840',
      'Water withdrawn (m³)              63,405      61,230',
    ].join('\n');
    expect(duplicates(text)).toEqual([['81840', '88140', [4, 8]]]);
  });
});
