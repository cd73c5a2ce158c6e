import { describe, expect, it } from 'vitest';
import { findMetricsByPhrase } from './find-metrics.js';
import { markRateBases } from './rate-base.js';

// Safety-table labels whose bracket says what a rate is per; wordings and figures made up for the test.
const metricsOf = (label: string) => findMetricsByPhrase(label).map((m) => m.metric.id);

describe("a rate's base clause", () => {
  it.each([
    'TRIFR (per 200,000 hours worked)',
    'TRIFR (je 1 Mio. geleistete Arbeitsstunden)',
    'TRIFR (на 1 млн отработанных часов)',
    'TRIFR (ต่อ 200,000 ชั่วโมงการทำงาน)',
  ])('names the denominator of "%s", not hours worked', (label) => {
    expect(metricsOf(label)[0]).toBe('safety.injury_rate');
    expect(metricsOf(label)).not.toContain('safety.hours_worked');
  });

  it('opens only at a "per" followed by a figure and closes at punctuation', () => {
    expect(markRateBases('hours per employee')).toBe('hours per employee');
    expect(markRateBases('rate per 1 million hours, water use')).toBe(
      'rate \ue001per 1 million hours\ue002, water use',
    );
    expect(metricsOf('Injury rate per 1,000,000 hours, water consumption')).toContain('water.consumption');
  });

  it('leaves hours worked, and a catalogue phrase that prints its base, as they were', () => {
    expect(metricsOf('Hours worked')[0]).toBe('safety.hours_worked');
    expect(metricsOf('ชั่วโมงการทำงาน')[0]).toBe('safety.hours_worked');
    expect(metricsOf('Lost time injuries per million hours worked')[0]).toBe('safety.lost_time_injury_rate');
  });
});
