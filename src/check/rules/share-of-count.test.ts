// share.count on shares whose words take the counted people as their whole, not the workforce.
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../core/index.js';
import { printed } from '../testing/printed-fact.js';
import { ruleContext } from './context.js';
import { shareOfCountRule } from './share-of-count.js';
import type { MetricView } from './rule.js';

/** The catalogue's labels: "trained" in the metric's own name does not narrow its figures. */
const LABELS: Readonly<Record<string, string>> = {
  'training.trained_share': 'Percentage of employees trained',
  'training.trained': 'Number of employees trained',
};

const catalogue = (id: string): MetricView | undefined => {
  const label = LABELS[id];
  return label === undefined ? undefined : { id, kind: 'count', label, codes: [] };
};

const run = (facts: readonly Fact[]) =>
  shareOfCountRule.run(ruleContext(facts, catalogue)).map((f) => [f.severity, f.expected, f.actual]);

const count = (metric: string, value: string, line: number, dims: Record<string, string> = {}) =>
  printed({ metric, value, unit: 'persons', year: 2024, line, dims });

const share = (value: string, line: number, label: string, dims: Record<string, string> = {}) =>
  printed({
    metric: 'training.trained_share',
    value,
    unit: '%',
    year: 2024,
    line,
    dims,
    label,
    quote: label,
    extraction: 'text',
  });

describe('share.count: a share of the people trained', () => {
  const people = [count('workforce.total', '1720', 40), count('training.trained', '1540', 88)];

  it('does not divide a split of the trained by the headcount: "61.8% of trained staff were women"', () => {
    // The gender was not read: against the headcount 1,540 / 1,720 = 89.5% would look wrong.
    expect(run([...people, share('61.8', 95, '61.8% of trained staff were women')])).toEqual([]);
    expect(run([...people, share('38.2', 96, 'among those trained, 38.2% were men')])).toEqual([]);
  });

  it('still checks such a split against the trained of its group, and coverage against the headcount', () => {
    const women = count('training.trained', '952', 89, { gender: 'female' });
    const split = share('66.8', 95, '66.8% of trained staff were women', { gender: 'female' });
    expect(run([...people, women, split])).toEqual([['error', '61.82', '66.8']]);
    const coverage = share('92.4', 97, 'the percentage of employees trained was 92.4%');
    expect(run([...people, coverage])).toEqual([['warning', '89.53', '92.4']]);
  });
});

describe('share.count: a renewable share over electricity or over all energy, as its words say', () => {
  const mwh = (metric: string, value: string, line: number) =>
    printed({ metric, value, unit: 'MWh', year: 2024, line });
  const renewable = (value: string, label: string) =>
    printed({ metric: 'energy.renewable_share', value, unit: '%', year: 2024, line: 30, label });
  // 9,000 MWh of green power in 150,000 MWh of electricity (6.0%) and 250,000 MWh of energy (3.6%).
  const energy = [
    mwh('energy.renewable', '9000', 21),
    mwh('energy.electricity', '150000', 22),
    mwh('energy.total', '250000', 26),
  ];
  const runOn = (facts: readonly Fact[]) =>
    shareOfCountRule.run(ruleContext(facts, () => undefined)).map((f) => [f.severity, f.expected, f.actual]);

  it('divides a share of renewable electricity by the electricity consumed', () => {
    expect(runOn([...energy, renewable('6.0', 'Share of renewable electricity')])).toEqual([]);
    expect(runOn([...energy, renewable('6.8', 'Share of renewable electricity')])).toEqual([
      ['error', '6.02', '6.8'],
    ]);
  });

  it('takes grid electricity printed apart from own solar as the rest of the electricity', () => {
    // 9,000 MWh of own solar beside 141,000 MWh bought from the grid: 6.0% of the 150,000 MWh used.
    const apart = [mwh('energy.renewable', '9000', 21), mwh('energy.electricity', '141000', 22)];
    expect(runOn([...apart, renewable('6.0', 'Share of renewable electricity')])).toEqual([]);
    expect(runOn([...apart, renewable('7.5', 'Share of renewable electricity')])).toEqual([
      ['error', '6.38', '7.5'],
    ]);
  });

  it('reads the Bulgarian and Russian words for electricity and energy the same way', () => {
    expect(runOn([...energy, renewable('6.0', 'Дял на възобновяемата електроенергия')])).toEqual([]);
    expect(runOn([...energy, renewable('6.0', 'Доля возобновляемой электроэнергии')])).toEqual([]);
    expect(runOn([...energy, renewable('3.6', 'Дял на възобновяемата енергия')])).toEqual([]);
  });

  it('reads the Vietnamese words for electricity (điện) and energy (năng lượng) the same way', () => {
    expect(runOn([...energy, renewable('6.0', 'Tỷ lệ điện tái tạo')])).toEqual([]);
    expect(runOn([...energy, renewable('3.6', 'Tỷ lệ năng lượng tái tạo')])).toEqual([]);
  });

  it('divides a share of renewable energy, or an unnamed renewable share, by all energy', () => {
    expect(runOn([...energy, renewable('3.6', 'Renewable energy share')])).toEqual([]);
    expect(runOn([...energy, renewable('3.6', 'Renewable share')])).toEqual([]);
    expect(runOn([...energy, renewable('6.0', 'Renewable energy share')])).toEqual([['error', '3.61', '6']]);
  });

  it('takes a renewable row naming one source as a part: the share is at least its part', () => {
    // Own solar (9,000 MWh) is 3.6% of 250,000 MWh; biomass burnt in another row counts too.
    const solar = printed({
      metric: 'energy.renewable',
      value: '9000',
      unit: 'MWh',
      year: 2024,
      line: 21,
      label: 'Solar electricity',
    });
    const rest = energy.slice(1);
    expect(runOn([...rest, solar, renewable('14.2', 'Renewable share of energy')])).toEqual([]);
    expect(runOn([...rest, solar, renewable('2.4', 'Renewable share of energy')])).toEqual([
      ['error', '3.61', '2.4'],
    ]);
  });

  it('reads a row naming one source in another language as a part too', () => {
    // "Solarna elektrana" (Montenegrin), "Photovoltaik" (German), "Energía eólica" (Spanish).
    const rest = energy.slice(1);
    for (const label of ['Solarna elektrana (vlastita)', 'Photovoltaik Eigenstrom', 'Energía eólica']) {
      const source = printed({
        metric: 'energy.renewable',
        value: '9000',
        unit: 'MWh',
        year: 2024,
        line: 21,
        label,
      });
      expect(runOn([...rest, source, renewable('14.2', 'Udio obnovljive energije')])).toEqual([]);
    }
  });

  it('takes an "of which renewable" row under the total energy as the renewable energy too', () => {
    // The one renewable row read (own solar, 9,000 MWh) is a part; the table's "of which renewable"
    // row (30,120 MWh) is 12.0% of 250,000 MWh, as printed.
    const ofWhich = printed({
      metric: 'energy.total',
      value: '30120',
      unit: 'MWh',
      year: 2024,
      line: 27,
      dims: { energy_source: 'renewable' },
    });
    expect(runOn([...energy, ofWhich, renewable('12.0', 'Share of renewable energy')])).toEqual([]);
    expect(runOn([...energy, ofWhich, renewable('13.0', 'Share of renewable energy')])).toHaveLength(1);
  });
});

describe('share.count: a share of grid electricity over all the energy consumed', () => {
  // 41,300 GJ of grid electricity in 186,400 GJ of energy is 22.2% (SASB's "percentage grid electricity").
  const gj = (metric: string, value: string, line: number) =>
    printed({ metric, value, unit: 'GJ', year: 2024, line });
  const energy = [gj('energy.electricity', '41300', 12), gj('energy.total', '186400', 15)];
  const grid = (value: string) =>
    printed({
      metric: 'energy.grid_electricity_share',
      value,
      unit: '%',
      year: 2024,
      line: 77,
      label: 'Percentage of grid electricity',
    });
  const runOn = (facts: readonly Fact[]) =>
    shareOfCountRule.run(ruleContext(facts, () => undefined)).map((f) => [f.severity, f.expected, f.actual]);

  it('passes the share the figures give and warns on another (the electricity may hold some generated on site)', () => {
    expect(runOn([...energy, grid('22.2')])).toEqual([]);
    expect(runOn([...energy, grid('26.4')])).toEqual([['warning', '22.16', '26.4']]);
  });
});

describe('share.count: water recycled as a share of the water withdrawn, or of all water used', () => {
  const ml = (metric: string, value: string, line: number) =>
    printed({ metric, value, unit: 'ML', year: 2031, line });
  const recycled = (value: string, label: string) =>
    printed({ metric: 'water.recycled_share', value, unit: '%', year: 2031, line: 44, label });
  // 702.5 ML reused against 5,204.0 ML withdrawn: 13.50% of withdrawal, 11.89% of all water used.
  const water = [ml('water.withdrawal', '5204.0', 41), ml('water.recycled', '702.5', 43)];
  const runOn = (facts: readonly Fact[]) =>
    shareOfCountRule.run(ruleContext(facts, () => undefined)).map((f) => [f.severity, f.expected, f.actual]);

  it('divides a share "as % of withdrawal" by the water withdrawn alone', () => {
    expect(runOn([...water, recycled('13.5', 'Reused as % of withdrawal')])).toEqual([]);
    expect(runOn([...water, recycled('11.9', 'Reused as % of withdrawal')])).toEqual([
      ['error', '13.5', '11.9'],
    ]);
  });

  it('lets an unnamed reuse rate be over withdrawal, or over withdrawal plus the water reused', () => {
    expect(runOn([...water, recycled('13.5', 'Water reuse rate')])).toEqual([]);
    expect(runOn([...water, recycled('11.9', 'Water reuse rate')])).toEqual([]);
    expect(runOn([...water, recycled('15.2', 'Water reuse rate')])).toEqual([['warning', '13.5', '15.2']]);
  });
});

describe('share.count: a renewable share worded as of electricity in other languages', () => {
  // 48,300 MWh renewable of 322,000 MWh electricity (15.0%) and of 1,380,000 MWh energy (3.5%).
  const mwh = (metric: string, value: string, line: number) =>
    printed({ metric, value, unit: 'MWh', year: 2024, line });
  const renewable = (label: string) =>
    printed({ metric: 'energy.renewable_share', value: '15.0', unit: '%', year: 2024, line: 30, label });
  const facts = [
    mwh('energy.total', '1380000', 20),
    mwh('energy.electricity', '322000', 24),
    mwh('energy.renewable', '48300', 25),
  ];

  it('takes the electricity as the whole, not all energy', () => {
    expect(run([...facts, renewable('Udział OZE w energii elektrycznej')])).toEqual([]);
    expect(run([...facts, renewable('Podiel OZE na spotrebe elektriny')])).toEqual([]);
    expect(run([...facts, renewable('Cuota renovable de la electricidad')])).toEqual([]);
  });

  it('still takes all energy for a share worded without electricity', () => {
    expect(run([...facts, renewable('Udział OZE')]).map(([severity]) => severity)).toEqual(['error']);
  });
});

describe('share.count: a column that parts the trained among its rows', () => {
  const table = (value: string, line: number, label: string, dims: Record<string, string> = {}) =>
    printed({ metric: 'training.trained_share', value, unit: '%', year: 2024, line, dims, label });
  const people = [
    count('workforce.total', '1720', 40),
    count('training.trained', '1540', 88),
    count('training.trained', '980', 86, { gender: 'male' }),
    count('training.trained', '560', 87, { gender: 'female' }),
  ];

  it('reads a Total of 100% over rows that add up to it as the whole of the column, not the share trained', () => {
    const rows = [
      table('63.6', 86, 'Men', { gender: 'male' }),
      table('36.4', 87, 'Women', { gender: 'female' }),
    ];
    expect(run([...people, ...rows, table('100.0', 88, 'Total')])).toEqual([]);
  });

  it('still checks a Total of 100% when no rows add up to it', () => {
    expect(run([...people, table('100.0', 88, 'Total')])).toEqual([['warning', '89.53', '100']]);
  });
});
