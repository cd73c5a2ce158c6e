import { describe, expect, it } from 'vitest';
import { tableRows } from '../../../test/support/table-rows.js';

// A made-up energy table: years over repeated unit groups ("MWh  GJ  MWh  GJ"), then a column of the
// ESRS paragraphs each row answers. The references column takes no year and heads no figure.
const rows = (text: string) => tableRows(text, 2031);

describe('years over unit groups with a references column after them', () => {
  it('gives each figure its group’s year and its column’s unit', () => {
    const text = [
      'Table 2  Energy use',
      '                                          2031                         2030',
      'Source                              MWh            GJ             MWh            GJ        ESRS',
      'Wood pellets                     12 400,0       44 640,0       11 900,0       42 840,0    E1-5 §37',
      'Grid power                        8 100,0       29 160,0        8 300,0       29 880,0    E1-5 §37',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['Wood pellets', '12400.0', 'MWh', 2031],
      ['Wood pellets', '44640.0', 'GJ', 2031],
      ['Wood pellets', '11900.0', 'MWh', 2030],
      ['Wood pellets', '42840.0', 'GJ', 2030],
      ['Grid power', '8100.0', 'MWh', 2031],
      ['Grid power', '29160.0', 'GJ', 2031],
      ['Grid power', '8300.0', 'MWh', 2030],
      ['Grid power', '29880.0', 'GJ', 2030],
    ]);
  });
});
