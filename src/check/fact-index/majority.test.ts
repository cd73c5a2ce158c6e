// FactIndex.at when one printing of a series is another row read as the metric.
import { describe, expect, it } from 'vitest';
import { printed } from '../testing/printed-fact.js';
import { FactIndex } from './fact-index.js';

const LABEL = 'Total water withdrawal';
const row = (value: string, line: number, label: string) =>
  printed({ metric: 'water.withdrawal', value, unit: 'm3', year: 2024, line, label });
const series = { entity: 'Test Co', metric: 'water.withdrawal', year: 2024, basis: 'actual' as const };
const valueAt = (...facts: ReturnType<typeof row>[]) =>
  new FactIndex(facts, () => LABEL).at(series, 'water.withdrawal', {})?.value.toFixed();

describe('FactIndex: a printing outvoted by the metric’s own rows', () => {
  it('takes the value two lines agree on when the odd one is worded unlike the metric', () => {
    // "Rainwater harvested" read as withdrawal beside the total printed in two tables.
    expect(
      valueAt(
        row('3150', 40, 'Rainwater harvested'),
        row('86420', 42, 'Total'),
        row('86420', 210, 'Water withdrawal (m³)'),
      ),
    ).toBe('86420');
  });

  it('still has no value when the odd printing names the metric too (two totals disagree)', () => {
    expect(
      valueAt(
        row('81950', 18, 'Water withdrawal fell to'),
        row('86420', 42, 'Total'),
        row('86420', 210, 'Water withdrawal (m³)'),
      ),
    ).toBeUndefined();
  });

  it('still has no value when the agreeing printings are one line (no majority)', () => {
    expect(
      valueAt(row('3150', 40, 'Rainwater harvested'), row('86420', 210, 'Water withdrawal (m³)')),
    ).toBeUndefined();
  });
});

describe('FactIndex: a table whose item rows were read as its total', () => {
  it('takes the "Total" row when the rows above it add up to it', () => {
    expect(
      valueAt(
        row('52310', 70, 'Municipal supply'),
        row('34110', 71, 'Groundwater'),
        row('86420', 72, 'Total'),
      ),
    ).toBe('86420');
  });

  it('has no value when the rows above do not make up the total, or another printing disagrees', () => {
    expect(
      valueAt(
        row('52310', 70, 'Municipal supply'),
        row('30110', 71, 'Groundwater'),
        row('86420', 72, 'Total'),
      ),
    ).toBeUndefined();
    expect(
      valueAt(
        row('52310', 70, 'Municipal supply'),
        row('34110', 71, 'Groundwater'),
        row('86420', 72, 'Total'),
        row('88420', 140, 'Water withdrawal (m³)'),
      ),
    ).toBeUndefined();
  });
});

describe('FactIndex: a total row in another language, printed in two tables', () => {
  it('takes the total whose rows above add up to it, though an earlier table prints it too', () => {
    // A headcount by gender (its "Разом" row), then a table by site read as the total as well.
    const people = (value: string, line: number, label: string) =>
      printed({ metric: 'workforce.total', value, unit: 'persons', year: 2031, line, label });
    const staff = { ...series, metric: 'workforce.total', year: 2031 };
    const at = (...facts: ReturnType<typeof people>[]) =>
      new FactIndex(facts, () => 'Total number of employees')
        .at(staff, 'workforce.total', {})
        ?.value.toFixed();
    const earlier = people('1587', 40, 'Разом');
    const sites = [
      people('905', 52, 'Черкаси (цех)'),
      people('438', 53, 'Умань (склад)'),
      people('244', 54, 'Київ (офіс)'),
    ];
    expect(at(earlier, ...sites, people('1587', 55, 'Разом'))).toBe('1587');
    expect(at(earlier, ...sites, people('1587', 55, 'Kopā'))).toBe('1587');
    // Rows that miss the total, or a total row elsewhere with another value, leave the series open.
    expect(at(...sites.slice(1), people('1587', 55, 'Разом'))).toBeUndefined();
    expect(at(people('1578', 40, 'Разом'), ...sites, people('1587', 55, 'Разом'))).toBeUndefined();
  });
});

describe('FactIndex: total rows of two tables that agree', () => {
  const people = (value: string, line: number, label: string) =>
    printed({ metric: 'workforce.total', value, unit: 'persons', year: 2032, line, label });
  const staff = { ...series, metric: 'workforce.total', year: 2032 };
  const at = (...facts: ReturnType<typeof people>[]) =>
    new FactIndex(facts, () => 'Total number of employees').at(staff, 'workforce.total', {})?.value.toFixed();

  it('takes the value both total rows print, though other rows were read as the metric', () => {
    // A seasonal-staff row beside the headcount, and site rows that miss their total by a slip.
    const rows = [
      people('73', 31, 'Sezonas darbinieki'),
      people('205', 40, 'Ventspils'),
      people('131', 41, 'Liepāja'),
    ];
    expect(at(people('327', 30, 'Darbinieki kopā'), ...rows, people('327', 42, 'Kopā'))).toBe('327');
  });

  it('has no value when the total rows disagree, or one line alone prints the total', () => {
    const rows = [people('73', 31, 'Sezonas darbinieki'), people('205', 40, 'Ventspils')];
    expect(at(people('327', 30, 'Darbinieki kopā'), ...rows, people('337', 42, 'Kopā'))).toBeUndefined();
    expect(at(people('327', 30, 'Darbinieki kopā'), ...rows)).toBeUndefined();
  });

  it('has no value when a sentence prints another one (an average headcount may be the figure meant)', () => {
    const said = printed({
      ...{ metric: 'workforce.total', value: '341', unit: 'persons', year: 2032, line: 12 },
      label: 'the average number of employees was',
      extraction: 'text',
    });
    const totals = [people('327', 30, 'Darbinieki kopā'), people('327', 42, 'Kopā')];
    expect(at(said, people('73', 31, 'Sezonas darbinieki'), ...totals)).toBeUndefined();
  });
});

describe('FactIndex: a subtotal row not labelled "Total" whose rows above were read as it', () => {
  it('takes the row the rows above it add up to exactly', () => {
    // "Borehole A | Borehole B | Groundwater (A and B)" all read as withdrawal.
    expect(
      valueAt(
        row('41250', 60, 'Borehole A'),
        row('17380', 61, 'Borehole B'),
        row('58630', 63, 'Groundwater (A and B)'),
      ),
    ).toBe('58630');
  });

  it('has no value when the rows miss it, or a printing elsewhere disagrees', () => {
    expect(
      valueAt(
        row('41250', 60, 'Borehole A'),
        row('17380', 61, 'Borehole B'),
        row('58930', 63, 'Groundwater (A and B)'),
      ),
    ).toBeUndefined();
    expect(
      valueAt(
        row('41250', 60, 'Borehole A'),
        row('17380', 61, 'Borehole B'),
        row('58630', 63, 'Groundwater (A and B)'),
        row('61200', 150, 'Water withdrawal'),
      ),
    ).toBeUndefined();
  });

  it('takes the row the rows above it add up to, whatever a sentence prints', () => {
    // Segment rows read as the metric beside their whole ("Group …"), and a letter that prints the
    // whole ten times over: the table states the figure, the sentence is a slip duplicate.value reports.
    const sentence = printed({
      metric: 'water.withdrawal',
      value: '586300',
      unit: 'm3',
      year: 2024,
      line: 12,
      label: 'Water drawn across the group came to',
      extraction: 'text',
    });
    expect(
      valueAt(
        sentence,
        row('41250', 60, 'Borehole A'),
        row('17380', 61, 'Borehole B'),
        row('58630', 63, 'Groundwater (A and B)'),
      ),
    ).toBe('58630');
  });

  it('takes a total row of a later table that the rows of an earlier one add up to', () => {
    // The source table's rows, then "Water, total (boreholes and mains)" summed again beside the
    // discharge figures two pages on.
    const rows = [row('41250', 60, 'Borehole A'), row('17380', 61, 'Mains supply')];
    expect(valueAt(...rows, row('58630', 95, 'Water, total (boreholes and mains)'))).toBe('58630');
    // A later row not labelled as a total, or one the rows miss, stands for nothing so far below.
    expect(valueAt(...rows, row('58630', 95, 'Water (boreholes and mains)'))).toBeUndefined();
    expect(valueAt(...rows, row('58930', 95, 'Water, total (boreholes and mains)'))).toBeUndefined();
  });
});

describe('FactIndex: a year row whose columns were read as its total', () => {
  it('takes the "Total" column when the columns beside it add up to it, whatever a sentence prints', () => {
    const sentence = printed({
      metric: 'water.withdrawal',
      value: '96420',
      unit: 'm3',
      year: 2024,
      line: 90,
      label: 'Water withdrawn totalled',
      extraction: 'text',
    });
    expect(
      valueAt(row('61200', 55, 'Mains water'), row('35220', 55, 'Borehole water'), row('96420', 55, 'Total')),
    ).toBe('96420');
    expect(
      valueAt(
        row('61200', 55, 'Mains water'),
        row('35220', 55, 'Borehole water'),
        row('96420', 55, 'Total'),
        { ...sentence, quantity: { ...sentence.quantity, value: sentence.quantity.value.times(1000) } },
      ),
    ).toBe('96420');
  });
});

describe('FactIndex: printings of one amount at two scales', () => {
  const money = (value: string, line: number, label: string, unit: string) =>
    printed({ metric: 'community.donations', value, unit, year: 2031, line, label });
  const donations = { ...series, metric: 'community.donations', year: 2031 };
  // The amount in euros, whichever printing stands for the series.
  const at = (...facts: ReturnType<typeof money>[]) => {
    const figure = new FactIndex(facts, () => 'Donations and other community investment').at(
      donations,
      'community.donations',
      {},
    );
    return figure?.value.times(figure.unit.toBase).toFixed();
  };

  it('reads a table in thousands against one in millions at the total’s scale', () => {
    // A value-added statement in € million beside a giving table in € thousand whose rows were read as its total.
    expect(
      at(
        money('57.3', 30, 'Communities - donations', 'EUR million'),
        money('31260', 120, 'Schools', 'EUR thousand'),
        money('26040', 121, 'Clinics', 'EUR thousand'),
        money('57300', 122, 'Total', 'EUR thousand'),
      ),
    ).toBe('57300000');
    expect(
      at(
        money('75.3', 30, 'Communities - donations', 'EUR million'),
        money('31260', 120, 'Schools', 'EUR thousand'),
        money('26040', 121, 'Clinics', 'EUR thousand'),
        money('57300', 122, 'Total', 'EUR thousand'),
      ),
    ).toBeUndefined();
  });
});
