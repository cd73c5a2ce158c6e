// factor.grid-stated on Spanish, Portuguese and French wording of the grid factor behind Scope 2.
import { describe, expect, it } from 'vitest';
import type { Fact } from '../src/core/index.js';
import { printed } from '../src/check/testing/printed-fact.js';
import { ruleContext } from '../src/check/rules/context.js';
import { statedGridFactorRule } from '../src/check/rules/stated-grid-factor.js';

const run = (facts: readonly Fact[]) =>
  statedGridFactorRule.run(ruleContext(facts, () => undefined)).map((f) => [f.expected, f.actual]);

const factor = (quote: string) =>
  printed({
    metric: 'unclassified',
    value: '0.217',
    unit: 'kgCO2e/kWh',
    year: 2024,
    line: 40,
    quote,
    extraction: 'text',
  });
const electricity = printed({
  metric: 'energy.electricity',
  value: '52400000',
  unit: 'kWh',
  year: 2024,
  line: 60,
});
// 52,400,000 kWh × 0.217 kgCO2e/kWh = 11,370.8 t; printed with another factor (0.241): 12,628.4 t.
const scope2 = printed({ metric: 'ghg.scope2', value: '12628.4', unit: 'tCO2e', year: 2024, line: 70 });

describe('factor.grid-stated in Romance languages', () => {
  it('reads a factor the sentence gives to Scope 2 or to the grid as the grid factor', () => {
    for (const quote of [
      'Las emisiones de Alcance 2 se estiman con el factor de la autoridad energética: 0,217 kgCO2e/kWh.',
      'Usamos el factor de emisión del sistema interconectado, 0,217 kgCO2e/kWh.',
      'As emissões de escopo 2 usam o fator médio de 0,217 kgCO2e/kWh.',
      'Le facteur du réseau électrique national est de 0,217 kgCO2e/kWh.',
    ])
      expect(run([factor(quote), electricity, scope2])).toEqual([['11370.8', '12628.4']]);
  });

  it('leaves a market-based factor alone', () => {
    const quote = 'El Alcance 2 basado en el mercado usa el factor residual del proveedor, 0,217 kgCO2e/kWh.';
    expect(run([factor(quote), electricity, scope2])).toEqual([]);
  });
});
