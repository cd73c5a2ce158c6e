import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../test/support/doc-from-text.js';
import { toReportLines } from './index.js';

// Made-up staff tables as narrow French and Nordic layouts print them: thousands grouped by a space,
// the columns of a year group one space apart.
const cellsOf = (text: string) => toReportLines(docFromText(text)).map((l) => [l.no, ...l.cells]);

const TABLE = [
  'Table 4. Staff by site',
  '',
  '                                          2030                     2031',
  '                             Female Male-staff Total  Female Male-staff Total',
  '----------------------------------------------------------------------',
  'Harbour depot                 2 031      6 415 8 446   2 107      6 380 8 487',
  'Inland depot                    317        652   969     342        611   953',
  'All sites                     2 348      7 067 9 415   2 449      6 991 9 440',
].join('\n');

describe('figures grouped by a thousands space in columns one space apart', () => {
  it('parts a run where the row of plain figures beside it ends its columns', () => {
    const lines = cellsOf(TABLE);
    expect(lines.find((l) => l[0] === 6)).toEqual([
      6,
      'Harbour depot',
      '2 031',
      '6 415',
      '8 446',
      '2 107',
      '6 380',
      '8 487',
    ]);
    expect(lines.find((l) => l[0] === 8)).toEqual([
      8,
      'All sites',
      '2 348',
      '7 067',
      '9 415',
      '2 449',
      '6 991',
      '9 440',
    ]);
  });

  it('names the parted columns by the header over them', () => {
    const lines = cellsOf(TABLE);
    expect(lines.find((l) => l[0] === 4)).toEqual([
      4,
      '',
      'Female',
      'Male-staff',
      'Total',
      'Female',
      'Male-staff',
      'Total',
    ]);
  });

  it('leaves a run whole when no row around it prints its columns apart', () => {
    const lines = cellsOf(
      [
        'Water withdrawn (m³)        2031        2030',
        'Groundwater            1 204 512   1 186 040',
        'Surface water            412 880     398 512',
      ].join('\n'),
    );
    expect(lines[1]).toEqual([2, 'Groundwater', '1 204 512', '1 186 040']);
    expect(lines[2]).toEqual([3, 'Surface water', '412 880', '398 512']);
  });
});
