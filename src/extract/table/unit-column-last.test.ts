import { describe, expect, it } from 'vitest';
import { tableMentions } from '../../../test/support/table-rows.js';

// Made-up staff tables: breakdown columns with the units column printed last, and age bands as row names.
function read(text: string, reportYear = 2030) {
  return tableMentions(text, reportYear);
}
const columns = (found: ReturnType<typeof read>, line: number) =>
  found.filter((m) => m.line === line).map((m) => [m.label, m.value, m.column]);

describe('a units column printed after the figures', () => {
  const text = [
    'Staff of the cooperative',
    'Item                                    Women        Men      Total   Units',
    'Headcount at year end                     417        906      1,323   #',
    'Joined during the year                     58        121        179   #',
  ].join('\n');

  it('heads the figures by the headings before it', () => {
    expect(columns(read(text), 3)).toEqual([
      ['Headcount at year end', '417', 'Women'],
      ['Headcount at year end', '906', 'Men'],
      ['Headcount at year end', '1323', 'Total'],
    ]);
  });
});

describe('an age band opening a row', () => {
  const text = [
    'Staff by age',
    '                                   2029                 2030',
    'Band                          Women      Men      Women      Men',
    '< 25                             71       93         77      101',
    '25-45                           388      702        402      719',
    '>45                             149      266        151      270',
  ].join('\n');
  const found = read(text);

  it('names the row by the bound, never reads it as a figure', () => {
    expect(columns(found, 4)).toEqual([
      ['< 25', '71', 'Women'],
      ['< 25', '93', 'Men'],
      ['< 25', '77', 'Women'],
      ['< 25', '101', 'Men'],
    ]);
    expect(columns(found, 6).map((c) => c[1])).toEqual(['149', '266', '151', '270']);
  });
});
