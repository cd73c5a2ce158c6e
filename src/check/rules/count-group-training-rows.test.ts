// count.group on a table row counting the people of a group who hold a training ("Welders with safety
// training" beside the headcount table's "Welders" row). Figures invented.
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../core/index.js';
import { printed } from '../testing/printed-fact.js';
import { ruleContext } from './context.js';
import { countGroupRule } from './count-group.js';

const run = (facts: readonly Fact[]) => countGroupRule.run(ruleContext(facts, () => undefined));

const rows = (group: string, trained: string, count: string): Fact[] => [
  printed({
    metric: 'workforce.total',
    value: '2914',
    unit: 'persons',
    year: 2031,
    line: 40,
    label: 'Total staff',
  }),
  printed({ metric: 'workforce.total', value: '736', unit: 'persons', year: 2031, line: 44, label: group }),
  printed({ metric: 'unclassified', value: count, unit: 'persons', year: 2031, line: 71, label: trained }),
];

describe('count.group: a row of a group with a training', () => {
  it('reads "<group> with … training" against the group’s headcount row, in English, German or Dutch', () => {
    const [finding, ...rest] = run(rows('Welders', 'Welders with safety training', '752'));
    expect(rest).toEqual([]);
    expect([finding?.severity, finding?.actual, finding?.expected]).toEqual(['warning', '752', '≤ 736']);
    expect(run(rows('Schweißer', 'Schweißer mit Sicherheitsschulung', '752')).length).toBe(1);
    expect(run(rows('Lassers', 'Lassers met veiligheidsopleiding', '752')).length).toBe(1);
  });

  it('says nothing when the trained are no more than the group, or the row names no training', () => {
    expect(run(rows('Welders', 'Welders with safety training', '702'))).toEqual([]);
    expect(run(rows('Welders', 'Welders with disabilities', '752'))).toEqual([]);
  });
});
