// duplicate.value on a sentence that swaps two digits of one of several table rows read as one series
// (outputs of different products, no product dim between them).
import { describe, expect, it } from 'vitest';
import { printed } from '../testing/printed-fact.js';
import { ruleContext } from './context.js';
import { duplicateValueRule } from './duplicate-value.js';
import type { MetricView } from './rule.js';

const catalogue = (id: string): MetricView | undefined =>
  id === 'production.output' ? { id, kind: 'absolute', label: 'Production output', codes: [] } : undefined;

/** Invented outputs of a mill in 2032: tonnes of each product, and a count of garments. */
const row = (value: string, line: number, label: string, unit = 't') =>
  printed({ metric: 'production.output', unit, value, line, label, year: 2032, extraction: 'table' });
const sentence = (value: string) =>
  printed({
    metric: 'production.output',
    unit: 't',
    value,
    line: 9,
    label: `Our growers delivered ${value} tonnes of barley to the maltings`,
    year: 2032,
    extraction: 'text',
  });

const serious = (...facts: ReturnType<typeof row>[]) =>
  duplicateValueRule
    .run(ruleContext(facts, catalogue))
    .filter((f) => f.severity !== 'info')
    .map((f) => [f.severity, f.expected, f.actual]);

describe('duplicate.value: a sentence slipping digits of one of several disagreeing rows', () => {
  const rows = [row('84215', 30, 'Total'), row('27406', 41, 'Malt'), row('9318', 42, 'Flakes')];

  it('warns when the sentence swaps two neighbouring digits of exactly one row', () => {
    expect(serious(sentence('84125'), ...rows)).toEqual([['warning', '84215', '84125']]);
  });

  it('is not stopped by a row in another kind of unit (a count of bags)', () => {
    const bags = row('51200', 43, 'Bags filled', '');
    expect(serious(sentence('84125'), ...rows, bags)).toEqual([['warning', '84215', '84125']]);
  });

  it('says nothing of a sentence printing the digits of a row in another order than a swap', () => {
    expect(serious(sentence('82154'), ...rows)).toEqual([]);
  });

  it('says nothing of a four-digit sentence reordering a row, which may match by chance', () => {
    expect(serious(sentence('3198'), ...rows)).toEqual([]);
  });
});
