import { describe, expect, it } from 'vitest';
import { classifyMention } from './index.js';

// A made-up sentence: "formal" training is the training GRI 404-1 counts, worded with an adjective.
describe('hours of formal training', () => {
  it('are the total training hours, in a sentence and in a row', () => {
    const said = classifyMention(
      {
        kind: 'text',
        line: 14,
        label: 'Our crews completed 7,315 hours of formal training in 2024',
        context: [''],
        value: '7315',
        unit: 'hours',
        year: 2024,
        basis: 'actual',
        quote: 'Our crews completed 7,315 hours of formal training in 2024.',
        dims: {},
      },
      ['gri-2021'],
    );
    expect(said.metric?.id).toBe('training.hours_total');
    const row = classifyMention(
      {
        kind: 'table',
        line: 30,
        label: 'Formal training hours',
        context: [],
        value: '7315',
        unit: 'h',
        year: 2024,
        basis: 'actual',
        quote: '',
        dims: {},
      },
      ['gri-2021'],
    );
    expect(row.metric?.id).toBe('training.hours_total');
  });
});
