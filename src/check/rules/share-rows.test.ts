// share.count on a renewable share read across a table's years, its whole printed twice, and a share
// printed twice with values that disagree.
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../core/index.js';
import { printed } from '../testing/printed-fact.js';
import { ruleContext } from './context.js';
import { shareOfCountRule } from './share-of-count.js';

const runOn = (facts: readonly Fact[]) =>
  shareOfCountRule.run(ruleContext(facts, () => undefined)).map((f) => [f.severity, f.expected, f.actual]);

const mwh = (metric: string, value: string, year: number, line: number, label: string) =>
  printed({ metric, value, unit: 'MWh', year, line, label });
const share = (value: string, year: number, line: number, label = 'Share of renewable electricity') =>
  printed({ metric: 'energy.renewable_share', value, unit: '%', year, line, label });

// A rooftop-panel row and the electricity total over three years: 2,150 / 43,000 = 5.0%,
// 3,010 / 43,000 = 7.0%, 4,620 / 42,000 = 11.0%.
const solar = [
  mwh('energy.renewable', '2150', 2023, 61, 'Rooftop solar electricity'),
  mwh('energy.renewable', '3010', 2024, 61, 'Rooftop solar electricity'),
  mwh('energy.renewable', '4620', 2025, 61, 'Rooftop solar electricity'),
];
const electricity = [
  mwh('energy.electricity', '43000', 2023, 63, 'Total electricity consumption'),
  mwh('energy.electricity', '43000', 2024, 63, 'Total electricity consumption'),
  mwh('energy.electricity', '42000', 2025, 63, 'Total electricity consumption'),
];

describe('share.count: one source row that is the whole of the renewables', () => {
  it('flags the one year above the solar row when the other years compute exactly from the same rows', () => {
    const shares = [share('5.0', 2023, 64), share('7.0', 2024, 64), share('13.5', 2025, 64)];
    expect(runOn([...solar, ...electricity, ...shares])).toEqual([['error', '11', '13.5']]);
  });

  it('still lets a share above one source stand when no other year computes from those rows', () => {
    // 2023 and 2024 are above the solar row too: other sources (wind bought) are in the share.
    const shares = [share('9.2', 2023, 64), share('12.8', 2024, 64), share('13.5', 2025, 64)];
    expect(runOn([...solar, ...electricity, ...shares])).toEqual([]);
    expect(runOn([...solar.slice(2), ...electricity.slice(2), share('13.5', 2025, 64)])).toEqual([]);
  });
});

describe('share.count: a whole printed twice, a row and the total row', () => {
  it('divides by the total row when a grid row was read as the same metric', () => {
    const grid = mwh('energy.electricity', '37380', 2025, 60, 'Grid electricity purchased');
    const own = mwh('energy.renewable', '4620', 2025, 61, 'Renewable electricity');
    const facts = [grid, own, electricity[2] as Fact];
    expect(runOn([...facts, share('11.0', 2025, 64)])).toEqual([]);
    expect(runOn([...facts, share('12.4', 2025, 64)])).toEqual([['error', '11', '12.4']]);
  });
});

describe('share.count: a share printed twice with values that disagree', () => {
  const own = mwh('energy.renewable', '4620', 2025, 61, 'Renewable electricity');
  it('flags the printing the figures do not reproduce when they reproduce the other and its row computes in 2024', () => {
    const twice = [share('13.5', 2025, 64), share('11.0', 2025, 140, 'Renewable electricity share')];
    const before = [solar[1] as Fact, electricity[1] as Fact, share('7.0', 2024, 64)];
    expect(runOn([own, electricity[2] as Fact, ...twice, ...before])).toEqual([['error', '11', '13.5']]);
    expect(runOn([own, electricity[2] as Fact, ...twice])).toEqual([]);
  });

  it('says nothing when the figures reproduce neither', () => {
    const twice = [share('13.5', 2025, 64), share('12.0', 2025, 140, 'Renewable electricity share')];
    expect(runOn([own, electricity[2] as Fact, ...twice])).toEqual([]);
  });
});

describe('share.count: renewable electricity worded in other languages', () => {
  const own = mwh('energy.renewable', '4620', 2025, 61, 'x');
  const energy = mwh('energy.total', '120000', 2025, 66, 'y');
  it.each([
    ['שיעור חשמל מתחדש מסך החשמל'],
    ['Uusiutuvan sähkön osuus'],
    ['Μερίδιο ανανεώσιμης ηλεκτρικής ενέργειας'],
    ['可再生电力占比'],
  ])('divides "%s" by the electricity, not all energy', (label) => {
    expect(runOn([own, electricity[2] as Fact, energy, share('11.0', 2025, 64, label)])).toEqual([]);
  });
});
