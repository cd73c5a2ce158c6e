import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../test/support/doc-from-text.js';
import { toReportLines } from '../layout/index.js';
import { extractNarrative } from './extract-narrative.js';

// Invented amounts with a prior-year comparative in brackets that prints its own currency mark.
function dated(text: string) {
  const lines = toReportLines(docFromText(text));
  return extractNarrative(lines, { reportYear: 2031, skip: new Set() }).mentions.map((m) => [
    m.value,
    m.unit,
    m.year,
  ]);
}

describe('a bracketed comparative with its own currency mark', () => {
  it.each([
    ['KShs', 'Turnover reached KShs 4,210.5 million (2030: KShs 3,980.2 million) on higher tea prices.'],
    ['Rs', 'Revenue grew to Rs 9,614.0 million (2030: Rs 8,702.3 million) as volumes recovered.'],
    ['R$', 'Net revenue was R$ 2,731.4 million (2030: R$ 2,518.9 million) in the year.'],
  ])('reads the %s comparative once, for its own year', (mark, sentence) => {
    const read = dated(sentence);
    const [current, prior] = sentence.match(/\d[\d,]*\.\d/g) ?? [];
    const plain = (s = '') => s.replace(/,/g, '');
    expect(read).toContainEqual([plain(current), `${mark} million`, 2031]);
    expect(read).toContainEqual([plain(prior), `${mark} million`, 2030]);
    expect(read.filter(([value]) => value === plain(prior))).toHaveLength(1);
  });
});
