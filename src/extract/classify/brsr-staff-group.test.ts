import { describe, expect, it } from 'vitest';
import { facts } from '../../../test/support/facts-by-line.js';

// A made-up BRSR headcount table (Section A item 21): capitalised group rows part the employees from the
// workers, and gender columns each span a count and its share.
const text = [
  'Financial year for which reporting is being done: 1 April 2025 to 31 March 2026',
  '',
  '21. Employees and workers (including differently abled):',
  '',
  'S.  Particulars                      Total              Male              Female',
  'No.                                    (A)   No. (B)   % (B / A)   No. (C)   % (C / A)',
  'EMPLOYEES',
  '1.  Permanent (D)                      930       710       76.34       220       23.66',
  '2.  Other than Permanent (E)           150       120       80.00        30       20.00',
  'WORKERS',
  '3.  Permanent (F)                    1,420     1,300       91.55       120        8.45',
  '4.  Other than Permanent (G)           610       580       95.08        30        4.92',
].join('\n');

describe('a BRSR headcount table', () => {
  const found = facts(text).filter((f) => f.provenance.kind === 'document');
  const at = (line: number) =>
    found
      .filter((f) => f.provenance.kind === 'document' && f.provenance.location.line === line)
      .map((f) => [f.metric, f.quantity.value.toString(), f.quantity.unit.symbol, f.dims]);

  it('gives each row its staff group and each count and share its gender', () => {
    expect(at(8)).toEqual([
      ['workforce.total', '930', 'persons', { employment_type: 'permanent', employee_category: 'employees' }],
      [
        'workforce.total',
        '710',
        'persons',
        { gender: 'male', employment_type: 'permanent', employee_category: 'employees' },
      ],
      [
        'workforce.share',
        '76.34',
        '%',
        { gender: 'male', employment_type: 'permanent', employee_category: 'employees' },
      ],
      [
        'workforce.total',
        '220',
        'persons',
        { gender: 'female', employment_type: 'permanent', employee_category: 'employees' },
      ],
      [
        'workforce.share',
        '23.66',
        '%',
        { gender: 'female', employment_type: 'permanent', employee_category: 'employees' },
      ],
    ]);
  });

  it('keeps the permanent workers apart from the permanent employees', () => {
    expect(at(11)[0]).toEqual([
      'workforce.total',
      '1420',
      'persons',
      { employment_type: 'permanent', employee_category: 'workers' },
    ]);
  });

  it('reads no form letter as a unit', () => {
    expect(
      found.map((f) => (f.provenance.kind === 'document' ? f.provenance.reported.unit : '')),
    ).not.toContain('A');
  });
});
