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
});
