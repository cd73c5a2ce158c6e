import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../test/support/doc-from-text.js';
import { toReportLines } from '../layout/index.js';
import { extractNarrative } from './extract-narrative.js';

// Invented sentences whose later clause repeats an earlier clause's verb and unit, leaving out its measure.
function labels(text: string) {
  const lines = toReportLines(docFromText(text));
  return new Map(
    extractNarrative(lines, { reportYear: 2031, skip: new Set() }).mentions.map((m) => [m.value, m.label]),
  );
}

describe('a clause sharing an earlier clause’s measure', () => {
  it('is named by the measure the earlier clause prints after the same verb and unit', () => {
    const found = labels(
      'In 2031 office staff received 3,150 hours of language and software training; plant staff received 5,720 hours.',
    );
    expect(found.get('5720')).toBe('plant staff received 5,720 hours of language and software training');
  });

  it('is not when the verb or the unit differs, or the clause names its own measure', () => {
    const other = labels(
      'In 2031 office staff received 3,150 hours of language training; plant staff worked 5,720 hours.',
    );
    expect(other.get('5720')).not.toContain('training');
    const own = labels(
      'In 2031 office staff received 3,150 hours of language training; plant staff received 5,720 hours of induction.',
    );
    expect(own.get('5720')).not.toContain('language');
  });
});
