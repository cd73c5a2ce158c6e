import { describe, expect, it } from 'vitest';
import type { Mention } from '../mention/index.js';
import { classifyMention } from './index.js';

// A French key-figures row naming the staff at the year end (synthetic figure).
const row = (label: string): Mention => ({
  kind: 'table',
  line: 9,
  label,
  context: [],
  value: '2407',
  unit: '',
  year: 2031,
  basis: 'actual',
  quote: '',
  dims: {},
  background: 0,
});

describe('a French row of the staff at the year end', () => {
  it('is the headcount', () => {
    for (const label of ['Effectif au 31 décembre (salariés)', 'Effectif au 31/12'])
      expect(classifyMention(row(label), ['gri-2021']).metric?.id).toBe('workforce.total');
  });
});
