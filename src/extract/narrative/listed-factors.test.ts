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

  it('reads one factor a year in the first one’s unit, each dated by its year', () => {
    const english = figuresOf(
      'Scope 2 applies the national grid factor, 0.311 tCO2e/MWh for 2031, 0.305 for 2032 and 0.298 for 2033.',
      2033,
    );
    expect(english.map((f) => [f.value, f.unit, f.year])).toEqual([
      ['0.311', 'tCO2e/MWh', 2031],
      ['0.305', 'tCO2e/MWh', 2032],
      ['0.298', 'tCO2e/MWh', 2033],
    ]);
    const spanish = figuresOf(
      'El factor de la red fue 0.512 t CO2e/MWh en 2033, 0.520 en 2032 y 0.534 en 2031.',
      2033,
    );
    expect(spanish.map((f) => [f.value, f.year])).toEqual([
      ['0.512', 2033],
      ['0.520', 2032],
      ['0.534', 2031],
    ]);
    expect(new Set(spanish.map((f) => f.unit)).size).toBe(1);
  });

  it('reads one factor a year each dated by a bracketed year, the unit after the first or the last', () => {
    const after = figuresOf('The grid factors applied were 0.4412 tCO2e/MWh (2033) and 0.4529 (2032).', 2033);
    expect(after.map((f) => [f.value, f.unit, f.year])).toEqual([
      ['0.4412', 'tCO2e/MWh', 2033],
      ['0.4529', 'tCO2e/MWh', 2032],
    ]);
    const last = figuresOf(
      'Scope 2 uses the national grid factor of each year: 0.4637 (2031), 0.4529 (2032) and 0.4412 (2033) tCO2e/MWh.',
      2033,
    );
    expect(last.map((f) => [f.value, f.unit, f.year])).toEqual([
      ['0.4637', 'tCO2e/MWh', 2031],
      ['0.4529', 'tCO2e/MWh', 2032],
      ['0.4412', 'tCO2e/MWh', 2033],
    ]);
  });
});
