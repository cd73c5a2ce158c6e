import { describe, expect, it } from 'vitest';
import { Decimal } from '../../core/index.js';
import type { ActivityRecord } from '../aggregate/index.js';
import { runActivityRecords } from '../run/index.js';
import type { CalculatedFact } from './build-fact.js';

let n = 1;
const rec = (
  activity: string,
  amount: string,
  unit: string,
  more: Partial<ActivityRecord> = {},
): ActivityRecord => ({
  row: ++n,
  site: 'Site 1',
  year: '2023',
  activity,
  amount,
  unit,
  region: 'CN',
  factor: '',
  ...more,
});
const run = (rows: ActivityRecord[], gwpSet?: 'AR4' | 'AR5' | 'AR6') =>
  runActivityRecords(rows, { file: 't.csv', entity: 'T', ...(gwpSet ? { gwpSet } : {}) });
function get(facts: readonly CalculatedFact[], metric: string, dims: Record<string, string> = {}): string {
  const f = facts.find((x) => x.metric === metric && JSON.stringify(x.dims) === JSON.stringify(dims));
  if (!f) throw new Error(`no ${metric} ${JSON.stringify(dims)} in ${facts.map((x) => x.metric).join(',')}`);
  return f.quantity.value.toFixed();
}

describe('Scope 2', () => {
  it('location-based prices all grid electricity; market-based zeroes green power and uses the residual mix', () => {
    const { facts } = run([
      rec('electricity', '1000', 'MWh', { year: '2022' }),
      rec('electricity_renewable', '250', 'MWh', { year: '2022' }),
    ]);
    // 2022 in China: MEE reporting factor 0.5703 for location; NBS 2022 residual mix 0.5856 for market.
    expect(get(facts, 'ghg.scope2', { scope2_method: 'location' })).toBe('712.875');
    expect(get(facts, 'ghg.scope2', { scope2_method: 'market' })).toBe('585.6');
    expect(get(facts, 'ghg.scope2', { scope2_method: 'market', energy_source: 'green_contract' })).toBe('0');
    expect(get(facts, 'energy.renewable')).toBe('250');
  });

  it('uses the provincial factor for a province and a named factor from the factor column', () => {
    const { facts } = run([
      rec('electricity', '100', 'MWh', { region: 'CN-Yunnan', year: '2022', site: 'Kunming' }),
      rec('electricity', '100', 'MWh', {
        region: 'CN-Yunnan',
        year: '2022',
        site: 'Dali',
        factor: 'CN-NBS-2022-grid',
      }),
    ]);
    expect(get(facts, 'ghg.scope2', { scope2_method: 'location', site: 'Kunming' })).toBe('10.73');
    expect(get(facts, 'ghg.scope2', { scope2_method: 'location', site: 'Dali' })).toBe('53.66');
    expect(get(facts, 'ghg.scope2', { scope2_method: 'market', site: 'Dali' })).toBe('53.66');
  });

  it('prices purchased heat at the NDRC default and counts it as indirect energy', () => {
    const { facts } = run([rec('heat', '1000', 'GJ')]);
    expect(get(facts, 'ghg.scope2', { scope2_method: 'location' })).toBe('110');
    expect(get(facts, 'energy.heat')).toBe(new Decimal(1000).dividedBy(3.6).toFixed());
    expect(get(facts, 'energy.total_tce')).toBe('34.12');
  });
});

describe('Scope 1', () => {
  it('outside China uses IPCC 2006 CO2, CH4 and N2O with the chosen GWP set', () => {
    // 1 TJ of diesel in a vehicle: 74,100 kg CO2 + 3.9 kg CH4 × 28 + 3.9 kg N2O × 265 (AR5)
    const { facts } = run([rec('diesel_mobile', '1', 'TJ', { region: 'HK-CLP' })]);
    expect(get(facts, 'ghg.scope1')).toBe('75.2427');
    const ar6 = run([rec('diesel_mobile', '1', 'TJ', { region: 'HK-CLP' })], 'AR6').facts;
    expect(get(ar6, 'ghg.scope1')).toBe('75.28092');
  });

  it('prices refrigerant leaks by GWP, blends by their components', () => {
    const { facts } = run([rec('refrigerant_r410a', '10', 'kg'), rec('refrigerant_hfc134a', '2', 'kg')]);
    expect(get(facts, 'ghg.scope1', { gas: 'R-410A' })).toBe('19.235'); // 0.01 t × (0.5 × 677 + 0.5 × 3170)
    expect(get(facts, 'ghg.scope1', { gas: 'HFC-134a' })).toBe('2.6'); // 0.002 t × 1300
    expect(get(facts, 'ghg.scope1')).toBe('21.835');
  });
});

describe('Scope 3, resources, safety and intensities', () => {
  it('prices air travel per passenger-km and groups Scope 3 by category', () => {
    const { facts } = run([rec('business_travel_air', '10,000', 'km'), rec('commuting_rail', '1000', 'km')]);
    expect(get(facts, 'ghg.scope3', { scope3_category: '6' })).toBe('1.56');
    expect(get(facts, 'ghg.scope3', { scope3_category: '7' })).toBe('0.035');
    expect(get(facts, 'ghg.scope3')).toBe('1.595');
  });

  it('computes GRI 403-9 rates per 200,000 and 1,000,000 hours', () => {
    const { facts } = run([
      rec('hours_worked', '2,500,000', 'hours'),
      rec('injuries', '5', 'count'),
      rec('fatalities', '0', 'persons'),
      rec('lost_days', '120', 'days'),
    ]);
    expect(get(facts, 'safety.injury_rate', { denominator: '200,000 hours' })).toBe('0.4');
    expect(get(facts, 'safety.injury_rate', { denominator: '1,000,000 hours' })).toBe('2');
    expect(get(facts, 'safety.fatality_rate', { denominator: '1,000,000 hours' })).toBe('0');
    expect(get(facts, 'safety.lost_days')).toBe('120');
  });

  it('divides by revenue (per million of the currency), floor area, employees and production', () => {
    const { facts } = run([
      rec('water', '5,000', 'm3'),
      rec('revenue', '250', 'RMB million'),
      rec('floor_area', '2,000', 'm2'),
      rec('employees', '40', 'persons'),
      rec('production', '1,250', 't'),
      rec('waste_hazardous', '3', 't'),
      rec('waste_non_hazardous', '2', 't'),
    ]);
    expect(get(facts, 'water.intensity', { denominator: 'RMB million' })).toBe('20');
    expect(get(facts, 'water.intensity', { denominator: 'm2' })).toBe('2.5');
    expect(get(facts, 'water.intensity', { denominator: 'employee' })).toBe('125');
    expect(get(facts, 'water.intensity', { denominator: 't' })).toBe('4');
    expect(get(facts, 'waste.total')).toBe('5');
    expect(get(facts, 'waste.hazardous_intensity', { denominator: 'employee' })).toBe('0.075');
  });

  it('names every input row and factor in the lineage', () => {
    const { facts } = run([
      rec('electricity', '10', 'MWh', { row: 7 }),
      rec('electricity', '5', 'MWh', { row: 9 }),
    ]);
    const f = facts.find(
      (x) => x.metric === 'ghg.scope2' && x.dims.scope2_method === 'location' && !x.dims.site,
    );
    expect(f?.provenance.inputs).toEqual([
      expect.objectContaining({
        rows: [7, 9],
        rowCount: 2,
        amount: '15',
        unit: 'MWh',
        activity: 'electricity',
      }),
    ]);
    expect(f?.provenance.factors[0]).toMatchObject({
      id: 'CN-MEE-2022-grid',
      value: '0.5703',
      dataYear: 2022,
      verified: true,
    });
    expect(f?.provenance.formula).toMatch(/location-based/);
  });
});
