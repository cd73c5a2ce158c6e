// Fiscal years split with a hyphen or an en dash ("FY 2025-26", "FY 2024–25"), as Indian BRSR reports
// print them, date figures like "FY2025/26": by the year they end in, comparatives in brackets too.
import { describe, expect, it } from 'vitest';
import { figuresOf } from './testing/read-mentions.js';

describe('fiscal years split with a hyphen or a dash', () => {
  it('dates a figure followed by its year, and the bracketed comparatives, by the year they end in', () => {
    const text =
      'Contractors logged 3,918,250 man-hours in FY 2025-26 (FY 2024-25: 3,704,110) and reported ' +
      '7 reportable injuries (FY 2024–25: 9). The canteen served 212,480 meals in FY 2025–26.';
    const years = Object.fromEntries(figuresOf(text, 2026).map((f) => [f.value, f.year]));
    expect(years).toMatchObject({ '3918250': 2026, '3704110': 2025, '7': 2026, '9': 2025, '212480': 2026 });
  });
});
