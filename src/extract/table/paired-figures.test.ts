// Key figures printed as name-and-figure pairs side by side under no year; the figures are made up.
import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../test/support/doc-from-text.js';
import { findRunningHeaders, toReportLines } from '../layout/index.js';
import { extractTables } from './extract-tables.js';
import { figurePairs } from './paired-figures.js';

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

  it('counts pairs only where names and figures alternate', () => {
    expect(figurePairs(['Staff', '2,418', 'Women in management', '31.5%'])).toBe(2);
    expect(figurePairs(['Diesel', '1,204', 'litres', '1,180'])).toBe(0);
    expect(figurePairs(['Scope 1', '2024', 'Scope 2', '2023'])).toBe(0);
    expect(figurePairs(['Electricity', '4,210', '3,980'])).toBe(0);
  });
});
