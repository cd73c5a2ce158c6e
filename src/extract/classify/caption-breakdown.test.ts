import { describe, expect, it } from 'vitest';
import type { Mention } from '../mention/index.js';
import { classifyMention } from './index.js';

function row(label: string, caption: string, columns?: { column: string; columns: string[] }): Mention {
  return {
    ...columns,
    kind: 'table',
    line: 12,
    label,
    context: [caption],
    background: 1,
    value: '407',
    unit: '',
    year: 2024,
    basis: 'actual',
    quote: `${label}\t407`,
    dims: {},
  };
}

describe('a breakdown named by the table’s title', () => {
  it('reads the rows of "… by country" as regions, whatever the place is called', () => {
    const c = classifyMention(row('Vietnam', 'Table 7. Headcount by country'), ['gri-2021']);
    expect(c.metric?.id).toBe('workforce.total');
    expect(c.dims).toEqual({ region: 'Vietnam' });
  });

  it('takes no breakdown from the rest of a title', () => {
    const c = classifyMention(row('Vietnam', 'Table 7. Headcount of our country teams'), ['gri-2021']);
    expect(c.dims).toEqual({});
  });

  it('leaves the rows measures when the columns name the places ("… by location" over "Singapore | Japan | Total")', () => {
    const columns = ['Singapore', 'Japan', 'Total'];
    const part = classifyMention(
      row('Purchased electricity (MWh)', 'Table 4 Energy use by location', { column: 'Japan', columns }),
      ['gri-2021'],
    );
    expect(part.metric?.id).toBe('energy.electricity');
    expect(part.dims).toEqual({ region: 'Japan' });
    const whole = classifyMention(
      row('Purchased electricity (MWh)', 'Table 4 Energy use by location', { column: 'Total', columns }),
      ['gri-2021'],
    );
    expect(whole.dims).toEqual({});
  });

  it('still reads the rows as places when the columns are measures', () => {
    const c = classifyMention(
      row('Vietnam', 'Table 7. Headcount by country', { column: 'Female', columns: ['Male', 'Female'] }),
      ['gri-2021'],
    );
    expect(c.dims).toEqual({ region: 'Vietnam', gender: 'female' });
  });

  it('lets a group cell naming a breakdown speak for its rows, whatever the title lists first', () => {
    const c = classifyMention(
      {
        ...row('Technicians', 'Table 5 Staff by country, grade and age'),
        context: ['Table 5 Staff by country, grade and age', 'Grade'],
      },
      ['gri-2021'],
    );
    expect(c.dims).toEqual({ employee_category: 'technicians' });
  });

  it('reads the rows of "… by farm" or "… by estate and gender" as the company\'s sites', () => {
    const trained = classifyMention(
      row('Brelund', 'Exhibit 3 Staff trained by farm', {
        column: 'Staff trained',
        columns: ['Staff trained'],
      }),
      ['gri-2021'],
    );
    expect(trained.dims).toEqual({ site: 'Brelund' });
    const women = classifyMention(
      row('Brelund', 'Exhibit 2 Workforce by estate and gender', {
        column: 'Women',
        columns: ['Men', 'Women'],
      }),
      ['gri-2021'],
    );
    expect(women.metric?.id).toBe('workforce.total');
    expect(women.dims).toEqual({ site: 'Brelund', gender: 'female' });
    expect(classifyMention(row('Total', 'Exhibit 3 Staff trained by farm'), ['gri-2021']).dims).toEqual({});
  });

  it('reads no site from a kind of place ("… by plant type"), a metric\'s row or a table whose columns are the sites', () => {
    const c = classifyMention(row('Hydro', 'Exhibit 4 Output by plant type'), ['gri-2021']);
    expect(c.dims).not.toHaveProperty('site');
    const measure = classifyMention(row('Purchased electricity (MWh)', 'Exhibit 5 Energy by farm'), [
      'gri-2021',
    ]);
    expect(measure.dims).not.toHaveProperty('site');
    const columns = { column: 'Group', columns: ['Ashwick', 'Brelund', 'Group'] };
    const planted = classifyMention(
      { ...row('Planted area (ha)', 'Exhibit 6 Land by farm', columns), siteColumns: true },
      ['gri-2021'],
    );
    expect(planted.dims).not.toHaveProperty('site');
  });
});
