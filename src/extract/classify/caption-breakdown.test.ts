import { describe, expect, it } from 'vitest';
import type { Mention } from '../mention/index.js';
import { classifyMention } from './index.js';

function row(label: string, caption: string): Mention {
  return {
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
});
