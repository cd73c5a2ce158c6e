// Extraction and check together on a synthetic South Asian report: a headcount table whose contract
// types are dashed groups over gender columns, each with its own total, beside a women's share that
// does not follow from the counts; and a chairman's letter quoting a donation in billions where the
// table prints it in Rs '000, after a sentence that sets a change against the year before.
import { describe, expect, it } from 'vitest';
import { checkFacts } from '../src/check/index.js';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

const report = (womenShare: string, letterScale: string) =>
  [
    'Chenab Leatherworks Limited  |  Sustainability Report 2030-31',
    '',
    "CHAIRMAN'S MESSAGE",
    '',
    'FY31 tested every exporter in our industry. Net sales reached Rs 41.8 billion, up 6.2% over FY30,',
    'and water drawn per hide fell by 4.4%. Our Company also gave Rs 27.35 ' + letterScale + ' to schools',
    'and dispensaries in the villages around our tanneries.',
    '',
    "Table 1: Key figures (Rs in '000)          FY31          FY30          FY29",
    'Net sales                               41,812,530    39,371,020    36,004,118',
    'Donations and welfare                       27,350        24,910        22,075',
    '',
    'Table 2: Workforce at 30 June 2031',
    '',
    '                      ------ Permanent ------    ------ Contractual ------',
    '  Category            Male   Female    Total     Male   Female    Total    Grand total',
    '  Managers             214       39      253        3        1        4            257',
    '  Office staff         388      162      550       41       18       59            609',
    '  Tannery hands      2,906      417    3,323      964      205    1,169          4,492',
    '  Total              3,508      618    4,126    1,008      224    1,232          5,358',
    '',
    'Table 3: Workforce trends                   FY31          FY30          FY29',
    'Total employees                            5,358         5,102         4,987',
    'Women employees                              842           791           742',
    `Women as % of workforce                     ${womenShare}          15.5          14.9`,
  ].join('\n');

const findings = (text: string) =>
  checkFacts({ facts: extractDocument(docFromText(text)).facts.map((f) => f.fact) }).findings;

describe('a headcount table under spanning groups, and a letter at another scale', () => {
  it('checks the women share against women over the grand total', () => {
    const found = findings(report('17.3', 'million')).filter((f) => f.rule === 'share.count');
    expect(found.map((f) => [f.severity, f.expected, f.actual])).toEqual([['error', '15.71', '17.3']]);
    expect(findings(report('15.7', 'million')).filter((f) => f.rule === 'share.count')).toEqual([]);
  });

  it("reports a donation quoted in billions that the table prints in Rs '000", () => {
    const found = findings(report('15.7', 'billion')).filter((f) => f.rule === 'duplicate.scale');
    expect(found.map((f) => [f.expected, f.actual, f.source.map((s) => s.line)])).toEqual([
      ['27350', '27.35', [6, 11]],
    ]);
    expect(findings(report('15.7', 'million')).filter((f) => f.rule === 'duplicate.scale')).toEqual([]);
  });
});
