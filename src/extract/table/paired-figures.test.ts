// Key figures printed as name-and-figure pairs side by side under no year; the figures are made up.
import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../test/support/doc-from-text.js';
import { findRunningHeaders, toReportLines } from '../layout/index.js';
import { extractTables } from './extract-tables.js';
import { figurePairs, pairChangeSentence } from './paired-figures.js';

function read(text: string, reportYear = 2024) {
  const lines = toReportLines(docFromText(text));
  return extractTables(lines, { reportYear, noise: findRunningHeaders(lines), skip: new Set() }).mentions;
}

describe('key figures printed in name-and-figure pairs side by side', () => {
  it('reads each pair as a figure of its own, the first figure never the unit of the second', () => {
    const text = [
      'THE YEAR IN NUMBERS',
      '',
      'Staff employed           2,418              Women in management    31.5%',
      'Water withdrawn          84,200 m3          Waste recycled         412 t',
      'Training hours           52,300             Volunteers             640',
    ].join('\n');
    expect(read(text).map((m) => [m.line, m.label, m.value, m.unit])).toEqual([
      [3, 'Staff employed', '2418', ''],
      [4, 'Water withdrawn', '84200', 'm3'],
      [5, 'Training hours', '52300', ''],
      [3, 'Women in management', '31.5', '%'],
      [4, 'Waste recycled', '412', 't'],
      [5, 'Volunteers', '640', ''],
    ]);
  });

  it('reads a box printing each figure before its name, the name opening with the unit', () => {
    const text = [
      'OUR YEAR AT A GLANCE',
      '',
      '     2,904.3  NZ$ million turnover                 9,820.6  GJ fuel burned',
      '     6,115.8  tCO2e Scope 1                          21,470  t spoil to landfill',
      '      55,900  m³ water drawn                            875  staff',
      '        12.9  volunteer hours per person                  3  lost-time injuries',
    ].join('\n');
    expect(read(text, 2025).map((m) => [m.line, m.label, m.value, m.unit])).toEqual([
      [3, 'NZ$ million turnover', '2904.3', 'NZ$ million'],
      [4, 'Scope 1', '6115.8', 'tCO2e'],
      [5, 'Water drawn', '55900', 'm3'],
      [6, 'Volunteer hours per person', '12.9', ''],
      [3, 'Fuel burned', '9820.6', 'GJ'],
      [4, 'Spoil to landfill', '21470', 't'],
      [5, 'Staff', '875', ''],
      [6, 'Lost-time injuries', '3', ''],
    ]);
  });

  it('takes no contents line of section numbers for a box printed figure first', () => {
    expect(figurePairs(['1', 'About this report', '4', 'Our people'])).toBe(0);
    expect(figurePairs(['9,820.6', 'GJ fuel burned', '875', 'staff'])).toBe(2);
  });

  it('counts pairs only where names and figures alternate', () => {
    expect(figurePairs(['Staff', '2,418', 'Women in management', '31.5%'])).toBe(2);
    expect(figurePairs(['Diesel', '1,204', 'litres', '1,180'])).toBe(0);
    expect(figurePairs(['Scope 1', '2024', 'Scope 2', '2023'])).toBe(0);
    expect(figurePairs(['Electricity', '4,210', '3,980'])).toBe(0);
  });
});

describe('an at-a-glance box printed two pairs a line between rules, one pair worded as a change', () => {
  const box = [
    'OUR YEAR AT A GLANCE',
    '',
    '  Cheese made                 9,640 t   |   Sales                      K48.7 million',
    '  Sales growth                up 6.3%   |   Staff at year end                    742',
    '  Diesel burned           1,215,000 L   |   Recordable injuries                    11',
  ].join('\n');

  it('reads each pair apart, the rule between them no cell of either', () => {
    expect(read(box).map((m) => [m.line, m.label, m.value, m.unit])).toEqual([
      [3, 'Cheese made', '9640', 't'],
      [5, 'Diesel burned', '1215000', 'L'],
      [4, 'Staff at year end', '742', ''],
      [5, 'Recordable injuries', '11', ''],
    ]);
  });

  it('gives the change pair to the prose reader as the sentence it makes', () => {
    const lines = toReportLines(docFromText(box));
    const found = extractTables(lines, {
      reportYear: 2024,
      noise: findRunningHeaders(lines),
      skip: new Set(),
    });
    expect(found.boxChangeSentences.map((l) => [l.no, l.text])).toEqual([[4, 'Sales up 6.3%.']]);
  });

  it('counts a change cell and a letter-currency amount as figures, a rule as nothing', () => {
    expect(figurePairs(['Sales growth', 'up 6.3%', '|', 'Staff', '742'])).toBe(2);
    expect(figurePairs(['Sales', 'K48.7 million', '|', 'Margin', '+1.2%'])).toBe(2);
    // A table row under year columns is no pair: a figure stands where a name would.
    expect(figurePairs(['Diesel burned', '1,215,000', '1,180,400', 'up 2.9%'])).toBe(0);
  });
});

describe('a key-figures pair worded as a change', () => {
  it('reads a direction word, a plus sign or an arrow before the percentage as a change', () => {
    expect(pairChangeSentence('Sales growth', 'up 6.3%')).toBe('Sales up 6.3%.');
    expect(pairChangeSentence('Net turnover', '+11.0%')).toBe('Net turnover up 11.0%.');
    expect(pairChangeSentence('Fresh water drawn', '▼ 4.8% vs 2023')).toBe(
      'Fresh water drawn down 4.8% vs 2023.',
    );
    expect(pairChangeSentence('Landfilled waste', 'down by 17%')).toBe('Landfilled waste down 17%.');
  });

  it('reads a bare percentage as a change only under a name that says so, with its sign', () => {
    expect(pairChangeSentence('Turnover growth', '7.7%')).toBe('Turnover up 7.7%.');
    expect(pairChangeSentence('Turnover growth', '-1.4%')).toBe('Turnover down 1.4%.');
    expect(pairChangeSentence('Decline in fuel oil use', '22%')).toBe('fuel oil use down 22%.');
  });

  it('leaves levels alone: a bare or negative share, a reduction against some base year', () => {
    expect(pairChangeSentence('Operating margin', '-3.1%')).toBeUndefined();
    expect(pairChangeSentence('Women in management', '31.5%')).toBeUndefined();
    expect(pairChangeSentence('Emissions reduction', '34%')).toBeUndefined();
    expect(pairChangeSentence('Staff', '742')).toBeUndefined();
  });
});
