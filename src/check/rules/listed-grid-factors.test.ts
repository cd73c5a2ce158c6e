// factor.grid-stated: factors listed place by place ("Portugal: 0.152 tCO2e/MWh") against each place's row.
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../core/index.js';
import { printed } from '../testing/printed-fact.js';
import { ruleContext } from './context.js';
import { statedGridFactorRule } from './stated-grid-factor.js';

const run = (facts: readonly Fact[]) =>
  statedGridFactorRule.run(ruleContext(facts, () => undefined)).map((f) => [f.expected, f.actual, f.source]);

// A list of country factors over two lines (no "grid" in it), and a questionnaire's table by country:
// the country on one line, its Scope 2 and the energy it bought on the next. Invented figures.
const QUOTE = 'Portugal: 0.152 tCO2e/MWh (national inventory 2024) Netherlands: 0.328 tCO2e/MWh (CBS 2024)';
const LATER = 'Romania: 0.241 tCO2e/MWh (ANRE 2024)';
const factor = (value: string, line: number, quote: string) =>
  printed({ metric: 'unclassified', value, unit: 'tCO2e/MWh', year: 2025, line, quote, extraction: 'text' });
const listed = [factor('0.152', 31, QUOTE), factor('0.328', 32, QUOTE), factor('0.241', 33, LATER)];
const row = (region: string, line: number, tonnes: string, mwh: string, metric = 'energy.indirect') => [
  printed({ metric: 'ghg.scope2', value: tonnes, unit: 'tCO2e', year: 2025, line, dims: { region } }),
  printed({ metric, value: mwh, unit: 'MWh', year: 2025, line, dims: { region } }),
];

describe('factors listed by place against the rows of those places', () => {
  it('warns of the place whose Scope 2 is not its energy times its factor while the others are', () => {
    // 61,240 × 0.152 = 9,308.5; 44,810 × 0.328 = 14,697.7; 27,930 × 0.241 = 6,731.1 — Portugal printed 10,471.
    const found = run([
      ...listed,
      ...row('Portugal', 88, '10471', '61240'),
      ...row('Netherlands (Kingdom of the)', 90, '14697.7', '44810'),
      ...row('Romania', 92, '6731.1', '27930', 'energy.electricity'),
    ]);
    expect(found).toEqual([['9308.5', '10471', [{ line: 88 }, { line: 31 }]]]);
  });

  it('says nothing when every place matches, or when no other place confirms the list', () => {
    const right = row('Portugal', 88, '9308.5', '61240');
    expect(run([...listed, ...right, ...row('Romania', 92, '6731.1', '27930')])).toEqual([]);
    // Two places, neither matching: the list may be of other factors (a residual mix) and says nothing.
    expect(
      run([...listed, ...row('Portugal', 88, '10471', '61240'), ...row('Romania', 92, '7100', '27930')]),
    ).toEqual([]);
  });

  it('says nothing of a list of market-based factors', () => {
    const market = 'Residual mix factors: Portugal: 0.152 tCO2e/MWh; Romania: 0.241 tCO2e/MWh';
    const found = run([
      factor('0.152', 31, market),
      factor('0.241', 33, market),
      ...row('Portugal', 88, '10471', '61240'),
      ...row('Romania', 92, '6731.1', '27930'),
    ]);
    expect(found).toEqual([]);
  });
});
