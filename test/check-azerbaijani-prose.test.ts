// Azerbaijani prose, worded as Azerbaijani sustainability reports (davamlı inkişaf hesabatı) word it: decimal
// commas and space-grouped thousands, training hours in total ("7 260 saat təlim") and on average per employee
// ("hər işçiyə orta hesabla … saat"), and a change stated in brackets after a highlight's figure ("(2030-cu ilə
// nisbətən 4,2% azalma)"), checked against the tables. Figures are invented.
import { describe, expect, it } from 'vitest';
import { checkFacts } from '../src/check/index.js';
import { tryParseUnit } from '../src/core/index.js';
import { toPointDecimals } from '../src/extract/clean/decimal-comma.js';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

const TABLES = [
  '"Xəzər Konserv" ASC                                  Davamlı inkişaf hesabatı 2031',
  '',
  'Cədvəl 2. Enerji və işçilər',
  'Göstərici                                          2030        2031',
  '────────────────────────────────────────────────────────────────────',
  'Cəmi enerji istehlakı, MVt·saat                53 360,0    51 120,4',
  'İşçi sayı                                           386         400',
  '',
].join('\n');

const facts = (text: string) => extractDocument(docFromText(TABLES + text)).facts.map((f) => f.fact);
const findings = (text: string, rule: string) =>
  checkFacts({ facts: facts(text) }).findings.filter((f) => f.rule === rule);

const TRAINING = (average: string) =>
  `2031-ci ildə ümumilikdə 7 260 saat təlim keçirilib, bu da hər işçiyə orta hesabla ${average} saat deməkdir (2030: 19,2 saat).`;
const HIGHLIGHT = (change: string) =>
  [
    '2031-CI İL RƏQƏMLƏRLƏ',
    `  ► Enerji istehlakı: 51 120,4 MVt·saat (2030-cu ilə nisbətən ${change}% azalma)`,
  ].join('\n');

describe('Azerbaijani prose', () => {
  it('counts people in "nəfər", whose thousands a comma may group', () => {
    expect(tryParseUnit('nəfər')?.dimension).toBe('count');
    expect(toPointDecimals('41,3% və 1,284 nəfər')).toBe('41.3% və 1,284 nəfər');
  });

  it('reads the training hours in total and on average per employee', () => {
    const found = facts(TRAINING('18,15'))
      .filter((f) => f.period.year === 2031 && f.metric.startsWith('training.hours'))
      .map((f) => [f.metric, f.quantity.value.toString()]);
    expect(found).toContainEqual(['training.hours_total', '7260']);
    expect(found).toContainEqual(['training.hours_average', '18.15']);
  }, 120_000);

  it('checks the average against the total hours and the headcount', () => {
    // 7 260 / 400 = 18,15; 20,9 is off.
    expect(findings(TRAINING('18,15'), 'average.total')).toEqual([]);
    expect(findings(TRAINING('20,9'), 'average.total').map((f) => f.expected)).toEqual(['18.15']);
  });

  it('reads a bracketed change after a figure as a change of that figure', () => {
    const change = facts(HIGHLIGHT('4,2')).find((f) => f.metric === 'change');
    expect(change?.dims).toMatchObject({ of: 'energy.total', direction: 'decrease' });
    // 53 360,0 → 51 120,4 is a fall of 4,2%; 6,8% is not.
    expect(findings(HIGHLIGHT('4,2'), 'change.stated')).toEqual([]);
    expect(findings(HIGHLIGHT('6,8'), 'change.stated')).toHaveLength(1);
  });
});
