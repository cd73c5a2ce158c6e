// Norwegian tables, worded as Norwegian sustainability reports word them: hours worked ("Arbeidstimer",
// in "timer"), lost-time injuries ("Fraværsskader") and H1 per million hours, employees by gender
// ("Kvinner | Menn | Totalt"), Scope 2 by method ("lokasjonsbasert") in "tonn CO2e", a change column
// ("Endring"), and fuels converted to energy at factors printed "per m³" of each fuel. Figures are invented.
import { describe, expect, it } from 'vitest';
import { checkFacts } from '../src/check/index.js';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

const SAFETY = (h1: string) =>
  [
    'Fjordkraft Verksted AS – Bærekraftsrapport 2031',
    '',
    'Tabell 5  Helse og sikkerhet',
    'Indikator                                  Enhet            2031         2030    Endring',
    '-----------------------------------------------------------------------------------------',
    'Arbeidstimer                               timer         612 400      598 700     +2,3 %',
    'Fraværsskader                              antall              3            5    −40,0 %',
    `H1 (fraværsskader per mill. timer)         rate             ${h1}         8,35    −41,0 %`,
    'Dødsulykker                                antall              0            0',
    '',
  ].join('\n');

const facts = (text: string) => extractDocument(docFromText(text)).facts.map((f) => f.fact);

describe('a Norwegian safety table', () => {
  it('reads hours worked and lost-time injuries by their Norwegian names and units', () => {
    const found = facts(SAFETY('4,90'))
      .filter((f) => f.period.year === 2031)
      .map((f) => [f.metric, f.quantity.value.toString(), f.quantity.unit.dimension]);
    expect(found).toContainEqual(['safety.hours_worked', '612400', 'time']);
    expect(found).toContainEqual(['safety.lost_time_injuries', '3', 'count']);
    expect(found).toContainEqual(['safety.lost_time_injury_rate', '4.9', 'count']);
    // The change column holds no figure of 2031.
    expect(found.map(([, value]) => value)).not.toContain('2.3');
  });

  it('checks H1 against the lost-time injuries and the hours worked', () => {
    // 3 × 1 000 000 / 612 400 = 4,90; 5 × 1 000 000 / 598 700 = 8,35.
    const rated = (h1: string) =>
      checkFacts({ facts: facts(SAFETY(h1)) }).findings.filter((f) => f.rule === 'rate.injury');
    expect(rated('4,90')).toEqual([]);
    expect(rated('5,80').map((f) => f.expected)).toEqual(['4.9']);
  });
});

describe('Norwegian staff and emissions tables', () => {
  it('reads gender columns, permanent staff and the Scope 2 method', () => {
    const text = [
      'Tabell 3  Ansatte per 31.12.2031',
      '                                   Kvinner      Menn    Totalt',
      '--------------------------------------------------------------',
      'Fast ansatte                           214       389       603',
      'Midlertidig ansatte                     19        27        46',
      '',
      '',
      'Tabell 4  Klimagassutslipp',
      'Indikator                          Enhet            2031       2030',
      '--------------------------------------------------------------------',
      'Scope 2 – lokasjonsbasert          tonn CO2e       318,4      344,1',
      'Scope 2 – markedsbasert            tonn CO2e     4 127,0    4 480,6',
      '',
    ].join('\n');
    const found = facts(text).map((f) => [f.metric, f.quantity.value.toString(), f.dims]);
    expect(found).toContainEqual([
      'workforce.total',
      '214',
      { gender: 'female', employment_type: 'permanent' },
    ]);
    expect(found).toContainEqual(['workforce.total', '27', { gender: 'male', employment_type: 'temporary' }]);
    expect(found).toContainEqual(['ghg.scope2', '318.4', { scope2_method: 'location' }]);
    expect(found).toContainEqual(['ghg.scope2', '4127', { scope2_method: 'market' }]);
  });
});

describe('conversion factors printed per m³ of each fuel', () => {
  const ENERGY = (oilMwh: string) =>
    [
      'Fyringsolje og biodiesel er omregnet til energi med 10,0 MWh per m³ fyringsolje og 9,2 MWh per m³',
      'biodiesel.',
      '',
      'Tabell 2  Energi',
      'Indikator                          Enhet            2031       2030',
      '--------------------------------------------------------------------',
      'Fyringsolje til kjeler             m³                 412        436',
      `Fyringsolje til kjeler             MWh             ${oilMwh}    4 360,0`,
      'Biodiesel til arbeidsbåter         m³                 150        120',
      'Biodiesel til arbeidsbåter         MWh            1 380,0    1 104,0',
      '',
    ].join('\n');
  const stated = (oilMwh: string) =>
    checkFacts({ facts: facts(ENERGY(oilMwh)) }).findings.filter((f) => f.rule === 'factor.stated');

  it('gives each factor the fuel named after its unit', () => {
    expect(stated('4 120,0')).toEqual([]);
    expect(stated('4 210,0').map((f) => f.source.map((s) => s.line))).toEqual([[8, 7, 1]]);
  });
});
