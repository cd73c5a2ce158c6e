import { describe, expect, it } from 'vitest';
import type { Fact } from '../../core/index.js';
import { printed } from '../testing/printed-fact.js';
import { averageSentenceRule } from './average-sentence.js';
import { ruleContext } from './context.js';

const run = (facts: readonly Fact[]) => averageSentenceRule.run(ruleContext(facts, () => undefined));

/** A figure of a sentence, with the noun it was printed with ("employees"). */
function said(quote: string, line: number, value: string, unit: string, noun: string): Fact {
  const f = printed({ metric: 'x', value, unit, year: 2022, line, quote, extraction: 'text' });
  if (f.provenance.kind !== 'document') return f;
  return { ...f, provenance: { ...f.provenance, reported: { value, unit: noun } } };
}

function sentence(average: string) {
  const quote = `In 2022, 2,150 employees attended 25,370 hours of courses, an average of ${average} hours per employee.`;
  return [
    said(quote, 88, '2150', 'persons', 'employees'),
    said(quote, 88, '25370', 'hours', 'hours'),
    said(quote, 88, average, 'hours', 'hours'),
  ];
}

describe('average.sentence', () => {
  it('accepts an average that is the total over the count (25,370 ÷ 2,150 = 11.8)', () => {
    expect(run(sentence('11.8'))).toEqual([]);
  });

  it('flags one that is not, with the average the figures give', () => {
    const [f, ...rest] = run(sentence('13.2'));
    expect(rest).toEqual([]);
    expect([f?.rule, f?.severity, f?.expected, f?.actual]).toEqual([
      'average.sentence',
      'warning',
      '11.8',
      '13.2',
    ]);
  });

  it('reads nothing when the count is of something else', () => {
    const quote = 'We ran 40 courses of 25,370 hours in all, an average of 13.2 hours per employee.';
    const figures = [
      said(quote, 9, '40', 'count', 'courses'),
      said(quote, 9, '25370', 'hours', 'hours'),
      said(quote, 9, '13.2', 'hours', 'hours'),
    ];
    expect(run(figures)).toEqual([]);
  });

  it('reads "X hours each" against the headcount the sentence prints in words', () => {
    const quote = "The plant's 1,310 workers logged 17,030 hours of safety drills in 2022, 14.6 hours each.";
    const figures = [said(quote, 140, '17030', 'hours', 'hours'), said(quote, 140, '14.6', 'hours', 'hours')];
    const [f, ...rest] = run(figures);
    expect(rest).toEqual([]);
    expect([f?.expected, f?.actual, f?.source]).toEqual(['13', '14.6', [{ line: 140 }]]);
    expect(f?.message).toContain('17,030 hours ÷ 1,310 workers');
    const right = quote.replace('14.6', '13.0');
    expect(
      run([said(right, 140, '17030', 'hours', 'hours'), said(right, 140, '13.0', 'hours', 'hours')]),
    ).toEqual([]);
  });

  it('reads nothing for "each" when the sentence prints two headcounts', () => {
    const quote = 'Our 820 staff and 96 contract workers took 9,900 hours of courses, 12.6 hours each.';
    expect(run([said(quote, 7, '9900', 'hours', 'hours'), said(quote, 7, '12.6', 'hours', 'hours')])).toEqual(
      [],
    );
  });
});
