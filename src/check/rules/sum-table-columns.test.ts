import { describe, expect, it } from 'vitest';
import type { Fact } from '../../core/index.js';
import { printed } from '../testing/printed-fact.js';
import { ruleContext } from './context.js';
import { sumTableColumnsRule } from './sum-table-columns.js';

function run(facts: readonly Fact[]) {
  return sumTableColumnsRule.run(ruleContext(facts, () => undefined));
}

/** One row of a table whose header puts `Site A  Site B  Total` under each of two years. */
function row(line: number, label: string, values: readonly string[], unit = 'persons') {
  return values.map((value, i) =>
    printed({ metric: 'unclassified', value, unit, year: i < 3 ? 2025 : 2024, line, label }),
  );
}

describe('sum.table-columns', () => {
  const rows = [
    ...row(60, 'Engineers', ['212', '98', '310', '205', '91', '296']),
    ...row(61, 'Operators', ['1406', '655', '2061', '1380', '640', '2020']),
  ];

  it('errs on a row whose total column is not the sum of its year', () => {
    const found = run([...rows, ...row(62, 'Support staff', ['77', '53', '103', '70', '50', '120'])]);
    expect(found.map((f) => [f.severity, f.expected, f.actual])).toEqual([['error', '130', '103']]);
    expect(found[0]?.message).toContain('"Support staff" (line 62)');
  });

  it('says nothing when every total column adds up', () => {
    expect(run([...rows, ...row(62, 'Support staff', ['77', '53', '130', '70', '50', '120'])])).toEqual([]);
  });

  it('reads a total printed first in its year', () => {
    const first = [
      ...row(70, 'Scope 1', ['5210.4', '3100.2', '2110.2', '5020.0', '3010.0', '2010.0'], 'tCO2e'),
      ...row(71, 'Scope 2', ['8800.0', '6000.5', '2799.5', '8650.5', '6100.0', '2550.5'], 'tCO2e'),
      ...row(72, 'Scope 3', ['990.0', '600.0', '300.0', '910.0', '600.0', '310.0'], 'tCO2e'),
    ];
    expect(run(first).map((f) => [f.expected, f.actual])).toEqual([['900', '990']]);
  });

  it('does not judge averages or rates printed in the same columns', () => {
    const found = run([...rows, ...row(62, 'Average age', ['41', '38', '40', '42', '37', '40'], 'persons')]);
    expect(found).toEqual([]);
  });

  it('does not judge an efficiency or a usage effectiveness, each a ratio, by its sites', () => {
    // Unitless amounts beside them show the total column adds up where it is a sum.
    const amounts = [
      ...row(60, 'Racks in service', ['412', '286', '698', '380', '270', '650'], ''),
      ...row(61, 'Data halls', ['6', '4', '10', '5', '4', '9'], ''),
    ];
    const pue = ['1.38', '1.45', '1.41', '1.42', '1.50', '1.46'];
    const boiler = ['0.88', '0.84', '0.87', '0.86', '0.85', '0.86'];
    expect(run([...amounts, ...row(62, 'Power usage effectiveness (PUE)', pue, '')])).toEqual([]);
    expect(run([...amounts, ...row(62, 'Boiler efficiency', boiler, '')])).toEqual([]);
  });

  it('needs the column to be the sum in two places before it judges a third', () => {
    const one = row(60, 'Engineers', ['212', '98', '310']);
    expect(run([...one, ...row(61, 'Operators', ['1406', '655', '2000'])])).toEqual([]);
  });
});

describe('sum.table-columns in a table with years as rows', () => {
  /** A row `Year | Pit North | Pit South | Pit East | Total`: the year opens the line, the columns name the cells. */
  function yearRow(line: number, year: number, values: readonly string[]) {
    const names = ['Pit North', 'Pit South', 'Pit East', 'Total'];
    return values.map((value, i) =>
      printed({
        metric: 'unclassified',
        value,
        unit: 'kt',
        year,
        line,
        label: names[i],
        ...(i < 3 ? { dims: { site: names[i] as string } } : {}),
        quote: `${year}    ${values.join('    ')}`,
      }),
    );
  }

  it('reads each year row against the others and errs on the one whose total is not its sites', () => {
    const found = run([
      ...yearRow(40, 2022, ['512.3', '220.5', '97.1', '829.9']),
      ...yearRow(41, 2023, ['530.0', '231.4', '99.6', '861.0']),
      ...yearRow(42, 2024, ['541.7', '240.2', '101.3', '893.2']),
      ...yearRow(43, 2025, ['556.9', '244.8', '104.0', '905.7']),
    ]);
    expect(found.map((f) => [f.severity, f.expected, f.actual])).toEqual([['error', '883.2', '893.2']]);
    expect(found[0]?.message).toContain('"Total" (line 42)');
  });

  it('says nothing when every year row adds up', () => {
    const found = run([
      ...yearRow(40, 2022, ['512.3', '220.5', '97.1', '829.9']),
      ...yearRow(41, 2023, ['530.0', '231.4', '99.6', '861.0']),
      ...yearRow(42, 2024, ['541.7', '240.2', '101.3', '883.2']),
    ]);
    expect(found).toEqual([]);
  });
});
