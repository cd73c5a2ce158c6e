import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../test/support/doc-from-text.js';
import { toReportLines } from '../layout/index.js';
import { extractNarrative } from './extract-narrative.js';

// Invented sentences: a figure reported in one clause, a commitment or plan in a later one.
function bases(text: string) {
  const lines = toReportLines(docFromText(text));
  return extractNarrative(lines, { reportYear: 2031, skip: new Set() }).mentions.map((m) => [
    m.value,
    m.basis,
  ]);
}

describe('a forward-looking word in a later clause', () => {
  it('leaves the figure of the clause before it reported', () => {
    expect(
      bases(
        'Over the year we spent NZ$3.7m on boiler upgrades, and a further NZ$1.9m has been committed to heat pumps for next year.',
      ),
    ).toEqual([
      ['3.7', 'actual'],
      ['1.9', 'target'],
    ]);
  });

  it('leaves a figure dated by a past year reported when a later clause names a deadline', () => {
    expect(
      bases(
        'In 2030 the mill burned 41.8 thousand tonnes of wood chips, and we signed a regional pledge to halve coal use by 2036.',
      ),
    ).toEqual([['41.8', 'actual']]);
    // An undated item of a list of targets keeps the list's deadline.
    expect(bases('Next steps: plant 600 hectares of forest; and restore four wetlands by 2035.')).toEqual([
      ['600', 'target'],
    ]);
  });

  it('still makes a figure a target when the word comes before it', () => {
    expect(bases('We aim to recycle 94% of our scrap, and to halve landfill.')).toEqual([['94', 'target']]);
  });
});
