// A US safety table worded as OSHA logs word it: "Total recordable incident rate (TRIR)" and
// "Lost-time cases" under a group row "Employees", rates per 200,000 hours. Figures are invented.
import { describe, expect, it } from 'vitest';
import { checkFacts } from '../src/check/index.js';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

const TABLE = (trir: string) =>
  [
    'Pinewood Fasteners Corp. 2025 Sustainability Data',
    '',
    'Metric                                           Unit                    FY2025       FY2024',
    'Employees',
    '  Hours worked                                   hours                4,128,600    3,985,200',
    '  OSHA recordable injuries and illnesses         cases                       37           41',
    `  Total recordable incident rate (TRIR)          per 200,000 hours         ${trir}         2.06`,
    '  Lost-time cases                                cases                       12           15',
    '  Lost-time incident rate (LTIR)                 per 200,000 hours         0.58         0.75',
    '',
  ].join('\n');

// Contractors' figures in prose only, their hours "logged" rather than "worked".
const PROSE = (trir: string) =>
  [
    'Pinewood Fasteners Corp. 2025 Sustainability Report',
    'This report covers the year from 1 January to 31 December 2025.',
    '',
    'Contractors working at our plants logged 642,300 hours and 7 recordable cases in 2025,',
    `a contractor TRIR of ${trir}.`,
    '',
  ].join('\n');

function facts(text: string) {
  return extractDocument(docFromText(text)).facts.map((f) => f.fact);
}

describe('OSHA incident rates of employees', () => {
  it('reads the incident rate and the lost-time cases as the injury rate and lost-time injuries', () => {
    const found = facts(TABLE('1.79'))
      .filter((f) => f.period.year === 2025)
      .map((f) => [f.metric, f.quantity.value.toString(), f.dims.employment_type]);
    expect(found).toContainEqual(['safety.injury_rate', '1.79', 'employee']);
    expect(found).toContainEqual(['safety.lost_time_injuries', '12', 'employee']);
  });

  it('checks the incident rate against the recordable cases and hours worked', () => {
    // 37 × 200,000 / 4,128,600 = 1.79; 12 × 200,000 / 4,128,600 = 0.58.
    const rules = (trir: string) => checkFacts({ facts: facts(TABLE(trir)) }).findings.map((f) => f.rule);
    expect(rules('1.79')).not.toContain('rate.injury');
    expect(rules('1.97')).toContain('rate.injury');
  });

  it("checks a contractors' rate in prose against the hours they logged and their cases", () => {
    // 7 × 200,000 / 642,300 = 2.18.
    const rated = (trir: string) =>
      checkFacts({ facts: facts(PROSE(trir)) }).findings.filter((f) => f.rule === 'rate.injury');
    expect(rated('2.18')).toEqual([]);
    expect(rated('2.81').map((f) => f.expected)).toEqual(['2.18']);
  });
});
