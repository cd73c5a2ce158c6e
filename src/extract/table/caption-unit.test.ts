import { describe, expect, it } from 'vitest';
import { captionTailUnit } from './caption-unit.js';

describe('captionTailUnit', () => {
  it('reads the currency after the last comma, dash or "in"', () => {
    expect(captionTailUnit('Table 7 – Grants paid, EUR thousand')).toBe('EUR thousand');
    expect(captionTailUnit('Spending on suppliers in CHF million')).toBe('CHF million');
  });

  it('reads it after "in" in Polish, Spanish, French, Portuguese or a Scandinavian language', () => {
    expect(captionTailUnit('Tabela 4. Darowizny według programu, w tys. zł')).toBe('tys. zł');
    expect(captionTailUnit('Cuadro 3 – Gasto social, en miles de euros')).toBe('miles de euros');
    expect(captionTailUnit('Tabell 2 – Lønnskostnader, i NOK millioner')).toBe('NOK millioner');
  });

  it('leaves a tail that names no money', () => {
    expect(captionTailUnit('Emissions by plant, in tCO2e')).toBe('');
    expect(captionTailUnit('Staff by country, w Polsce')).toBe('');
  });
});
