import { describe, expect, it } from 'vitest';
import { tryParseUnit } from './index.js';

// Hong Kong reports print the thousands scale glued after the unit, also inside a ratio's numerator.
describe("a scale glued after a unit ('000)", () => {
  it('reads "GJ\'000" as thousands of gigajoules, as "GJ \'000" is read', () => {
    expect(tryParseUnit("GJ'000")?.toBase.toString()).toBe(tryParseUnit("GJ '000")?.toBase.toString());
    expect(tryParseUnit("GJ'000")?.symbol).toBe('thousand GJ');
  });

  it('reads it in the numerator of an intensity per bed', () => {
    const unit = tryParseUnit("MWh'000/bed");
    expect([unit?.symbol, unit?.dimension]).toEqual(['thousand MWh/bed', 'energy/count']);
  });
});
