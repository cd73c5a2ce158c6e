// Extraction and check together on a training table whose numbered caption is printed on its header
// line ("Table 7  Training, 2031   Employees   Trained   % trained …"), right under a safety table and
// the paragraph after it: each column is its own metric, each row a group of staff, and those trained
// are set against the group's headcount. Company and figures are invented.
import { beforeAll, describe, expect, it } from 'vitest';
import { checkFacts } from '../src/check/index.js';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

const TABLE = (therapistsTrained: string, caption = 'Table 7  Training, 2031') =>
  [
    'Pelican Bay Clinics – ESG Report 2031',
    'This report covers 1 January to 31 December 2031.',
    '',
    'Health and safety                                      2031        2030        2029',
    '  Work-related fatalities                                    0           0           0',
    '  Lost-time injuries                                        13          17          15',
    '  Hours worked                                       2,410,500   2,288,300   2,190,700',
    'Most injuries were slips on wet floors. We recorded no work-related fatality in the past three years.',
    '',
    `${caption.padEnd(42)}Employees     Trained   % trained   Training hours   Average hours`,
    '  Pharmacists                                    212         208        98.1       6,360        30.0',
    `  Therapists                                     377         ${therapistsTrained.padStart(3)}        93.4      12,441        33.0`,
    '  Porters                                        145         131        90.3       2,900        20.0',
    '  Total                                          734         691        94.1      21,701        29.6',
    'Average hours = training hours / employees in the category.',
  ].join('\n');

function facts(text: string) {
  return extractDocument(docFromText(text)).facts.map((f) => f.fact);
}

const rowOf = (text: string, line: number) =>
  facts(text)
    .filter((f) => f.provenance.kind === 'document' && f.provenance.location.line === line)
    .map((f) => [f.metric, f.quantity.value.toString(), f.period.year, f.dims.employee_category]);

describe('a training table captioned on its header line', () => {
  // The first extraction loads the metric catalogues: slow on a busy machine.
  beforeAll(() => void facts(TABLE('352')), 120_000);

  it('reads each heading as its column and each row as a group of staff', () => {
    expect(rowOf(TABLE('352'), 12)).toEqual([
      ['workforce.total', '377', 2031, 'therapists'],
      ['training.trained', '352', 2031, 'therapists'],
      ['training.trained_share', '93.4', 2031, 'therapists'],
      ['training.hours_total', '12441', 2031, 'therapists'],
      ['training.hours_average', '33', 2031, 'therapists'],
    ]);
  });

  it('dates the rows by the year of a title over the label column', () => {
    const row = rowOf(TABLE('352', 'Training, 2030'), 12);
    expect(row.map(([metric, , year]) => [metric, year])).toContainEqual(['training.trained', 2030]);
  });

  it('sets those trained in a group against the group’s headcount', () => {
    const rules = (trained: string) =>
      checkFacts({ facts: facts(TABLE(trained)) })
        .findings.filter((f) => f.source.some((s) => 'line' in s && s.line === 12))
        .map((f) => f.rule);
    expect(rules('352')).not.toContain('count.within');
    expect(rules('391')).toContain('count.within');
  });

  it('reads a "Total hours" column of a training table by gender as training hours, its whole row too', () => {
    const text = [
      'Pelican Bay Clinics – ESG Report 2031',
      '',
      'Table 8  Training by gender          % trained 2031   Average hours 2031   Total hours 2031',
      '  Men                                          96.0                 30.5              7,320',
      '  Women                                        98.5                 27.0              9,720',
      '  All employees                                97.4                 28.4             17,040',
    ].join('\n');
    const hours = facts(text)
      .filter((f) => f.quantity.value.toString().endsWith('0') && f.quantity.value.gt(1000))
      .map((f) => [f.metric, f.quantity.value.toString(), f.dims.gender]);
    expect(hours).toEqual([
      ['training.hours_total', '7320', 'male'],
      ['training.hours_total', '9720', 'female'],
      ['training.hours_total', '17040', undefined],
    ]);
  });

  it('reads a "Sales …" row under a "By category" heading of a workforce table as a staff category', () => {
    const text = [
      'Pelican Bay Clinics – ESG Report 2031',
      '',
      'Table 2  Workforce at 31 December 2031',
      '                                       North       South     Total',
      '  Total                                  301         143       444',
      '  By category',
      '    Clinical staff                       250         121       371',
      '    Sales and marketing                   51          22        73',
    ].join('\n');
    const sales = facts(text)
      .filter((f) => f.provenance.kind === 'document' && f.provenance.location.line === 8)
      .map((f) => [f.metric, f.quantity.value.toString()]);
    expect(sales).toContainEqual(['workforce.total', '73']);
  });
});
