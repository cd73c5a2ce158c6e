// Croatian tables, worded as Croatian ESRS statements word them: staff by gender ("Žene | Muškarci |
// Ukupno"), contract, working time and age; Scope 2 by method ("lokacijska metoda") in "t CO2e"; hours in
// "sati"; a table of the company's plants with an "Ukupno" column; "od toga" rows under their whole; a
// renewable share named "Udio obnovljive u ukupnoj električnoj energiji". Figures are invented.
import { describe, expect, it } from 'vitest';
import { checkFacts } from '../src/check/index.js';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

const facts = (text: string) => extractDocument(docFromText(text)).facts.map((f) => f.fact);
const found = (text: string) =>
  facts(text)
    .filter((f) => f.period.year === 2031)
    .map((f) => [f.metric, f.quantity.value.toString(), f.dims]);

describe('a Croatian staff table', () => {
  const STAFF = [
    'Jadranka Metal d.d. – Izvješće o održivosti 2031.',
    '',
    'Tablica 6  Zaposlenici na dan 31. 12. 2031.',
    '                                       Žene   Muškarci    Ukupno',
    '------------------------------------------------------------------',
    'Ugovor na neodređeno vrijeme            213        377       590',
    'Ugovor na određeno vrijeme               31         58        89',
    'Nepuno radno vrijeme                     17          4        21',
    'Mlađi od 30 godina                       52        101       153',
    'Od 30 do 50 godina                      130        219       349',
    'Stariji od 50 godina                     62        115       177',
    'Ukupno zaposlenika                      244        435       679',
    '',
  ].join('\n');

  it('reads gender columns, the total column, contracts, working time and age bands', () => {
    const rows = found(STAFF);
    expect(rows).toContainEqual([
      'workforce.total',
      '213',
      { gender: 'female', employment_type: 'permanent' },
    ]);
    expect(rows).toContainEqual(['workforce.total', '58', { gender: 'male', employment_type: 'temporary' }]);
    expect(rows).toContainEqual(['workforce.total', '21', { employment_type: 'part-time' }]);
    expect(rows).toContainEqual(['workforce.total', '101', { gender: 'male', age: '<30' }]);
    expect(rows).toContainEqual(['workforce.total', '349', { age: '30-50' }]);
    expect(rows).toContainEqual(['workforce.total', '177', { age: '>50' }]);
    expect(rows).toContainEqual(['workforce.total', '679', {}]);
  });
});

describe('Croatian emissions, hours and plant tables', () => {
  it('reads the Scope 2 method and hours and days in Croatian units', () => {
    const text = [
      'Tablica 3  Emisije i sigurnost',
      'Pokazatelj                                 Jedinica        2031.       2030.',
      '-----------------------------------------------------------------------------',
      'Bruto emisije opsega 1                     t CO2e        4.118,6     4.302,9',
      'Bruto emisije opsega 2 – lokacijska metoda t CO2e        1.906,2     2.011,4',
      'Bruto emisije opsega 2 – tržišna metoda    t CO2e        2.644,0     2.870,5',
      'Odrađeni sati                              sati          912.400     887.300',
      'Izgubljeni radni dani                      dani              118         131',
      '',
    ].join('\n');
    const rows = found(text);
    expect(rows).toContainEqual(['ghg.scope1', '4118.6', {}]);
    expect(rows).toContainEqual(['ghg.scope2', '1906.2', { scope2_method: 'location' }]);
    expect(rows).toContainEqual(['ghg.scope2', '2644', { scope2_method: 'market' }]);
    expect(rows).toContainEqual(['safety.hours_worked', '912400', {}]);
    expect(rows).toContainEqual(['safety.lost_days', '118', {}]);
  });

  it('gives a plant column its site and checks the "Ukupno" column against the plants', () => {
    const text = (total: string) =>
      [
        'Pokazatelji po pogonima u 2031.',
        '                                        Karlovac       Sisak     Vukovar      Ukupno',
        '------------------------------------------------------------------------------------',
        'Električna energija iz mreže (MWh)       8.412,5     5.106,3     3.287,1' + total.padStart(12),
        'Zahvaćena voda (m³)                       84.120      61.305      40.228     185.653',
        'Prirodni plin (MWh)                      6.204,8     2.911,4     1.480,0    10.596,2',
        'Broj zaposlenika                             312         208         159         679',
        '',
      ].join('\n');
    expect(found(text('16.805,9'))).toContainEqual(['energy.electricity', '8412.5', { site: 'Karlovac' }]);
    const sums = (t: string) =>
      checkFacts({ facts: facts(text(t)) }).findings.filter((f) => f.rule === 'sum.table-columns');
    expect(sums('16.805,9')).toEqual([]);
    expect(sums('17.805,9').map((f) => f.expected)).toEqual(['16805.9']);
  });
});

describe('a Croatian waste table with "od toga" rows', () => {
  it('totals the rows without the parts printed under them', () => {
    const text = (total: string) =>
      [
        'Tablica 5  Otpad',
        'Pokazatelj                                 Jedinica        2031.       2030.       2029.',
        '----------------------------------------------------------------------------------------',
        'Neopasni otpad                             t             1.804,2     1.911,6     2.004,8',
        'od toga ambalažni otpad                    t               512,7       540,2       566,1',
        'Opasni otpad                               t                41,3        44,8        47,2',
        `Ukupno otpad                               t             ${total}     1.956,4     2.052,0`,
        '',
      ].join('\n');
    const errors = (t: string) =>
      checkFacts({ facts: facts(text(t)) }).findings.filter((f) => f.rule === 'sum.table-rows');
    expect(errors('1.845,5')).toEqual([]);
    expect(errors('1.854,5').map((f) => f.expected)).toEqual(['1845.5']);
  });
});

describe('a Croatian renewable share row', () => {
  it('checks "Udio obnovljive u ukupnoj električnoj energiji" against the rows it names', () => {
    const text = (share: string) =>
      [
        'Tablica 2  Energija',
        'Pokazatelj                                 Jedinica        2031.       2030.       2029.',
        '----------------------------------------------------------------------------------------',
        'Električna energija iz mreže               MWh          18.240,0    19.115,4    19.840,2',
        'Vlastita proizvodnja (sunčane elektrane)   MWh           1.760,0     1.284,6       659,8',
        'Ukupna električna energija                 MWh          20.000,0    20.400,0    20.500,0',
        'Obnovljiva električna energija             MWh           9.000,0     6.120,0     4.100,0',
        `Udio obnovljive u ukupnoj električnoj      %               ${share}        30,0        20,0`,
        'energiji',
        '',
      ].join('\n');
    const shares = (s: string) =>
      checkFacts({ facts: facts(text(s)) }).findings.filter((f) => f.rule === 'share.of-named-row');
    expect(shares('45,0')).toEqual([]);
    expect(shares('40,5').map((f) => [f.severity, f.expected])).toEqual([['warning', '45']]);
  });
});
