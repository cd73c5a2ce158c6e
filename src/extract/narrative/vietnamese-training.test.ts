import { describe, expect, it } from 'vitest';
import { classifyMention } from '../classify/index.js';
import { isDisclosure } from '../select/index.js';
import { mentionsOf } from './testing/read-mentions.js';

// Training hours as Vietnamese prose prints them: "giờ/người/năm" is hours per person per year, the
// average of GRI 404-1. The first line makes the text a decimal-comma one, as such reports are. Invented figures.
const COMMA = 'Tỷ lệ: 12,5 %, 14,5 %, 16,5 %.\n\n';

/** Each figure of a paragraph that is not a share, with its metric and canonical unit. */
function figures(text: string) {
  return mentionsOf(COMMA + text, 2031)
    .filter((m) => m.unit !== '%')
    .map((m) => {
      const c = classifyMention(m, ['gri-2021']);
      return { value: m.value, year: m.year, metric: c.metric?.id, unit: c.quantity?.unit.symbol };
    });
}

describe('Vietnamese training hours per person', () => {
  it('reads "giờ/người/năm" as an average in hours, the prior year’s too', () => {
    expect(
      figures('Năm 2031, số giờ đào tạo trung bình là 31,2 giờ/người/năm (2030: 28,7 giờ/người/năm).'),
    ).toEqual([
      { value: '31.2', year: 2031, metric: 'training.hours_average', unit: 'hours' },
      { value: '28.7', year: 2030, metric: 'training.hours_average', unit: 'hours' },
    ]);
  });

  it('reads "giờ/người" the same way', () => {
    expect(figures('Số giờ đào tạo bình quân đạt 19,4 giờ/người.')).toEqual([
      { value: '19.4', year: 2031, metric: 'training.hours_average', unit: 'hours' },
    ]);
  });
});

describe('Vietnamese prose on training', () => {
  it('is a disclosure: its words name the workforce’s training', () => {
    const found = mentionsOf(COMMA + 'Năm 2031, công ty tổ chức 86.420 giờ đào tạo cho người lao động.', 2031)
      .filter((m) => m.unit !== '%')
      .map((m) => classifyMention(m, ['gri-2021']));
    expect(found.map((c) => [c.mention.value, c.metric?.id, isDisclosure(c)])).toEqual([
      ['86420', 'training.hours_total', true],
    ]);
  });
});
