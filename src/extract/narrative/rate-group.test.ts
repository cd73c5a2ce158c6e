// Injury rates whose prose names the worker group they are for (GRI 403-9 a and b). Wording and figures
// are invented.
import { describe, expect, it } from 'vitest';
import { mentionsOf } from './testing/read-mentions.js';

const groupOf = (text: string, value: string) =>
  mentionsOf(text, 2024).find((m) => m.value === value)?.dims.employment_type;

describe('a rate named after a worker group', () => {
  it('reads the group printed before the rate name and another group in brackets after it', () => {
    const text =
      'Our staff lost-time injury rate was 0.52 per 200,000 hours worked (contractors: 0.38), down from 2023.';
    expect(groupOf(text, '0.52')).toBe('employee');
    expect(groupOf(text, '0.38')).toBe('contractor');
  });

  it('reads a possessive group before an abbreviation ("the contractors\' TRIR")', () => {
    expect(groupOf("In 2024 the contractors' TRIR stood at 1.9 per million hours worked.", '1.9')).toBe(
      'contractor',
    );
  });

  it('gives no group when the words name employees and contractors together', () => {
    expect(groupOf('The employee and contractor LTIFR was 0.8 in 2024.', '0.8')).toBeUndefined();
  });

  it("reads a bracketed year after a grouped rate as that group's prior year, not another group", () => {
    const mentions = mentionsOf('The employee LTIFR was 1.2 (2023: 1.4).', 2024);
    expect(mentions.map((m) => [m.value, m.year, m.dims.employment_type])).toEqual([
      ['1.2', 2024, 'employee'],
      ['1.4', 2023, 'employee'],
    ]);
  });
});
