import { describe, expect, it } from 'vitest';
import { figuresOf } from './testing/read-mentions.js';

// Invented sentences telling a change "from X to Y" in several languages: X is the earlier value, so it
// is not the report year's; with no year printed after it, it is left undated.
function years(text: string, reportYear = 2031) {
  return figuresOf(text, reportYear).map((f) => [f.value, f.year]);
}

describe('the first figure of a change told from one value to another', () => {
  it('is not dated to the report year in Czech, Polish, Croatian, German and French', () => {
    expect(years('Spotřeba páry klesla z 4 310,5 GJ na 3 985,0 GJ.')).toEqual([['3985.0', 2031]]);
    expect(years('Zużycie gazu spadło z 2 640 MWh do 2 415 MWh.')).toEqual([['2415', 2031]]);
    expect(years('Količina otpada smanjena je s 1 275 t na 1 190 t.')).toEqual([['1190', 2031]]);
    expect(years('Der Wasserbezug sank von 81 400 m³ auf 78 950 m³.')).toEqual([['78950', 2031]]);
    expect(years('La consommation de fioul est passée de 3 720 MWh à 3 410 MWh.')).toEqual([['3410', 2031]]);
  });

  it('keeps a year printed after the first figure, and reads other figures after "na" or "do"', () => {
    expect(years('Spotřeba páry klesla z 4 310,5 GJ v roce 2030 na 3 985,0 GJ.')).toEqual([
      ['4310.5', 2030],
      ['3985.0', 2031],
    ]);
    const other = years('Odpad z 1 240 t skla na 3 linkách činil 86 t.').filter(([v]) => v === '1240');
    expect(other).toEqual([['1240', 2031]]);
  });
});
