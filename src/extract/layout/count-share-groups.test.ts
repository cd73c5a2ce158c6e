import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../test/support/doc-from-text.js';
import { toReportLines } from './index.js';

// Made-up staff tables in the shape of SEBI's BRSR forms: a row of groups over a row naming a count and
// its share under each, the form's letters after each heading.
const cellsOf = (text: string) => toReportLines(docFromText(text)).map((l) => [l.no, ...l.cells]);

describe('groups over a count and its share', () => {
  it('names both columns of each pair by the group printed over either, and the whole column by its own', () => {
    const lines = cellsOf(
      [
        'Headcount at year end',
        '',
        'Sr. Group                       Overall           Men              Women',
        'No.                                 (P)   No. (Q)   % (Q / P)   No. (R)   % (R / P)',
        'STAFF',
        '1.  Regular (S)                     640       512       80.00       128       20.00',
        '2.  Fixed term (T)                   90        63       70.00        27       30.00',
      ].join('\n'),
    );
    expect(lines[1]).toEqual([4, 'Sr. Group No.', 'Overall', 'Men No.', 'Men %', 'Women No.', 'Women %']);
    // The group row under the header stays a line of its own, heading the rows below it.
    expect(lines[2]).toEqual([5, 'STAFF']);
  });

  it('keeps a column the upper line alone heads, printed before the pairs', () => {
    const lines = cellsOf(
      [
        'Course coverage',
        '',
        'Band          Overall (P)   On first aid drills        On digital skills',
        '                                No. (Q)   % (Q / P)     No. (R)   % (R / P)',
        'Men                   512         480       93.75         300       58.59',
        'Women                 128         128      100.00          96       75.00',
      ].join('\n'),
    );
    expect(lines[1]).toEqual([
      4,
      'Band',
      'Overall (P)',
      'On first aid drills No.',
      'On first aid drills %',
      'On digital skills No.',
      'On digital skills %',
    ]);
  });

  it('places headings printed flush left over figures printed flush right by their order', () => {
    const lines = cellsOf(
      [
        'Headcount at year end',
        '',
        'Sr.  Group                      Overall            Men                       Women',
        'No.                                (P)        No. (Q)      % (Q/P)       No. (R)      % (R/P)',
        '1.   Regular (S)                          1,640       1,312       80.00         328       20.00',
        '2.   Fixed term (T)                         290         203       70.00          87       30.00',
      ].join('\n'),
    );
    expect(lines[1]).toEqual([4, 'Sr. Group No.', 'Overall', 'Men No.', 'Men %', 'Women No.', 'Women %']);
  });

  it('leaves groups over columns of other measures to the other readers', () => {
    const lines = cellsOf(
      [
        'Pay by gender',
        '',
        '                          Men                  Women',
        '                   Number    Median     Number    Median',
        'Office staff          412     18.20         96     16.40',
        'Drivers               230      9.10          4      8.80',
      ].join('\n'),
    );
    expect(lines[1]).toEqual([4, '', 'Men Number', 'Men Median', 'Women Number', 'Women Median']);
  });
});
