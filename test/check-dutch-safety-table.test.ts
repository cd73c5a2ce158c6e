// A Dutch safety and training table, worded as Dutch sustainability reports word it: hours worked
// ("Gewerkte uren", in "uren"), lost-time accidents ("Ongevallen met verzuim") and an LTIF per 1.000.000
// hours, with point thousands and decimal commas. Figures are invented.
import { describe, expect, it } from 'vitest';
import { checkFacts } from '../src/check/index.js';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

const TABLE = (ltif: string) =>
  [
    'Veenstra Metaal B.V. – Duurzaamheidsverslag 2031',
    '',
    'Indicator                                     Eenheid                    2031         2030',
    '──────────────────────────────────────────────────────────────────────────────────────────',
    'Gewerkte uren                                 uren                  1.284.600    1.236.900',
    'Ongevallen met verzuim                        aantal                        7            9',
    `LTIF (per 1.000.000 gewerkte uren)            ratio                      ${ltif}         7,28`,
    'Dodelijke ongevallen                          aantal                        0            0',
    'Opleidingsuren                                uren                     21.406       19.880',
    '',
  ].join('\n');

function facts(text: string) {
  return extractDocument(docFromText(text)).facts.map((f) => f.fact);
}

describe('a Dutch safety table', () => {
  it('reads hours worked, lost-time accidents and training hours by their Dutch names and units', () => {
    const found = facts(TABLE('5,45'))
      .filter((f) => f.period.year === 2031)
      .map((f) => [f.metric, f.quantity.value.toString(), f.quantity.unit.dimension]);
    expect(found).toContainEqual(['safety.hours_worked', '1284600', 'time']);
    expect(found).toContainEqual(['safety.lost_time_injuries', '7', 'count']);
    expect(found).toContainEqual(['safety.fatalities', '0', 'count']);
    expect(found).toContainEqual(['training.hours_total', '21406', 'time']);
  });

  it('checks the LTIF against the lost-time accidents and the hours worked', () => {
    // 7 × 1.000.000 / 1.284.600 = 5,45; 9 × 1.000.000 / 1.236.900 = 7,28.
    const rated = (ltif: string) =>
      checkFacts({ facts: facts(TABLE(ltif)) }).findings.filter((f) => f.rule === 'rate.injury');
    expect(rated('5,45')).toEqual([]);
    expect(rated('4,55').map((f) => f.expected)).toEqual(['5.45']);
  });
});
