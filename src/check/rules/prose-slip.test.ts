import { describe, expect, it } from 'vitest';
import type { Fact } from '../../core/index.js';
import { printed } from '../testing/printed-fact.js';
import { ruleContext } from './context.js';
import { duplicateValueRule } from './duplicate-value.js';

function run(facts: readonly Fact[]) {
  return duplicateValueRule.run(ruleContext(facts, () => undefined));
}

const spend = (value: string, line: number, over: Partial<Parameters<typeof printed>[0]> = {}) =>
  printed({ metric: 'environment.investment', value, unit: 'RMB', year: 2022, line, ...over });

describe('a sentence whose value reads as a slip of what the tables print', () => {
  // The key-figures table prints RMB 3,472.10 (10,000) = RMB 34,721,000.
  const table = spend('3472.10', 20, { scale: '10000', label: 'Spending on pollution control' });
  const sentence = (value: string, scale: string, quote: string) =>
    spend(value, 88, { scale, extraction: 'text', label: quote, quote });

  it('warns on a tenfold slip (RMB 10,000 read as million), naming the sentence and the table', () => {
    const found = run([
      table,
      sentence('347.21', '1000000', 'we spent RMB 347.21 million on pollution control'),
    ]);
    expect(found.map((f) => [f.rule, f.severity, f.expected, f.actual])).toEqual([
      ['duplicate.value', 'warning', '34721000', '347210000'],
    ]);
    expect(found[0]?.source).toEqual([{ line: 88 }, { line: 20 }]);
    expect(found[0]?.message).toMatch(/power of ten/);
  });

  it('warns on the same digits in another order, but not on a far value or a narrower sentence', () => {
    const people = (value: string, line: number, extraction: 'table' | 'text', label: string) =>
      printed({
        metric: 'workforce.total',
        value,
        unit: 'persons',
        year: 2022,
        line,
        extraction,
        label,
        quote: label,
      });
    const tables = [people('5318', 40, 'table', 'Total'), people('5318', 61, 'table', 'Total employees')];
    const swapped = run([...tables, people('5138', 7, 'text', 'a team of 5,138 people')]);
    expect(swapped.map((f) => [f.severity, f.actual])).toEqual([['warning', '5138']]);
    expect(swapped[0]?.message).toMatch(/same digits/);
    expect(
      run([...tables, people('1204', 7, 'text', 'a team of 1,204 people')]).filter(
        (f) => f.severity !== 'info',
      ),
    ).toEqual([]);
    expect(
      run([...tables, people('5138', 7, 'text', '5,138 managers and staff attended the course')]),
    ).toEqual([]);
    // A share in brackets makes the sentence's figure a part (what other checks make of it is theirs).
    const part = run([...tables, people('5138', 7, 'text', '5,138 employees (96.6%) had a health check')]);
    expect(part.filter((f) => /the tables give/.test(f.message))).toEqual([]);
  });

  it('reads only a scale slip into two shares: rates of different things cluster', () => {
    const rate = (value: string, line: number, extraction: 'table' | 'text') =>
      printed({
        metric: 'waste.recycling_rate',
        value,
        unit: '%',
        year: 2022,
        line,
        extraction,
        label: `rate ${line}`,
      });
    expect(
      run([rate('88.4', 30, 'table'), rate('84.8', 5, 'text')]).filter((f) => f.severity !== 'info'),
    ).toEqual([]);
  });

  it('reads a scale slip of one row when the tables print the series with two values', () => {
    // "Grid electricity" and "Total electricity" are both read as electricity: no one table value.
    const power = (value: string, line: number, label: string, extraction: 'table' | 'text' = 'table') =>
      printed({
        metric: 'energy.electricity',
        value,
        unit: 'MWh',
        year: 2022,
        line,
        label,
        extraction,
        quote: label,
      });
    const tables = [power('48210', 31, 'Grid electricity'), power('51394', 33, 'Total electricity')];
    const found = run([...tables, power('5139.4', 6, 'the plants used 5,139.4 MWh of electricity', 'text')]);
    expect(found.map((f) => [f.severity, f.expected, f.actual])).toEqual([['warning', '51394', '5139.4']]);
    expect(found[0]?.message).toMatch(/power of ten/);
    // A sentence agreeing with one of the rows is no slip of the other.
    const agreeing = run([...tables, power('51394', 6, 'the plants used 51,394 MWh of electricity', 'text')]);
    expect(agreeing.filter((f) => /the tables give/.test(f.message))).toEqual([]);
    // A row printed with few digits ("0.05", a misread ratio) could match by chance.
    const ratio = power('0.05', 35, 'Electricity per unit of output');
    const few = run([...tables, ratio, power('5412', 6, 'the plants used 5,412 MWh of electricity', 'text')]);
    expect(few.filter((f) => /the tables give/.test(f.message))).toEqual([]);
    // Three printed digits could match one of several rows by chance.
    const short = run([...tables, power('482', 6, 'the plants used 482 MWh of electricity', 'text')]);
    expect(short.filter((f) => /the tables give/.test(f.message))).toEqual([]);
  });
});

describe('a sentence in millions against a table in thousands', () => {
  const giving = (
    value: string,
    line: number,
    unit: string,
    over: Partial<Parameters<typeof printed>[0]> = {},
  ) => printed({ metric: 'community.donations', value, unit, year: 2031, line, ...over });
  const tables = (total: string) => [
    giving(total, 140, 'EUR thousand', { label: 'Total community giving' }),
    giving(total, 160, 'EUR thousand', { label: 'Community giving' }),
  ];
  const sentence = (value: string) =>
    giving(value, 12, 'EUR million', {
      extraction: 'text',
      label: `EUR ${value} million given to local schools and clinics`,
      quote: `EUR ${value} million given to local schools and clinics`,
    });

  it('reads the digits as the sentence prints them: 57,320 thousand is 57.3 million, not 75.3', () => {
    const found = run([...tables('57320'), sentence('75.3')]);
    expect(found.map((f) => [f.severity, f.actual])).toEqual([['warning', '75.3']]);
    expect(found[0]?.message).toMatch(/same digits/);
  });

  it('measures a stale copy’s gap against the larger amount, whatever the scales', () => {
    // 55.4 million is 5.3 million (9.5%) above 50,120 thousand.
    const found = run([...tables('50120'), sentence('55.4')]);
    expect(found.map((f) => [f.severity, f.actual])).toEqual([['warning', '55.4']]);
    expect(found[0]?.message).toMatch(/stale or mistyped/);
  });
});
