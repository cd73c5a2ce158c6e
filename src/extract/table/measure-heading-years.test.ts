import { describe, expect, it } from 'vitest';
import { tableMentions } from '../../../test/support/table-rows.js';

// A made-up depot matrix: sites across, each measure a heading line of its own, its year rows beneath it.
const MATRIX = [
  'Table 7  Operating data by depot',
  '                                     Northgate    Riverside   Vellmoor  Oxbury Lane       Total',
  '-----------------------------------------------------------------------------------------------',
  "Parcels delivered ('000)",
  '  2025                                     118           64         21            9         212',
  '  2024                                     111           60         19            8         198',
  'Fresh water drawn (m³)',
  '  2025                                  52,310       20,880      7,402        1,204      81,796',
  '  2024                                  50,120       19,940      7,115        1,190      78,365',
  '-----------------------------------------------------------------------------------------------',
].join('\n');

describe('a site matrix with each measure on a heading line over its year rows', () => {
  it('names each figure by the measure heading, its year row and its site column', () => {
    const found = tableMentions(MATRIX, 2025).filter((m) => m.line === 8);
    expect(found.map((m) => [m.label, m.value, m.unit, m.year, m.dims.site])).toEqual([
      ['Fresh water drawn (m3)', '52310', 'm3', 2025, 'Northgate'],
      ['Fresh water drawn (m3)', '20880', 'm3', 2025, 'Riverside'],
      ['Fresh water drawn (m3)', '7402', 'm3', 2025, 'Vellmoor'],
      ['Fresh water drawn (m3)', '1204', 'm3', 2025, 'Oxbury Lane'],
      ['Fresh water drawn (m3)', '81796', 'm3', 2025, undefined],
    ]);
  });

  it('dates the second year row by its label', () => {
    const found = tableMentions(MATRIX, 2025).filter((m) => m.line === 6);
    expect(found.map((m) => [m.label, m.value, m.year])).toEqual([
      ["Parcels delivered ('000)", '111', 2024],
      ["Parcels delivered ('000)", '60', 2024],
      ["Parcels delivered ('000)", '19', 2024],
      ["Parcels delivered ('000)", '8', 2024],
      ["Parcels delivered ('000)", '198', 2024],
    ]);
  });
});
