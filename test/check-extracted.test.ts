// Extraction and check together on synthetic reports: an inconsistency printed in a layout (a
// per-person column, a sentence about parental leave, a stated change of an intensity) is found.
import { describe, expect, it } from 'vitest';
import { checkFacts } from '../src/check/index.js';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

function findings(text: string) {
  const facts = extractDocument(docFromText(text)).facts.map((f) => f.fact);
  return checkFacts({ facts }).findings.map((f) => [
    f.rule,
    f.source.map((s) => ('line' in s ? s.line : 0))[0],
  ]);
}

const HEAD = ['Sample Works Limited', 'This report covers the year ended 31 December 2023.', ''];

describe('check on extracted figures', () => {
  const training = (techniciansAverage: string) =>
    [
      ...HEAD,
      'Table 9. Training by job level, 2023',
      '',
      'Job level\tHeadcount\tTotal training hours\tAverage hours per person',
      'Managers\t120\t3,012\t25.1',
      `Technicians\t410\t6,970\t${techniciansAverage}`,
      'Operators\t900\t10,800\t12.0',
      'Total\t1,430\t20,782\t14.5',
    ].join('\n');

  it('checks a per-person average column against the hours and headcount beside it', () => {
    expect(findings(training('17.0'))).toEqual([]);
    expect(findings(training('19.0'))).toContainEqual(['average.total', 8]);
  });

  const leave = (rate: string) =>
    [
      ...HEAD,
      `In 2023, 64 employees took maternity leave, of whom 61 returned to work after the leave, a return to work rate of ${rate}%.`,
    ].join('\n');

  it('checks a return-to-work rate against the counts in its sentence', () => {
    expect(findings(leave('95.3'))).toEqual([]);
    expect(findings(leave('98.4'))).toEqual([['share.count', 4]]);
  });

  const intensity = (fall: string) =>
    [
      ...HEAD,
      'Indicator\tUnit\t2022\t2023',
      'Water consumption per tonne of product\tm3 / tonne\t4.12\t3.95',
      '',
      `In 2023, water consumption per tonne of product was 3.95 cubic metres, a decrease of ${fall}% year on year.`,
    ].join('\n');

  it('checks a stated change of an intensity against the intensities in the table', () => {
    expect(findings(intensity('4.1'))).toEqual([]);
    expect(findings(intensity('14.1'))).toEqual([['change.stated', 7]]);
  });

  const husk = (huskGj: string) =>
    [
      ...HEAD,
      'Our kilns burn rice husk. Conversion factors: grid electricity 3.6 GJ per MWh; rice husk 13.8 GJ per tonne.',
      'The carbon dioxide released by burning rice husk (41,206.5 tonnes in 2023) is reported outside the scopes.',
      '',
      'Energy consumed (GJ)\t2023\t2022',
      `Rice husk\t${huskGj}\t498,760`,
      'Grid electricity\t44,820\t43,115',
    ].join('\n');

  it('takes a mass bracketed after "the carbon dioxide released by burning X" for CO2, not for fuel X', () => {
    // 41,206.5 t × 13.8 GJ/t would be 568,650 GJ: the tonnes are the husk's CO2, not the husk burnt.
    expect(findings(husk('512,300'))).toEqual([]);
  });
});
