import { describe, expect, it } from 'vitest';
import { decimalCommaByLine, type NumberedLine } from './decimal-comma-blocks.js';

/** Numbered lines from printed text: an empty string stands for a blank line (a gap in numbering). */
function numbered(printed: readonly string[]): NumberedLine[] {
  return printed.flatMap((text, i) => (text === '' ? [] : [{ no: i + 1, text }]));
}

/** The decision for the line printing `text`. */
function decisionFor(printed: readonly string[], text: string): boolean | undefined {
  const lines = numbered(printed);
  return decimalCommaByLine(lines)[lines.findIndex((l) => l.text === text)];
}

// Tables in the home convention, prose in English: neither wins the whole document.
const MIXED = [
  'Our plants used 1,742,300 litres of diesel; solar output rose 14.2% and heat 3.5%.',
  'Sales reached €7,215.4 million, margin 11.3%, payout 42.5%.',
  '',
  'Solvents   t   27,18   29,05   –6,4',
  'Dust       t   3,4     3,9     –12,8',
  'Cooling    m³  571.204 566.870  +0,8',
  '',
  'Wells supplied 2,905 m³ more than in the prior year, or 4.1%.',
  'Runoff came to 1,204 m³.',
];

describe('decimalCommaByLine', () => {
  it('reads a table block by its own figures when the document mixes conventions', () => {
    // Every figure of the block with a comma before one or two digits: the dots group thousands.
    expect(decisionFor(MIXED, 'Cooling    m³  571.204 566.870  +0,8')).toBe(true);
    expect(decisionFor(MIXED, 'Dust       t   3,4     3,9     –12,8')).toBe(true);
    // The prose paragraphs keep the decimal point, also on a line without figures of its own.
    expect(decisionFor(MIXED, 'Runoff came to 1,204 m³.')).toBe(false);
    expect(decisionFor(MIXED, 'Sales reached €7,215.4 million, margin 11.3%, payout 42.5%.')).toBe(false);
  });

  it('lets a line with figures only one convention prints decide for itself', () => {
    const printed = ['Heat  MWh  1.608,3  1.712,9', 'Scope 3 came to 3,118,640 t in the year.'];
    expect(decimalCommaByLine(numbered(printed))).toEqual([true, false]);
  });

  it('leaves an English table with thousands and no decimals in the decimal point', () => {
    const printed = ['Employees   1,204   1,176', 'Sites   3   4', 'Suppliers   2,318   2,207'];
    expect(decimalCommaByLine(numbered(printed))).toEqual([false, false, false]);
    // One stray comma before two digits ('Scopes 1,23') is too little to turn a block.
    expect(decimalCommaByLine(numbered(['Scopes 1,23 reported', 'Staff  1,204']))).toEqual([false, false]);
    // Nor do lists of references, one to a line ('see tables 4,5'), in an otherwise English block.
    const listed = ['Fuel use   see tables 4,5', 'Grid power   see tables 8,9', 'Drivers   2,614'];
    expect(decimalCommaByLine(numbered(listed))).toEqual([false, false, false]);
  });

  it('reads a weak comma filling a cell of its own as a decimal comma across a table block', () => {
    // One "33,5" a row beside space-grouped counts: no row decides alone, the block of them does.
    const printed = [
      'Group\tHours\tStaff\tHours per head',
      'Crew A\t4 020\t120\t33,5',
      'Crew B\t9 150\t305\t30,0',
    ];
    expect(decimalCommaByLine(numbered(printed))).toEqual([true, true, true]);
  });

  it('splits blocks at a page break and falls back to the document without evidence', () => {
    const pages: NumberedLine[] = [
      { no: 1, page: 1, text: 'Sludge  t  41,07  38,61' },
      { no: 2, page: 2, text: 'Visitors  1,309  1,288' },
    ];
    expect(decimalCommaByLine(pages)).toEqual([true, false]);
  });

  it('does not take a table or section number for a decimal point', () => {
    const titled = [
      'Table 3.4: Process water',
      'Well water        m³    215.330     208.910     97,0',
      'Intensity         m³/t    16,42       15,88     96,7',
    ];
    expect(decimalCommaByLine(numbered(titled))).toEqual([true, true, true]);
    const numberedHeading = [
      '2.3. Effluent',
      'Effluent   m³   88.140   91.620   104,0',
      'Reuse   %   21,5   23,8',
    ];
    expect(decimalCommaByLine(numbered(numberedHeading))).toEqual([true, true, true]);
  });

  it('reads an ambiguous line of a box quoting both conventions as the line beside it', () => {
    // Figures of an environmental table in the home convention, then a social one in English.
    const printed = [
      'Gas burnt                 21.385,7 MWh',
      'Panels produced           3.705.118 kWh',
      'Rainwater reused          417.306 m³',
      'Staff at year end         1,968 people',
      'Injury rate               0.87 per million hours',
    ];
    expect(decimalCommaByLine(numbered(printed))[2]).toBe(true);
    // A line between two that disagree keeps the document's convention.
    const torn = ['Gas burnt   21.385,7 MWh', 'Rainwater reused   417.306 m³', 'Sales   €4,120.55 million'];
    expect(decimalCommaByLine(numbered(torn))[1]).toBe(false);
  });

  it('does not take the hours a rate is per, printed in English, for a decimal point', () => {
    // A comma table whose rate row names its base in the English form in the unit column.
    const safety = [
      'Hours worked      2 310 500     2 402 800    h',
      'Lost-time cases          9            11    count',
      'Frequency             3,90          4,58    per 1,000,000 h',
      'Severity              0,12          0,09    /200,000 hours',
    ];
    expect(decimalCommaByLine(numbered(safety))).toEqual([true, true, true, true]);
  });

  it('reads a table of integers and "1.240" as grouping thousands with a point in an English report', () => {
    const printed = [
      'Revenue rose 8.4% to 2,846.3 million and the margin to 12.5%, with 1,204,600 kWh saved.',
      '',
      'Table 7: Donations (unit: EUR thousand)',
      'Item                                  2024        2025',
      'Food banks                             870       1.315',
      'Flood relief                         2.050         640',
      'Total                                2.920       1.955',
      '',
      'Sludge sent to composting came to 1.050 t.',
    ];
    // A blank line is a gap in the numbering, no line: seven lines are decided.
    const decided = decimalCommaByLine(numbered(printed));
    expect(decided).toEqual([false, false, false, true, true, true, false]);
  });
});
