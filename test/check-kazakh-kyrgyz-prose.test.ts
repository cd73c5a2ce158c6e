// Kazakh and Kyrgyz prose: a change printed figure first with the dative "by" glued to it and the verb after
// (`… 7,5%-ға төмендеді`, fell by 7,5%; `… 3,2%га өстү`, rose by 3,2%), set against a table of the same
// measure with space-grouped figures and decimal commas. Figures are invented.
import { describe, expect, it } from 'vitest';
import { checkFacts } from '../src/check/index.js';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

const facts = (text: string) => extractDocument(docFromText(text)).facts.map((f) => f.fact);
const findings = (text: string, rule: string) =>
  checkFacts({ facts: facts(text) }).findings.filter((f) => f.rule === rule);

const KAZAKH = (change: string) =>
  [
    '«Ақжайық Жылу» АҚ                                          Тұрақты даму туралы есеп 2030',
    '',
    `2030 жылы табиғи газ тұтыну 2029 жылмен салыстырғанда ${change}%-ға төмендеді.`,
    '',
    '2-кесте. Отын тұтыну',
    '',
    'Көрсеткіш                                Бірлік              2029        2030',
    'Табиғи газ                               мың м³           4 820,0     4 458,5',
    '',
  ].join('\n');

const KYRGYZ = (change: string) =>
  [
    '«Талас Кен» ААК                                            Туруктуу өнүгүү боюнча отчет 2030',
    '',
    `2030-жылы суу алуу 2029-жылга салыштырмалуу ${change}%га өстү.`,
    '',
    '3-таблица. Суу алуу',
    '',
    'Көрсөткүч                                Бирдик              2029        2030',
    'Суу алуу                                 м³               612 400     632 000',
    '',
  ].join('\n');

describe('Kazakh and Kyrgyz prose', () => {
  it('reads "… %-ға төмендеді" as a stated fall and checks it', () => {
    const change = facts(KAZAKH('7,5')).find((f) => f.metric === 'change');
    expect(change?.dims).toMatchObject({ of: 'energy.natural_gas', direction: 'decrease' });
    // 4 820,0 → 4 458,5 is a fall of 7,5%; 11,2% is not.
    expect(findings(KAZAKH('7,5'), 'change.stated')).toEqual([]);
    expect(findings(KAZAKH('11,2'), 'change.stated')).toHaveLength(1);
  });

  it('reads "… %га өстү" as a stated rise and checks it', () => {
    const change = facts(KYRGYZ('3,2')).find((f) => f.metric === 'change');
    expect(change?.dims).toMatchObject({ of: 'water.withdrawal', direction: 'increase' });
    // 612 400 → 632 000 is a rise of 3,2%; 6,8% is not.
    expect(findings(KYRGYZ('3,2'), 'change.stated')).toEqual([]);
    expect(findings(KYRGYZ('6,8'), 'change.stated')).toHaveLength(1);
  });
});
