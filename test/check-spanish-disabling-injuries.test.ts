// Extraction and check together on a safety table worded as Peruvian mining reports word it under
// D.S. 024-2016-EM: disabling and fatal accidents, and a frequency index counting both. Company and
// figures are invented.
import { describe, expect, it } from 'vitest';
import { checkFacts } from '../src/check/index.js';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

const TABLE = (index2031: string) =>
  [
    'Compañía Minera Cerro Alto S.A.',
    'Este reporte cubre el periodo del 1 de enero al 31 de diciembre de 2031.',
    '',
    'Indicador                                  2030          2031',
    'Horas-hombre trabajadas                8,240,600     8,912,300',
    'Accidentes incapacitantes                     17            13',
    'Accidentes mortales                            2             0',
    `Índice de frecuencia                        2.31          ${index2031}`,
    '',
  ].join('\n');

function facts(text: string) {
  return extractDocument(docFromText(text)).facts.map((f) => f.fact);
}

describe('a Peruvian mining safety table', () => {
  it('reads disabling and fatal accidents and the frequency index', () => {
    const found = facts(TABLE('1.46'))
      .filter((f) => f.period.year === 2031)
      .map((f) => [f.metric, f.quantity.value.toString()]);
    expect(found).toEqual([
      ['safety.hours_worked', '8912300'],
      ['safety.lost_time_injuries', '13'],
      ['safety.fatalities', '0'],
      ['safety.lost_time_injury_rate', '1.46'],
    ]);
  });

  it('checks the index against both counts: (17 + 2) × 10⁶ / 8,240,600 = 2.31 passes', () => {
    // 2031: 13 × 1,000,000 / 8,912,300 = 1.46.
    const rate = (index2031: string) =>
      checkFacts({ facts: facts(TABLE(index2031)) }).findings.filter((f) => f.rule === 'rate.injury');
    expect(rate('1.46')).toEqual([]);
    expect(rate('1.71').map((f) => [f.severity, f.expected, f.actual])).toEqual([['error', '1.46', '1.71']]);
  });
});
