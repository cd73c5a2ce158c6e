import { describe, expect, it } from 'vitest';
import type { Mention } from '../mention/index.js';
import { classifyMention } from './index.js';

// A made-up hospital group's operating table, "Hospital activity".
function row(label: string, unit: string, value: string): Mention {
  return {
    kind: 'table',
    line: 12,
    label,
    context: ['Hospital activity'],
    background: 1,
    value,
    unit,
    year: 2025,
    basis: 'actual',
    quote: '',
    dims: {},
  };
}

describe('patient days', () => {
  it('read a hospital’s patient days or bed days, with or without a unit, in days', () => {
    for (const [label, unit] of [
      ['Patient days', ''],
      ['Inpatient bed days', 'days'],
      ['Occupied bed days', ''],
    ] as const) {
      const fact = classifyMention(row(label, unit, '61420'), ['gri-2021']);
      expect(fact.metric?.id).toBe('healthcare.patient_days');
      expect(fact.quantity?.value.toString()).toBe('61420');
      expect(fact.quantity?.unit.symbol).toBe('days');
    }
  });

  it('leave the beds counted and an intensity per patient day alone', () => {
    expect(classifyMention(row('Licensed beds', '', '312'), []).metric?.id).not.toBe(
      'healthcare.patient_days',
    );
    expect(classifyMention(row('Energy per patient day', 'kWh', '388.4'), []).metric?.id).not.toBe(
      'healthcare.patient_days',
    );
  });
});
