import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../test/support/doc-from-text.js';
import { extractDocument } from './extract-document.js';

// A made-up port report: a summary table by year whose column names water alone, and a water table
// that prints the withdrawal by source. Every figure is invented.
const summary = (water2030: string) =>
  [
    'Kestrel Quay Terminals Sustainability Report 2031',
    '',
    'Table 2  Summary by year',
    'Year        Energy (GJ)      Water (m³)',
    '2029          604,118          215,730',
    `2030          617,402          ${water2030}`,
    '2031          630,955          229,104',
    '',
    'Our water comes from the municipal main and from two boreholes on the quay.',
    '',
    'Table 5  Water',
    '                                 Unit       2029       2030       2031',
    'Municipal water purchased          m³    201,410    208,335    214,020',
    'Borehole water                     m³     14,320     13,980     15,084',
    'Total water withdrawal             m³    215,730    222,315    229,104',
  ].join('\n');

const waterAt = (text: string, line: number) =>
  extractDocument(docFromText(text, 'kestrel.txt'))
    .facts.map((f) => f.fact)
    .filter((f) => f.provenance.kind === 'document' && f.provenance.location.line === line)
    .find((f) => f.quantity.unit.dimension === 'volume');

describe('a column named by water alone beside a table of withdrawals', () => {
  it('reads the bare column as the withdrawal it restates', () => {
    expect(waterAt(summary('222,315'), 6)?.metric).toBe('water.withdrawal');
  });

  it('keeps it the withdrawal in a year it misprints, so the slip can be compared', () => {
    const fact = waterAt(summary('223,215'), 6);
    expect([fact?.metric, fact?.quantity.value.toString()]).toEqual(['water.withdrawal', '223215']);
  });

  it('leaves a bare column the consumption when no withdrawal equals it', () => {
    const alone = summary('222,315').replace(/\n\nTable 5[\s\S]*$/, '');
    expect(waterAt(alone, 6)?.metric).toBe('water.consumption');
  });
});
