import { describe, expect, it } from 'vitest';
import { tableMentions } from '../../../test/support/table-rows.js';

// Made-up tables with a target column and a status column of words after the years.
function read(text: string, reportYear = 2025) {
  return tableMentions(text, reportYear);
}
const row = (found: ReturnType<typeof read>, line: number) =>
  found.filter((m) => m.line === line).map((m) => [m.value, m.year, m.basis]);

function table(target: string): string {
  return [
    'Table 5 – Resources',
    '',
    `Indicator                          Unit              2025        2024   ${target} 2030  Status`,
    '--------------------------------------------------------------------------------------------------',
    'Water drawn                        m³             812.400     836.100',
    'Packaging recycled content         %                 64,2        61,8        75,0  ◐ on track',
  ].join('\n');
}

describe('a target column two spaces before a status column', () => {
  it('keeps the year columns where they are printed and reads the target as one', () => {
    const found = read(table('Target'));
    expect(row(found, 5)).toEqual([
      ['812400', 2025, 'actual'],
      ['836100', 2024, 'actual'],
    ]);
    expect(row(found, 6)).toEqual([
      ['64.2', 2025, 'actual'],
      ['61.8', 2024, 'actual'],
      ['75.0', 2030, 'target'],
    ]);
  });

  it('knows a target headed in Dutch, German or Polish', () => {
    for (const word of ['Doel', 'Ziel', 'Cel']) {
      expect(row(read(table(word)), 6), word).toContainEqual(['75.0', 2030, 'target']);
    }
  });

  it('keeps the figures of a tab-separated row under their columns when words fill the last one', () => {
    const text = [
      'Indicator\tUnit\t2025\t2024\tTarget 2030\tStatus',
      'Packaging recycled content\t%\t64.2\t61.8\t75.0\ton track',
      'Grid emissions\ttCO2e\t4,120\t4,388\t2,000\tbehind plan',
      'Fleet fuel\tGJ\t9,410\t9,880\t7,500',
    ].join('\n');
    const found = read(text);
    expect(row(found, 2)).toEqual([
      ['64.2', 2025, 'actual'],
      ['61.8', 2024, 'actual'],
      ['75.0', 2030, 'target'],
    ]);
    expect(row(found, 3)).toEqual([
      ['4120', 2025, 'actual'],
      ['4388', 2024, 'actual'],
      ['2000', 2030, 'target'],
    ]);
    // A row leaving the words column blank still has its figures under the columns before it.
    expect(row(found, 4)).toEqual([
      ['9410', 2025, 'actual'],
      ['9880', 2024, 'actual'],
      ['7500', 2030, 'target'],
    ]);
  });

  it('keeps the year figures of a tab-separated row under the years when no row above printed a target', () => {
    const text = [
      'Indicator\tUnit\t2025\t2024\tTarget 2030\tStatus',
      'Site managers\tnumber\t212\t204',
      '  of whom women\tnumber\t57\t49',
      'Women among site managers\t%\t26.9\t24.0\t35.0\t◐ on track',
    ].join('\n');
    const found = read(text);
    expect(row(found, 2)).toEqual([
      ['212', 2025, 'actual'],
      ['204', 2024, 'actual'],
    ]);
    expect(row(found, 3)).toEqual([
      ['57', 2025, 'actual'],
      ['49', 2024, 'actual'],
    ]);
  });
});
