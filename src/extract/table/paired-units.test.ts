import { describe, expect, it } from 'vitest';
import { tableMentions } from '../../../test/support/table-rows.js';

// A made-up gas volumes table: each year printed in metric and imperial units side by side.
const TABLE = [
  'Table 6 - Gas conserved and lost',
  '--------------------------------------------------------------------------------',
  '                               2025                  2024                  2023',
  '                            e3m3      MMcf        e3m3      MMcf        e3m3      MMcf',
  '--------------------------------------------------------------------------------',
  'Gas conserved              12,410     438.0      11,870     418.9      10,955     386.6',
].join('\n');

describe('years over pairs of unit columns', () => {
  it('gives each cell its year and its own unit, two units in a row included ("MMcf | e3m3")', () => {
    const found = tableMentions(TABLE, 2025);
    expect(found.map((m) => [m.value, m.unit, m.year])).toEqual([
      ['12410', 'e3m3', 2025],
      ['438.0', 'MMcf', 2025],
      ['11870', 'e3m3', 2024],
      ['418.9', 'MMcf', 2024],
      ['10955', 'e3m3', 2023],
      ['386.6', 'MMcf', 2023],
    ]);
  });
});
