import { describe, expect, it } from 'vitest';
import { foldLookAlikes, latinLookAlike } from './look-alikes.js';

describe('look-alike letters', () => {
  it('folds Cyrillic and Greek letters that print like Latin ones', () => {
    expect(foldLookAlikes('Туре')).toBe('Type');
    expect(foldLookAlikes('сO2')).toBe('cO2');
    expect(latinLookAlike('Ρ')).toBe('P');
  });

  it('leaves Latin letters and the micro prefix alone', () => {
    expect(foldLookAlikes('μg/m3 Scope')).toBe('μg/m3 Scope');
    expect(latinLookAlike('a')).toBeUndefined();
  });
});
