// factor.stated when a Romanian sentence names each factor's fuel after "pentru" ("0,3406 tCO2/MWh
// pentru cocsul de petrol"): each factor is its own fuel's, and a preposition inside the fuel's name
// ("de") names no row of its own, so a sentence giving the whole Scope 1 ("au fost de …") is no output.
import { describe, expect, it } from 'vitest';
import { checkFacts } from '../src/check/index.js';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

const report = (coke: string) =>
  [
    'Olt Refractare S.A. - Raport de sustenabilitate 2025',
    '',
    'Factorii de emisie folosiți sunt 0,202 tCO2/MWh pentru gazul natural, 0,3406 tCO2/MWh pentru cocsul de petrol',
    'și 0,2671 tCO2/MWh pentru motorină.',
    '',
    'Indicator                         2025          2024',
    'Gaz natural [MWh]               412.600       430.100',
    'Cocs de petrol [MWh]            218.400       226.900',
    'Emisii din cocs de petrol [tCO2e]   ' + coke + '        77.282',
    '',
    'Emisiile Scope 1 au fost de 402.518 tCO2e în 2025, inclusiv emisiile de proces din decarbonatare.',
  ].join('\n');

const factorFindings = (text: string) =>
  checkFacts({ facts: extractDocument(docFromText(text)).facts.map((f) => f.fact) }).findings.filter(
    (f) => f.rule === 'factor.stated' && f.severity !== 'info',
  );

describe('a factor whose fuel is named after "pentru"', () => {
  it('sets no fuel against the whole Scope 1 a sentence gives', () => {
    expect(factorFindings(report('74.387'))).toEqual([]);
  });
});
