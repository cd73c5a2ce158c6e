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
});
