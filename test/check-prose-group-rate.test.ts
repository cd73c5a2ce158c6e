// A safety table printing hours and injuries for employees and contractors apart, and a sentence
// printing each group's lost-time injury rate with its base: each rate is checked against its own
// group's injuries and hours (GRI 403-9 a and b), never the other's. Company and figures are invented.
import { describe, expect, it } from 'vitest';
import { checkFacts } from '../src/check/index.js';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

const REPORT = (employees: string, contractors: string) =>
  [
    'Tidewater Cold Chain Limited ESG Report 2025',
    '',
    'Occupational safety                         Employees   Contractors   2024 Employees',
    '  Hours worked                               2,310,500       906,300        2,207,900',
    '  Lost-time injuries                                 5             2                6',
    '  Work-related fatalities                            0             0                0',
    `Our employee lost-time injury rate was ${employees} per 200,000 hours worked (contractors: ${contractors});`,
    'most injuries were slips on loading ramps.',
    '',
  ].join('\n');

const findings = (text: string) =>
  checkFacts({ facts: extractDocument(docFromText(text)).facts.map((f) => f.fact) }).findings.filter(
    (f) => f.rule === 'rate.injury',
  );

describe('injury rates of two worker groups stated in prose', () => {
  // Employees 5 × 200,000 ÷ 2,310,500 = 0.433; contractors 2 × 200,000 ÷ 906,300 = 0.441.
  it('passes rates that fit their own group', () => {
    expect(findings(REPORT('0.43', '0.44'))).toEqual([]);
  });

  it("finds the employees' rate that does not fit the employees' injuries and hours", () => {
    const [f, ...rest] = findings(REPORT('0.61', '0.44'));
    expect(rest).toEqual([]);
    expect([f?.expected, f?.actual]).toEqual(['0.43', '0.61']);
    expect(f?.source.map((s) => s.line)).toEqual(expect.arrayContaining([4, 5, 7]));
  });

  it("finds the contractors' rate against the contractors' figures", () => {
    const [f, ...rest] = findings(REPORT('0.43', '0.29'));
    expect(rest).toEqual([]);
    expect([f?.expected, f?.actual]).toEqual(['0.44', '0.29']);
  });
});
