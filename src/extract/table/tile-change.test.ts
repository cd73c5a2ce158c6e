import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../test/support/doc-from-text.js';
import { findRunningHeaders, toReportLines } from '../layout/index.js';
import { extractTables } from './extract-tables.js';
import { tileChangeText } from './tile-change.js';

// Key-figure tiles printed value first whose name says the figure is a change; the figures are made up.
function read(text: string) {
  const lines = toReportLines(docFromText(text));
  return extractTables(lines, { reportYear: 2025, noise: findRunningHeaders(lines), skip: new Set() });
}

describe('a tile name worded as a change', () => {
  it('reads a change word at the end of the name, the words before it being what changed', () => {
    expect(tileChangeText('6.4', 'net sales growth')).toBe('6.4% increase in net sales.');
    expect(tileChangeText('12.9', 'landfilled waste reduction vs 2023')).toBe(
      '12.9% decrease in landfilled waste vs 2023.',
    );
  });

  it('takes a minus sign as a fall, repeated by a falling word or turning a rising one', () => {
    expect(tileChangeText('-4.7', 'freshwater intake reduction')).toBe('4.7% decrease in freshwater intake.');
    expect(tileChangeText('-2.2', 'fleet fuel growth')).toBe('2.2% decrease in fleet fuel.');
  });

  it('keeps a name opening on a change, and reads none in a name that states no change', () => {
    expect(tileChangeText('9.8', 'fewer lost-time injuries')).toBe('9.8% decrease in lost-time injuries.');
    expect(tileChangeText('41.5', 'women in the workforce')).toBeUndefined();
    expect(tileChangeText('-3.4', 'operating margin')).toBeUndefined();
  });

  it('keeps as printed a name opening on a noun of change of a language printing the figure first', () => {
    expect(tileChangeText('7.3', 'ירידה בצריכת המים לעומת 2024')).toBe('7.3% ירידה בצריכת המים לעומת 2024.');
  });
});

describe('a value-first highlights list with tiles worded as changes', () => {
  const text = [
    'PERFORMANCE SNAPSHOT',
    '',
    '   63,410 MWh        electricity consumed',
    '   5.9%              electricity use reduction',
    '   −4.7%             freshwater intake reduction',
    '   2,215             people employed',
  ].join('\n');

  it('reads each change tile on a line of its own as the sentence it states', () => {
    expect(read(text).changeSentences.map((l) => [l.no, l.text])).toEqual([
      [4, '5.9% decrease in electricity use.'],
      [5, '4.7% decrease in freshwater intake.'],
    ]);
  });

  it('still reads a signed tile as a figure only when its name says change', () => {
    const values = read(text).mentions.map((m) => [m.line, m.value]);
    expect(values).toContainEqual([5, '-4.7']);
    const margin = read(['KEY FIGURES', '   −3.4%   operating margin', '   1,980 t   waste'].join('\n'));
    expect(margin.mentions.map((m) => m.line)).not.toContain(2);
  });
});

describe('a name-first key-figure row in a language printing the figure first', () => {
  it('reads a row naming a change and printing one percentage as the sentence it states', () => {
    const text = ['נתונים עיקריים', 'ירידה בצריכת המים לעומת 2024\t7.3%', 'עובדים בסוף השנה\t2,215'].join(
      '\n',
    );
    expect(read(text).boxChangeSentences.map((l) => l.text)).toEqual(['7.3% ירידה בצריכת המים לעומת 2024.']);
  });
});
