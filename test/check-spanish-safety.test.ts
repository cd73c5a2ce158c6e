// Extraction and check together on a safety table printed in Spanish only: unit cells "casos", "días",
// "tasa" beside Spanish row names. Company and figures are invented.
import { describe, expect, it } from 'vitest';
import { checkFacts } from '../src/check/index.js';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

const TABLE = (rate: string) =>
  [
    'Cerámicas del Pacífico, S.A. de C.V.',
    'Este informe cubre el periodo del 1 de enero al 31 de diciembre de 2025.',
    '',
    'Indicador                                   Unidad            2024          2025',
    'Horas de formación                          horas           48,210        52,880',
    'Horas trabajadas                            horas        3,412,000     3,588,400',
    'Accidentes con baja                         casos                9             7',
    'Días perdidos                               días               214           166',
    `Tasa de accidentes con tiempo perdido       tasa              0.53          ${rate}`,
    '',
  ].join('\n');

function facts(text: string) {
  return extractDocument(docFromText(text)).facts.map((f) => f.fact);
}

describe('a safety table in Spanish', () => {
  it('reads the rows as training hours, hours worked, lost-time injuries, lost days and their rate', () => {
    const found = facts(TABLE('0.39'))
      .filter((f) => f.period.year === 2025)
      .map((f) => [f.metric, f.quantity.value.toString(), f.quantity.unit.symbol]);
    expect(found).toEqual([
      ['training.hours_total', '52880', 'hours'],
      ['safety.hours_worked', '3588400', 'hours'],
      ['safety.lost_time_injuries', '7', 'count'],
      ['safety.lost_days', '166', 'days'],
      ['safety.lost_time_injury_rate', '0.39', ''],
    ]);
  });

  it('checks the rate against the injuries and hours', () => {
    // 7 × 1,000,000 / 3,588,400 = 1.95 per million hours; 7 × 200,000 / 3,588,400 = 0.39.
    const rules = (rate: string) => checkFacts({ facts: facts(TABLE(rate)) }).findings.map((f) => f.rule);
    expect(rules('0.39')).not.toContain('rate.injury');
    expect(rules('0.49')).toContain('rate.injury');
  });
});
