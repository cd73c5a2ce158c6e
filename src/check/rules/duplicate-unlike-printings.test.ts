// duplicate.value on printings that only look alike: a scale word both print, the frame of a share,
// and a figure converted to standard coal.
import { describe, expect, it } from 'vitest';
import { printed, type PrintedSpec } from '../testing/printed-fact.js';
import { ruleContext } from './context.js';
import { duplicateValueRule } from './duplicate-value.js';
import type { MetricView } from './rule.js';

const catalogue = (id: string): MetricView | undefined =>
  id === 'energy.electricity'
    ? { id, kind: 'absolute', label: 'Purchased electricity consumption', codes: [] }
    : undefined;

const run = (...specs: PrintedSpec[]) =>
  duplicateValueRule.run(ruleContext(specs.map(printed), catalogue)).filter((f) => f.severity !== 'info');

/** A sentence's figure: its label is the clause, its quote the sentence. */
const said = (metric: string, value: string, unit: string, line: number, label: string): PrintedSpec => ({
  metric,
  value,
  unit,
  year: 2024,
  line,
  label,
  quote: `${label}.`,
  extraction: 'text',
});

describe('duplicate.value: printings that only look alike', () => {
  it('does not count the "ten" of "RMB ten thousand" as a word two amounts share', () => {
    const unlisted = (value: string, line: number, label: string) => ({
      ...said('unclassified', value, 'RMB', line, label),
      scale: '10000',
    });
    expect(
      run(
        unlisted('312.5', 88, 'Staff welfare spending was RMB 312.5 ten thousand'),
        unlisted('275.0', 97, 'Community outreach spending was RMB 275.0 ten thousand'),
      ),
    ).toEqual([]);
  });

  it('keeps shares of different parts apart: "of which 215 were …, accounting for 64.2%"', () => {
    expect(
      run(
        said('unclassified', '64.2', '%', 140, 'of which 215 were local hires, accounting for 64.2%'),
        said('unclassified', '51.7', '%', 171, 'of which 88 were utility patents, accounting for 51.7%'),
      ),
    ).toEqual([]);
  });

  it('still compares two shares of the same count worded alike', () => {
    const found = run(
      said('unclassified', '64.2', '%', 140, 'of which 215 were local technical hires, accounting for 64.2%'),
      said('unclassified', '62.4', '%', 171, 'of which 215 were local technical hires, accounting for 62.4%'),
    );
    expect(found.map((f) => f.actual)).toEqual(['62.4']);
  });

  it("keeps apart a row and a sentence that prints the row's figure beside its own", () => {
    // The sentence names the row's share ("88.2% are local hires") and then its own, another group's.
    const row: PrintedSpec = { ...said('unclassified', '88.2', '%', 14, 'Local hires'), extraction: 'table' };
    expect(
      run(
        row,
        said(
          'unclassified',
          '51.8',
          '%',
          211,
          '1,204 (88.2%) are local hires and 707 (51.8%) come from nearby towns',
        ),
      ),
    ).toEqual([]);
  });

  it('does not take electricity in tons of standard coal for a copy of the kWh row', () => {
    const coal = {
      ...said('energy.electricity', '1229.5', 'MWh', 52, 'electricity used was equivalent to 1,229.5 tce'),
      printedUnit: 'tce',
    };
    const table: PrintedSpec = {
      metric: 'energy.electricity',
      value: '1000.0',
      unit: 'MWh',
      scale: '10',
      year: 2024,
      line: 230,
      label: 'Purchased electricity',
      printedUnit: 'MWh',
    };
    expect(run(coal, table)).toEqual([]);
  });
});
