import { describe, expect, it } from 'vitest';
import type { Fact } from '../../core/index.js';
import { printed } from '../testing/printed-fact.js';
import { ruleContext } from './context.js';
import { countGroupRule } from './count-group.js';

const run = (facts: readonly Fact[]) => countGroupRule.run(ruleContext(facts, () => undefined));

// A French report: the staff total in the headcount table, and a sentence saying a course covered
// more people than the staff (the count grouped by a space, as French prints it). Figures invented.
const SENTENCE =
  'La formation aux gestes de premiers secours a concerné 1 164 collaborateurs du groupe, sur trois sites.';
const facts = (label: string): Fact[] => [
  printed({ metric: 'workforce.total', value: '1130', unit: 'persons', year: 2031, line: 8, label }),
  printed({
    metric: 'unclassified',
    value: '1164',
    unit: 'persons',
    year: 2031,
    line: 12,
    label: SENTENCE,
    quote: SENTENCE,
    extraction: 'text',
  }),
];

describe('count.group in a French report', () => {
  it('reads the people a course covered, after "a concerné", against the staff total', () => {
    const [finding, ...rest] = run(facts('Total des collaborateurs'));
    expect(rest).toEqual([]);
    expect([finding?.severity, finding?.actual, finding?.expected]).toEqual(['warning', '1164', '≤ 1130']);
    expect(run(facts('Effectif total')).length).toBe(1);
  });

  it('takes the staff at the year end ("Effectif au 31 décembre") as the total', () => {
    expect(run(facts('Effectif au 31 décembre (collaborateurs)')).length).toBe(1);
    expect(run(facts('Effectif au 31/12')).length).toBe(1);
  });

  it('says nothing when no row totals the staff', () => {
    expect(run(facts('Cadres'))).toEqual([]);
  });
});
