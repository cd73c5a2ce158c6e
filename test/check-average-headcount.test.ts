// Average training hours in a table that prints both the year-end headcount and the year's average
// headcount: the headcount is printed with values that disagree, so each is tried as the divisor, and
// an average neither gives is reported. Romanian and English wordings; company and figures invented.
import { describe, expect, it } from 'vitest';
import { checkFacts } from '../src/check/index.js';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

const english = (average: string) =>
  [
    'Linden Tools - Sustainability Report 2025',
    '',
    'Table 6. Our people',
    'Indicator                                   2024      2025',
    'Employees at 31 December                   2,318     2,406',
    'Average number of employees                2,290     2,371',
    'Training hours                            41,220    45,980',
    `Average training hours per employee         18.0      ${average}`,
  ].join('\n');

const romanian = (average: string) =>
  [
    'Arges Mobila S.A. - Raport de sustenabilitate 2025',
    '',
    'Tabelul 6. Salariați și instruire',
    'Indicator                                   2024      2025',
    'Salariați la 31 decembrie                    862       904',
    'Număr mediu de salariați                     850       889',
    'Ore de formare, total                     14.620    17.030',
    `Ore medii per salariat (număr mediu)        17,2      ${average}`,
  ].join('\n');

const averageFindings = (text: string) =>
  checkFacts({ facts: extractDocument(docFromText(text)).facts.map((f) => f.fact) }).findings.filter(
    (f) => f.rule === 'average.total' && f.severity !== 'info',
  );

describe('an average over one of two printed headcounts', () => {
  it('reports an average that neither headcount gives', () => {
    expect(averageFindings(english('21.4'))).toHaveLength(1);
    const ro = averageFindings(romanian('21,3'));
    expect(ro).toHaveLength(1);
    expect(ro[0]?.message).toContain('889');
  });

  it('accepts an average over either headcount', () => {
    expect(averageFindings(english('19.4'))).toEqual([]);
    expect(averageFindings(english('19.1'))).toEqual([]);
    expect(averageFindings(romanian('19,2'))).toEqual([]);
  });
});
