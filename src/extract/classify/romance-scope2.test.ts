import { describe, expect, it } from 'vitest';
import { inferDims } from './dims.js';

describe('the Scope 2 method in French, Spanish, Portuguese and Italian rows', () => {
  it('reads location and market words where the label or its group names Scope 2', () => {
    expect(inferDims('Scope 2 – localisation', '')).toEqual({ scope2_method: 'location' });
    expect(inferDims('Alcance 2 (mercado)', '')).toEqual({ scope2_method: 'market' });
    expect(inferDims('Scopes 1 et 2 (marché)', '')).toEqual({ scope2_method: 'market' });
    expect(inferDims('Méthode fondée sur la localisation', 'Émissions du scope 2')).toEqual({
      scope2_method: 'location',
    });
  });

  it('reads no method where Scope 2 is not named', () => {
    expect(inferDims('Part de marché', '')).toEqual({});
  });
});
