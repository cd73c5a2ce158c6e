// SEBI's BRSR counts staff in two groups, employees and workers (rows under "EMPLOYEES" and "WORKERS"),
// and its prose gives each group's training hours in a clause of its own, the second sharing the
// first's measure ("…; permanent workers logged 41,440 hours, or 28.0 hours each").
// Company and figures are invented.
import { describe, expect, it } from 'vitest';
import { checkFacts } from '../src/check/index.js';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

const REPORT = (employeesAverage: string, workersAverage: string) =>
  [
    'Kestrel Valley Cements Limited',
    'Business Responsibility and Sustainability Report FY 2030-31',
    '',
    '21. Details as at the end of Financial Year:',
    'a. Employees and workers (including differently abled):',
    '',
    'S.  Particulars                      Total              Male              Female',
    'No.                                    (A)   No. (B)   % (B / A)   No. (C)   % (C / A)',
    'EMPLOYEES',
    '1.  Permanent (D)                      920       850       92.39        70        7.61',
    '2.  Other than Permanent (E)           210       200       95.24        10        4.76',
    '3.  Total employees (D + E)          1,130     1,050       92.92        80        7.08',
    'WORKERS',
    '4.  Permanent (F)                    1,480     1,450       97.97        30        2.03',
    '5.  Other than Permanent (G)         2,300     2,250       97.83        50        2.17',
    '6.  Total workers (F + G)            3,780     3,700       97.88        80        2.12',
    '',
    'Our permanent employees logged 23,460 hours of classroom and shop-floor training during FY 2030-31, an',
    `average of ${employeesAverage} hours per permanent employee; permanent workers logged 41,440 hours, or ${workersAverage}`,
    'hours each.',
    '',
  ].join('\n');

const facts = (text: string) => extractDocument(docFromText(text)).facts.map((f) => f.fact);

describe('BRSR training hours by employees and workers in prose', () => {
  it('gives each clause’s hours and average the group it names, the second clause the first’s measure', () => {
    const of = (metric: string) =>
      facts(REPORT('25.5', '28.0'))
        .filter((f) => f.metric === metric && f.provenance.kind === 'document')
        .map((f) => [f.quantity.value.toString(), f.dims.employee_category]);
    expect(of('training.hours_total')).toEqual([
      ['23460', 'employees'],
      ['41440', 'workers'],
    ]);
    expect(of('training.hours_average')).toEqual([
      ['25.5', 'employees'],
      ['28', 'workers'],
    ]);
  });

  it('checks each average against its own group’s hours and headcount', () => {
    // Employees: 23,460 / 920 = 25.5; workers: 41,440 / 1,480 = 28.0.
    const averaged = (employees: string, workers: string) =>
      checkFacts({ facts: facts(REPORT(employees, workers)) })
        .findings.filter((f) => f.rule === 'average.total')
        .map((f) => [f.expected, f.actual]);
    expect(averaged('25.5', '28.0')).toEqual([]);
    expect(averaged('27.5', '28.0')).toEqual([['25.5', '27.5']]);
    expect(averaged('25.5', '30.5')).toEqual([['28', '30.5']]);
  });
});
