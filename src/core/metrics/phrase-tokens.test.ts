import { describe, expect, it } from 'vitest';
import { phraseKey, phraseTokens } from './phrase-tokens.js';

describe('phraseKey', () => {
  it('folds case, punctuation and plurals to one key', () => {
    expect(phraseKey('Hazardous Wastes')).toBe(phraseKey('hazardous waste'));
    expect(phraseKey('Work-related fatalities')).toBe(phraseKey('work related fatality'));
    expect(phraseKey('Gases')).toBe(phraseKey('gas'));
    expect(phraseKey('companies')).toBe(phraseKey('company'));
    expect(phraseKey('processes')).toBe(phraseKey('process'));
  });

  it('folds British and American spellings and the usual abbreviations', () => {
    expect(phraseKey('sulphur dioxide')).toBe(phraseKey('sulfur dioxide'));
    expect(phraseKey('tonnes')).toBe(phraseKey('tons'));
    expect(phraseKey('greenhouse gas emissions')).toBe(phraseKey('GHG emissions'));
    expect(phraseKey('carbon dioxide')).toBe(phraseKey('CO2'));
    expect(phraseKey('proportion of staff')).toBe(phraseKey('percentage of staff'));
    expect(phraseKey('utilisation')).toBe(phraseKey('utilization'));
    expect(phraseKey('Purchased elec.')).toBe(phraseKey('purchased electricity'));
  });

  it('keeps "non-" attached so non-hazardous never reads as hazardous', () => {
    expect(phraseKey('non-hazardous')).toBe(phraseKey('nonhazardous'));
    expect(phraseKey('non hazardous')).toBe(phraseKey('non-hazardous'));
    expect(phraseKey('non-hazardous')).not.toContain(' ');
  });

  it('maps look-alike Cyrillic and Greek letters to Latin', () => {
    expect(phraseKey('\u0422\u0443\u0440\u0435')).toBe(phraseKey('Type'));
    expect(phraseKey('\u039d\u039fx emissions')).toBe(phraseKey('NOx emissions'));
    expect(phraseKey('\u0421\u041e2')).toBe(phraseKey('CO2'));
  });

  it('strips HTML and LaTeX markup and joins split subscripts', () => {
    expect(phraseKey('CO <sub>2</sub> emissions')).toBe(phraseKey('CO2 emissions'));
    expect(phraseKey('tCO $_2$ e')).toBe(phraseKey('tco2 e'));
    expect(phraseKey('R&D + training')).toBe(phraseKey('r and d and training'));
  });
});

describe('phraseTokens', () => {
  it('weighs words inside brackets half', () => {
    expect(phraseTokens('Direct emissions (Scope 1)').map((t) => t.weight)).toEqual([1, 1, 0.5, 0.5]);
    expect(phraseTokens('a (b (c) d) e').map((t) => t.weight)).toEqual([1, 0.5, 0.5, 0.5, 1]);
    expect(phraseTokens('unbalanced ) close').map((t) => t.weight)).toEqual([1, 1]);
  });

  it('cuts very long input', () => {
    expect(phraseTokens('word '.repeat(10_000)).length).toBeLessThanOrEqual(120);
  });
});
