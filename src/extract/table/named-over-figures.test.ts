import { describe, expect, it } from 'vitest';
import { tableMentions } from '../../../test/support/table-rows.js';

// Made-up tables under a two-line header of measures whose rows print their name on a line of its own,
// the figures on the line below, under a heading over the label column.
function read(text: string, reportYear = 2024) {
  return tableMentions(text, reportYear);
}

const table = [
  'Table 9 Purchased power by territory',
  '',
  'Territory',
  '                     Indirect emissions, grid     Indirect emissions, contracts   Power bought and',
  '                     (tonnes CO2e)                (tonnes CO2e)                   used (MWh)',
  'Federated Islands of the Northern and Southern Archipelago',
  '                             4,812                        1,907                     20,446',
  'Lowmark',
  '                             6,390                        2,115                     31,208',
  'Easterholm',
  '                             2,077                          604                      9,851',
].join('\n');

describe('rows named on the line above their figures, under a header of measures', () => {
  it('keeps the first row name out of the header and names every row of figures by the line above', () => {
    const found = read(table);
    const at = (line: number) => found.filter((m) => m.line === line).map((m) => [m.label, m.value, m.unit]);
    expect(at(7)).toEqual([
      ['Federated Islands of the Northern and Southern Archipelago', '4812', 'tonnes CO2e'],
      ['Federated Islands of the Northern and Southern Archipelago', '1907', 'tonnes CO2e'],
      ['Federated Islands of the Northern and Southern Archipelago', '20446', 'MWh'],
    ]);
    expect(at(11).map((m) => m[0])).toEqual(['Easterholm', 'Easterholm', 'Easterholm']);
    expect(found.find((m) => m.line === 9 && m.value === '31208')?.column).toBe(
      'Power bought and used (MWh)',
    );
  });
});
