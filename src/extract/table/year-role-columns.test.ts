import { describe, expect, it } from 'vitest';
import { tableMentions } from '../../../test/support/table-rows.js';
import { parseYearCell } from './year-cell.js';

// Made-up targets tables headed by a base year, the current status and a target year, in several languages.
function goals(base: string, current: string, target: string) {
  const text = [
    'Goals to 2030',
    '',
    `  Goal                                      ${base.padEnd(16)}  ${current.padEnd(14)}  ${target}`,
    '  Energy from renewables (%)                    4,0               7,5           25,0',
    '  Water drawn (m3)                           1.204,0           1.150,5          900,0',
  ].join('\n');
  return tableMentions(text, 2025).map((m) => [m.line, m.value, m.year, m.basis]);
}

describe('year columns headed by a base year, the status and a target year', () => {
  const headings = [
    ['Base 2021', 'Status 2025', 'Target 2030'],
    ['Bazna 2021.', 'Stanje 2025.', 'Cilj 2030.'],
    ['Basisjahr 2021', 'Ist 2025', 'Ziel 2030'],
    ['Año base 2021', '2025', 'Meta 2030'],
    ['基準年 2021', '2025', '目標 2030'],
    // Taiwanese reports bracket the base year after its word and print 實績 (actual) after this year's.
    ['基準年（2021年度）', '2025年度實績', '2030年目標'],
    ['基準年(2021)', '2025實績', '2030年目標'],
  ] as const;
  for (const [base, current, target] of headings) {
    it(`reads "${base} | ${current} | ${target}" as the base year's, this year's and a target`, () => {
      expect(goals(base, current, target)).toEqual([
        [4, '4.0', 2021, 'actual'],
        [4, '7.5', 2025, 'actual'],
        [4, '25.0', 2030, 'target'],
        [5, '1204.0', 2021, 'actual'],
        [5, '1150.5', 2025, 'actual'],
        [5, '900.0', 2030, 'target'],
      ]);
    });
  }

  it('gives each heading its role', () => {
    expect(parseYearCell('Bazna 2021.')).toEqual({ year: 2021, role: 'base' });
    expect(parseYearCell('Stanje 2025.')).toEqual({ year: 2025, role: 'actual' });
    expect(parseYearCell('Cilj 2030.')).toEqual({ year: 2030, role: 'target' });
    expect(parseYearCell('Циљ 2030.')).toEqual({ year: 2030, role: 'target' });
    expect(parseYearCell('2030年目標')).toEqual({ year: 2030, role: 'target' });
    expect(parseYearCell('Stanje')).toBeUndefined();
  });
});
