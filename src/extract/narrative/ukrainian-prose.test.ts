import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../test/support/doc-from-text.js';
import { classifyMention } from '../classify/index.js';
import { toReportLines } from '../layout/index.js';
import { extractNarrative } from './extract-narrative.js';

// Synthetic Ukrainian and Russian sentences (every figure invented): a count of people in the case the
// number governs, followed by its verb, is a count of people, and those who took a course are those trained.

/** Metric, value and unit of each figure a paragraph gives. */
function read(text: string, reportYear = 2031) {
  const lines = toReportLines(docFromText(text));
  return extractNarrative(lines, { reportYear, skip: new Set() }).mentions.map((m) => ({
    metric: classifyMention(m, ['gri-2021']).metric?.id,
    value: m.value,
    unit: m.unit,
  }));
}

describe('Ukrainian people counts in prose', () => {
  it('reads "усі N працівників пройшли навчання" as employees trained', () => {
    expect(read('Усі 1 562 працівників пройшли навчання з охорони праці у 2031 році.')).toEqual([
      { metric: 'training.trained', value: '1562', unit: 'працівників' },
    ]);
    expect(read('У 2031 році 318 співробітників взяли участь у тренінгу з пожежної безпеки.')).toEqual([
      { metric: 'training.trained', value: '318', unit: 'співробітників' },
    ]);
  });

  it('ends a Cyrillic people noun before its verb or qualifier, in Russian too', () => {
    expect(read('Все 1 562 работников прошли обучение по охране труда в 2031 году.')).toEqual([
      { metric: 'training.trained', value: '1562', unit: 'работников' },
    ]);
  });
});

describe('Ukrainian staff-table words', () => {
  it('names women and men, and age bands in years', async () => {
    const { namesWomen, namesMen } = await import('../classify/greek-cyrillic-dims.js');
    const { ageBand } = await import('../classify/age-band.js');
    expect(namesWomen('жінки')).toBe(true);
    expect(namesMen('чоловіки')).toBe(true);
    expect(namesMen('жінки')).toBe(false);
    expect(ageBand('понад 55 років')).toBe('>55');
  });
});
