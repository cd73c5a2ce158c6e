// An intensity row per an activity the denominator words do not list (meals served, guest nights)
// printed under a GHG table beside Scope 1 and 2: it is the GHG intensity, never the total Scope 1 + 2
// must add up to. English "Intensity per '000 X" with the caption's unit, and the South Slavic
// "Intenzitet (kg CO2e po X)"; companies and figures invented.
import { describe, expect, it } from 'vitest';
import { checkFacts } from '../src/check/index.js';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

const english = [
  'Harbourside Laundry Services Ltd - ESG Report 2025',
  '',
  'Greenhouse gas emissions',
  '                                        Unit            2025        2024',
  '  Total Scope 1                         tCO2e        4,318.2     4,102.9',
  '  Total Scope 2                         tCO2e        9,771.5     9,950.3',
  '  Total Scope 1 and 2                   tCO2e       14,089.7    14,053.2',
  "  Intensity per '000 garments           tCO2e          0.412       0.437",
].join('\n');

const montenegrin = [
  'Primorje Kampovi d.o.o. - Izvještaj o održivosti 2025',
  '',
  'Tabela 2. Emisije gasova sa efektom staklene bašte (t CO₂e)',
  '                                                 2024.       2025.',
  'Ukupno Opseg 1                                   322,7       310,4',
  'Opseg 2 – električna energija                  1.204,8     1.188,1',
  'Ukupno Opseg 1 i 2                             1.527,5     1.498,5',
  'Intenzitet (kg CO₂e po kampiranju)               11,42       10,97',
].join('\n');

const facts = (text: string) => extractDocument(docFromText(text)).facts.map((f) => f.fact);

describe('an intensity row per an activity under a GHG table', () => {
  it('is no total Scope 1 and Scope 2 must add up to', () => {
    for (const text of [english, montenegrin]) {
      const sums = checkFacts({ facts: facts(text) }).findings.filter((f) => f.rule === 'sum.components');
      expect(sums).toEqual([]);
    }
  });

  it('reads the English row as the GHG intensity over its activity', () => {
    const row = facts(english).filter((f) => (f.label ?? '').startsWith('Intensity'));
    expect(row.map((f) => f.metric)).toEqual(['ghg.intensity', 'ghg.intensity']);
    expect(row[0]?.dims.denominator).toBe("'000 garments");
  });

  it('reads the South Slavic "po" unit as a ratio, never as kg CO2e', () => {
    const row = facts(montenegrin).filter((f) => (f.label ?? '').startsWith('Intenzitet'));
    expect(row).toHaveLength(2);
    expect(row.every((f) => f.metric !== 'ghg.total' && f.quantity.unit.symbol !== 'tCO2e')).toBe(true);
  });
});
