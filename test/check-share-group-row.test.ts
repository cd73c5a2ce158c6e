// A sentence's share of women in a group ("Women hold 34.4% of senior management positions") against
// the headcount table's row for that group: the women's count over the row's total; a key-figures row
// labelled as such a share ("Female share of supervisors (%)") is read the same way.
import { describe, expect, it } from 'vitest';
import { checkFacts } from '../src/check/index.js';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

const report = (sentence: string) =>
  [
    'Orvalle Textiles S.A.                                      Sustainability Report 2025',
    '',
    'Table 4. Employees by level and gender',
    '--------------------------------------------------------------------------------',
    '                                       2024                          2025',
    'Level                         Women     Men    Total     Women     Men    Total',
    '--------------------------------------------------------------------------------',
    'Senior management                16      47       63        18      46       64',
    'Supervisors                      71     233      304        77     241      318',
    'Operators                       402   1,317    1,719       415   1,336    1,751',
    'Total                           489   1,597    2,086       510   1,623    2,133',
    '--------------------------------------------------------------------------------',
    '',
    sentence,
  ].join('\n');

const found = (sentence: string) =>
  checkFacts({
    facts: extractDocument(docFromText(report(sentence))).facts.map((f) => f.fact),
  }).findings.filter((f) => f.rule === 'share.group-row');

describe('a share of women in a group named by a headcount row', () => {
  it('finds a share its row does not give (18 of 64 is 28.1%)', () => {
    const findings = found('Diversity. Women hold 34.4% of senior management positions in 2025.');
    expect(findings.map((f) => [f.source.map((s) => s.line), f.expected])).toEqual([[[14, 8], '28.1']]);
  });

  it('passes the share the row gives', () => {
    expect(found('Diversity. Women hold 28.1% of senior management positions in 2025.')).toEqual([]);
  });

  it('reads Spanish wording the same way, accents folded', () => {
    const findings = found('Diversidad. Las mujeres ocupan el 30,4% de los cargos de supervisores en 2025.');
    expect(findings.map((f) => f.expected)).toEqual(['24.2']);
  });

  it('reads no row for a share that is not "of" the group (pay compared among supervisors)', () => {
    expect(
      found("Pay. Women's base pay was 96.0% of men's among operators and 98.5% among supervisors."),
    ).toEqual([]);
  });

  it('reads no row when the share is of the gender itself ("35% of women")', () => {
    expect(found('Diversity. Of our staff, 35.0% of women work as supervisors in 2025.')).toEqual([]);
  });
});

const withKeyFigures = (label: string, share: string) =>
  [
    'Tamsworth Looms Ltd                                        Sustainability Report 2025',
    '',
    'Key figures 2025',
    '--------------------------------------------------------------------------------',
    `   ${label.padEnd(66)}${share.padStart(8)}`,
    '   Employees at year end (number)                                       2,133',
    '--------------------------------------------------------------------------------',
    '',
    'Table 4. Employees by level and gender at 31 December 2025 (number)',
    '--------------------------------------------------------------------------------',
    'Level                                   Women       Men     Total',
    '--------------------------------------------------------------------------------',
    'Supervisors                                77       241       318',
    'Line operators                            415     1,336     1,751',
    'Total line staff                          492     1,577     2,069',
    'Senior management                          18        46        64',
    'Total                                     510     1,623     2,133',
    '--------------------------------------------------------------------------------',
  ].join('\n');

const foundIn = (text: string) =>
  checkFacts({ facts: extractDocument(docFromText(text)).facts.map((f) => f.fact) }).findings.filter(
    (f) => f.rule === 'share.group-row',
  );

describe('a key-figures row labelled as a share of women in a group', () => {
  it('finds a share its group row does not give (77 of 318 is 24.2%)', () => {
    const findings = foundIn(withKeyFigures('Female share of supervisors (%)', '27.9'));
    expect(findings.map((f) => [f.severity, f.expected, f.actual])).toEqual([['warning', '24.2', '27.9']]);
    expect(foundIn(withKeyFigures('Female share of supervisors (%)', '24.2'))).toEqual([]);
  });

  it('takes a group row printed as a total ("Total line staff") for the group', () => {
    const findings = foundIn(withKeyFigures('Share of women in line staff (%)', '26.3'));
    expect(findings.map((f) => [f.expected, f.actual])).toEqual([['23.8', '26.3']]);
    expect(foundIn(withKeyFigures('Share of women in line staff (%)', '23.8'))).toEqual([]);
  });
});

describe('a share of women among the employees a total row counts ("Total permanent")', () => {
  const table = (sentence: string) =>
    [
      'Marula Estates Ltd',
      'Integrated Report 2025',
      '',
      'Table 3  Permanent employees at 30 June 2025',
      '',
      'Category                                Men    Women    Total   2023/24 total',
      '------------------------------------------------------------------------------',
      'Managers                                 41       19       60                57',
      'Operators                               610      233      843               812',
      'Total permanent                         651      252      903               869',
      '------------------------------------------------------------------------------',
      '',
      sentence,
    ].join('\n');
  const shares = (sentence: string) =>
    checkFacts({ facts: extractDocument(docFromText(table(sentence))).facts.map((f) => f.fact) })
      .findings.filter((f) => f.rule === 'share.group-row')
      .map((f) => [f.severity, f.source.map((s) => s.line), f.expected]);

  it("reads the total row as the group its words name, beside the earlier year's total column", () => {
    // 252 / 903 = 27.9%, printed 29.9%.
    expect(shares('Women make up 29.9% of our permanent employees.')).toEqual([
      ['warning', [13, 10], '27.9'],
    ]);
    expect(shares('Women make up 27.9% of our permanent employees.')).toEqual([]);
  });
});
