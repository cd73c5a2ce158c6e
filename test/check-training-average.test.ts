// Extraction and check together on an average of training hours a sentence prints (GRI 404-1, HKEX
// B3.2): in English beside the total it averages, and in Portuguese under a table of hours with no
// unit column. The average must be the total over the headcount (or over those trained).
import { describe, expect, it } from 'vitest';
import { checkFacts } from '../src/check/index.js';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

function averageFindings(text: string) {
  const facts = extractDocument(docFromText(text)).facts.map((f) => f.fact);
  return checkFacts({ facts })
    .findings.filter((f) => f.rule === 'average.total')
    .map((f) => [f.severity, f.source.map((s) => ('line' in s ? s.line : 0))]);
}

const english = (average: string) =>
  [
    'Marwar Tiles Limited',
    'This report covers the year ended 30 June 2025.',
    '',
    'Table 6  People',
    '                                                 Unit          2025          2024',
    '------------------------------------------------------------------------------------',
    'Total permanent employees                        Nos.         2,400         2,310',
    'Training man-hours                               hours       61,200        58,040',
    '------------------------------------------------------------------------------------',
    '',
    'Our permanent workforce grew to 2,400 employees. Training of permanent employees at both kilns',
    `totalled 61,200 man-hours in 2025, averaging ${average} hours per permanent employee.`,
  ].join('\n');

const portuguese = (average: string) =>
  [
    'Usina Serra Azul S.A.',
    'Relatório Integrado 2025 / Integrated Report 2025',
    '',
    'A rotatividade foi de 8,6 % e o absenteísmo de 2,1 %; as mulheres são 25,8 % do quadro.',
    '',
    'Quadro 9  Colaboradores e formação / Employees and training, 2025',
    '',
    'Indicador / Indicator                            Mulheres       Homens        Total',
    '-------------------------------------------------------------------------------------',
    'Colaboradores / Employees                             310          890        1.200',
    'Horas de treinamento / Training hours              6.820       19.580       26.400',
    '-------------------------------------------------------------------------------------',
    '',
    `Em 2025 cada colaborador recebeu em média ${average} horas de treinamento, com foco em segurança.`,
  ].join('\n');

describe('an average of training hours printed in a sentence', () => {
  it('is checked against the total its own sentence prints, over the headcount it is per', () => {
    // 61,200 / 2,400 = 25.5 hours, printed 31.5.
    expect(averageFindings(english('31.5'))).toEqual([['warning', [12, 8, 11]]]);
    expect(averageFindings(english('25.5'))).toEqual([]);
  });

  it('is read in Portuguese and checked against a table of hours printed without a unit', () => {
    // 26,400 / 1,200 = 22.0 hours, printed 27,5.
    expect(averageFindings(portuguese('27,5'))).toEqual([['warning', [14, 11, 10]]]);
    expect(averageFindings(portuguese('22,0'))).toEqual([]);
  });

  const fullTime = (average: string) =>
    [
      'Ostrava Cable a.s.',
      'Sustainability report for the year ended 31 December 2024.',
      '',
      'Workforce                             Unit         2023        2024',
      'Full-time employees                   persons       862         905',
      'Part-time employees                   persons       118         131',
      'Training hours (full-time employees)  hours      17,412      19,910',
      '',
      `Full-time employees completed 19,910 hours of training in 2024, an average of ${average} hours each.`,
    ].join('\n');

  it('averages over the employment type its sentence opens with, not over the whole workforce', () => {
    // 19,910 / 905 full-time employees = 22.0 hours, printed 24.5 (19,910 / 1,036 would be 19.2).
    expect(averageFindings(fullTime('24.5'))).toEqual([['warning', [9, 7, 5]]]);
    expect(averageFindings(fullTime('22.0'))).toEqual([]);
  });
});
