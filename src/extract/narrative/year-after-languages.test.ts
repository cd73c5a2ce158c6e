import { describe, expect, it } from 'vitest';
import { figuresOf } from './testing/read-mentions.js';

// Invented sentences printing a prior year's figure with its year after it, in the words of several
// languages: the figure is that year's, not the report year's.
function years(text: string, reportYear = 2031) {
  return figuresOf(text, reportYear).map((f) => [f.value, f.year]);
}

describe('a year printed after a figure', () => {
  it('dates it in Polish ("dla 2030 r.", "w 2030 roku") and Czech ("za rok 2030", "v roce 2029")', () => {
    expect(
      years('Wskaźnik dla sieci wyniósł 0,644 t CO2/MWh dla 2030 r. oraz 0,618 t CO2/MWh dla 2031 r.'),
    ).toEqual([
      ['0.644', 2030],
      ['0.618', 2031],
    ]);
    expect(years('Zużyliśmy 41 820 MWh energii, wobec 44 310 MWh w 2030 roku.')).toEqual([
      ['41820', 2031],
      ['44310', 2030],
    ]);
    expect(
      years('Emisní faktor sítě činil 0,83 t CO2/MWh za rok 2030 a 0,79 t CO2/MWh v roce 2029.'),
    ).toEqual([
      ['0.83', 2030],
      ['0.79', 2029],
    ]);
  });

  it('dates it in German ("für 2030", "im Jahr 2029"), Dutch ("voor 2030") and Swedish ("för 2030")', () => {
    expect(years('Der Faktor betrug 0,372 kg CO2/kWh für 2030 und 0,391 kg CO2/kWh im Jahr 2029.')).toEqual([
      ['0.372', 2030],
      ['0.391', 2029],
    ]);
    expect(years('De emissiefactor was 0,297 kg CO2/kWh voor 2030.')).toEqual([['0.297', 2030]]);
    expect(years('Utsläppsfaktorn var 0,046 kg CO2/kWh för 2030.')).toEqual([['0.046', 2030]]);
  });

  it('dates it a year before when the words say so ("rok wcześniej", "i fjor", "im Vorjahr")', () => {
    expect(years('Przychody wyniosły 7 204,9 mln zł wobec 6 981,3 mln zł rok wcześniej.')).toEqual([
      ['7204.9', 2031],
      ['6981.3', 2030],
    ]);
    expect(years('Avfallet utgjorde 2 316 tonn, mot 2 587 tonn i fjor.')).toEqual([
      ['2316', 2031],
      ['2587', 2030],
    ]);
    expect(years('Der Wasserverbrauch lag bei 18 440 m³ nach 19 025 m³ im Vorjahr.')).toEqual([
      ['18440', 2031],
      ['19025', 2030],
    ]);
  });

  it('reads a bracketed prior year printed as an ordinal ("2030.:") or with Polish "r."', () => {
    expect(years('Udział kobiet w zarządzie wyniósł 17,6 % (2030.: 15,3 %).')).toEqual([
      ['17.6', 2031],
      ['15.3', 2030],
    ]);
    expect(years('Udział kobiet w zarządzie wyniósł 17,6 % (2030 r.: 15,3 %; 2029 r.: 14,8 %).')).toEqual([
      ['17.6', 2031],
      ['15.3', 2030],
      ['14.8', 2029],
    ]);
  });

  it('keeps reading English as before', () => {
    expect(years('The share of women on the board was 17.6% (2030: 15.3%).')).toEqual([
      ['17.6', 2031],
      ['15.3', 2030],
    ]);
    expect(years('Energy intensity was 11.8 MWh per employee vs 12.4 in 2030.')).toEqual([
      ['11.8', 2031],
      ['12.4', 2030],
    ]);
    expect(years('We recorded 3 prior year restatements and used 41.2 GWh.')).toEqual([
      ['3', 2031],
      ['41.2', 2031],
    ]);
  });
  it('dates it in Croatian and Serbian ("u 2030.") and Hebrew, "in" glued by a hyphen or maqaf ("ב-2030")', () => {
    expect(years('Potrošnja plina iznosila je 6 215 MWh u 2030., a 5 870 MWh u 2031.')).toEqual([
      ['6215', 2030],
      ['5870', 2031],
    ]);
    expect(years('Потрошња воде износила је 12 480 m3 у 2030. години.')).toEqual([['12480', 2030]]);
    expect(years('הכנסות החברה הגיעו ל-845.2 מיליוני ₪ (811.6 מיליוני ₪ ב-2030).')).toEqual([
      ['845.2', 2031],
      ['811.6', 2030],
    ]);
    expect(years('הכנסות החברה הגיעו ל-845.2 מיליוני ₪ (811.6 מיליוני ₪ ב־2030).')).toEqual([
      ['845.2', 2031],
      ['811.6', 2030],
    ]);
  });
});
