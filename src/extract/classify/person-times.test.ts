import { describe, expect, it } from 'vitest';
import { classifyMention } from './index.js';

// Made-up rows: person-times (人次) count attendances, so one employee trained three times is three.
const row = (label: string, unit: string) =>
  classifyMention(
    {
      kind: 'table',
      line: 12,
      label,
      context: [],
      value: '10412',
      unit,
      year: 2025,
      basis: 'actual',
      quote: '',
      dims: {},
    },
    ['hkex-2020'],
  );

describe('person-times', () => {
  it('are never converted into a number of persons', () => {
    for (const [label, unit] of [
      ['参训人次', '人次'],
      ['Training attendances', 'person-times'],
    ] as const) {
      const read = row(label, unit);
      expect(read.quantity?.unit.symbol).not.toBe('persons');
      expect(read.quantity?.value.toString()).toBe('10412');
    }
  });

  it('leave a headcount of persons as it was', () => {
    expect(row('受训人数', '人').quantity?.unit.symbol).toBe('persons');
  });
});
