import { describe, expect, it } from 'vitest';
import type { ActivityRecord } from '../aggregate/index.js';
import type { CalculatedFact } from '../engine/index.js';
import { factorLibrary } from '../factors/index.js';
import { runActivityRecords } from './run-activity.js';

let row = 1;
function rec(
  activity: string,
  amount: string,
  unit: string,
  more: Partial<ActivityRecord> = {},
): ActivityRecord {
  row++;
  return { row, site: 'HQ', year: '2022', activity, amount, unit, region: 'CN', factor: '', ...more };
}

function total(
  facts: readonly CalculatedFact[],
  metric: string,
  dims: Record<string, string> = {},
  year?: number,
) {
  const f = facts.find(
    (x) =>
      x.metric === metric &&
      JSON.stringify(x.dims) === JSON.stringify(dims) &&
      (year === undefined || x.period.year === year),
  );
  if (!f) throw new Error(`no ${metric} ${JSON.stringify(dims)}`);
  return f;
}

/** Half-up to `dp` places: the presentation rule. */
const printed = (f: CalculatedFact, dp: number) => f.quantity.value.toDecimalPlaces(dp).toFixed(dp);

describe('reproductions from the issue', () => {
  it('Scope 2 with China’s 0.5703 tCO2/MWh: 148.285 MWh → 84.567 tCO2e (an HKEX issuer’s 2023 report)', () => {
    const { facts } = runActivityRecords([rec('electricity', '148.285', 'MWh', { year: '2023', site: '' })], {
      file: 't.csv',
      entity: 'X',
    });
    const s2 = total(facts, 'ghg.scope2', { scope2_method: 'location' });
    expect(printed(s2, 3)).toBe('84.567');
    expect(s2.provenance.factors.map((f) => f.id)).toEqual(['CN-MEE-2022-grid']);
    expect(s2.provenance.factors[0]?.value).toBe('0.5703');
  });

  it('GB/T 2589-2020: 557,065,287.99 kWh × 0.1229 kgce/kWh = 68,463.32 tce (Innovation New Material 2023)', () => {
    const { facts } = runActivityRecords([rec('electricity', '557,065,287.99', 'kWh', { year: '2023' })], {
      file: 't.csv',
      entity: 'INM',
    });
    const tce = total(facts, 'energy.total_tce');
    expect(printed(tce, 2)).toBe('68463.32');
    expect(tce.quantity.unit.symbol).toBe('tce');
    expect(tce.provenance.factors.map((f) => f.id)).toEqual(['GBT2589-2020-electricity']);
  });

  it('SenseTime 2022 Scope 1: natural gas 765.8, gasoline 35.3, diesel 30.1 MWh → 169.6 tCO2e with NDRC defaults', () => {
    const { facts } = runActivityRecords(
      [
        rec('natural_gas', '765.8', 'MWh'),
        rec('gasoline_mobile', '35.3', 'MWh'),
        rec('diesel_mobile', '30.1', 'MWh'),
      ],
      { file: 't.csv', entity: 'SenseTime' },
    );
    const s1 = total(facts, 'ghg.scope1');
    expect(printed(s1, 1)).toBe('169.6');
    // 15.30 tC/TJ × 99 %, 18.90 × 98 %, 20.20 × 98 % (NDRC other-industries Appendix 2) × 44/12
    const ids = s1.provenance.factors.map((f) => f.id).sort();
    expect(ids).toEqual([
      'NDRC-OI-diesel-carbon',
      'NDRC-OI-diesel-oxidation',
      'NDRC-OI-gasoline-carbon',
      'NDRC-OI-gasoline-oxidation',
      'NDRC-OI-natural_gas-carbon',
      'NDRC-OI-natural_gas-oxidation',
    ]);
    expect(printed(total(facts, 'ghg.scope1', { fuel: 'natural_gas' }), 2)).toBe('153.11');
  });
});

describe("the analysts' other recomputations (corpus notes)", () => {
  it('SenseTime 2021: natural gas 1,651.3 and gasoline 28.5 MWh → 337.1 tCO2e', () => {
    const { facts } = runActivityRecords(
      [
        rec('natural_gas', '1,651.3', 'MWh', { year: '2021' }),
        rec('gasoline_mobile', '28.5', 'MWh', { year: '2021' }),
      ],
      {
        file: 't.csv',
        entity: 'SenseTime',
      },
    );
    expect(printed(total(facts, 'ghg.scope1'), 2)).toBe('337.13');
  });

  it('SenseTime 2022 energy per employee: 54,265.7 MWh ÷ 5,098 = 10.6 MWh/employee', () => {
    const { facts } = runActivityRecords(
      [
        rec('electricity', '53,434.5', 'MWh'),
        rec('natural_gas', '765.8', 'MWh'),
        rec('gasoline_mobile', '35.3', 'MWh'),
        rec('diesel_mobile', '30.1', 'MWh'),
        rec('employees', '5,098', 'persons'),
      ],
      { file: 't.csv', entity: 'SenseTime' },
    );
    expect(printed(total(facts, 'energy.total'), 1)).toBe('54265.7');
    expect(printed(total(facts, 'energy.intensity', { denominator: 'employee' }), 1)).toBe('10.6');
  });

  it('Innovation New Material 2023 direct energy: gasoline, diesel and natural gas at 1.2150 kgce/m3 → 203,646.05 tce', () => {
    // The report's natural-gas coefficient (1.2150) is not GB/T's 1.2143; the analyst reverse-engineered it,
    // so it is given here as the company's own factor, as a preparer would.
    const own = {
      id: 'TEST-ng-1.2150',
      kind: 'coal_equivalent',
      subject: 'natural_gas',
      value: '1.2150',
      unit: 'kgce/m3',
      numerator: 'kgce',
      denominator: 'm3',
      region: 'CN',
      dataYear: 2023,
      published: '2024',
      validYears: { from: 2023, to: 2023 },
      source: { publisher: 'test', document: 'reverse-engineered in the corpus notes', locator: '§8' },
      verified: false,
      verification: { status: 'reproduced', note: 'test' },
    };
    const library = factorLibraryWith(own);
    const rows = [
      rec('gasoline_mobile', '190.56', 't', { year: '2023' }),
      rec('diesel_mobile', '698.16', 't', { year: '2023' }),
      rec('natural_gas', '166,541,868.00', 'm3', { year: '2023', factor: 'TEST-ng-1.2150' }),
    ];
    const { facts } = runActivityRecords(rows, { file: 't.csv', entity: 'INM', library });
    expect(printed(total(facts, 'energy.total_tce'), 2)).toBe('203646.05');
    // With GB/T's own gas-field coefficient the figure is about 117 tce lower.
    const gbt = runActivityRecords(
      rows.map((r) => ({ ...r, factor: '' })),
      { file: 't.csv', entity: 'INM' },
    );
    expect(printed(total(gbt.facts, 'energy.total_tce'), 2)).toBe('203529.47');
  });

  it('Innovation New Material 2023 Scope 1 rebuilt from fuels with NDRC defaults ≈ 362.8 kt', () => {
    const { facts } = runActivityRecords(
      [
        rec('gasoline_mobile', '190.56', 't', { year: '2023' }),
        rec('diesel_mobile', '698.16', 't', { year: '2023' }),
        rec('natural_gas', '166,541,868.00', 'm3', { year: '2023' }),
      ],
      { file: 't.csv', entity: 'INM' },
    );
    const kt = total(facts, 'ghg.scope1').quantity.value.dividedBy(1000);
    expect(kt.toDecimalPlaces(1).toFixed(1)).toBe('362.8');
  });
});

describe('figures from reports outside the repository', () => {
  // esg.hkubs.ai/reports/2024042601896 (an HKEX issuer's 2023 ESG report): petrol energy and Scope 1 from petrol.
  it.each([
    ['2021', '276.74', '67.66'],
    ['2022', '283.45', '69.30'],
    ['2023', '662.56', '161.99'],
  ])('petrol %s: %s MWh → %s tCO2e with the NDRC gasoline defaults', (year, mwh, t) => {
    const { facts } = runActivityRecords([rec('gasoline_mobile', mwh, 'MWh', { year })], {
      file: 't.csv',
      entity: 'X',
    });
    expect(printed(total(facts, 'ghg.scope1'), 2)).toBe(t);
  });

  // esg.hkubs.ai/reports/2024042902752: purchased electricity 300.638 MWh → 174.67 tCO2e in 2022,
  // with the MEE factor in force when the 2022 report was written (0.5810), named in the factor column.
  it('2022 electricity at the earlier MEE factor 0.5810, chosen in the factor column', () => {
    const { facts } = runActivityRecords(
      [rec('electricity', '300.638', 'MWh', { factor: 'CN-MEE-2021-grid' })],
      {
        file: 't.csv',
        entity: 'X',
      },
    );
    expect(printed(total(facts, 'ghg.scope2', { scope2_method: 'location' }), 2)).toBe('174.67');
  });
});

function factorLibraryWith(f: object) {
  return factorLibrary([{ id: 'test', title: 'test', version: '1', factors: [f] }]);
}
