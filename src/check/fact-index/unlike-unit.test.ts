// FactIndex.at when a printing of a series is in another kind of unit (a page number read as a row).
import { describe, expect, it } from 'vitest';
import { printed } from '../testing/printed-fact.js';
import { FactIndex } from './fact-index.js';

const series = { entity: 'Test Co', metric: 'air.other', year: 2023, basis: 'actual' as const };
const valueAt = (...facts: ReturnType<typeof printed>[]) =>
  new FactIndex(facts, () => 'Other air emissions').at(series, 'air.other', {})?.value.toFixed();

describe('FactIndex: a printing in another kind of unit', () => {
  it('keeps the tonnage when a unitless figure of the same series sits beside it', () => {
    // "Particulate matter | t | 7.25" and a footer "ANNEX  48" read as a row of the same table.
    const tonnes = printed({ metric: 'air.other', value: '7.25', unit: 't', year: 2023, line: 12 });
    const footer = printed({
      metric: 'air.other',
      value: '48',
      unit: '',
      year: 2023,
      line: 15,
      label: 'ANNEX',
    });
    expect(valueAt(tonnes, footer)).toBe('7.25');
  });

  it('still has no value when two tonnages of the series disagree', () => {
    const a = printed({ metric: 'air.other', value: '7.25', unit: 't', year: 2023, line: 12 });
    const b = printed({ metric: 'air.other', value: '9.1', unit: 't', year: 2023, line: 40 });
    expect(valueAt(a, b)).toBeUndefined();
  });
});
