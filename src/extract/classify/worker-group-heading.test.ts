import { describe, expect, it } from 'vitest';
import type { Mention } from '../mention/index.js';
import { classifyMention } from './index.js';

// A Thai safety table whose rows sit under group rows naming the workers; labels and figures made up.
function row(label: string, group: string, value: string): Mention {
  return {
    kind: 'table',
    line: 40,
    label,
    context: ['ตารางที่ 3 ความปลอดภัย', 'ตัวชี้วัด', group],
    background: 2,
    value,
    unit: '',
    year: 2025,
    basis: 'actual',
    quote: '',
    dims: {},
  };
}

const classify = (label: string, group: string, value: string) =>
  classifyMention(row(label, group, value), ['gri-2021'], new Map());

describe('a group row naming the workers over a safety row', () => {
  it('says whose rate it is, and is no headcount', () => {
    const rate = classify('TRIFR (ต่อ 200,000 ชั่วโมงการทำงาน)', 'พนักงาน', '0.62');
    expect(rate.metric?.id).toBe('safety.injury_rate');
    expect(rate.dims.employment_type).toBe('employee');
  });

  it("names the contractors' hours apart from the employees'", () => {
    const hours = classify('ชั่วโมงการทำงาน', 'ผู้รับเหมา', '734,900');
    expect(hours.metric?.id).toBe('safety.hours_worked');
    expect(hours.dims.employment_type).toBe('contractor');
  });
});
