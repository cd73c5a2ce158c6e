import { describe, expect, it } from 'vitest';
import { parseUnit } from './parse-unit.js';

describe('units in Estonian, Latvian, Lithuanian and Serbian', () => {
  it.each([
    ['tonnid', 't'],
    ['tonnas', 't'],
    ['tonos', 't'],
    ['tona', 't'],
    ['tundi', 'hours'],
    ['stundas', 'hours'],
    ['val.', 'hours'],
    ['часова', 'hours'],
    ['päeva', 'days'],
    ['dienos', 'days'],
    ['дана', 'days'],
    ['inimest', 'persons'],
    ['personas', 'persons'],
    ['asm.', 'persons'],
    ['запослених', 'persons'],
    ['vnt.', 'count'],
    ['број', 'count'],
  ])('reads "%s" as %s', (printed, symbol) => {
    expect(parseUnit(printed).symbol).toBe(symbol);
  });

  it('reads the scale and currency words', () => {
    expect(parseUnit('tuh eurot')).toMatchObject({ symbol: 'EUR thousand' });
    expect(parseUnit('tūkst. EUR')).toMatchObject({ symbol: 'EUR thousand' });
    expect(parseUnit('tūkst. Eur')).toMatchObject({ symbol: 'EUR thousand' });
    expect(parseUnit('mln. eurų')).toMatchObject({ symbol: 'EUR million' });
    expect(parseUnit('хиљ. RSD')).toMatchObject({ symbol: 'RSD thousand' });
    expect(parseUnit('hilj. dinara')).toMatchObject({ symbol: 'RSD thousand' });
  });
});

describe('Estonian pieces and the Bangladeshi taka', () => {
  it('reads lower-case "tk" as a count of pieces and "Tk" as the taka', () => {
    expect(parseUnit('tk').symbol).toBe('count');
    expect(parseUnit('tk.').symbol).toBe('count');
    expect(parseUnit('Tk').symbol).toBe('BDT');
    expect(parseUnit('Tk. lakh').dimension).toBe('money:BDT');
    expect(parseUnit('TK').symbol).toBe('BDT');
  });
});
