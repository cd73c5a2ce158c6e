import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../test/support/doc-from-text.js';
import { toReportLines } from '../layout/index.js';
import { extractTables } from './extract-tables.js';
import { tableMentions } from '../../../test/support/table-rows.js';

// Made-up tables whose labels wrap: a bracketed qualifier under its measure, numbered rows (ESRS E1-5
// numbers its lines) whose text runs on to a second line.
function labels(text: string) {
  const found = tableMentions(text, 2024);
  return [...new Set(found.map((m) => `${m.line}: ${m.label}`))];
}

describe('wrapped table labels', () => {
  it('joins a bracketed qualifier to the measure printed above it', () => {
    expect(
      labels(
        [
          '                                              2024        2023',
          'Lost-time injuries                              14          17',
          'Frequency of lost-time injuries',
          '  (per 200,000 hours worked)                  0.41        0.52',
          'Hours worked                             6,830,000   6,512,000',
        ].join('\n'),
      ),
    ).toEqual([
      '2: Lost-time injuries',
      '4: Frequency of lost-time injuries (per 200,000 hours worked)',
      '5: Hours worked',
    ]);
  });

  it('starts a new label at a numbered row, whose second line finishes it', () => {
    expect(
      labels(
        [
          '                                                            2024        2023',
          '(a) Heat bought from district networks (GJ)               31,400      29,870',
          '(b) Electricity bought under green tariffs and',
          '    certificates of origin (GJ)                           12,050      10,960',
          '(c) Total purchased energy (GJ)                           43,450      40,830',
        ].join('\n'),
      ),
    ).toEqual([
      '2: (a) Heat bought from district networks (GJ)',
      '4: (b) Electricity bought under green tariffs and certificates of origin (GJ)',
      '5: (c) Total purchased energy (GJ)',
    ]);
  });
});

describe('a row label that reads like a no-data marker', () => {
  it('names the row when figures follow it', () => {
    expect(
      labels(
        [
          'Staff by gender                                2024        2023',
          'Women                                          812         790',
          'Not reported                                    14          19',
          'Not applicable                                  –            –',
        ].join('\n'),
      ),
    ).toEqual(['2: Women', '3: Not reported']);
  });
});

describe('labels wrapped in other scripts', () => {
  it('joins a lower-case Cyrillic line under the last row to that row, as a lower-case English one', () => {
    expect(
      labels(
        [
          '                                              2023        2024',
          'Отпадъци за рециклиране                      1 204       1 318',
          'Часове безопасност средно на                  6,2         7,4',
          'служител',
        ].join('\n'),
      ),
    ).toEqual(['2: Отпадъци за рециклиране', '3: Часове безопасност средно на служител']);
  });
});

describe('an intensity unit printed under its wrapped label', () => {
  it('replaces the quantity unit the rows take from their heading', () => {
    const lines = toReportLines(
      docFromText(
        [
          'Indicator                                                   FY 2025        FY 2024',
          'Steam drawn from the utility (in tonnes)',
          'Process steam                                                41,260         39,815',
          'Steam per unit of sales (Steam drawn /',
          'Net sales)                                                    12.37          13.05',
          '                                                      (t/INR million)  (t/INR million)',
        ].join('\n'),
      ),
    );
    const found = extractTables(lines, { reportYear: 2025, noise: new Set(), skip: new Set() }).mentions;
    expect(found.map((m) => [m.line, m.value, m.unit])).toEqual([
      [3, '41260', 'in tonnes'],
      [3, '39815', 'in tonnes'],
      [5, '12.37', 't/INR million'],
      [5, '13.05', 't/INR million'],
    ]);
  });
});
