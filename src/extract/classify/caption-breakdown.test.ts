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
});
