// factor.stated when a French sentence names each factor's fuel after its unit ("0,251 kgCO2e/kWh pour le
// gazole"): each factor is the fuel's it names, not the one named before it.
import { describe, expect, it } from 'vitest';
import { checkFacts } from '../src/check/index.js';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

const report = (fleet: string) =>
  [
    'Vercors Chaudronnerie - Rapport de durabilité 2025',
    '',
    'Les émissions sont calculées avec les facteurs suivants : 0,324 kgCO2e/kWh pour le fioul, 0,272',
    'kgCO2e/kWh pour le propane et 0,251 kgCO2e/kWh pour le gazole.',
    '',
    'Indicateur                              Unité          2025          2024',
    'Fioul domestique                        MWh           986,4       1 146,2',
    'Propane                                 MWh           776,8         812,6',
    'Gazole (flotte)                         MWh         6 012,6       6 284,2',
    'Combustion de fioul et de propane       tCO2e         530,9         592,4',
    `Flotte de véhicules (gazole)            tCO2e       ${fleet}       1 577,3`,
  ].join('\n');

const factorFindings = (text: string) =>
  checkFacts({ facts: extractDocument(docFromText(text)).facts.map((f) => f.fact) }).findings.filter(
    (f) => f.rule === 'factor.stated' && f.severity !== 'info',
  );

describe('a factor whose fuel is named after it', () => {
  it('raises nothing when each fuel is converted at its own factor', () => {
    expect(factorFindings(report('1 509,2'))).toEqual([]);
  });

  it('sets the diesel factor against the diesel rows', () => {
    const [finding, ...rest] = factorFindings(report('1 609,2'));
    expect(rest).toEqual([]);
    expect(finding?.source.map((s) => s.line)).toContain(11);
  });
});
