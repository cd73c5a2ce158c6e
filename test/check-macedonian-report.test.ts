// A Macedonian sustainability report (извештај за одржливост) read and checked: Macedonian row labels
// (metrics.mk.data.json), a staff table with "жени" / "мажи" rows under a "– вкупно" total, the women
// counted "од кои … жени, или x% од вработените" in prose, leavers counted by the verb before them ("ја
// напуштија 74 вработени") beside the turnover rate they give, and a training table by "Категорија"
// counting "Обучени" beside each category's "Вработени". Figures and wording are invented.
import { describe, expect, it } from 'vitest';
import { checkFacts } from '../src/check/index.js';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

const facts = (text: string) => extractDocument(docFromText(text)).facts.map((f) => f.fact);
const findings = (text: string, rule: string) =>
  checkFacts({ facts: facts(text) })
    .findings.filter((f) => f.rule === rule)
    .map((f) => [f.severity, f.source.map((s) => ('line' in s ? s.line : 0))]);

const REPORT = ({ womenShare = '40,0', turnover = '10,0', kilnTrained = '396' } = {}) =>
  [
    'АД Вардарска Керамика Велес                           Извештај за одржливост 2031',
    '',
    `Фабриката има 740 вработени, од кои 296 жени, или ${womenShare}% од вработените.`,
    '',
    'Табела 4. Вработени на 31 декември',
    '  Показател                            Ед. мерка          2030        2031',
    '  Вработени – вкупно                   лица                712         740',
    '    жени                               лица                281         296',
    '    мажи                               лица                431         444',
    '',
    `Во 2031 година компанијата ја напуштија 74 вработени (2030: 64), што е стапка на флуктуација од ${turnover}%`,
    '(2030: 9,0%).',
    '',
    'Табела 5. Обука во 2031 година',
    '  Категорија                  Вработени   Обучени   Часови обука',
    `  Печки и глазура                   410       ${kilnTrained}          6.150`,
    '  Пакување и магацин                210       180          2.520',
    '  Администрација                    120       110          1.320',
    `  Вкупно                            740       ${String(290 + Number(kilnTrained))}          9.990`,
    '',
  ].join('\n');

describe('a Macedonian report', () => {
  it('reads the staff table with its gender rows and the leavers and turnover rate of the prose', () => {
    const read = facts(REPORT()).filter((f) => f.period.year === 2031);
    const metricOn = (line: number) =>
      read
        .filter((f) => f.provenance.kind === 'document' && f.provenance.location.line === line)
        .map((f) => [f.metric, f.dims.gender ?? '']);
    expect(metricOn(8)).toEqual([['workforce.total', 'female']]);
    expect(metricOn(9)).toEqual([['workforce.total', 'male']]);
    // "Вкупно" under "Категорија" is the whole table, no category of its own.
    expect(
      read.find(
        (f) =>
          f.metric === 'training.trained' &&
          f.provenance.kind === 'document' &&
          f.provenance.location.line === 19,
      )?.dims,
    ).toEqual({});
    expect(metricOn(11)).toEqual([
      ['turnover.count', ''],
      ['turnover.rate', ''],
    ]);
  }, 120_000);

  it('checks the share of women the prose prints beside its count and the headcount', () => {
    expect(findings(REPORT({ womenShare: '46,0' }), 'share.stated-fraction')).toEqual([['warning', [3]]]);
    expect(findings(REPORT(), 'share.stated-fraction')).toEqual([]);
  });

  it('checks the turnover rate against the leavers and the year-end headcount', () => {
    expect(findings(REPORT({ turnover: '12,5' }), 'share.count')).toEqual([['warning', [11, 7]]]);
    expect(findings(REPORT(), 'share.count')).toEqual([]);
  });

  it('checks each category’s people trained against its headcount in the same row', () => {
    expect(findings(REPORT({ kilnTrained: '430' }), 'count.within')).toEqual([['warning', [16]]]);
    expect(findings(REPORT(), 'count.within')).toEqual([]);
  });
});
