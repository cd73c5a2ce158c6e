import { describe, expect, it } from 'vitest';
import { parseUnit, tryParseUnit } from './parse-unit.js';

// The krone as Danish, Norwegian and Swedish reports print it: "kr." with a scale abbreviation before it.
describe('the Nordic krone and its scales', () => {
  it.each([
    ['mio. kr.', 'DKK million', '1000000'],
    ['mia. kr.', 'DKK billion', '1000000000'],
    ['mill. kr', 'DKK million', '1000000'],
    ['mrd. kr', 'DKK billion', '1000000000'],
    ['mdkr', 'DKK billion', '1000000000'],
    ['Mkr', 'DKK million', '1000000'],
    ['tkr', 'DKK thousand', '1000'],
    ['millioner kroner', 'DKK million', '1000000'],
    ['mia. DKK', 'DKK billion', '1000000000'],
  ])('reads "%s" as %s', (printed, symbol, toBase) => {
    const unit = parseUnit(printed);
    expect(unit.symbol).toBe(symbol);
    expect(unit.toBase.toFixed()).toBe(toBase);
  });

  it('reads a bare "kr." as the krone the document names', () => {
    expect(parseUnit('mio. kr.', { krone: 'SEK' }).symbol).toBe('SEK million');
    expect(parseUnit('kronor', { krone: 'SEK' }).dimension).toBe('money:SEK');
  });

  it('reads "mill" and "t" as scales only before the krone', () => {
    expect(tryParseUnit('mill', { countNouns: false })?.dimension ?? '').not.toMatch(/^money/);
    expect(parseUnit('t CO2e').dimension).toBe('ghg');
  });
});
