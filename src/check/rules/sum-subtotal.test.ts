import { describe, expect, it } from 'vitest';
import type { Fact } from '../../core/index.js';
import { printed } from '../testing/printed-fact.js';
import { ruleContext } from './context.js';
import { sumComponentsRule } from './sum-components.js';

function run(facts: readonly Fact[]) {
  return sumComponentsRule.run(ruleContext(facts, () => undefined));
}

// A made-up energy table: fuel rows read as direct energy above their "Sub-total" row, then
// purchased power, then a biogas row the report lists among the components, then the total.
const row = (metric: string, value: string, line: number, label: string) =>
  printed({ metric, value, unit: 'MWh', year: 2024, line, label });
const table = [
  row('energy.direct', '310.5', 40, 'Fuel oil'),
  row('energy.direct', '92.25', 41, 'Propane'),
  row('energy.direct', '402.75', 42, 'Sub-total'),
  row('energy.indirect', '1205', 44, 'Grid power'),
  row('energy.renewable', '58', 46, 'Biogas from our digester'),
];

describe('sum.components over a table with a subtotal and a row between the parts and the total', () => {
  it('takes the subtotal as the part and accepts a total that counts every listed row', () => {
    expect(run([...table, row('energy.total', '1665.75', 47, 'Energy used in all')])).toEqual([]);
  });

  it('warns when the total is the parts alone and leaves the listed row out', () => {
    const found = run([...table, row('energy.total', '1607.75', 47, 'Energy used in all')]);
    expect(found.map((f) => [f.severity, f.expected, f.actual])).toEqual([['warning', '1665.75', '1607.75']]);
    expect(found[0]?.message).toContain('Biogas from our digester');
  });

  it('says nothing when the items above the subtotal do not add up to it (no subtotal to trust)', () => {
    const off = table.map((f) => (f.label === 'Propane' ? row('energy.direct', '99', 41, 'Propane') : f));
    expect(run([...off, row('energy.total', '1607.75', 47, 'Energy used in all')])).toEqual([]);
  });
});
