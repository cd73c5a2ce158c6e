import { describe, expect, it } from 'vitest';
import { inferDims } from './index.js';

// Staff table rows as Polish reports word them (ESRS S1-6 by contract and by age); invented labels.
describe('inferDims: Polish contracts and age bands', () => {
  it('reads open-ended contracts as permanent and fixed-term ones as fixed-term', () => {
    expect(inferDims('Umowa na czas nieokreślony', '')).toEqual({ employment_type: 'permanent' });
    expect(inferDims('Pracownicy na czas określony', '')).toEqual({ employment_type: 'fixed-term' });
  });

  it('reads age bands worded with lat (years)', () => {
    expect(inferDims('poniżej 30 lat', '')).toEqual({ age: '<30' });
    expect(inferDims('30–50 lat', '')).toEqual({ age: '30-50' });
    expect(inferDims('powyżej 50 lat', '')).toEqual({ age: '>50' });
  });
});

// The same contracts in Slovak, Czech and Slovene staff tables; invented labels.
describe('inferDims: Slovak, Czech and Slovene contracts', () => {
  it('reads indefinite contracts as permanent and definite ones as fixed-term', () => {
    expect(inferDims('Zmluvy na dobu neurčitú', '')).toEqual({ employment_type: 'permanent' });
    expect(inferDims('Na dobu určitou', '')).toEqual({ employment_type: 'fixed-term' });
    expect(inferDims('Pogodbe za nedoločen čas', '')).toEqual({ employment_type: 'permanent' });
    expect(inferDims('Za določen čas', '')).toEqual({ employment_type: 'fixed-term' });
  });
});
