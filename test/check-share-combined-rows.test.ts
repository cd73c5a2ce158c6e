// A share a sentence gives for several groups combined is their parts over their wholes, added, as the
// table prints each group's row (count, those with the trait, their share). Company and figures invented.
import { describe, expect, it } from 'vitest';
import { checkFacts } from '../src/check/index.js';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

const REPORT = (share: string) =>
  [
    'Larchmere Foundry – Sustainability Report 2031',
    '',
    'Staff by occupational level, 2031',
    '',
    'Occupational level                               Total     Women   Women %',
    '--------------------------------------------------------------------------',
    'Top management                                      12         3      25.0',
    'Senior management                                   80        22      27.5',
    'Middle management (section heads)                  340       119      35.0',
    'Skilled operators                                1 920       288      15.0',
    'Total                                            2 352       432      18.4',
    '--------------------------------------------------------------------------',
    '',
    `Women's representation in management (top, senior and middle management combined) rose to ${share}%`,
    'in 2031 from 31.0% in 2030.',
    '',
  ].join('\n');

const combined = (text: string) =>
  checkFacts({ facts: extractDocument(docFromText(text)).facts.map((f) => f.fact) }).findings.filter(
    (f) => f.rule === 'share.combined-rows',
  );

describe('share.combined-rows', () => {
  it('warns when the combined share is not the listed rows’ parts over their wholes', () => {
    // (3 + 22 + 119) / (12 + 80 + 340) = 144 / 432 = 33.3%; the mean of the row shares is 29.2%.
    const [finding, ...rest] = combined(REPORT('36.8'));
    expect(rest).toEqual([]);
    expect(finding?.severity).toBe('warning');
    expect(finding?.expected).toBe('33.3');
    expect(finding?.source.map((s) => s.line)).toContain(14);
  });

  it('says nothing when the share fits, or when a listed group names no single row', () => {
    expect(combined(REPORT('33.3'))).toEqual([]);
    expect(combined(REPORT('36.8').replace('Middle management (section heads)', 'Section heads'))).toEqual(
      [],
    );
  });
});
