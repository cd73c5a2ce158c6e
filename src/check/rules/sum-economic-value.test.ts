import { describe, expect, it } from 'vitest';
import type { Fact } from '../../core/index.js';
import { printed } from '../testing/printed-fact.js';
import { ruleContext } from './context.js';
import { sumComponentsRule } from './sum-components.js';
import { yearOnYearRule } from './year-on-year.js';

// A made-up GRI 201-1 table in EUR thousand: revenue, the five parts of the value distributed, the
// value distributed and the value retained.
const money = (metric: string, value: string, line: number, year = 2032) =>
  printed({ metric, value, unit: 'EUR thousand', year, line, label: `${metric} row`, extraction: 'table' });

function table(distributed: string, retained: string, revenue = '742310'): Fact[] {
  return [
    money('economic.revenue', revenue, 40),
    money('economic.operating_costs', '521870', 41),
    money('economic.employee_wages', '118245', 42),
    money('economic.capital_payments', '36500', 43),
    money('economic.taxes', '29615', 44),
    money('community.donations', '4180', 45),
    money('economic.value_distributed', distributed, 46),
    money('economic.value_retained', retained, 47),
  ];
}

const run = (facts: readonly Fact[]) => sumComponentsRule.run(ruleContext(facts, () => undefined));

describe('sum.components on economic value generated and distributed (GRI 201-1)', () => {
  it('accepts a table whose parts make the value distributed and whose revenue is distributed + retained', () => {
    // 521,870 + 118,245 + 36,500 + 29,615 + 4,180 = 710,410; 742,310 − 710,410 = 31,900.
    expect(run(table('710410', '31900'))).toEqual([]);
  });

  it('errs on a value distributed its parts do not make', () => {
    const found = run(table('719410', '31900'));
    const distributed = found.find((f) => f.actual === '719410' && f.expected === '710410');
    expect(distributed?.severity).toBe('error');
  });

  it('errs on a value retained that is not revenue less the value distributed', () => {
    const found = run(table('710410', '22900'));
    expect(found.map((f) => [f.severity, f.expected, f.actual])).toEqual([['error', '733310', '742310']]);
  });

  it('leaves revenue alone where the table prints a value generated of its own', () => {
    const generated = money('economic.value_generated', '751200', 39);
    const found = run([generated, ...table('710410', '40790')]);
    expect(found).toEqual([]);
  });

  it('takes a row among the parts, not the revenue above them, to make the total add up', () => {
    // Taxes of 24,180 and "Royalties" of 9,615 read as another metric, printed among the parts.
    const facts = table('710410', '31900')
      .filter((f) => f.metric !== 'community.donations')
      .map((f) => (f.metric === 'economic.taxes' ? money('economic.taxes', '24180', 44) : f));
    const royalties = money('economic.government_assistance', '9615', 45);
    expect(run([...facts, royalties]).filter((f) => f.severity === 'error')).toEqual([]);
  });
});

describe('trend.jump on the economic value retained', () => {
  it('says nothing of a tenfold fall of a remainder of two large figures', () => {
    const facts = [
      money('economic.value_retained', '64120', 47, 2031),
      money('economic.value_retained', '5210', 47),
    ];
    expect(yearOnYearRule.run(ruleContext(facts, () => undefined))).toEqual([]);
  });
});
