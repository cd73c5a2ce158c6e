// An exchange's own ESG index coded by its metric ids with GRI in a last column: the GRI codes are
// read with the location printed before them, and a page column at the end is never taken for codes.
import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../test/support/doc-from-text.js';
import { toReportLines } from '../layout/index.js';
import { parseContentIndex } from './index.js';

const read = (rows: readonly string[]): [string, string, string][] =>
  parseContentIndex(toReportLines(docFromText(rows.join('\n')))).entries.map((e) => [
    e.code,
    e.status,
    e.location,
  ]);

describe('an index coded by the exchange’s metric ids with GRI last', () => {
  it('reads each GRI code at the location printed before it', () => {
    const rows = [
      'Metric id   Metric                         Where reported              GRI',
      'E1          Scope 1 and 2 emissions        Climate data table          305-1, 305-2',
      'E3          Energy use                     Climate data table          302-1',
      'E6          Water withdrawn                Water section               303-3',
      'S2          Pay gap by gender              People and pay              405-2',
      'S7          Lost-time injuries             Safety data table           403-9',
      'G6          Privacy incidents              Governance section          418-1',
      'G7          Report publication             About us                    2-3',
    ];
    expect(read(rows)).toEqual([
      ['GRI:305-1', 'reported', 'Climate data table'],
      ['GRI:305-2', 'reported', 'Climate data table'],
      ['GRI:302-1', 'reported', 'Climate data table'],
      ['GRI:303-3', 'reported', 'Water section'],
      ['GRI:405-2', 'reported', 'People and pay'],
      ['GRI:403-9', 'reported', 'Safety data table'],
      ['GRI:418-1', 'reported', 'Governance section'],
      ['GRI:2-3', 'reported', 'About us'],
    ]);
  });

  it('keeps a GRI column mid-row with its pages after it', () => {
    const rows = [
      'Id     Metric                             GRI        Page',
      'E1     Scope 1 and 2 emissions            305-1      12',
      'E2     Energy use                         302-1      12, 14',
      'S1     Pay ratio                          2-21       Omitted – confidential',
      'S3     Turnover                           401-1      21',
      'G1     Board make-up                      2-9        3, 5',
    ];
    expect(read(rows)).toEqual([
      ['GRI:305-1', 'reported', '12'],
      ['GRI:302-1', 'reported', '12, 14'],
      ['GRI:2-21', 'omitted', ''],
      ['GRI:401-1', 'reported', '21'],
      ['GRI:2-9', 'reported', '3, 5'],
    ]);
  });

  it('reads a regulator’s items and a guideline’s articles with GRI last, pages and sections before', () => {
    const rows = [
      'Circular item                                   Section    Page     GRI',
      '3.1 Materials used',
      '    a) Weight of materials                      2.1        40       301-1',
      '    b) Recycled input share                     2.1        40       301-2',
      '3.2 Energy',
      '    a) Fuel and power used                      2.2        41-42    302-1',
      '    b) Savings from projects                    2.2        42       302-4',
      '3.4 Penalties for environmental breaches        2.5        44       2-27',
      'Topic                       Article        Section        GRI',
      'Energy use                  Article 34     4.2            302-1, 302-3',
      'Donations                   Article 38     VI             413-1',
    ];
    expect(read(rows)).toEqual([
      ['GRI:301-1', 'reported', '40'],
      ['GRI:301-2', 'reported', '40'],
      ['GRI:302-1', 'reported', '41-42'],
      ['GRI:302-4', 'reported', '42'],
      ['GRI:2-27', 'reported', '44'],
      ['GRI:302-3', 'reported', '4.2'],
      ['GRI:413-1', 'reported', 'VI'],
    ]);
  });

  it('takes no data row that ends in a disclosure code for an index row', () => {
    const rows = [
      'Indicator              Unit      2025        2024        GRI',
      'Diesel                 litres    612,480     586,240     302-1',
      'Grid electricity       MWh       18,204.6    17,950.2    302-1',
      'Scope 1                tCO2e     1,642.8     1,598.1     305-1',
      'Scope 2                tCO2e     9,064.3     9,122.7     305-2',
      'Water withdrawn        m³        84,210      86,930      303-3',
    ];
    expect(read(rows)).toEqual([]);
  });
});
