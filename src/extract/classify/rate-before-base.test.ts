import { describe, expect, it } from 'vitest';
import type { Mention } from '../mention/index.js';
import { classifyMention } from './index.js';

// Safety rows as reports translated from Russian print them; labels and figures made up for the test.
function row(label: string, unit: string, value: string): Mention {
  return {
    kind: 'table',
    line: 12,
    label,
    context: ['Key figures of the year'],
    background: 1,
    value,
    unit,
    year: 2025,
    basis: 'actual',
    quote: '',
    dims: {},
  };
}

const metricOf = (label: string, unit: string, value: string) =>
  classifyMention(row(label, unit, value), ['gri-2021']).metric?.id;

describe('a rate named before the base it is per', () => {
  it('reads "LTIFR per 1 million man-hours" as the rate, not as hours worked', () => {
    expect(metricOf('LTIFR per 1 million man-hours', '', '1.12')).toBe('safety.lost_time_injury_rate');
    expect(metricOf('TRIFR, per 200,000 hours worked', 'per 200,000 hours worked', '0.31')).toBe(
      'safety.injury_rate',
    );
  });

  it('leaves hours worked and a rate worded as a catalogue phrase as they were', () => {
    expect(metricOf('Man-hours worked', 'million man-hours', '4.502')).toBe('safety.hours_worked');
    expect(metricOf('Lost time injuries per million hours worked', '', '0.7')).toBe(
      'safety.lost_time_injury_rate',
    );
  });
});
