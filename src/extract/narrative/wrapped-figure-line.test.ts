// A wrapped sentence whose next line starts with a figure is one paragraph, not a section heading.
import { describe, expect, it } from 'vitest';
import { mentionsOf } from './testing/read-mentions.js';

describe('a line starting with a decimal figure continues its sentence', () => {
  it('keeps "fuel oil" with the factor printed at the start of the next line', () => {
    const text =
      'Note: coefficients follow GB/T 2589-2020. Grid electricity 0.1229 kgce/kWh, heavy fuel oil\n' +
      '1.4286 kgce/kg and LPG 1.7143 kgce/kg.';
    const oil = mentionsOf(text, 2024).find((m) => m.value === '1.4286');
    expect(oil?.label).toMatch(/fuel oil 1\.4286/);
  });

  it('still opens a paragraph at a numbered heading', () => {
    const text =
      'The plants reused their cooling water through the year and we report the results below in our\n' +
      '3.4 Water Resources\nWithdrawal was 52,300 m3 in 2024.';
    const water = mentionsOf(text, 2024).find((m) => m.value === '52300');
    expect(water?.label).not.toMatch(/Resources/);
  });
  it('keeps an average with its words when the figure opens the next line ("12.5 hours per …")', () => {
    const text =
      'During 2024, 3,050 staff at the two mills completed 41,175 hours of training, which is an average of\n' +
      '13.5 hours per employee for our total headcount of 3,050.';
    const average = mentionsOf(text, 2024).find((m) => m.value === '13.5');
    expect(average?.label).toMatch(/average of 13\.5/);
  });
});

describe('a list printed with double arrows', () => {
  it('reads each ">>" item as its own paragraph, without the arrow', () => {
    const text =
      '  >> 74 hybrid ferries carried passengers on 19 crossings between the islands and the mainland\n' +
      '  >> Scope 1 emissions of 48,310.6 tCO2e, down 2.2% on the previous year of operations here';
    const ferries = mentionsOf(text, 2024).find((m) => m.value === '74');
    const scope1 = mentionsOf(text, 2024).find((m) => m.value === '48310.6');
    expect(scope1?.label).not.toMatch(/>|ferries|mainland/);
    expect(scope1?.line).toBe(2);
    expect(ferries?.label ?? '').not.toMatch(/>/);
  });
});
