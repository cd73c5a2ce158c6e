import { describe, expect, it } from 'vitest';
import type { Mention } from '../mention/index.js';
import { classifyMention } from './index.js';

// A made-up staff table by nationality and function: columns for nationals, expatriates and the whole.
const COLUMNS = ['Kenyan', 'Expatriates', 'Total', 'Kenyan %'];

function cell(label: string, column: string, value: string, caption: string): Mention {
  return {
    kind: 'table',
    line: 41,
    label,
    context: [caption, column],
    column,
    columns: COLUMNS,
    value,
    unit: '',
    year: 2031,
    basis: 'actual',
    quote: '',
    dims: {},
    background: 1,
  };
}

const BY_NATIONALITY = 'Table 7 Employees by nationality and function, 31 December';
const classify = (m: Mention) => classifyMention(m, ['gri-2021']);

describe('a staff table by nationality and function', () => {
  it('gives a nationality column its group, so the whole is the only plain headcount', () => {
    const expat = classify(cell('Total', 'Expatriates', '317', BY_NATIONALITY));
    expect([expat.metric?.id, expat.dims.nationality]).toEqual(['workforce.total', 'expatriates']);
    const local = classify(cell('Total', 'Kenyan', '1904', BY_NATIONALITY));
    expect(local.dims.nationality).toBe('kenyan');
    expect(classify(cell('Total', 'Total', '2221', BY_NATIONALITY)).dims).toEqual({});
  });

  it('reads an expatriates column as a group even when the title names no nationality', () => {
    const m = cell('Total', 'Expatriates', '317', 'Table 7 Staff at year end');
    expect(classify(m).dims.nationality).toBe('expatriates');
  });

  it('reads each row under a title "by … function" as an employee category', () => {
    const m = cell('Warehouse and yard handling', 'Total', '812', BY_NATIONALITY);
    expect(classify(m).dims.employee_category).toBe('warehouse and yard handling');
  });
});

describe('a row counting staff named by where they work', () => {
  it('narrows the headcount by a scope, never standing for the whole staff', () => {
    const m: Mention = {
      ...cell('Field staff (headcount)', '2031', '655', 'Table 9 Heat exposure'),
      column: undefined,
      columns: ['2031'],
      context: ['Table 9 Heat exposure'],
    };
    const read = classify(m);
    expect([read.metric?.id, read.dims.scope]).toEqual(['workforce.total', 'field staff']);
  });
});

describe('a staff table by nationality and gender', () => {
  const BY_GENDER = 'Table 3 Workforce by nationality and gender';
  const genderCell = (label: string, column: string, value: string): Mention => ({
    ...cell(label, column, value, BY_GENDER),
    columns: ['Male', 'Female', 'Total'],
  });

  it('reads a gender column as the gender, never as a nationality', () => {
    const m = classify(genderCell('Local nationals', 'Female', '212'));
    expect(m.dims).toEqual({ gender: 'female' });
    expect(classify(genderCell('Local nationals', 'Total', '508')).dims).toEqual({});
  });

  it('reads the expatriates row as a group of the headcount, the total row as the whole', () => {
    expect(classify(genderCell('Expatriates', 'Male', '1840')).dims).toEqual({
      gender: 'male',
      nationality: 'expatriates',
    });
    expect(classify(genderCell('Expatriates', 'Total', '2105')).dims).toEqual({ nationality: 'expatriates' });
    const whole = classify(genderCell('Total employees', 'Total', '2613'));
    expect([whole.metric?.id, whole.dims]).toEqual(['workforce.total', {}]);
  });
});

describe('a nationals row under a column of another measure', () => {
  it('reads the column as the measure and the row as the nationality group', () => {
    const m: Mention = {
      ...cell('Local nationals', 'Training hours', '9120', 'Table 5 Training by nationality'),
      columns: ['Employees', 'Training hours', 'Hours per employee'],
    };
    const c = classify(m);
    expect([c.metric?.id, c.dims.nationality]).toEqual(['training.hours_total', 'local nationals']);
    const count = classify({ ...m, column: 'Employees', value: '508' });
    expect(count.metric?.id).toBe('workforce.nationals');
  });
});
