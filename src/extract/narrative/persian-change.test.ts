import { describe, expect, it } from 'vitest';
import { changesOf, figuresOf } from './testing/read-mentions.js';

// Invented Persian sentences stating a change between years (change-words.data.json 'fa' and
// 'fa-figure-first', script-change-wording.ts; "درصد" folded to "%" in extract/clean/markup.ts).
describe('stated changes in Persian prose', () => {
  it('reads "درصد" after a figure as a percentage', () => {
    expect(figuresOf('نرخ بازیافت پسماند 81.5 درصد است.', 2031)).toEqual([
      expect.objectContaining({ value: '81.5', unit: '%' }),
    ]);
  });

  it('reads the noun of change after the figure, its subject before it', () => {
    expect(changesOf('مصرف بخار در سال 2031 با 3.8 درصد کاهش به 52,100 تن رسید.', 2031)).toEqual([
      { value: '3.8', direction: 'decrease', of: 'مصرف بخار' },
    ]);
    expect(changesOf('مصرف آب صنعتی نسبت به سال قبل 7.2 درصد افزایش یافت.', 2031)).toEqual([
      { value: '7.2', direction: 'increase', of: 'مصرف آب صنعتی' },
    ]);
  });

  it('reads a clause opening on the noun, its subject after the figure', () => {
    expect(changesOf('کاهش 5.9 درصدی شدت مصرف بخار نسبت به 2029', 2031)).toEqual([
      { value: '5.9', direction: 'decrease', of: 'شدت مصرف بخار', since: 2029 },
    ]);
  });

  it('starts no subject inside a number with thousands commas', () => {
    const [change] = changesOf(
      'فروش خالص به 48,316,900 میلیون ریال رسید که نسبت به سال قبل 12.6 درصد افزایش داشت.',
      2031,
    );
    // With the rial a money unit the change may belong to the whole figure; either way its subject
    // holds the whole number, never a part cut at a thousands comma ("900 میلیون ریال").
    expect(change?.of).toMatch(/48,?316,?900/);
    expect(change?.of).not.toMatch(/^(?:316|900)/);
  });

  it('reads no change from a target', () => {
    expect(changesOf('هدف ما کاهش 30 درصدی مصرف آب تا سال 2035 است.', 2031)).toEqual([]);
  });
});
