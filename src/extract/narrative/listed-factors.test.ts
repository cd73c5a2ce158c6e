import { describe, expect, it } from 'vitest';
import { figuresOf } from './testing/read-mentions.js';

describe('factors listed after the first one’s unit', () => {
  it('reads "0.79 kgCO2e/kWh for Victoria, 0.64 for South Australia and 0.12 for Tasmania" in one unit', () => {
    const figures = figuresOf(
      'Scope 2 uses the state grid factors: 0.79 kgCO2e/kWh for Victoria, 0.64 for South Australia and 0.12 for Tasmania.',
    );
    expect(figures.map((f) => [f.value, f.unit])).toEqual([
      ['0.79', 'kgCO2e/kWh'],
      ['0.64', 'kgCO2e/kWh'],
      ['0.12', 'kgCO2e/kWh'],
    ]);
  });

  it('gives no unit to a number that names no place of its own', () => {
    const figures = figuresOf('The factor was 0.79 kgCO2e/kWh for Victoria, and 14 sites reported.');
    expect(figures.find((f) => f.value === '14')?.unit).not.toBe('kgCO2e/kWh');
  });
});
