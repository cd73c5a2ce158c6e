import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../test/support/doc-from-text.js';
import { toReportLines } from '../layout/index.js';
import { extractNarrative } from './extract-narrative.js';

// Invented sentences where a figure set against another shares that figure's subject.
function labels(text: string, reportYear: number) {
  const lines = toReportLines(docFromText(text));
  return extractNarrative(lines, { reportYear, skip: new Set() }).mentions.map((m) => [m.value, m.label]);
}

describe('a figure set against an earlier one', () => {
  it('is named by the subject of the figure it is compared with', () => {
    const found = labels(
      'After the kiln upgrade, wood pellets supplied 31.6 % of the plant heat, compared with 18.2 % a year earlier.',
      2031,
    );
    const earlier = found.find((m) => m[0] === '18.2')?.[1] ?? '';
    expect(earlier).toContain('wood pellets');
    expect(earlier).toContain('plant heat');
    expect(earlier).not.toContain('31.6');
  });

  it('with a glued unit and "versus", keeps the words after the unit', () => {
    const found = labels('Rail carried 42% of our outbound tonnage in 2031 versus 37% in 2030.', 2031);
    const earlier = found.find((m) => m[0] === '37')?.[1] ?? '';
    expect(earlier).toContain('Rail carried');
    expect(earlier).not.toContain('42');
  });
});
