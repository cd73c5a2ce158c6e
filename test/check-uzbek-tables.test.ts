// Uzbek tables, as Uzbek sustainability reports (barqaror rivojlanish hisoboti, Latin script) print them: a
// `Birlik` unit column (`MVt·soat`, `ming m³`, `mlrd so‘m`, `soni`, `koeff.`), space-grouped thousands and
// decimal commas, `jami` totals, `shundan` parts, `ayollar` / `erkaklar` rows and age bands (`30 yoshgacha`,
// `50 yoshdan katta`), the o‘ and g‘ apostrophe printed as ‘, ʻ or '. Figures are invented.
import { describe, expect, it } from 'vitest';
import { checkFacts } from '../src/check/index.js';
import { isTotalLabel } from '../src/core/index.js';
import { findMetricsByPhrase, tryParseUnit } from '../src/core/index.js';
import { ageBand } from '../src/extract/classify/age-band.js';
import { genderOf } from '../src/extract/classify/gender-words.js';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

const head = (title: string) => [
  title,
  '',
  'Ko‘rsatkich                              Birlik             2029        2030',
];
const staff = (under30: string, women: string, average: string) =>
  [
    '"Oqtosh Sut" AJ                                      Barqaror rivojlanish hisoboti 2030',
    '',
    ...head('Jadval 3. Energiya va xodimlar'),
    'Elektr energiyasi                        MVt·soat       12 406,5    12 871,0',
    'Tabiiy gaz                               ming m³         2 114,8     2 036,2',
    'Sof tushum                               mlrd so‘m         418,2       452,9',
    'Xodimlar soni, jami                      nafar               812         840',
    '  ayollar                                nafar               301         322',
    '  erkaklar                               nafar               511         518',
    `Ayollar ulushi                           %                  37,1        ${women}`,
    `  30 yoshgacha                           nafar               205         ${under30}`,
    '  30–50 yosh                             nafar               417         431',
    '  50 yoshdan katta                       nafar               190         195',
    'O‘qitish soatlari, jami                  soat             14 616      15 960',
    `Bir xodimga o‘rtacha oʻqitish soati                         18,0        ${average}`,
    'Ish vaqti yo‘qotilgan jarohatlar         soni                  3           2',
    'LTIFR (1 mln kishi-soatga)               koeff.             1,85        1,19',
    '',
  ].join('\n');

const facts = (text: string) => extractDocument(docFromText(text)).facts.map((f) => f.fact);
const findings = (text: string, rule: string) =>
  checkFacts({ facts: facts(text) }).findings.filter((f) => f.rule === rule);
const GOOD = staff('214', '38,3', '19,0');

describe('Uzbek tables', () => {
  it('reads Uzbek units: MVt·soat, ming (thousand), nafar, soat, mlrd so‘m', () => {
    expect(tryParseUnit('MVt·soat')?.symbol).toBe('MWh');
    expect(tryParseUnit('ming m³')?.toBase.toFixed()).toBe('1000');
    expect(tryParseUnit('nafar')?.symbol).toBe('persons');
    expect(tryParseUnit('soat')?.symbol).toBe('hours');
    expect(tryParseUnit('mlrd so‘m')?.dimension).toBe('money:UZS');
  });

  it('matches Uzbek wordings whatever the apostrophe', () => {
    for (const label of ['O‘qitish soatlari', 'Oʻqitish soatlari', "O'qitish soatlari"])
      expect(findMetricsByPhrase(label)[0]?.metric.id).toBe('training.hours_total');
    expect(findMetricsByPhrase('Xavfli chiqindilar')[0]?.metric.id).toBe('waste.hazardous');
  });

  it('reads jami as a total, ayollar and erkaklar as genders, yosh bands as ages', () => {
    expect(isTotalLabel('Suv olish, jami')).toBe(true);
    expect(isTotalLabel('Jami energiya iste’moli')).toBe(true);
    expect(genderOf('Ayollar ulushi')).toBe('female');
    expect(genderOf('erkaklar')).toBe('male');
    expect(ageBand('30 yoshgacha')).toBe('<30');
    expect(ageBand('30–50 yosh')).toBe('30-50');
    expect(ageBand('50 yoshdan katta')).toBe('>50');
  });

  it('reads each row with its metric, unit and dims', () => {
    const found = facts(GOOD)
      .filter((f) => f.period.year === 2030)
      .map((f) => [f.metric, f.quantity.value.toString(), JSON.stringify(f.dims)]);
    expect(found).toContainEqual(['energy.electricity', '12871', '{}']);
    expect(found).toContainEqual(['workforce.total', '322', '{"gender":"female"}']);
    expect(found).toContainEqual(['workforce.total', '214', '{"age":"<30"}']);
    expect(found).toContainEqual(['safety.lost_time_injuries', '2', '{}']);
    expect(found.find((f) => f[0] === 'safety.lost_time_injury_rate')?.[1]).toBe('1.19');
  });

  it('checks the age bands, the women’s share and the average against the headcount', () => {
    expect(findings(GOOD, 'sum.breakdown')).toEqual([]);
    expect(findings(GOOD, 'share.count')).toEqual([]);
    expect(findings(GOOD, 'average.total')).toEqual([]);
    // 241 + 431 + 195 = 867, not 840; 322 / 840 = 38,3%, not 36,1%; 15 960 / 840 = 19,0, not 21,4.
    expect(findings(staff('241', '38,3', '19,0'), 'sum.breakdown')).toHaveLength(1);
    expect(findings(staff('214', '36,1', '19,0'), 'share.count')).toHaveLength(1);
    expect(findings(staff('214', '38,3', '21,4'), 'average.total')).toHaveLength(1);
  });
});

describe('Uzbek tables headed "2029-y."', () => {
  it('reads each figure under its own year', () => {
    const text = [
      '"Qorasuv Don" AJ                                  Barqaror rivojlanish hisoboti 2030',
      '',
      '2-jadval. Energiya',
      'Ko‘rsatkich                 O‘lchov birligi        2028-y.       2029-y.       2030-y.',
      'Elektr energiyasi           MVt·soat               14 102        13 877        13 215',
      'Tabiiy gaz                  ming m³                 3 420         3 388         3 105',
      '',
    ].join('\n');
    const electricity = facts(text)
      .filter((f) => f.metric === 'energy.electricity')
      .map((f) => [f.period.year, f.quantity.value.toString()]);
    expect(electricity).toEqual([
      [2028, '14102'],
      [2029, '13877'],
      [2030, '13215'],
    ]);
  });
});

describe('Uzbek staff turnover and training tables', () => {
  const turnover = [
    '"Qorasuv Don" AJ                                  Barqaror rivojlanish hisoboti 2030',
    '',
    '5-jadval. Kadrlar qo‘nimsizligi',
    'Guruh                      Ishdan ketganlar   Qo‘nimsizlik, %',
    '  Erkaklar                              57              9,4',
    '  Ayollar                               81              8,1',
    '  Jami                                 138              8,6',
    '',
  ].join('\n');
  const training = (women: string) =>
    [
      '"Qorasuv Don" AJ                                  Barqaror rivojlanish hisoboti 2030',
      '',
      '6-jadval. Xodimlarni o‘qitish, 2030-yil',
      'Toifa                      Xodimlar   O‘qitilganlar',
      '  Ayollar                     1 004           ' + women,
      '  Erkaklar                      606             552',
      '  Jami                        1 610           1 479',
      '',
    ].join('\n');

  it('reads the leavers column as a count of leavers, not a turnover rate', () => {
    const leavers = facts(turnover).filter((f) => f.metric === 'turnover.count');
    expect(leavers.map((f) => f.quantity.value.toString())).toEqual(['57', '81', '138']);
    expect(findings(turnover, 'average.range')).toEqual([]);
  });

  it('reads the trained column as people trained and sets it against the headcount', () => {
    const trained = facts(training('927')).filter((f) => f.metric === 'training.trained');
    expect(trained.map((f) => f.quantity.value.toString())).toContain('927');
    // 1 040 women trained of 1 004 women employees.
    const all = checkFacts({ facts: facts(training('1 040')) }).findings;
    expect(all.filter((f) => f.severity !== 'info').map((f) => f.rule)).not.toEqual([]);
  });
});
