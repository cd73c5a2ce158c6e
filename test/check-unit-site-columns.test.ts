// Extraction and check together on synthetic tables with the sites or markets as columns and a "Unit"
// column heading the first, with no heading over the row labels ("Unit   Plant A   Plant B   Total").
import { describe, expect, it } from 'vitest';
import { checkFacts } from '../src/check/index.js';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

const HEAD = ['Lok Fung Ceramics Holdings Limited', 'ESG report for the year ended 31 December 2025.', ''];

function extract(text: string) {
  return extractDocument(docFromText(text)).facts.map((f) => f.fact);
}

const atLine = (text: string, line: number) =>
  extract(text)
    .filter((f) => f.provenance.kind === 'document' && f.provenance.location.line === line)
    .map((f) => [f.metric, f.quantity.value.toString(), f.dims.site, f.dims.region]);

const byKiln = (total: string) =>
  [
    ...HEAD,
    'Kiln sites, 2025',
    '                              Unit        Foshan      Zibo     Dong Nai        Total',
    '  Natural gas burnt           MWh        412,806   218,440      96,215       727,461',
    `  Staff                       persons      1,842     1,106         488      ${total}`,
    '',
  ].join('\n');

describe('a unit column headed before the site columns', () => {
  it('gives each site column its site and the total column none', () => {
    expect(atLine(byKiln('3,436'), 6)).toEqual([
      ['energy.natural_gas', '412806', 'Foshan', undefined],
      ['energy.natural_gas', '218440', 'Zibo', undefined],
      ['energy.natural_gas', '96215', 'Dong Nai', undefined],
      ['energy.natural_gas', '727461', undefined, undefined],
    ]);
  });

  it('checks the total column against the sites', () => {
    const errors = (text: string) =>
      checkFacts({ facts: extract(text) })
        .findings.filter((f) => f.rule.startsWith('sum.'))
        .map((f) => f.source.map((s) => ('line' in s ? s.line : 0)));
    expect(errors(byKiln('3,436'))).toEqual([]);
    expect(errors(byKiln('3,536')).flat()).toContain(7);
  });

  it('keeps known regions among the site columns as sites, one breakdown of the whole', () => {
    const text = [
      ...HEAD,
      'Showrooms by market, 2025',
      '                              Unit     Hong Kong     Macau     Surabaya        Total',
      '  Electricity                 MWh        2,418.6     806.2        611.9       3,836.7',
      '',
    ].join('\n');
    expect(atLine(text, 6).map((r) => r[2])).toEqual(['Hong Kong', 'Macau', 'Surabaya', undefined]);
  });
});
