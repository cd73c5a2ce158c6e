import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../core/index.js';
import { ExactSum, readPlainAmount } from './amount.js';

describe('readPlainAmount', () => {
  it('reads spreadsheet decimals exactly', () => {
    const r = readPlainAmount(' 557,065,287.99 ');
    expect(r).toEqual({ kind: 'amount', amount: { digits: 55706528799n, scale: 2 }, negative: false });
    expect(readPlainAmount('3.9174')).toEqual({
      kind: 'amount',
      amount: { digits: 39174n, scale: 4 },
      negative: false,
    });
    expect(readPlainAmount('-12')).toMatchObject({ negative: true });
    expect(readPlainAmount('.5')).toEqual({
      kind: 'amount',
      amount: { digits: 5n, scale: 1 },
      negative: false,
    });
  });

  it('refuses text that is not a plain decimal', () => {
    for (const bad of ['', '12,3x', '1,23,456', '1.2.3', 'abc', '1e3', ',', '.']) {
      expect(readPlainAmount(bad).kind, bad).toBe('invalid');
    }
  });
});

describe('ExactSum', () => {
  it('adds amounts of different scales without rounding', () => {
    const s = new ExactSum();
    for (const t of ['0.1', '0.2', '1,000', '0.0001']) {
      const r = readPlainAmount(t);
      if (r.kind === 'amount') s.add(r.amount);
    }
    expect(s.toDecimal().toFixed()).toBe('1000.3001');
  });

  it('agrees with Decimal addition for any list of amounts', () => {
    const amount = fc
      .tuple(fc.bigInt({ min: 0n, max: 10n ** 15n }), fc.integer({ min: 0, max: 8 }))
      .map(([d, s]) => new Decimal(d.toString()).dividedBy(new Decimal(10).pow(s)));
    fc.assert(
      fc.property(fc.array(amount, { maxLength: 30 }), (values) => {
        const s = new ExactSum();
        let expected = new Decimal(0);
        for (const v of values) {
          const r = readPlainAmount(v.toFixed());
          if (r.kind !== 'amount') return false;
          s.add(r.amount);
          expected = expected.plus(v);
        }
        return s.toDecimal().equals(expected);
      }),
    );
  });
});

import { FastAmountReader } from './fast-amount.js';

describe('FastAmountReader', () => {
  it('accepts exactly what readPlainAmount accepts, with the same value (up to 15 digits)', () => {
    const chars = fc.constantFrom('0', '1', '5', '9', ',', '.', '-', ' ', 'x');
    const fast = new FastAmountReader();
    fc.assert(
      fc.property(
        fc.array(chars, { maxLength: 12 }).map((a) => a.join('')),
        (text) => {
          const slow = readPlainAmount(text);
          const ok = fast.read(text);
          if (slow.kind === 'invalid') return !ok;
          if (!ok) return slow.amount.digits.toString().length > 15;
          return (
            BigInt(fast.value) === slow.amount.digits &&
            fast.scale === slow.amount.scale &&
            fast.negative === slow.negative
          );
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('declines amounts of more than 15 digits so they take the exact BigInt path', () => {
    const fast = new FastAmountReader();
    expect(fast.read('557,065,287.99')).toBe(true);
    expect([fast.value, fast.scale]).toEqual([55706528799, 2]);
    expect(fast.read('1234567890123456')).toBe(false);
  });

  it('sums small amounts as exactly as BigInt amounts, across the 2^53 spill', () => {
    const s = new ExactSum();
    s.addSmall(9_007_199_254_740_991, 0); // 2^53 - 1
    s.addSmall(9_007_199_254_740_991, 0);
    s.addSmall(5, 1);
    expect(s.toDecimal().toFixed()).toBe('18014398509481982.5');
  });
});
