import { describe, expect, it } from 'vitest';
import { figuresOf } from './testing/read-mentions.js';

// Invented coefficients printed per a thousand units of their denominator.
describe('a factor printed per a scaled amount of its denominator', () => {
  it('reads "2.314 kg CO2e per 1,000 litres" as a factor, not as an amount of CO2e or of litres', () => {
    const read = figuresOf('Kerosene is counted at 2.314 kg CO2e per 1,000 litres in the inventory.', 2031);
    expect(read.map((f) => [f.value, f.unit])).toEqual([['2.314', 'kg CO2e/thousand litres']]);
  });

  it('reads a Spanish "por cada 1.000 m³" and "per thousand" the same way', () => {
    const read = figuresOf(
      'Factores usados: biogás 1,372 t CO2e por cada 1.000 m³ y propano 0,912 tep por cada 1.000 m³. ' +
        'LPG is counted at 1.62 tCO2e per thousand m3.',
      2031,
    );
    expect(read.map((f) => [f.value, f.unit])).toEqual([
      ['1.372', 't CO2e/thousand m3'],
      ['0.912', 'tep/thousand m3'],
      ['1.62', 'tCO2e per thousand m3'],
    ]);
  });

  it('keeps an amount printed after "por" when no unit comes before it', () => {
    const read = figuresOf('Firmamos un crédito por 1.000 millones de pesos con el banco.', 2031);
    expect(read.map((f) => f.value)).toContain('1000');
  });
});
