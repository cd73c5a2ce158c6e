import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../test/support/doc-from-text.js';
import { toReportLines } from './index.js';

// Made-up space-aligned tables with a row of group names over their header row.
const cellsOf = (text: string) => toReportLines(docFromText(text)).map((l) => [l.no, ...l.cells]);

describe('a row of group names over a header row', () => {
  it('names each header cell by the group printed over it, with years as rows', () => {
    const lines = cellsOf(
      [
        '  Water by source',
        '',
        '                  Withdrawn (ML)                  Discharged (ML)',
        '             Municipal      Borewell      To sewer      To river',
        '  2024           1,906           412         1,288           260',
        '  2023           1,874           455         1,301           244',
      ].join('\n'),
    );
    expect(lines.map((l) => l[0])).toEqual([1, 4, 5, 6]);
    expect(lines[1]).toEqual([
      4,
      '',
      'Withdrawn Municipal (ML)',
      'Withdrawn Borewell (ML)',
      'Discharged To sewer (ML)',
      'Discharged To river (ML)',
    ]);
  });

  it('gives a name centred over two columns to both, and leaves a column under no name as it is', () => {
    const lines = cellsOf(
      [
        '                          Training completed              ',
        '  Grade              Staff       Share (%)            Hours per staff',
        '  Supervisors          118          92.2                        31.5',
        '  Operators            964          88.0                        24.0',
      ].join('\n'),
    );
    expect(lines[0]).toEqual([
      2,
      'Grade',
      'Training completed Staff',
      'Training completed Share (%)',
      'Hours per staff',
    ]);
  });

  it('leaves the wrapped word of one heading over its own column, not its neighbour within reach', () => {
    const text = [
      'Site                 Scope 1      Energy      Energy        Water',
      '                                                       withdrawal',
      '                    (tCO2eq)        (TJ)       (TOE)        (ton)',
      'North yard           120,412     3,204.6      76,541    1,402,330',
      'South yard            46,120     1,102.8      26,342      512,604',
    ].join('\n');
    const lines = cellsOf(text);
    expect(lines[1]).toEqual([2, 'withdrawal']);
    expect(lines[2]).toEqual([3, '(tCO2eq)', '(TJ)', '(TOE)', '(ton)']);
  });

  it('widens a name centred over four columns to all four, and reads a group name wrapped over two lines', () => {
    const lines = cellsOf(
      [
        '                          Day shift                        Night shift                Agency',
        '                                                                                       staff',
        '  Plant           P       Q       R       S         P       Q       R       S       Men  Women      Total',
        '  Riverside      12       4       7       9        10       3       5       6         2      1         59',
      ].join('\n'),
    );
    expect(lines.map((l) => l[0])).toEqual([3, 4]);
    expect(lines[0]).toEqual([
      3,
      'Plant',
      'Day shift P',
      'Day shift Q',
      'Day shift R',
      'Day shift S',
      'Night shift P',
      'Night shift Q',
      'Night shift R',
      'Night shift S',
      'Agency staff Men',
      'Agency staff Women',
      'Total',
    ]);
  });

  it('leaves a caption at the margin and a line of years to other readers', () => {
    const caption = cellsOf(
      [
        '  Table 6  Safety',
        '                  Injuries       Lost days       Fatalities',
        '  Employees             14             212                0',
      ].join('\n'),
    );
    expect(caption[0]).toEqual([1, 'Table 6 Safety']);
    expect(caption[1]).toEqual([2, '', 'Injuries', 'Lost days', 'Fatalities']);
    const years = cellsOf(
      [
        '                      2024                     2023',
        '               Male      Female         Male      Female',
        '  Managers       41          23           39          20',
      ].join('\n'),
    );
    expect(years.map((l) => l[0])).toEqual([1, 2, 3]);
  });

  it('drops a rule printed under a row of years, so the years sit on the header row they span', () => {
    const lines = cellsOf(
      [
        '                                   FY2024                  FY2023',
        '                          ──────────────────────  ──────────────────────',
        '  Metric        Unit      North   South     All   North   South     All',
        '  Fuel oil      GJ          210     340     550     198     301     499',
      ].join('\n'),
    );
    expect(lines.map((l) => l[0])).toEqual([1, 3, 4]);
    expect(lines[1]).toEqual([3, 'Metric', '', 'North', 'South', 'All', 'North', 'South', 'All']);
    // A rule under words, not years, stays.
    const words = cellsOf(
      [
        '            Withdrawn        Discharged',
        '            ─────────        ──────────',
        '  Site A       12          9',
      ].join('\n'),
    );
    expect(words.map((l) => l[0])).toEqual([1, 2, 3]);
  });

  it('names the header cells by a group drawn inside a dashed rule, without the rule', () => {
    const lines = cellsOf(
      [
        '  Leavers by contract',
        '',
        '                  ----- Salaried -----     ----- Hourly -----',
        '  Site             Men   Women   Total     Men   Women   Total',
        '  Bremley           14       9      23      31      12      43',
      ].join('\n'),
    );
    expect(lines[1]).toEqual([
      4,
      'Site',
      'Salaried Men',
      'Salaried Women',
      'Salaried Total',
      'Hourly Men',
      'Hourly Women',
      'Hourly Total',
    ]);
  });
});
