import { describe, expect, it } from 'vitest';
import type { Mention } from '../mention/index.js';
import { classifyMention } from './index.js';

// A made-up table "Learning by staff grade" with columns "Staff trained | Average days".
function cell(column: string, value: string): Mention {
  return {
    kind: 'table',
    line: 7,
    label: 'Team leaders',
    context: ['Learning hours by employee grade', column],
    background: 1,
    column,
    value,
    unit: '',
    year: 2023,
    basis: 'actual',
    quote: '',
    dims: {},
  };
}

describe('a figure under an "Average …" column', () => {
  it('is not read as a headcount from the words of the table title', () => {
    expect(classifyMention(cell('Average days', '3.5'), ['hkex-c2']).metric?.kind).not.toBe('count');
  });

  it('is the average training hours in a table of training or learning hours', () => {
    expect(classifyMention(cell('Average hours', '12.5'), ['hkex-c2']).metric?.id).toBe(
      'training.hours_average',
    );
  });

  it('is the average training hours under the abbreviation "Avg hours", never a bare figure', () => {
    expect(classifyMention(cell('Avg hours', '27.3'), ['hkex-c2']).metric?.id).toBe('training.hours_average');
    expect(classifyMention(cell('Avg. hours', '27.3'), ['hkex-c2']).metric?.id).toBe(
      'training.hours_average',
    );
  });

  it('a "Share (%)" column beside a headcount is the share of the workforce', () => {
    const share = { ...cell('Share (%)', '31.5'), label: 'Female', unit: '%' };
    expect(classifyMention(share, ['hkex-c2']).metric?.id).toBe('workforce.share');
  });

  it('leaves a count column of the same table a count', () => {
    expect(classifyMention(cell('Staff trained', '57'), ['hkex-c2']).metric?.kind).toBe('count');
  });
});
