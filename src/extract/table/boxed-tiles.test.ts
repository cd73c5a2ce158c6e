import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../test/support/doc-from-text.js';
import { findRunningHeaders, toReportLines } from '../layout/index.js';
import { extractTables } from './extract-tables.js';

// A highlights page drawn as a grid of boxes, each a figure with its name wrapped under it; made-up figures.
function read(text: string, reportYear = 2026) {
  const lines = toReportLines(docFromText(text));
  return extractTables(lines, { reportYear, noise: findRunningHeaders(lines), skip: new Set() });
}

describe('highlight tiles drawn as boxes', () => {
  it('reads each box as one figure named by its lines joined', () => {
    const text = [
      'OUR YEAR IN FIGURES',
      '',
      '+--------------------------+--------------------------+--------------------------+',
      '| 14.6% Omanisation        | 62.5% of purchases       | 37,410 MWh               |',
      '| of all employees         | from local suppliers     | electricity used         |',
      '+--------------------------+--------------------------+--------------------------+',
      '| 3,905 tCO2e              | 11.2 hours               | 88.1%                    |',
      '| Scope 1 emissions        | training per employee    | of waste recycled        |',
      '+--------------------------+--------------------------+--------------------------+',
    ].join('\n');
    const rows = read(text).mentions.map((m) => [m.line, m.value, m.unit, m.label]);
    expect(rows).toEqual([
      [4, '14.6', '%', 'Omanisation of all employees'],
      [4, '62.5', '%', 'of purchases from local suppliers'],
      [4, '37410', 'MWh', 'electricity used'],
      [7, '3905', 'tCO2e', 'Scope 1 emissions'],
      [7, '11.2', 'hours', 'training per employee'],
      [7, '88.1', '%', 'of waste recycled'],
    ]);
  });

  it('reads a box that prints its name over its figure', () => {
    const text = [
      '+--------------------------+--------------------------+',
      '| Water drawn              | Employees                |',
      '| 2,418,300 m3             | 1,906 persons            |',
      '+--------------------------+--------------------------+',
    ].join('\n');
    const rows = read(text).mentions.map((m) => [m.line, m.value, m.unit, m.label]);
    expect(rows).toEqual([
      [3, '2418300', 'm3', 'Water drawn'],
      [3, '1906', 'persons', 'Employees'],
    ]);
  });

  it('leaves a grid table with a label column to the table reader', () => {
    const text = [
      '+--------------------+-----------+-----------+',
      '| Indicator          | 2025      | 2026      |',
      '+--------------------+-----------+-----------+',
      '| Scope 1 (tCO2e)    | 4,120     | 3,905     |',
      '| Scope 2 (tCO2e)    | 2,210     | 2,004     |',
      '+--------------------+-----------+-----------+',
    ].join('\n');
    expect(read(text).mentions.every((m) => m.kind === 'table')).toBe(true);
  });

  it('leaves a sentence printed across a box to the prose reader and reads the tiles around it', () => {
    const text = [
      '+--------------------------+--------------------------+',
      '| 2,815 MWh                | 64.2% of waste           |',
      '| solar power generated    | sent to recycling        |',
      '| Water drawn per tonne of glass fell 7.9% against 2025 |',
      '| 1,377 employees          | 23.5 hours               |',
      '| across four sites        | training per employee    |',
      '+--------------------------+--------------------------+',
    ].join('\n');
    const result = read(text);
    expect(result.tableLines.has(4)).toBe(false);
    expect(result.mentions.map((m) => [m.line, m.value, m.unit])).toEqual([
      [2, '2815', 'MWh'],
      [2, '64.2', '%'],
      [5, '1377', ''],
      [5, '23.5', 'hours'],
    ]);
  });

  it('leaves a sentence across a box of label-and-figure cells to the prose reader', () => {
    const text = [
      '----------------------------------------------------------------',
      '| Output: 41,900 tonnes          | Energy: 318,450 GJ           |',
      '| Emissions per tonne fell 5.2% compared with 2025              |',
      '| Staff: 912 persons             | No fatal accidents           |',
      '----------------------------------------------------------------',
    ].join('\n');
    expect(read(text).tableLines.has(3)).toBe(false);
  });
});
