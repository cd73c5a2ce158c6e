import { describe, expect, it } from 'vitest';
import type { Mention } from '../mention/index.js';
import { classifyMention } from './index.js';

// Made-up rows of a table whose label column is headed by the kind of place its rows are.
const columns = [
  'Indirect emissions, grid average (tonnes CO2e)',
  'Electricity, heat, steam or cooling bought (MWh)',
];
function row(label: string, heading: string, column: string, unit: string): Mention {
  return {
    kind: 'table',
    line: 30,
    label,
    column,
    columns,
    context: [heading, column],
    background: 1,
    value: '5120',
    unit,
    year: 2024,
    basis: 'actual',
    quote: `${label}\t5120`,
    dims: {},
  };
}

describe('rows under a heading naming places only', () => {
  it('reads each row as a region, however long its name', () => {
    const long = 'Federated Islands of the Northern and Southern Archipelago';
    const c = classifyMention(row(long, 'Country/region', columns[1] ?? '', 'MWh'), ['gri-2021']);
    expect(c.dims).toEqual({ region: long });
  });

  it('takes a column listing every carrier bought for the purchased energy, not one carrier', () => {
    const c = classifyMention(row('Lowmark', 'Country/area', columns[1] ?? '', 'MWh'), ['gri-2021']);
    expect(c.metric?.id).toBe('energy.indirect');
    expect(c.dims).toEqual({ region: 'Lowmark' });
  });

  it('leaves a long row name no region under a heading that names no place', () => {
    const long = 'Federated Islands of the Northern and Southern Archipelago';
    const c = classifyMention(row(long, 'Operations', columns[1] ?? '', 'MWh'), ['gri-2021']);
    expect(c.dims.region).toBeUndefined();
  });
});
