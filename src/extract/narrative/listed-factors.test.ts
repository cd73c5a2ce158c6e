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

  it('reads factors each led by its fiscal year without a colon, each dated by that year', () => {
    const figures = figuresOf(
      'The purchased power factor stood at FY2031 0.6127, FY2032 0.5843, FY2033 0.5519 tCO2e/MWh.',
      2033,
    );
    expect(figures.map((f) => [f.value, f.unit, f.year])).toEqual([
      ['0.6127', 'tCO2e/MWh', 2031],
      ['0.5843', 'tCO2e/MWh', 2032],
      ['0.5519', 'tCO2e/MWh', 2033],
    ]);
  });

  it('reads a yearly factor whose item words say how it differs ("and the latest published …")', () => {
    const figures = figuresOf(
      'Scope 2 uses the grid factor: 0.6120 tCO2/MWh for 2031, 0.6034 for 2032 and the latest published 0.5987 for 2033.',
      2033,
    );
    expect(figures.map((f) => [f.value, f.unit, f.year])).toEqual([
      ['0.6120', 'tCO2/MWh', 2031],
      ['0.6034', 'tCO2/MWh', 2032],
      ['0.5987', 'tCO2/MWh', 2033],
    ]);
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

  it('reads one factor a year whose unit only the last prints, each year tagged in any of the usual ways', () => {
    const want = [
      ['0.655', 2031],
      ['0.671', 2030],
      ['0.689', 2029],
    ];
    const read = (text: string) => {
      const figures = figuresOf(text, 2031).filter((f) => f.unit.includes('MWh'));
      expect(new Set(figures.map((f) => f.unit)).size).toBe(1);
      return figures.map((f) => [f.value, f.year]);
    };
    // Serbian and Croatian print a year as an ordinal ("2031.") and join the last item with "i".
    expect(
      read('Ugalj 0,341 t CO2/MWh; faktor mreže 0,655 (2031.), 0,671 (2030.) i 0,689 t CO2/MWh (2029.).'),
    ).toEqual([['0.341', 2031], ...want]);
    expect(read('Der Netzfaktor betrug 0,655 (2031), 0,671 (2030) und 0,689 t CO2/MWh (2029).')).toEqual(
      want,
    );
    // Czech and Slovak join the last item with "a".
    expect(read('Faktor elektřiny ze sítě: 0,655 (2031), 0,671 (2030) a 0,689 t CO2/MWh (2029).')).toEqual(
      want,
    );
    expect(read('The grid factor was 0.655 in 2031, 0.671 in 2030 and 0.689 t CO2/MWh in 2029.')).toEqual(
      want,
    );
    expect(read('Grid factor 2031: 0.655; 2030: 0.671; 2029: 0.689 t CO2/MWh.')).toEqual(want);
  });

  it('reads no list from a range, nor from numbers no year leads that end without "and"', () => {
    expect(
      figuresOf('Die Faktoren liegen zwischen 0,42 und 0,61 t CO2/MWh.', 2031).map((f) => f.value),
    ).toEqual(['0.61']);
    const unled = figuresOf('We ran 14 sites; 2030: 0.671 t CO2/MWh.', 2031);
    expect(unled.find((f) => f.value === '14')?.unit).not.toContain('MWh');
    expect(unled.find((f) => f.value === '0.671')?.year).toBe(2030);
  });
});
