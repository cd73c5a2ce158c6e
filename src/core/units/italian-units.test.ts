import { describe, expect, it } from 'vitest';
import { parseUnit } from './parse-unit.js';

// The words an Italian (or Spanish and Portuguese) units column prints, with invented figures' units.
describe('Italian unit words', () => {
  it('reads litri and litros as the litre, scaled like it', () => {
    expect(parseUnit('litri')).toMatchObject({ symbol: 'L', dimension: 'volume' });
    expect(parseUnit('litros')).toMatchObject({ symbol: 'L', dimension: 'volume' });
    expect(parseUnit('migliaia di litri').toBase.toFixed()).toBe(
      parseUnit('thousand litres').toBase.toFixed(),
    );
  });

  it('reads n. and n° (numero) as a count', () => {
    expect(parseUnit('n.')).toMatchObject({ symbol: 'count', dimension: 'count' });
    expect(parseUnit('n°')).toMatchObject({ symbol: 'count', dimension: 'count' });
  });
});
