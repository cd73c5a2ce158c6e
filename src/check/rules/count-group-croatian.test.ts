import { describe, expect, it } from 'vitest';
import type { Fact } from '../../core/index.js';
import { printed } from '../testing/printed-fact.js';
import { ruleContext } from './context.js';
import { countGroupRule } from './count-group.js';

const run = (facts: readonly Fact[]) => countGroupRule.run(ruleContext(facts, () => undefined));

// A Croatian report: the staff total in the headcount table, and a sentence saying all of the staff
// took a course, counting more people than the staff. Figures invented.
const COUNT_FIRST = 'Svih 1.306 zaposlenika prošlo je osposobljavanje iz prve pomoći.';
const facts = (label: string, sentence: string): Fact[] => [
  printed({ metric: 'workforce.total', value: '1260', unit: 'persons', year: 2031, line: 8, label }),
  printed({
    metric: 'unclassified',
    value: '1306',
    unit: 'persons',
    year: 2031,
    line: 12,
    label: sentence,
    quote: sentence,
    extraction: 'text',
  }),
];

describe('count.group in a Croatian report', () => {
  it('reads "svih N zaposlenika prošlo je" against the staff total', () => {
    const [finding, ...rest] = run(facts('Ukupno zaposlenika', COUNT_FIRST));
    expect(rest).toEqual([]);
    expect([finding?.severity, finding?.actual, finding?.expected]).toEqual(['warning', '1306', '≤ 1260']);
    expect(run(facts('Zaposlenici na dan 31. 12.', COUNT_FIRST)).length).toBe(1);
  });

  it('says nothing when no row totals the staff', () => {
    expect(run(facts('Proizvodni radnici', COUNT_FIRST))).toEqual([]);
  });
});
