import { describe, expect, it } from 'vitest';
import { measuresByFigurePlaces } from './placed-measures.js';

// A line as the text reader gives it: trimmed, with the spaces before it as its indent.
const at = (printed: string) => ({
  text: printed.trim(),
  indent: printed.length - printed.trimStart().length,
});

describe('measuresByFigurePlaces', () => {
  const rows = [
    '--------------------------------------------------------------------',
    'Ashwick                              512        4,096          8.0',
    'Brelund                              318        2,226          7.0',
    'Head office                           40        1,120         28.0',
  ].map(at);

  it('cuts headings one space apart where the figure columns below part', () => {
    const header = at('                               Staff trained  Hours given Hours per head');
    expect(measuresByFigurePlaces(header, rows)).toEqual([
      ['', 'Staff trained', 'Hours given', 'Hours per head'],
    ]);
  });

  it('keeps a heading over the label column', () => {
    const header = at('Farm                           Staff trained  Hours given Hours per head');
    expect(measuresByFigurePlaces(header, rows)).toEqual([
      ['Farm', 'Staff trained', 'Hours given', 'Hours per head'],
    ]);
  });

  it('leaves a line whose cut is unsure, a caption and a line over no figures as they are', () => {
    // Two lowercase words could end the second heading: no gap is sure.
    expect(
      measuresByFigurePlaces(at('                               Staff trained  hours given per head'), rows),
    ).toBeUndefined();
    expect(measuresByFigurePlaces(at('Table 3  Training by farm 2025'), rows)).toBeUndefined();
    // A scale note over the figures ("(Rands in '000)") heads no two columns.
    expect(
      measuresByFigurePlaces(at("                                    (Rands in '000)"), rows),
    ).toBeUndefined();
    expect(
      measuresByFigurePlaces(at('         Staff trained  Hours given'), [at('We trained them all.')]),
    ).toBeUndefined();
  });
});

describe('site names set right over wider figures', () => {
  // Made-up plants; each name is narrower than its figures and ends where they end, and two names sit
  // one space apart ("Kwun Tong Head office").
  const rows = [
    '  Steam (t)                    84,215.6    12,903.4    40,118.2     5,002.7   142,239.9',
    '  Staff                           1,204         318         626          77       2,225',
  ].map(at);

  it('cuts each name where the gutter before its column ends', () => {
    const header = at(
      '                                   Wuxi      Suzhou   Kwun Tong Head office       Group',
    );
    expect(measuresByFigurePlaces(header, rows)).toEqual([
      ['', 'Wuxi', 'Suzhou', 'Kwun Tong', 'Head office', 'Group'],
    ]);
  });
});
