import { describe, expect, it } from 'vitest';
import { parseUnit } from './parse-unit.js';

describe('scales named with "hundred"', () => {
  it('reads "hundred million" as 10^8, as Korean 억 and Chinese 亿 are', () => {
    expect(parseUnit('KRW hundred million')).toMatchObject({
      symbol: 'KRW 100 million',
      dimension: 'money:KRW',
    });
    expect(parseUnit('TWD hundred million').toBase.toFixed()).toBe('100000000');
    expect(parseUnit('KRW 억').toBase.toFixed()).toBe('100000000');
  });

  it('reads "hundred thousand" as a lakh', () => {
    expect(parseUnit('INR hundred thousand').toBase.toFixed()).toBe('100000');
  });

  it('keeps a plain million a million', () => {
    expect(parseUnit('KRW million').toBase.toFixed()).toBe('1000000');
  });
});
