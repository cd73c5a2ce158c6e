import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../test/support/doc-from-text.js';
import { extractDocument } from '../pipeline/index.js';
import { toReportLines } from './index.js';

// A made-up safety table whose column gaps a converter printed as tabs, its header indented with spaces.
const TABLE = [
  'Table 7\tSafety',
  '                                        Staff\tContractors',
  '                                      2025\t2024\t2025\t2024',
  'Hours worked\t3,614,200\t3,508,900\t1,207,400\t1,166,300',
  'Recordable injuries\t9\t11\t6\t7',
];

describe('an indented header row of a tab-separated table', () => {
  it('leaves the label column blank', () => {
    const lines = toReportLines(docFromText(TABLE.join('\n')));
    expect(lines[1]?.cells).toEqual(['', 'Staff', 'Contractors']);
    expect(lines[2]?.cells).toEqual(['', '2025', '2024', '2025', '2024']);
    expect(lines[3]?.cells[0]).toBe('Hours worked');
  });

  it('names each year column by the group printed over it', () => {
    const doc = docFromText(['Orlen Brickworks', 'Annual report 2025', '', ...TABLE].join('\n'));
    const hours = extractDocument(doc)
      .facts.filter((f) => f.fact.metric === 'safety.hours_worked')
      .map((f) => [f.fact.quantity.value.toString(), f.fact.period.year, f.fact.dims.employment_type]);
    expect(hours).toContainEqual(['1207400', 2025, 'contractor']);
    expect(hours).toContainEqual(['3614200', 2025, 'employee']);
  });
});

// A made-up spend table printed with spaces only, its place names indented over the figure columns.
const BY_PLACE = [
  'Grants by depot (R thousand)',
  '',
  '                                          Ostrava      Tamberg       Velden    Group 2025',
  'Enterprise grants                          10 420       22 310       51 200        83 930',
  'Bursaries                                   3 150        5 470       18 900        27 520',
].join('\n');

describe('an indented space-aligned header row of names', () => {
  it('leaves the label column blank, so the first name heads the first figures', () => {
    const lines = toReportLines(docFromText(BY_PLACE));
    expect(lines[1]?.cells).toEqual(['', 'Ostrava', 'Tamberg', 'Velden', 'Group 2025']);
  });

  it('keeps a header printed over a label of two cells as it is', () => {
    const text = [
      'Code          Plant              2025      2024',
      '              Name             Staff     Staff',
      'P-01          Oakridge works       412       398',
      'P-02          Lowmoor works        267       255',
    ].join('\n');
    const lines = toReportLines(docFromText(text));
    expect(lines[1]?.cells[0]).not.toBe('');
  });
});
