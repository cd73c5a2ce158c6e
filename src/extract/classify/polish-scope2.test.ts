import { describe, expect, it } from 'vitest';
import { inferDims } from './dims.js';

describe('the Scope 2 method in Polish rows', () => {
  it('reads the adverbs a row qualifies its figure with, and the adjectives under Scope 2', () => {
    expect(inferDims('Emisje pośrednie (zakres 2) – rynkowo', '')).toEqual({ scope2_method: 'market' });
    expect(inferDims('ciepło sieciowe – lokalizacyjnie', '')).toEqual({ scope2_method: 'location' });
    expect(inferDims('Metoda lokalizacyjna', 'Emisje zakresu 2')).toEqual({ scope2_method: 'location' });
    expect(inferDims('Scope 2 (metoda rynkowa)', '')).toEqual({ scope2_method: 'market' });
  });

  it('reads no method from market words that name no emissions', () => {
    expect(inferDims('Wartość rynkowa nieruchomości', '')).toEqual({});
  });
});
