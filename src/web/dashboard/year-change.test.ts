import { describe, expect, it } from 'vitest';
import { dec } from '../../core/index.js';
import { yearChange } from './year-change.js';

describe('yearChange', () => {
  it('rounds the percentage half up to one place and judges it by which way is better', () => {
    const down = yearChange(dec('653.05'), dec('700'), 'lower');
    expect(down).toMatchObject({ kind: 'change', direction: 'down', good: true });
    if (down.kind === 'change') expect(down.percent.toFixed()).toBe('-6.7');
    const up = yearChange(dec('110'), dec('100'), 'lower');
    expect(up).toMatchObject({ kind: 'change', direction: 'up', good: false });
    expect(yearChange(dec('110'), dec('100'), 'higher')).toMatchObject({ good: true });
  });

  it('has no comparison without a previous year and no percentage from zero', () => {
    expect(yearChange(dec(5), undefined, 'lower')).toEqual({ kind: 'noComparison' });
    expect(yearChange(dec(5), dec(0), 'lower')).toEqual({ kind: 'fromZero' });
    expect(yearChange(dec(0), dec(0), 'lower')).toMatchObject({ kind: 'change', direction: 'flat' });
  });

  it('calls a change below 0.05 % flat', () => {
    expect(yearChange(dec('100.04'), dec('100'), 'lower')).toMatchObject({
      direction: 'flat',
      good: undefined,
    });
  });
});
