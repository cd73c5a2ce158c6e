// trend.jump on a table row no metric was read for.
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../core/index.js';
import { printed } from '../testing/printed-fact.js';
import { ruleContext } from './context.js';
import { yearOnYearRule } from './year-on-year.js';

const run = (facts: readonly Fact[]) =>
  yearOnYearRule.run(ruleContext(facts, () => undefined)).map((f) => [f.actual, f.source.map((s) => s.line)]);

const cell = (label: string, value: string, unit: string, year: number, line: number) =>
  printed({ metric: 'unclassified', value, unit, year, line, label });

describe('trend.jump: rows without a metric', () => {
  it('flags a row whose cells jump tenfold between year columns, whatever the other rows print', () => {
    const facts = [
      cell('Cardboard cartons', '2210.5', 't', 2024, 40),
      cell('Cardboard cartons', '2318.0', 't', 2025, 40),
      cell('Foam inserts', '38.4', 't', 2024, 41),
      cell('Foam inserts', '396.0', 't', 2025, 41),
    ];
    expect(run(facts)).toEqual([['396', [41]]]);
  });

  it('reads a row printing each year in two units side by side by its first unit, once', () => {
    const facts = [
      cell('Steam condensate lost', '41.2', 'thousand m3', 2023, 60),
      cell('Steam condensate lost', '1.455', 'MMscf', 2023, 60),
      cell('Steam condensate lost', '398.6', 'thousand m3', 2024, 60),
      cell('Steam condensate lost', '14.08', 'MMscf', 2024, 60),
      cell('Steam condensate lost', '37.9', 'thousand m3', 2025, 60),
      cell('Steam condensate lost', '1.338', 'MMscf', 2025, 60),
    ];
    expect(run(facts)).toEqual([['398.6', [60]]]);
  });

  it('leaves counts and sentences alone', () => {
    const facts = [
      cell('Reportable incidents', '1', 'count', 2024, 50),
      cell('Reportable incidents', '12', 'count', 2025, 50),
      printed({ metric: 'unclassified', value: '38.4', unit: 't', year: 2024, line: 9, extraction: 'text' }),
      printed({ metric: 'unclassified', value: '396.0', unit: 't', year: 2025, line: 9, extraction: 'text' }),
    ];
    expect(run(facts)).toEqual([]);
  });
});

describe('trend.jump: lost days in a year with a fatality', () => {
  // Invented: a safety table whose fatal year charges 6,000 days for the death.
  const listed = (id: string) => ({ id, kind: 'absolute' as const, label: id, codes: [] });
  const row = (metric: string, value: string, unit: string, year: number, line: number) =>
    printed({ metric, value, unit, year, line, label: metric });
  const days = [
    row('safety.lost_days', '1420', 'days', 2028, 70),
    row('safety.lost_days', '8391', 'days', 2029, 70),
    row('safety.lost_days', '1290', 'days', 2030, 70),
  ];
  const jumps = (facts: readonly Fact[]) => yearOnYearRule.run(ruleContext(facts, listed));

  it('takes the fatal year’s charged days as the reason, not a slip', () => {
    const deaths = [0, 1, 0].map((n, i) => row('safety.fatalities', String(n), 'persons', 2028 + i, 69));
    expect(jumps([...days, ...deaths])).toEqual([]);
  });

  it('still flags the same jump in a year without a fatality', () => {
    const deaths = [0, 0, 0].map((n, i) => row('safety.fatalities', String(n), 'persons', 2028 + i, 69));
    expect(jumps([...days, ...deaths]).map((f) => f.actual)).toEqual(['8391']);
  });
});
