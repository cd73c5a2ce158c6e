import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isEsgError } from '../errors/index.js';
import { dec, type Unit } from '../quantity/index.js';
import {
  CONVERSION_DIGITS,
  convert,
  listUnits,
  parseNumber,
  parseQuantity,
  parseUnit,
  tryParseUnit,
} from './index.js';

/** Pieces real unit and number cells are made of, so generated text often comes close to valid. */
const PIECES = [
  ...['t', 'CO2', 'e', 'kg', 'Wh', 'k', 'M', 'G', 'm', '3', '2', '/', ' per ', ' ', 'RMB', 'HK$', '$', '£'],
  ...['10,000', "'000", "0'000", '(', ')', '%', ' of ', 'million', 'thousand', '万', '元', '<sub>', '</sub>'],
  ...['$_2$', '-', '–', '.', ',', '1', '0', '5', 'persons', 'tons', 'standard coal', 'in', 'N/A', 'С', 'е'],
];
const unitLike = fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((p) => p.join(''));
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 260 }), unitLike);

function onlyEsgErrors(run: () => unknown): boolean {
  try {
    run();
    return true;
  } catch (e) {
    return isEsgError(e);
  }
}

describe('parsing arbitrary text', () => {
  it('throws nothing but EsgError from parseNumber, parseUnit and parseQuantity', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        expect(onlyEsgErrors(() => parseNumber(s))).toBe(true);
        expect(onlyEsgErrors(() => parseUnit(s))).toBe(true);
        expect(onlyEsgErrors(() => parseQuantity(s))).toBe(true);
        expect(onlyEsgErrors(() => parseUnit(s, { mt: 'megatonne', dollar: 'HKD', countNouns: false }))).toBe(
          true,
        );
      }),
      { numRuns: 600 },
    );
  });

  it('never throws from tryParseUnit, and its result re-reads to the same unit', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const u = tryParseUnit(s);
        if (!u) return;
        const again = parseUnit(u.symbol);
        expect([again.dimension, again.toBase.toFixed()]).toEqual([u.dimension, u.toBase.toFixed()]);
      }),
      { numRuns: 400 },
    );
  });
});

/** Registry units plus scaled, money and ratio units, grouped by dimension. */
function unitPool(): Map<string, Unit[]> {
  const extra = [
    "'000 kWh",
    'RMB 10,000',
    'RMB million',
    'million m3',
    'tCO2e/m2',
    'kgCO2e/ft2',
    'tCO2e/acre',
  ];
  const pool = new Map<string, Unit[]>();
  for (const u of [...listUnits(), ...extra.map((t) => parseUnit(t))]) {
    pool.set(u.dimension, [...(pool.get(u.dimension) ?? []), u]);
  }
  return pool;
}

describe('conversion', () => {
  const pool = [...unitPool().values()].filter((us) => us.length > 1);
  const pair = fc
    .constantFrom(...pool)
    .chain((us) => fc.tuple(fc.constantFrom(...us), fc.constantFrom(...us)));
  const printedValue = fc
    .tuple(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.integer({ min: 0, max: 8 }))
    .map(([digits, places]) => dec(digits.toString()).dividedBy(dec(10).pow(places)));

  /** True when a value in `a` is an exact (terminating) decimal in `b`, e.g. kWh → GJ but not mL → gal. */
  function terminates(a: Unit, b: Unit): boolean {
    return a.toBase
      .dividedBy(b.toBase)
      .toSignificantDigits(CONVERSION_DIGITS)
      .times(b.toBase)
      .equals(a.toBase);
  }

  it('there and back again is the identity (exactly, when the factor is a terminating decimal)', () => {
    fc.assert(
      fc.property(pair, printedValue, ([a, b], value) => {
        const back = convert(convert({ value, unit: a }, b), a).value;
        if (terminates(a, b)) expect(back.toFixed()).toBe(value.toFixed());
        // mL → gal → mL divides by 3.785411784: 40 significant digits survive the round trip.
        else expect(back.toSignificantDigits(CONVERSION_DIGITS - 5).toFixed()).toBe(value.toFixed());
      }),
      { numRuns: 1000 },
    );
  });

  it('refuses every pair of different dimensions', () => {
    const dims = [...unitPool().values()].map((us) => us[0]).filter((u): u is Unit => u !== undefined);
    for (const a of dims) {
      for (const b of dims) {
        if (a.dimension === b.dimension) continue;
        expect(() => convert({ value: dec(1), unit: a }, b)).toThrow(
          expect.objectContaining({ code: 'UNIT_MISMATCH' }),
        );
      }
    }
  });
});
