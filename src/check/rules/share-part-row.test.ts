import { describe, expect, it } from 'vitest';
import type { Fact } from '../../core/index.js';
import { printed } from '../testing/printed-fact.js';
import { ruleContext } from './context.js';
import { sharePartRowRule } from './share-part-row.js';

const run = (facts: readonly Fact[]) =>
  sharePartRowRule.run(ruleContext(facts, () => undefined)).map((f) => [f.severity, f.expected, f.actual]);

/** Three rows a year apart: a whole, its "of which" part, and the part's share (30 / 120 = 25.0%). */
const rows = (
  labels: readonly [string, string, string],
  shares: readonly [string, string],
  lines = [40, 41, 42],
) =>
  [2025, 2024].flatMap((year, i) => [
    printed({
      metric: 'unclassified',
      value: ['120', '96'][i] ?? '',
      unit: 'count',
      year,
      line: lines[0] ?? 0,
      label: labels[0],
    }),
    printed({
      metric: 'unclassified',
      value: ['30', '18'][i] ?? '',
      unit: 'count',
      year,
      line: lines[1] ?? 0,
      label: labels[1],
    }),
    printed({
      metric: 'unclassified',
      value: shares[i] ?? '',
      unit: '%',
      year,
      line: lines[2] ?? 0,
      label: labels[2],
    }),
  ]);

describe('share.part-row', () => {
  const english = ['Supervisors', 'of which women', 'Share of women among supervisors'] as const;
  const dutch = ['Ploegleiders', 'waarvan vrouwen', 'Aandeel vrouwen onder ploegleiders'] as const;

  it('warns when a share under an "of which" row is not the part over the row above', () => {
    expect(run(rows(english, ['27.5', '18.8']))).toEqual([['warning', '25', '27.5']]);
    expect(run(rows(dutch, ['25.0', '21.4']))).toEqual([['warning', '18.8', '21.4']]);
  });

  it('says nothing when the shares fit, or the share names other words, or the rows lie apart', () => {
    expect(run(rows(english, ['25.0', '18.8']))).toEqual([]);
    expect(run(rows(['Supervisors', 'of which women', 'Turnover rate'], ['27.5', '18.8']))).toEqual([]);
    expect(run(rows(english, ['27.5', '18.8'], [40, 44, 45]))).toEqual([]);
  });
});

describe('share.part-row: several columns a year', () => {
  it('pairs each share with the part and whole printed in its own column', () => {
    // `Home | Abroad` each year: 30 / 120 = 25.0% at home, 9 / 60 = 15.0% abroad.
    const cell = (value: string, unit: string, line: number, label: string) =>
      printed({ metric: 'unclassified', value, unit, year: 2025, line, label });
    const table = (home: string, abroad: string) => [
      cell('120', 'count', 50, 'Technicians'),
      cell('60', 'count', 50, 'Technicians'),
      cell('30', 'count', 51, 'of whom women'),
      cell('9', 'count', 51, 'of whom women'),
      cell(home, '%', 52, 'Women among technicians'),
      cell(abroad, '%', 52, 'Women among technicians'),
    ];
    expect(run(table('25.0', '15.0'))).toEqual([]);
    expect(run(table('25.0', '17.5'))).toEqual([['warning', '15', '17.5']]);
  });
});
