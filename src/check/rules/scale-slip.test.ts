import { describe, expect, it } from 'vitest';
import type { Fact } from '../../core/index.js';
import { printed } from '../testing/printed-fact.js';
import { ruleContext } from './context.js';
import { scaleSlipRule } from './scale-slip.js';

// Invented amounts: a levy table in thousands and the sentences that quote it.
const row = (value: string, line: number, label: string) =>
  printed({ metric: 'unclassified', value, unit: 'KES thousand', year: 2030, line, label });
const sentence = (value: string, unit: string, line: number, label: string) =>
  printed({ metric: 'unclassified', value, unit, year: 2030, line, label, extraction: 'text' });

const run = (facts: Fact[]) => scaleSlipRule.run(ruleContext(facts, () => undefined));

describe('duplicate.scale', () => {
  const table = [row('37915', 40, 'Training levy'), row('512640', 41, 'County cess')];

  it('warns when a sentence prints a table row’s digits at another scale', () => {
    const found = run([...table, sentence('37915', 'KES million', 55, 'paid KShs 37,915 million')]);
    expect(found.map((f) => [f.rule, f.severity, f.expected, f.actual])).toEqual([
      ['duplicate.scale', 'warning', '37915', '37915'],
    ]);
    expect(found[0]?.message).toMatch(/1000 times more/);
    expect(found[0]?.source.map((s) => s.line)).toEqual([55, 40]);
  });

  it('says nothing when the sentence gives the same amount in another unit', () => {
    expect(run([...table, sentence('37.915', 'KES million', 55, 'paid KShs 37.915 million')])).toEqual([]);
  });

  it('takes a sentence whose amount another figure prints as a restatement of that figure', () => {
    const other = printed({
      metric: 'unclassified',
      value: '37915',
      unit: 'KES million',
      year: 2030,
      line: 80,
      label: 'Revenue',
    });
    expect(
      run([...table, other, sentence('37915', 'KES million', 55, 'revenue of KShs 37,915 million')]),
    ).toEqual([]);
  });

  it('leaves short figures, counts and other years alone', () => {
    expect(
      run([row('412', 42, 'Audit fee'), sentence('412', 'KES million', 56, 'KShs 412 million')]),
    ).toEqual([]);
    const lastYear = printed({
      metric: 'unclassified',
      value: '37915',
      unit: 'KES million',
      year: 2029,
      line: 57,
      label: 'in 2029',
      extraction: 'text',
    });
    expect(run([...table, lastYear])).toEqual([]);
  });
});

describe('duplicate.scale outside money', () => {
  // Invented: an ore output in a letter and a waste table whose row shares its digits.
  const mass = (value: string, line: number, label: string, extraction?: 'text') =>
    printed({ metric: 'unclassified', value, unit: 't', year: 2030, line, label, extraction });

  it('takes tonnes ten times a table row as another figure, not a slip', () => {
    const letter = mass('53170', 12, 'we shipped 53,170 tonnes of zinc', 'text');
    expect(run([mass('5317', 90, 'Spent catalyst'), letter])).toEqual([]);
  });

  it('still warns when tonnes are a thousand times a table row', () => {
    const letter = mass('5317000', 12, 'we shipped 5,317,000 tonnes of zinc', 'text');
    const found = run([mass('5317', 90, 'Zinc concentrate'), letter]);
    expect(found.map((f) => f.message)).toEqual([expect.stringMatching(/1000 times more/)]);
  });

  it('still warns on money ten times a table row (lakh read as crore)', () => {
    const found = run([
      ...[row('48620', 40, 'Donations')],
      sentence('486.2', 'KES million', 55, 'gave KShs 486.2 million'),
    ]);
    expect(found.map((f) => f.message)).toEqual([expect.stringMatching(/10 times more/)]);
  });
});
