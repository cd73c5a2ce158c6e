// A Brazilian safety table (NBR 14280 wording): hours as "horas-homem trabalhadas", lost-time accidents as
// "acidentes com afastamento", their rate as "taxa de frequência" per million HHT, in a unit column.
// Company and figures are invented.
import { describe, expect, it } from 'vitest';
import { checkFacts } from '../src/check/index.js';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

const REPORT = (ownRate: string) =>
  [
    'Metalúrgica Serra Azul S.A. — Relatório Anual de Sustentabilidade 2025',
    '',
    'Quadro 7 — Segurança do trabalho — empregados próprios',
    '------------------------------------------------------------------------------------------',
    'Indicador                                Unidade                 2024           2025',
    '------------------------------------------------------------------------------------------',
    'Horas-homem trabalhadas                  h                  3.126.480      3.318.950',
    'Acidentes com afastamento                nº                        11              9',
    'Dias perdidos                            dias                     233            187',
    `Taxa de frequência                       por milhão de HHT       3,52          ${ownRate}`,
    '',
    'Quadro 8 — Segurança do trabalho — terceirizados',
    '------------------------------------------------------------------------------------------',
    'Indicador                                Unidade                 2024           2025',
    '------------------------------------------------------------------------------------------',
    'Horas trabalhadas por terceirizados      h                    618.240        702.115',
    'Acidentes com afastamento (terceirizados) nº                        3              2',
    'Taxa de frequência (terceirizados)       por milhão de HHT       4,85           2,85',
    '',
  ].join('\n');

const facts = (text: string) => extractDocument(docFromText(text)).facts.map((f) => f.fact);

describe('Portuguese safety rates per million hours', () => {
  it('reads hours, lost-time accidents and their rate, each with its worker group', () => {
    const of = (metric: string) =>
      facts(REPORT('2,71'))
        .filter((f) => f.metric === metric && f.period.year === 2025)
        .map((f) => [f.quantity.value.toString(), f.dims.employment_type]);
    expect(of('safety.hours_worked')).toEqual([
      ['3318950', 'employee'],
      ['702115', 'contractor'],
    ]);
    expect(of('safety.lost_time_injuries')).toEqual([
      ['9', 'employee'],
      ['2', 'contractor'],
    ]);
    expect(of('safety.lost_time_injury_rate')).toEqual([
      ['2.71', 'employee'],
      ['2.85', 'contractor'],
    ]);
  });

  // 9 × 1,000,000 ÷ 3,318,950 = 2.71.
  it('checks the rate against its accidents and hours', () => {
    const rate = (text: string) =>
      checkFacts({ facts: facts(text) }).findings.filter((f) => f.rule === 'rate.injury');
    expect(rate(REPORT('2,71'))).toEqual([]);
    expect(rate(REPORT('3,71')).map((f) => [f.severity, f.expected, f.actual])).toEqual([
      ['error', '2.71', '3.71'],
    ]);
  });
});
