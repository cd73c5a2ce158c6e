import { describe, expect, it } from 'vitest';
import { parseUnit, tryParseUnit } from './parse-unit.js';

describe('Spanish "miles" (thousands) before a unit', () => {
  it('scales a unit printed after it', () => {
    expect(parseUnit('miles m³')).toMatchObject({ dimension: 'volume' });
    expect(parseUnit('miles m³').toBase.toFixed()).toBe('1000');
    expect(parseUnit('miles de m3').toBase.toFixed()).toBe('1000');
    expect(parseUnit('miles L').toBase.toFixed()).toBe('1');
  });

  it('stays the mile alone or after a word', () => {
    expect(parseUnit('miles')).toMatchObject({ symbol: 'miles', dimension: 'length' });
    expect(tryParseUnit('truck miles')?.toBase.toFixed()).not.toBe('1000');
  });

  it('reads hours in Spanish, Portuguese and French', () => {
    for (const word of ['horas', 'hora', 'heures']) expect(parseUnit(word).symbol).toBe('hours');
  });
});
