// Mongolian and Icelandic reports: a change printed figure first with the per-cent word and the verb after
// (`4,0%-иар буурсан`, fell by 4.0 per cent) or verb first (`jókst um 3,0%`, rose by 3.0%), set against a
// table of the same measure; staff tables by gender with a total row (`Эрэгтэй | Эмэгтэй | Нийт`,
// `Karlar | Konur | Samtals`); an Icelandic bare `m.kr.` is the króna. Figures are invented.
import { describe, expect, it } from 'vitest';
import { checkFacts } from '../src/check/index.js';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

const facts = (text: string) => extractDocument(docFromText(text)).facts.map((f) => f.fact);
const findings = (text: string, rule: string) =>
  checkFacts({ facts: facts(text) }).findings.filter((f) => f.rule === rule || f.rule.startsWith(`${rule}.`));

const MONGOLIAN = (change: string, total: string) =>
  [
    'Хөвсгөл Эрдэс ХК                                   Тогтвортой хөгжлийн тайлан 2030',
    '',
    `Цахилгаан эрчим хүчний хэрэглээ ${change}%-иар буурсан.`,
    '',
    'Хүснэгт 3. Эрчим хүч',
    '',
    'Үзүүлэлт                                 Нэгж              2029 он      2030 он',
    'Цахилгаан эрчим хүч                      МВт.ц             8 240,0      7 910,4',
    '',
    'Хүснэгт 4. Ажиллагсдын тоо (хүн)',
    '',
    'Хүйс                                                        2029 он      2030 он',
    'Эрэгтэй                                                         405          412',
    'Эмэгтэй                                                         287          298',
    `Нийт                                                            692        ${total}`,
    '',
  ].join('\n');

const ICELANDIC = (change: string, total: string) =>
  [
    'Jökulfell hf.                                              Sjálfbærniskýrsla 2030',
    '',
    `Raforkunotkun jókst um ${change}% milli ára, einkum vegna nýrrar frystigeymslu við höfnina sem var tekin`,
    'í notkun á árinu. Þar af voru 1.240 MWst frá varaaflstöð.',
    '',
    'Tafla 2. Orka',
    '',
    '                                         Eining                2030        2029',
    'Raforka                                  MWst                12.772      12.400',
    '',
    'Tafla 5. Starfsmenn í árslok',
    '',
    '                                                               2030        2029',
    'Konur                                                           140         131',
    'Karlar                                                          260         254',
    `Samtals                                                         ${total}         385`,
    '',
    'Tafla 7. Efnahagur (m.kr.)',
    '',
    '                                                               2030        2029',
    'Rekstrartekjur                                                8.412       7.966',
    '',
  ].join('\n');

describe('Mongolian prose and tables', () => {
  it('reads "… %-иар буурсан" as a stated fall and checks it', () => {
    const change = facts(MONGOLIAN('4,0', '710')).find((f) => f.metric === 'change');
    expect(change?.dims).toMatchObject({ of: 'energy.electricity', direction: 'decrease' });
    // 8 240,0 → 7 910,4 is a fall of 4,0%; 9,5% is not.
    expect(findings(MONGOLIAN('4,0', '710'), 'change.stated')).toEqual([]);
    expect(findings(MONGOLIAN('9,5', '710'), 'change.stated')).toHaveLength(1);
  });

  it('reads the gender rows and the "Нийт" total of a staff table', () => {
    const rows = facts(MONGOLIAN('4,0', '710')).filter(
      (f) => f.period.year === 2030 && f.metric === 'workforce.total',
    );
    expect(rows.map((f) => f.dims.gender ?? 'all').sort()).toEqual(['all', 'female', 'male']);
    expect(findings(MONGOLIAN('4,0', '710'), 'sum')).toEqual([]);
    expect(findings(MONGOLIAN('4,0', '720'), 'sum')).toHaveLength(1);
  });
});

describe('Icelandic prose and tables', () => {
  it('reads "jókst um …%" as a stated rise and checks it', () => {
    const change = facts(ICELANDIC('3,0', '400')).find((f) => f.metric === 'change');
    expect(change?.dims).toMatchObject({ of: 'energy.electricity', direction: 'increase' });
    // 12.400 → 12.772 is a rise of 3,0%; 7,5% is not.
    expect(findings(ICELANDIC('3,0', '400'), 'change.stated')).toEqual([]);
    expect(findings(ICELANDIC('7,5', '400'), 'change.stated')).toHaveLength(1);
  });

  it('reads the gender rows and the "Samtals" total of a staff table', () => {
    const rows = facts(ICELANDIC('3,0', '400')).filter(
      (f) => f.period.year === 2030 && f.metric === 'workforce.total',
    );
    expect(rows.map((f) => f.dims.gender ?? 'all').sort()).toEqual(['all', 'female', 'male']);
    expect(findings(ICELANDIC('3,0', '400'), 'sum')).toEqual([]);
    expect(findings(ICELANDIC('3,0', '410'), 'sum')).toHaveLength(1);
  });

  it('reads "m.kr." as millions of Icelandic krónur', () => {
    const revenue = facts(ICELANDIC('3,0', '400')).find((f) => f.metric === 'economic.revenue');
    expect(revenue?.quantity.unit.symbol).toBe('ISK million');
  });
});
