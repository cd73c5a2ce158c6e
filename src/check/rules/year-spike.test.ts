// trend.jump on one year that stands out from a steady series by less than tenfold.
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../core/index.js';
import { printed } from '../testing/printed-fact.js';
import { ruleContext } from './context.js';
import { yearOnYearRule } from './year-on-year.js';

const run = (facts: readonly Fact[]) =>
  yearOnYearRule.run(ruleContext(facts, () => undefined)).map((f) => [f.expected, f.actual]);

const lpg = (value: string, year: number) =>
  printed({ metric: 'unclassified', value, unit: 'kg', year, line: 70, label: 'LPG forklifts' });

describe('trend.jump: a year off a steady series', () => {
  it('flags a middle year 8.7× both neighbours, which agree with each other', () => {
    expect(run([lpg('20310', 2022), lpg('176900', 2023), lpg('21040', 2024)])).toEqual([['20310', '176900']]);
  });

  it('flags a last year 6.4× lower than three steady years before it', () => {
    const facts = [lpg('9840', 2021), lpg('10390', 2022), lpg('11020', 2023), lpg('1702', 2024)];
    expect(run(facts)).toEqual([['11020', '1702']]);
  });

  it('leaves growth over an unsteady series, two years alone and a fourfold rise as they are', () => {
    expect(run([lpg('2100', 2022), lpg('5400', 2023), lpg('31000', 2024)])).toEqual([]);
    expect(run([lpg('2100', 2023), lpg('16800', 2024)])).toEqual([]);
    expect(run([lpg('5000', 2022), lpg('5200', 2023), lpg('20500', 2024)])).toEqual([]);
  });

  it('leaves a year far from the steady years (a horizon, a base year) as it is', () => {
    const steady = [lpg('9840', 2022), lpg('10390', 2023), lpg('11020', 2024)];
    expect(run([...steady, lpg('1530', 2030)])).toEqual([]);
    expect(run([...steady, lpg('61700', 2016)])).toEqual([]);
    // Two years after the last steady one is still close enough to stand out.
    expect(run([...steady, lpg('1530', 2026)])).toEqual([['11020', '1530']]);
  });

  it('reports a tenfold jump once, not again as a spike', () => {
    expect(run([lpg('3300', 2022), lpg('3410', 2023), lpg('36200', 2024)])).toEqual([['3410', '36200']]);
  });

  it('reports a tenfold slip in a middle year once, naming that year, not as the jumps into and out of it', () => {
    const found = yearOnYearRule.run(
      ruleContext([lpg('20310', 2022), lpg('203100', 2023), lpg('21040', 2024)], () => undefined),
    );
    expect(found.map((f) => [f.expected, f.actual])).toEqual([['20310', '203100']]);
    expect(found[0]?.message).toContain('in 2023');
  });

  it('flags a spike among years in litres when another year is printed only in energy units', () => {
    const diesel = (value: string, unit: string, year: number) =>
      printed({ metric: 'energy.diesel', value, unit, year, line: 80, label: 'Diesel' });
    const known = () => ({ id: 'energy.diesel', kind: 'absolute' as const, label: 'Diesel', codes: [] });
    const facts = [
      diesel('63180', 'L', 2021),
      diesel('61940', 'L', 2022),
      diesel('574200', 'L', 2023),
      diesel('60210', 'L', 2024),
      diesel('652.4', 'MWh', 2025),
    ];
    const found = yearOnYearRule.run(ruleContext(facts, known));
    expect(found.map((f) => f.actual)).toEqual(['574200']);
  });
});
