import { describe, expect, it } from 'vitest';
import type { Mention } from '../mention/index.js';
import { classifyMention } from './index.js';

const row = (label: string): Mention => ({
  kind: 'table',
  line: 30,
  label,
  context: ['Resources'],
  value: '84120',
  unit: 'm³',
  year: 2025,
  basis: 'actual',
  quote: '',
  dims: {},
  background: 1,
});

describe('water bought, worded with the verb after the noun', () => {
  it('is water withdrawn, as "purchased water" is', () => {
    for (const label of ['Total water purchased', 'Water purchased'])
      expect(classifyMention(row(label), ['hkex-c2']).metric?.id).toBe('water.withdrawal');
  });
});
