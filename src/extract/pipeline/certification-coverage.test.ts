import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../test/support/doc-from-text.js';
import { extractDocument } from './index.js';

// Invented site tables whose last columns answer, per site, whether a management-system standard
// certifies it, in several languages, and sentences claiming full coverage.
const siteTable = (yes: string, no: string): string =>
  [
    'Sites in 2032',
    '',
    'Site           Region     Staff   Output (t)   ISO 50001   ISO 9001',
    '                                  tonnes',
    `Northfield     East          212      8,410        ${yes.padEnd(9)}   ${yes}`,
    `Harrowgate     West          187      6,305        ${no.padEnd(9)}   ${yes}`,
    `Lindmoor       South          94      2,118        ${no.padEnd(9)}   ${yes}`,
    `Coldbrook      North         141      5,020        ${yes.padEnd(9)}   ${no}`,
    `Wexley         Central        66      1,007        ${yes.padEnd(9)}   ${yes}`,
    'Total                        700     22,860',
  ].join('\n');

function shares(text: string): [string | undefined, string, string | undefined][] {
  return extractDocument(docFromText(text), { year: 2032 })
    .claims.map((f) => f.fact)
    .filter((f) => f.metric === 'management.certified_site_share')
    .map((f) => [f.dims.standard, f.quantity.value.toString(), f.label]);
}

describe('certified site shares', () => {
  it.each([
    ['Yes', 'No'],
    ['Ya', 'Tidak'],
    ['da', 'ne'],
    ['Ja', 'Nein'],
    ['Oui', 'Non'],
    ['Sim', 'Não'],
    ['Tak', 'Nie'],
    ['Evet', 'Hayır'],
    ['כן', 'לא'],
    ['نعم', 'لا'],
    ['Igen', 'Nem'],
    ['Так', 'Ні'],
    ['Да', 'Нет'],
  ])('counts the %s/%s cells under each standard', (yes, no) => {
    expect(shares(siteTable(yes, no))).toEqual([
      ['ISO 50001', '60', '3 of 5 sites certified to ISO 50001'],
      ['ISO 9001', '80', '4 of 5 sites certified to ISO 9001'],
    ]);
  });

  it('reads a yes/no cell with a bracketed note, in its own column or one space before the next answer', () => {
    const text = [
      'Site             Region      ISO 14001                ISO 45001',
      'Ridgeway mill    Upland      Yes                      Yes',
      'Saltmarsh depot  Coast       No (renewal due 2033)    Yes',
      'Brackenfold lab  Valley      Yes (since 2027) No',
      'Ottershaw yard   Lowland     Yes No (planned)',
      '',
      'Every one of our locations is certified to ISO 14001 (100% coverage) and audited yearly.',
    ].join('\n');
    expect(shares(text)).toEqual([
      ['ISO 14001', '75', '3 of 4 sites certified to ISO 14001'],
      ['ISO 45001', '50', '2 of 4 sites certified to ISO 45001'],
      ['ISO 14001', '100', 'every site certified to ISO 14001'],
    ]);
  });

  it('reads a planned certification as no site certified yet, and an Italian claim that all of a count are', () => {
    const text = [
      'Certificazioni degli stabilimenti     ISO 14001          ISO 45001',
      '  Brescia – laminatoio                sì                 sì',
      '  Lecco – trafileria                  prevista 2033      sì',
      '  Bergamo – magazzino                 sì                 planned for 2034',
      '',
      'Tutti e tre i nostri stabilimenti sono certificati ISO 14001, e il personale è formato ogni anno.',
    ].join('\n');
    expect(shares(text)).toEqual([
      ['ISO 14001', '66.7', '2 of 3 sites certified to ISO 14001'],
      ['ISO 45001', '66.7', '2 of 3 sites certified to ISO 45001'],
      ['ISO 14001', '100', 'every site certified to ISO 14001'],
    ]);
  });

  it('reads a claim of 100% next to one standard only', () => {
    const text = [
      siteTable('Yes', 'No'),
      '',
      'Our energy management system holds ISO 50001 at every site (100 % of sites), while',
      'ISO 9001 covers our plants; 100% of our purchased power is renewable.',
    ].join('\n');
    const claims = shares(text).filter(([, , label]) => label?.startsWith('every'));
    expect(claims).toEqual([['ISO 50001', '100', 'every site certified to ISO 50001']]);
  });

  it('reads no claim across a short heading line and the unrelated line under it', () => {
    const text = [
      siteTable('Yes', 'No'),
      '',
      'Management systems: ISO 50001',
      '100% of our purchased power is renewable.',
    ].join('\n');
    expect(shares(text).filter(([, , label]) => label?.startsWith('every'))).toEqual([]);
  });

  it('reads "all" before a count of sites grouped in thousands, the comma no clause end', () => {
    const claim = (sentence: string) =>
      shares([siteTable('Yes', 'No'), '', sentence].join('\n')).filter(([, , label]) =>
        label?.startsWith('every'),
      );
    expect(claim('Across the network, all 1,350 outlets are certified to ISO 50001 since March.')).toEqual([
      ['ISO 50001', '100', 'every site certified to ISO 50001'],
    ]);
    expect(claim('Alle 2.140 Filialen sind nach ISO 50001 zertifiziert.')).toEqual([
      ['ISO 50001', '100', 'every site certified to ISO 50001'],
    ]);
    // Without "all", a grouped count is no claim of full coverage.
    expect(claim('Of our outlets, 1,350 are certified to ISO 50001.')).toEqual([]);
  });

  it.each([
    'Mindhárom üzemünk ISO 50001 és ISO 9001 tanúsítvánnyal rendelkezik, így a lefedettség teljes.',
    'All five of our plants hold ISO 50001 and ISO 9001 certificates.',
    'Все пять заводов сертифицированы по ISO 50001 и ISO 9001.',
  ])('reads a claim of every site for each of two standards joined by "and": %s', (sentence) => {
    const claims = shares([siteTable('Yes', 'No'), '', sentence].join('\n')).filter(([, , label]) =>
      label?.startsWith('every'),
    );
    expect(claims).toEqual([
      ['ISO 50001', '100', 'every site certified to ISO 50001'],
      ['ISO 9001', '100', 'every site certified to ISO 9001'],
    ]);
  });

  it('reads no share of sites for two standards at once, nor a claim across standards not joined by "and"', () => {
    const claims = (sentence: string) =>
      shares([siteTable('Yes', 'No'), '', sentence].join('\n')).filter(
        ([, , label]) => !label?.includes(' of '),
      );
    expect(claims('ISO 50001 and ISO 9001 cover 80% of our sites.')).toEqual([]);
    expect(claims('All five plants hold ISO 50001 while ISO 9001 is planned.')).toEqual([]);
  });

  it('reads a Hebrew site table, label first, and a claim that all its sites are certified', () => {
    const text = [
      'אתרי החברה 2032',
      '',
      'אתר          עובדים     ייצור (טון)   ISO 9001   ISO 45001',
      'חדרה             214        9,120     כן          כן',
      'עפולה            131        4,870     כן          לא',
      'דימונה            88        2,035     לא          כן',
      'סה"כ             433       16,025     2 מתוך 3    2 מתוך 3',
      '',
      'כל שלושת המפעלים שלנו מוסמכים לתקן ISO 45001, ועובדים בהתאם לנהלי הבטיחות.',
    ].join('\n');
    expect(shares(text)).toEqual([
      ['ISO 9001', '66.7', '2 of 3 sites certified to ISO 9001'],
      ['ISO 45001', '66.7', '2 of 3 sites certified to ISO 45001'],
      ['ISO 45001', '100', 'every site certified to ISO 45001'],
    ]);
  });

  it('reads standard columns headed with a word and set before the figures', () => {
    const text = [
      'Operations 2032',
      '',
      'Facility        ISO 45001 certified   ISO 50001 certified   Headcount   Floor area (m2)',
      'Ashby Works     Y                     N                           318            24,600',
      'Brockton Mill   Y                     Y                           205            17,350',
      'Carrow Depot    N                     N                            47             3,910',
      'Total                                                             570            45,860',
    ].join('\n');
    expect(shares(text)).toEqual([
      ['ISO 45001', '66.7', '2 of 3 sites certified to ISO 45001'],
      ['ISO 50001', '33.3', '1 of 3 sites certified to ISO 50001'],
    ]);
  });

  it('reads a Hebrew site table printed figures first, its yes/no cells after the site once reordered', () => {
    const text = [
      'אתרי החברה 2032',
      '',
      '  ISO 45001     ISO 50001     עובדים     ייצור (טון)     אתר',
      '-----------------------------------------------------------------',
      '     לא           כן     233        11,480     רמלה',
      '     כן           כן     154         6,215     כרמיאל',
      '     כן           לא      71         1,905     ערד',
      '-----------------------------------------------------------------',
      '    2 מתוך 3      2 מתוך 3    458        19,600     סה"כ',
      '',
      'כל שלושת המפעלים שלנו מוסמכים לתקן ISO 45001.',
    ].join('\n');
    expect(shares(text)).toEqual([
      ['ISO 45001', '66.7', '2 of 3 sites certified to ISO 45001'],
      ['ISO 50001', '66.7', '2 of 3 sites certified to ISO 50001'],
      ['ISO 45001', '100', 'every site certified to ISO 45001'],
    ]);
  });

  it('gives no share when a row has more yes/no cells than the header names standards', () => {
    const text = [
      'Facility        ISO 45001   Water-stressed   Headcount',
      'Ashby Works     Yes         No                     318',
      'Brockton Mill   Yes         Yes                    205',
    ].join('\n');
    expect(shares(text)).toEqual([]);
  });

  it('gives no share for a table whose rows do not end in yes/no cells', () => {
    const text = [
      'Site           Staff   ISO 14001',
      'Northfield       212   2019',
      'Harrowgate       187   2021',
    ].join('\n');
    expect(shares(text)).toEqual([]);
  });
  it('reads a row counting the sites a standard certifies of all of them, year by year, against a claim', () => {
    const text = [
      'Safety at our depots',
      '                                              2032        2031        2030',
      '  Lost-time injuries                            17          21          24',
      '  Depots certified to ISO 45001             5 of 6      5 of 6      4 of 6',
      '  Staff under ISO 45001                      3,912       3,804       3,155',
      '',
      'Since March, ISO 45001 covers every one of our six depots and all 4,200 drivers, and audits continue.',
    ].join('\n');
    expect(shares(text)).toEqual([
      ['ISO 45001', '83.3', '5 of 6 sites certified to ISO 45001'],
      ['ISO 45001', '83.3', '5 of 6 sites certified to ISO 45001'],
      ['ISO 45001', '66.7', '4 of 6 sites certified to ISO 45001'],
      ['ISO 45001', '100', 'every site certified to ISO 45001'],
    ]);
  });

  it('reads no count from a row naming no sites or printing other cells', () => {
    const text = [
      '                                              2032        2031',
      '  Suppliers audited to ISO 45001            5 of 9      4 of 9',
      '  Depots certified to ISO 45001             5 of 6      n/a',
    ].join('\n');
    expect(shares(text)).toEqual([]);
  });
});
