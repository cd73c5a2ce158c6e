import { describe, expect, it } from 'vitest';
import { figuresOf } from './testing/read-mentions.js';

describe("a scheme's threshold in prose", () => {
  it('reads no figure for the threshold, before or after the word', () => {
    const after =
      'The Kestrel smelter is covered because its emissions exceed the 50,000 tCO2e reporting threshold.';
    const before = 'Sites above a threshold of 25,000 tonnes of CO2e report to the regulator each year.';
    expect(figuresOf(after).map((f) => f.value)).not.toContain('50000');
    expect(figuresOf(before).map((f) => f.value)).not.toContain('25000');
  });

  it('still reads the covered emissions printed beside it', () => {
    const text = 'Covered emissions were 184,260 tCO2e in 2024, above the 100,000 tCO2e threshold.';
    const values = figuresOf(text).map((f) => f.value);
    expect(values).toContain('184260');
    expect(values).not.toContain('100000');
  });
});

describe("a formula's power of ten in prose", () => {
  it('reads neither its base nor its exponent as a figure', () => {
    const text =
      'LTIFR = lost-time injuries x 10^6 / hours worked; 1.8 lost-time injuries per million hours.';
    const values = figuresOf(text).map((f) => f.value);
    expect(values).not.toContain('6');
    expect(values).not.toContain('10');
  });
});
