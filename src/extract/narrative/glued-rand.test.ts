import { describe, expect, it } from 'vitest';
import { figuresOf } from './testing/read-mentions.js';

// Synthetic sentences in the style of JSE integrated reports: amounts in rand printed "R1,204.6
// million", a bare R glued to the figure. Every figure is invented.
describe('a rand amount glued to its R', () => {
  it('reads the amount and its bracketed comparative in rand when a scale follows', () => {
    const text = 'Group turnover for FY2025 was R4,215.8 million (FY2024: R3,990.1 million), up 5.7%.';
    expect(figuresOf(text, 2025)).toEqual(
      expect.arrayContaining([
        { value: '4215.8', unit: 'R million', year: 2025 },
        { value: '3990.1', unit: 'R million', year: 2024 },
      ]),
    );
  });

  it('reads a paid-out amount in rand billions', () => {
    const text = 'Our community trust paid out R41.7 billion in bursaries to 66 students.';
    expect(figuresOf(text, 2025)).toContainEqual({ value: '41.7', unit: 'R billion', year: 2025 });
  });

  it('leaves an R glued to a figure with no scale alone: a refrigerant, not money', () => {
    const units = figuresOf('R22 refrigerant in the chillers was replaced in 2025.', 2025).map((f) => f.unit);
    expect(units.some((u) => u.startsWith('R'))).toBe(false);
  });
});
