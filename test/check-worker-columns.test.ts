// Extraction and check together on synthetic tables whose column groups name a group of workers
// (GRI 403-9 a/b, ESRS S1-14): the group is whose figures they are, the row says what is measured.
import { describe, expect, it } from 'vitest';
import { checkFacts } from '../src/check/index.js';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

const HEAD = ['Sample Forge plc', 'This report covers the year ended 31 December 2024.', ''];

function extract(text: string) {
  return extractDocument(docFromText(text)).facts.map((f) => f.fact);
}

function findings(text: string) {
  return checkFacts({ facts: extract(text) }).findings.map((f) => [
    f.rule,
    f.source.map((s) => ('line' in s ? s.line : 0))[0],
  ]);
}

const safety = (ownRate: string) =>
  [
    ...HEAD,
    'Table 12  Occupational safety',
    '                                            Own staff                Workers who are not employees (agency)',
    '                                         2024          2023          2024          2023',
    'Hours worked                        4,120,000     4,005,000     1,380,000     1,402,000',
    'Recordable work-related accidents           9            11             5             6',
    'Rate of recordable work-related accidents',
    '  (per 1,000,000 hours worked)     ' +
      ownRate.padStart(10) +
      '          2.75          3.62          4.28',
    'Days lost to work-related injuries        140           188             –             –',
  ].join('\n');

describe('column groups naming workers', () => {
  it('read the row as the measure and the column group as the workers it is for', () => {
    const facts = extract(safety('2.18'));
    const at = (line: number) =>
      facts
        .filter((f) => f.provenance.kind === 'document' && f.provenance.location.line === line)
        .map((f) => [f.metric, f.dims.employment_type, f.quantity.value.toString(), f.period.year]);
    expect(at(7)).toEqual([
      ['safety.hours_worked', 'employee', '4120000', 2024],
      ['safety.hours_worked', 'employee', '4005000', 2023],
      ['safety.hours_worked', 'contractor', '1380000', 2024],
      ['safety.hours_worked', 'contractor', '1402000', 2023],
    ]);
    expect(at(8).map((r) => r[0])).toEqual(Array(4).fill('safety.injuries'));
    expect(at(10).map((r) => [r[0], r[1]])).toEqual([
      ['safety.injury_rate', 'employee'],
      ['safety.injury_rate', 'employee'],
      ['safety.injury_rate', 'contractor'],
      ['safety.injury_rate', 'contractor'],
    ]);
    expect(at(11).map((r) => r[0])).toEqual(['safety.lost_days', 'safety.lost_days']);
  });

  it('check the rate against the accidents and hours of its own group', () => {
    expect(findings(safety('2.18'))).not.toContainEqual(['rate.injury', 10]);
    expect(findings(safety('2.81'))).toContainEqual(['rate.injury', 10]);
  });
});
