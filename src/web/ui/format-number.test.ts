import { describe, expect, it } from 'vitest';
import { dec } from '../../core/index.js';
import { formatDecimal, formatShort, headlinePlaces } from './format-number.js';

describe('formatDecimal', () => {
  it('groups thousands and keeps every digit of an exact decimal', () => {
    expect(formatDecimal('109030')).toBe('109,030');
    expect(formatDecimal('12967.3712345678901234567')).toBe('12,967.3712345678901234567');
    expect(formatDecimal('-4812300.5')).toBe('−4,812,300.5');
    expect(formatDecimal('0.000001')).toBe('0.000001');
  });

  it('rounds half up when asked for places', () => {
    expect(formatDecimal(dec('653.055'), 2)).toBe('653.06');
    expect(formatDecimal(dec('12967.5'), 0)).toBe('12,968');
  });

  it('shows no decimals from a thousand up', () => {
    expect(headlinePlaces(dec('999.99'))).toBe(2);
    expect(headlinePlaces(dec('-1000'))).toBe(0);
  });
});

describe('formatShort', () => {
  it('shortens long calculated values and keeps short ones as stored', () => {
    expect(formatShort('626.1213573718048')).toBe('626.12');
    expect(formatShort('6677.5')).toBe('6,677.5');
    expect(formatShort('219')).toBe('219');
    expect(formatShort('0.0123456')).toBe('0.01235');
    expect(formatShort('0')).toBe('0');
  });
});
