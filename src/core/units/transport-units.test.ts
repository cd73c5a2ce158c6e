import { describe, expect, it } from 'vitest';
import { countedThing, isTransportVolume, tryParseUnit } from './index.js';

describe('transport volumes as units', () => {
  it('reads kTEU and thousand TEU as TEU at a scale of 1000', () => {
    for (const text of ['kTEU', "'000 TEU", 'thousand TEU']) {
      const u = tryParseUnit(text, { countNouns: false });
      expect(u?.symbol).toBe('thousand TEU');
      expect(u && countedThing(u)).toMatchObject({ noun: 'TEU' });
      expect(u?.toBase.toString()).toBe('1000');
    }
  });

  it('reads an intensity per kTEU or per tkm as a ratio', () => {
    expect(tryParseUnit('tCO2e/kTEU')?.symbol).toBe('tCO2e/thousand TEU');
    expect(tryParseUnit('gCO2/tkm')?.symbol).toBe('gCO2/tonne-km');
    expect(tryParseUnit('kgCO2e/pkm')?.symbol).toBe('kgCO2e/passenger-km');
  });

  it('tells transport volumes from people and bare numbers', () => {
    const read = (t: string) => {
      const u = tryParseUnit(t, { countNouns: false });
      return u !== undefined && isTransportVolume(u);
    };
    expect(['million tonne-km', 'TEU', 'vehicle-km'].map(read)).toEqual([true, true, true]);
    expect(['employees', 'number'].map(read)).toEqual([false, false]);
  });
});
