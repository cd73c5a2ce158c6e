// Bosnian and Uzbek prose and tables, worded as Sarajevo and Tashkent issuers' sustainability reports word them:
// Bosnian `1.234,5` figures, `emisije stakleničkih gasova` (GHG, where Croatian says `plinova`), a staff table
// under `Struktura zaposlenih` with `Žene` / `Muškarci` rows, a headcount counted in `zaposlena` and its women
// `od čega su … žene (x%)`; Uzbek space-grouped figures with decimal commas and a change printed figure first
// (`… 2029-yilga nisbatan 6,2% ga kamaydi`). Figures are invented.
import { describe, expect, it } from 'vitest';
import { checkFacts } from '../src/check/index.js';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

const facts = (text: string) => extractDocument(docFromText(text)).facts.map((f) => f.fact);
const findings = (text: string, rule: string) =>
  checkFacts({ facts: facts(text) }).findings.filter((f) => f.rule === rule);

const BOSNIAN = (change: string, share: string) =>
  [
    'Pivara Una d.d. Bihać                                   Izvještaj o održivosti 2030',
    '',
    `Ukupne emisije stakleničkih gasova smanjene su za ${change}% u odnosu na 2029. godinu.`,
    `Krajem 2030. godine Društvo je imalo 642 zaposlena, od čega su 188 žene (${share}%).`,
    '',
    'Tabela 2: Emisije i struktura zaposlenih',
    '',
    'Pokazatelj                                  Jedinica         2029.       2030.',
    'Ukupne emisije stakleničkih gasova          t CO2e        12.480,0    11.856,0',
    '',
    'Tabela 3: Struktura zaposlenih',
    '',
    'Pokazatelj                                  Jedinica         2029.       2030.',
    'Ukupno zaposlenih                           broj               655         642',
    'Žene                                        broj               179         188',
    'Muškarci                                    broj               476         454',
    '',
  ].join('\n');

const UZBEK = (change: string) =>
  [
    '"Chorvoq Qog‘oz" AJ                                   Barqaror rivojlanish hisoboti 2030',
    '',
    `2030-yilda issiqxona gazlari chiqindilari 2029-yilga nisbatan ${change}% ga kamaydi.`,
    '',
    'Jadval 2. Issiqxona gazlari chiqindilari',
    '',
    'Ko‘rsatkich                              Birlik              2029        2030',
    'Issiqxona gazlari chiqindilari, jami     t CO₂-ekv.      18 250,0    17 118,5',
    '',
  ].join('\n');

describe('Bosnian prose and tables', () => {
  it('reads a staff table under "Struktura zaposlenih" with its gender rows', () => {
    const women = facts(BOSNIAN('5,0', '29,3')).find(
      (f) =>
        f.period.year === 2030 &&
        f.dims.gender === 'female' &&
        f.provenance.kind === 'document' &&
        f.provenance.extraction === 'table',
    );
    expect(women?.metric).toBe('workforce.total');
  });

  it('checks a stated change of the greenhouse gases against the table', () => {
    // 12.480,0 → 11.856,0 is a fall of 5,0%; 7,5% is not.
    expect(findings(BOSNIAN('5,0', '29,3'), 'change.stated')).toEqual([]);
    expect(findings(BOSNIAN('7,5', '29,3'), 'change.stated')).toHaveLength(1);
  });

  it('checks the women’s share a sentence gives against its counts', () => {
    // 188 / 642 = 29,3%; 31,8% is not.
    expect(findings(BOSNIAN('5,0', '29,3'), 'share.count')).toEqual([]);
    expect(findings(BOSNIAN('5,0', '31,8'), 'share.count').length).toBeGreaterThan(0);
  });
});

describe('Uzbek prose', () => {
  it('reads "… % ga kamaydi" as a stated fall and checks it', () => {
    const change = facts(UZBEK('6,2')).find((f) => f.metric === 'change');
    expect(change?.dims).toMatchObject({ of: 'ghg.total', direction: 'decrease' });
    // 18 250,0 → 17 118,5 is a fall of 6,2%; 9,4% is not.
    expect(findings(UZBEK('6,2'), 'change.stated')).toEqual([]);
    expect(findings(UZBEK('9,4'), 'change.stated')).toHaveLength(1);
  });
});
