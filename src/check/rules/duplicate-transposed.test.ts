// duplicate.value on a key figure printed again in a table with two neighbouring digits swapped.
import { describe, expect, it } from 'vitest';
import { printed } from '../testing/printed-fact.js';
import { ruleContext } from './context.js';
import { duplicateValueRule } from './duplicate-value.js';
import type { MetricView } from './rule.js';

const catalogue = (id: string): MetricView | undefined =>
  id === 'production.output' ? { id, kind: 'absolute', label: 'Production output', codes: [] } : undefined;

/** A table row of bottled output in million litres (invented figures). */
const row = (value: string, line: number, label: string) =>
  printed({ metric: 'production.output', unit: 'ML', value, line, label, year: 2026, extraction: 'table' });

const serious = (...rows: ReturnType<typeof row>[]) =>
  duplicateValueRule
    .run(ruleContext(rows, catalogue))
    .filter((f) => f.severity !== 'info')
    .map((f) => [f.severity, f.expected, f.actual]);

describe('duplicate.value: digits swapped between two printings of a row', () => {
  it('warns of a key-figures box whose figure swaps two digits of the table row, a gap past a stale copy', () => {
    expect(
      serious(row('318.4', 12, 'Bottled output, million litres'), row('381.4', 90, 'Bottled output')),
    ).toEqual([['warning', '318.4', '381.4']]);
  });

  it('says nothing more of rows as far apart whose digits are not two neighbours swapped', () => {
    expect(
      serious(row('318.4', 12, 'Bottled output, million litres'), row('391.4', 90, 'Bottled output')),
    ).toEqual([]);
    // Three digits swap into another row's figure too often by chance.
    expect(
      serious(row('31.8', 12, 'Bottled output, million litres'), row('38.1', 90, 'Bottled output')),
    ).toEqual([]);
  });
});
