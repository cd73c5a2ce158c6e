import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../core/index.js';
import type { ActivityRecord } from '../aggregate/index.js';
import type { CalculatedFact } from '../engine/index.js';
import { runActivityRecords } from './run-activity.js';

const ACTIVITIES = [
  ['electricity', 'kWh'],
  ['electricity_renewable', 'kWh'],
  ['natural_gas', 'm3'],
  ['diesel_mobile', 'L'],
  ['gasoline', 't'],
  ['heat', 'GJ'],
  ['refrigerant_r410a', 'kg'],
  ['business_travel_air', 'km'],
  ['water', 'm3'],
  ['waste_hazardous', 't'],
] as const;
const REGIONS = ['CN', 'CN-Guangdong', 'CN-North', 'HK-CLP'] as const;

/** Amounts with up to 4 decimals, written the way spreadsheets export them. */
const amount = fc
  .tuple(fc.integer({ min: 1, max: 10_000_000 }), fc.integer({ min: 0, max: 4 }))
  .map(([n, s]) => new Decimal(n).dividedBy(new Decimal(10).pow(s)));

const rowSpec = fc.record({
  activity: fc.constantFrom(...ACTIVITIES),
  region: fc.constantFrom(...REGIONS),
  site: fc.constantFrom('Plant A', 'Office B'),
  amount,
});

type RowSpec = typeof rowSpec extends fc.Arbitrary<infer T> ? T : never;

function records(specs: readonly RowSpec[], times: Decimal): ActivityRecord[] {
  return specs
    .filter((s) => !(s.region === 'HK-CLP' && ['heat', 'natural_gas'].includes(s.activity[0]))) // no default heat factor or gas NCV per m3 outside China
    .map((s, i) => ({
      row: i + 2,
      site: s.site,
      year: '2023',
      activity: s.activity[0],
      amount: s.amount.times(times).toFixed(),
      unit: s.activity[1],
      region: s.region,
      factor: '',
    }));
}

function byKey(facts: readonly CalculatedFact[]): Map<string, Decimal> {
  return new Map(facts.map((f) => [`${f.metric}|${JSON.stringify(f.dims)}`, f.quantity.value]));
}

/**
 * Equal to 35 significant digits. Values are exact except where a factor divides without
 * terminating (÷ 3.6 GJ/MWh, × 44/12), which Decimal carries to 60 digits, so two routes to the
 * same figure can differ in the last of those digits — 30 orders of magnitude below any printed one.
 */
function same(a: Decimal | undefined, b: Decimal): boolean {
  return a !== undefined && a.minus(b).abs().lte(b.abs().times('1e-35').plus('1e-45'));
}

const run = (rs: ActivityRecord[]) => runActivityRecords(rs, { file: 'p.csv', entity: 'P' }).facts;
const INTENSIVE = /intensity|rate|share|average/;

describe('calculation properties', () => {
  it('doubling every amount doubles every absolute figure exactly', () => {
    fc.assert(
      fc.property(fc.array(rowSpec, { minLength: 1, maxLength: 12 }), (specs) => {
        const once = byKey(run(records(specs, new Decimal(1))));
        const twice = byKey(run(records(specs, new Decimal(2))));
        expect([...twice.keys()].sort()).toEqual([...once.keys()].sort());
        for (const [k, v] of once) {
          if (INTENSIVE.test(k)) continue;
          expect(same(twice.get(k), v.times(2)), k).toBe(true);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('entering electricity in kWh or MWh (and gas in m3 or thousands of m3) gives the same facts', () => {
    fc.assert(
      fc.property(amount, amount, fc.constantFrom('CN', 'CN-Guangdong', 'CN-North'), (kwh, m3, region) => {
        const base = { site: 'S', year: '2023', region, factor: '' };
        const small = run([
          { ...base, row: 2, activity: 'electricity', amount: kwh.toFixed(), unit: 'kWh' },
          { ...base, row: 3, activity: 'natural_gas', amount: m3.toFixed(), unit: 'm3' },
        ]);
        const big = run([
          { ...base, row: 2, activity: 'electricity', amount: kwh.dividedBy(1000).toFixed(), unit: 'MWh' },
          { ...base, row: 3, activity: 'natural_gas', amount: m3.dividedBy(1000).toFixed(), unit: "'000 m3" },
        ]);
        const a = byKey(small);
        const b = byKey(big);
        expect(a.size).toBe(b.size);
        for (const [k, v] of a) expect(same(b.get(k), v), k).toBe(true);
      }),
      { numRuns: 40 },
    );
  });

  it('splitting a row in two gives the same facts as the single row', () => {
    fc.assert(
      fc.property(amount, fc.integer({ min: 1, max: 99 }), (total, pct) => {
        const part = total.times(pct).dividedBy(100).toDecimalPlaces(6);
        const base = {
          site: 'S',
          year: '2023',
          activity: 'electricity',
          unit: 'MWh',
          region: 'CN-East',
          factor: '',
        };
        const one = byKey(run([{ ...base, row: 2, amount: total.toFixed() }]));
        const two = byKey(
          run([
            { ...base, row: 2, amount: part.toFixed() },
            { ...base, row: 3, amount: total.minus(part).toFixed() },
          ]),
        );
        for (const [k, v] of one) expect(same(two.get(k), v), k).toBe(true);
      }),
      { numRuns: 30 },
    );
  });
});
