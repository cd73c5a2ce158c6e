import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../test/support/doc-from-text.js';
import { extractDocument } from '../pipeline/extract-document.js';

// Made-up sentences listing one figure a year before the years they are for, in the same order.
const REPORT = [
  'Harrowgate Ferries Ltd  ESG Report FY2025',
  '',
  'Electricity is converted with the utility factors (0.612, 0.598 and 0.571 kgCO2e/kWh for FY2023, FY2024 and FY2025).',
  'Diesel was converted at 2.71, 2.69 and 2.68 tCO2e/kL in 2023, 2024 and 2025 respectively.',
].join('\n');

const dated = (line: number): [string, number][] =>
  extractDocument(docFromText(REPORT)).facts.flatMap(({ fact }) =>
    fact.provenance.kind === 'document' && fact.provenance.location.line === line
      ? [[fact.provenance.reported.value, fact.period.year] as [string, number]]
      : [],
  );

describe('figures listed before their years', () => {
  it('pair with the years in order', () => {
    expect(dated(3)).toEqual([
      ['0.612', 2023],
      ['0.598', 2024],
      ['0.571', 2025],
    ]);
  });

  it('pair so with "respectively" after the years', () => {
    expect(dated(4)).toEqual([
      ['2.71', 2023],
      ['2.69', 2024],
      ['2.68', 2025],
    ]);
  });
});
