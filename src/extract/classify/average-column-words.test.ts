import { describe, expect, it } from 'vitest';
import type { Mention } from '../mention/index.js';
import { classifyMention } from './index.js';

// A made-up Thai table "Table 4: training hours by department" over "Trained (persons) | Average / person".
function cell(column: string, value: string): Mention {
  return {
    kind: 'table',
    line: 12,
    label: 'ฝ่ายซ่อมบำรุง',
    context: ['ตารางที่ 4 ชั่วโมงการฝึกอบรมแยกตามฝ่ายของพนักงาน', 'ฝ่าย', column],
    background: 1,
    column,
    value,
    unit: '',
    year: 2024,
    basis: 'actual',
    quote: '',
    dims: {},
  };
}

describe('a column headed by an average word of another language', () => {
  it('"เฉลี่ย/คน" (average per person) is no headcount but the average training hours', () => {
    const average = classifyMention(cell('เฉลี่ย/คน', '17.5'), []);
    expect(average.metric?.kind).not.toBe('count');
    expect(average.metric?.id).toBe('training.hours_average');
  });
});
