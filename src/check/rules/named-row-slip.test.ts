import { describe, expect, it } from 'vitest';
import type { Fact } from '../../core/index.js';
import { printed } from '../testing/printed-fact.js';
import { ruleContext } from './context.js';
import { namedRowSlipRule } from './named-row-slip.js';

// Invented amounts: a table of a miner's spending in thousands and the sentences that quote its rows.
const row = (value: string, line: number, label: string, unit = 'ZAR thousand') =>
  printed({ metric: 'unclassified', value, unit, year: 2031, line, label });
const sentence = (value: string, unit: string, line: number, label: string) =>
  printed({ metric: 'unclassified', value, unit, year: 2031, line, label, extraction: 'text' });

const run = (facts: Fact[]) => namedRowSlipRule.run(ruleContext(facts, () => undefined));

describe('duplicate.named-row', () => {
  const table = [
    row('64210', 40, 'Enterprise supplier development'),
    row('27485', 41, 'Bursaries and learnerships'),
    row('91695', 42, 'Total'),
  ];

  it('warns when a sentence naming a row prints its amount within a stale copy’s gap', () => {
    const found = run([
      ...table,
      sentence(
        '68.4',
        'ZAR million',
        12,
        'our enterprise and supplier development programme received R68.4 million',
      ),
    ]);
    expect(found.map((f) => [f.rule, f.severity, f.expected, f.actual])).toEqual([
      ['duplicate.named-row', 'warning', '64210', '68.4'],
    ]);
    expect(found[0]?.source.map((s) => s.line)).toEqual([12, 40]);
  });

  it('warns when it prints the row ten times over, with three digits only', () => {
    const rows = [row('2.75', 50, 'Bursaries and learnerships', 'ZAR million')];
    const found = run([
      ...rows,
      sentence('27.5', 'ZAR million', 14, 'R27.5 million went to bursaries and learnerships'),
    ]);
    expect(found.map((f) => f.message)).toEqual([expect.stringMatching(/power of ten/)]);
  });

  it('says nothing when the sentence agrees with the row, or names no row in its words', () => {
    expect(
      run([...table, sentence('64.21', 'ZAR million', 12, 'supplier development received R64.21 million')]),
    ).toEqual([]);
    expect(run([...table, sentence('68.4', 'ZAR million', 12, 'the new clinic cost R68.4 million')])).toEqual(
      [],
    );
  });

  it('says nothing when the amount is far from the row, or in another currency or year', () => {
    const far = sentence('41.2', 'ZAR million', 12, 'enterprise supplier development received R41.2 million');
    expect(run([...table, far])).toEqual([]);
    const dollars = sentence(
      '68.4',
      'USD million',
      12,
      'enterprise supplier development received $68.4 million',
    );
    expect(run([...table, dollars])).toEqual([]);
  });

  it('gives the row’s words to the amount beside them that agrees with it, and reads no currency as a name', () => {
    const revenue = row('8342.6', 60, 'Operating revenue (NOK million)', 'NOK million');
    const quote = 'revenue was NOK 8,342.6 million and EBITDA was NOK 2,486.3 million';
    const both = [
      printed({
        metric: 'unclassified',
        value: '8342.6',
        unit: 'NOK million',
        year: 2031,
        line: 9,
        label: quote,
        extraction: 'text',
      }),
      printed({
        metric: 'unclassified',
        value: '8432.6',
        unit: 'NOK million',
        year: 2031,
        line: 9,
        label: quote,
        extraction: 'text',
      }),
    ];
    expect(run([revenue, ...both])).toEqual([]);
    const alone = sentence('8432.6', 'NOK million', 9, 'NOK 8,432.6 million, our operating result');
    expect(run([revenue, alone])).toEqual([]);
  });

  it('reads a row by either name of a label glossed in brackets, past a row named for the sentence’s other amount', () => {
    const rows = [
      row('5318.4', 70, 'Gross sales (economic value created)', 'ZAR million'),
      row('266.9', 71, 'Net profit after tax', 'ZAR million'),
    ];
    const quote = 'Gross sales reached R5,381.4 million and net profit after tax R266.9 million in the year.';
    const found = run([
      ...rows,
      printed({
        metric: 'unclassified',
        value: '5381.4',
        unit: 'ZAR million',
        year: 2031,
        line: 5,
        label: 'Gross sales reached R5,381.4 million and net profit after tax R',
        quote,
        extraction: 'text',
      }),
    ]);
    expect(found.map((f) => [f.expected, f.actual])).toEqual([['5318.4', '5381.4']]);
  });

  it('leaves a sentence whose words narrow it (a saving, a change) alone', () => {
    const change = sentence(
      '68.4',
      'ZAR million',
      12,
      'enterprise supplier development spending increased to R68.4 million',
    );
    expect(run([...table, change])).toEqual([]);
  });
});
