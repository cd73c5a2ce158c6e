import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dec } from '../../core/index.js';
import { checkFacts } from '../check-facts.js';
import { printed } from '../testing/printed-fact.js';
import { sumBreakdownRule } from '../rules/sum-breakdown.js';

/** A table whose parts and total are each rounded to `places` from exact values that add up. */
function roundedTable(parts: readonly number[], places: number, offset = '0') {
  const exact = parts.map((p) => dec(p).div(1000));
  const total = exact.reduce((a, b) => a.plus(b), dec(0)).plus(offset);
  const row = (value: string, line: number, dims: Record<string, string> = {}) =>
    printed({ metric: 'energy.direct', value, unit: 'MWh', year: 2023, line, dims });
  return [
    row(total.toFixed(places), 1),
    ...exact.map((v, i) => row(v.toFixed(places), i + 2, { fuel: `fuel ${i}` })),
  ];
}

describe('tolerance follows the printed precision', () => {
  it('never flags a total that differs from its parts by rounding alone', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10_000_000 }), { minLength: 2, maxLength: 8 }),
        fc.integer({ min: 0, max: 3 }),
        (parts, places) => {
          const findings = checkFacts({
            facts: roundedTable(parts, places),
            rules: [sumBreakdownRule],
          }).findings;
          expect(findings).toEqual([]);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('flags a total off by more than every half-unit added up', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10_000_000 }), { minLength: 2, maxLength: 8 }),
        fc.integer({ min: 0, max: 3 }),
        (parts, places) => {
          // n parts and the total each may be off by half a unit; one unit more than that cannot be rounding.
          const offset = dec(10)
            .pow(-places)
            .times(parts.length + 2)
            .toFixed();
          const table = roundedTable(parts, places, offset);
          // Whole numbers like "2,500" read as possibly rounded to hundreds: not this property's case;
          // nor parts that all print nil, which say only where the total did not go.
          fc.pre(
            table.every((f) => f.quantity.value.lt(1000) || !/^\d+00$/.test(f.quantity.value.toFixed())),
          );
          fc.pre(table.slice(1).some((f) => !f.quantity.value.isZero()));
          const findings = checkFacts({
            facts: table,
            rules: [sumBreakdownRule],
          }).findings;
          expect(findings.map((f) => f.rule)).toEqual(['sum.breakdown']);
        },
      ),
      { numRuns: 200 },
    );
  });
});
