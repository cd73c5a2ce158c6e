import { describe, expect, it } from 'vitest';
import { parseUnit, type Fact } from '../../core/index.js';
import { printed } from '../testing/printed-fact.js';
import { ruleContext } from './context.js';
import { countPopulationRule } from './count-population.js';

function run(facts: readonly Fact[]) {
  return countPopulationRule.run(ruleContext(facts, () => undefined));
}

/** A count printed with its noun ("fisher families"), as extraction reads a counted noun. */
function counted(fact: Fact, noun: string): Fact {
  return { ...fact, quantity: { ...fact.quantity, unit: parseUnit(noun) } };
}

// A lakeshore resettlement table and the sentence under it. Invented figures.
const affected = (value: string, label = 'Fisher families affected (cumulative)') =>
  counted(
    printed({ metric: 'unclassified', value, unit: 'count', year: 2025, line: 212, label }),
    'families',
  );
const sentence = (value: string, quote: string) =>
  counted(
    printed({
      metric: 'unclassified',
      value,
      unit: 'count',
      year: 2025,
      line: 219,
      label: quote,
      quote,
      extraction: 'text',
    }),
    'fisher families',
  );

describe('those served against the population a table counts', () => {
  it('warns when a sentence counts more compensated than the table counts affected', () => {
    const found = run([
      affected('90'),
      sentence(
        '117',
        'By the end of 2025 relief had been paid to 117 fisher families, 41.2 MNT million of it in the year.',
      ),
    ]);
    expect(found.map((f) => [f.rule, f.severity, f.expected, f.actual])).toEqual([
      ['count.population', 'warning', '≤ 90', '117'],
    ]);
    expect(found[0]?.source).toEqual([{ line: 219 }, { line: 212 }]);
  });

  it('reads a population named after its participle ("Affected fisher families") too', () => {
    const found = run([
      affected('90', 'Affected fisher families'),
      sentence('117', 'In 2025, 117 fisher families received compensation for lost nets.'),
    ]);
    expect(found.map((f) => f.actual)).toEqual(['117']);
  });

  it('says nothing of fewer served, a rounded count, nor a count that says nothing was given', () => {
    expect(
      run([
        affected('90'),
        sentence('84', 'By the end of 2025 relief had been paid to 84 fisher families.'),
        sentence('117', 'Relief was paid to about 117 fisher families by the end of 2025.'),
        sentence('117', 'Some 117 fisher families live on the lakeshore in 2025.'),
      ]),
    ).toEqual([]);
  });

  it('says nothing of a count over the years against a row of one year', () => {
    const year = affected('90', 'Fisher families affected');
    const since = sentence('117', 'Since 2019 relief has been paid to 117 fisher families.');
    expect(run([year, since])).toEqual([]);
  });

  it('says nothing when the sentence counts other people than the row', () => {
    const herders = counted(
      printed({
        metric: 'unclassified',
        value: '117',
        unit: 'count',
        year: 2025,
        line: 219,
        label: 'relief paid to 117 herder families',
        quote: 'By the end of 2025 relief had been paid to 117 herder families.',
        extraction: 'text',
      }),
      'herder families',
    );
    expect(run([affected('90'), herders])).toEqual([]);
  });
});
