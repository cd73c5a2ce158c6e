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

  it('reads the rows whose reference cites a paragraph and then another standard’s disclosure', () => {
    // "E3-4 §28 / 303-5": the ESRS paragraph, then the GRI disclosure, as one cell after the figures.
    const text = [
      'Table 6  Water use (E3-4), m³',
      'Indicator                          2031          2030     Change, %    ESRS / GRI',
      'Water drawn                      58 210,4      60 040,2      −3,0    E3-4 §28 / 303-3',
      '  from rivers                    21 100,6      22 900,8      −7,9    303-3',
      'Water returned                   47 380,1      48 120,5      −1,5    E3-4 §29(b) / 303-4',
    ].join('\n');
    expect(rows(text).map((r) => [r[0], r[1], r[3]])).toEqual([
      ['Water drawn', '58210.4', 2031],
      ['Water drawn', '60040.2', 2030],
      ['from rivers', '21100.6', 2031],
      ['from rivers', '22900.8', 2030],
      ['Water returned', '47380.1', 2031],
      ['Water returned', '48120.5', 2030],
    ]);
  });
});
