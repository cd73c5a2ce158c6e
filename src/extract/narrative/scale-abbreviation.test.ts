import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../test/support/doc-from-text.js';
import { toReportLines } from '../layout/index.js';
import { extractNarrative } from './extract-narrative.js';

// Invented sentences in Slovak, Czech, Polish, German and other languages' prose.
function read(text: string) {
  const lines = toReportLines(docFromText(text));
  return extractNarrative(lines, { reportYear: 2029, skip: new Set() }).mentions.map((m) => [
    m.value,
    m.unit,
    m.year,
  ]);
}

describe('an abbreviated scale with its dot between an amount and its currency', () => {
  it('reads "mil. €", "tis. €", "mld. Kč", "tys. zł" and "Mio. €" whole, the dot ending no sentence', () => {
    expect(
      read(
        'V roku 2029 sme do obecných projektov investovali 61,3 mil. € a na štipendiá 12,8 tis. €. ' +
          'Tržby skupiny dosáhly 7,9 mld. Kč. Na stypendia przekazaliśmy 415 tys. zł. Die Spenden betrugen 3,6 Mio. €.',
      ),
    ).toEqual([
      ['61.3', 'mil. €', 2029],
      ['12.8', 'tis. €', 2029],
      ['7.9', 'mld. Kč', 2029],
      ['415', 'tys. zł', 2029],
      ['3.6', 'Mio. €', 2029],
    ]);
  });
});

describe('an abbreviated unit word with its dot before the per-unit slash', () => {
  it('reads "kq CO₂ ekv./m³" and "t CO2-ekv./MWh" as one factor unit, the dot ending no clause', () => {
    expect(
      read('Emissiya əmsalı: maye qaz 1,64 kq CO₂ ekv./m³, mazut 3,15 t CO2-ekv./MWh götürülüb.').map(
        ([value, unit]) => [value, unit],
      ),
    ).toEqual([
      ['1.64', 'kq CO2 ekv./m3'],
      ['3.15', 't CO2-ekv./MWh'],
    ]);
  });
});

describe('a figure followed by the year before named in brackets', () => {
  it('dates the bracketed figure a year before the sentence’s own, in the unit of the figure before', () => {
    expect(read('Die Verwertungsquote lag bei 71,6 % (Vorjahr: 69,2 %).')).toEqual([
      ['71.6', '%', 2029],
      ['69.2', '%', 2028],
    ]);
    expect(read('In 2027 the reuse rate was 58.1% (prior year 55.4%).')).toEqual([
      ['58.1', '%', 2027],
      ['55.4', '%', 2026],
    ]);
  });

  it.each([
    'La tasa de reutilización fue del 44,7 % (año anterior: 41,5 %).',
    'Le taux de réemploi atteint 44,7 % (année précédente : 41,5 %).',
    'Miera opätovného použitia dosiahla 44,7 % (predchádzajúci rok: 41,5 %).',
    'Il tasso di riutilizzo è stato del 44,7 % (anno precedente: 41,5 %).',
  ])('reads %s', (sentence) => {
    expect(read(sentence)).toEqual([
      ['44.7', '%', 2029],
      ['41.5', '%', 2028],
    ]);
  });
});
