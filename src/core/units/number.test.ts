import { describe, expect, it } from 'vitest';
import { parseNumber, type ParsedNumber } from './index.js';

function valueOf(p: ParsedNumber): string {
  if (p.kind !== 'value') throw new Error(`expected a value, got missing (${p.reason})`);
  return p.value.toFixed();
}

describe('parseNumber', () => {
  it.each([
    ['1,335', '1335'],
    ['5 405', '5405'],
    ['17 210', '17210'],
    ['41,855,905', '41855905'],
    ['387,053.55', '387053.55'],
    ['(12.5)', '-12.5'],
    ['-7.25', '-7.25'],
    ['−3', '-3'],
    ['+4', '4'],
    ['13.000', '13'],
    ['1.234.567', '1234567'],
    ['1.234,5', '1234.5'],
    ['12,5', '12.5'],
    ['0,125', '0.125'],
    ["10'000", '10000'],
    ['1,23,456', '123456'],
    ['.75', '0.75'],
    ['1.5E+05', '150000'],
    ['１２３', '123'],
  ])('reads %j as %s', (text, expected) => {
    expect(valueOf(parseNumber(text))).toBe(expected);
  });

  it('keeps the printed text and reads a currency prefix apart', () => {
    const p = parseNumber('RMB600,000');
    expect(p).toMatchObject({ kind: 'value', printed: 'RMB600,000', currency: 'RMB' });
    expect(valueOf(p)).toBe('600000');
    expect(parseNumber('HK$ (3.5)')).toMatchObject({ currency: 'HKD' });
    expect(valueOf(parseNumber('HK$ (3.5)'))).toBe('-3.5');
  });

  it('returns scale words separately so the printed value is kept', () => {
    const cases: readonly (readonly [string, string, string])[] = [
      ['1.2 million', '1.2', '1000000'],
      ['3.5 billion', '3.5', '1000000000'],
      ['7 thousand', '7', '1000'],
      ['3.5万', '3.5', '10000'],
      ['2亿', '2', '100000000'],
      ['4千', '4', '1000'],
      ['$3.5m', '3.5', '1000000'],
    ];
    for (const [text, value, scale] of cases) {
      const p = parseNumber(text);
      if (p.kind !== 'value') throw new Error(text);
      expect([p.value.toFixed(), p.scale.toFixed()]).toEqual([value, scale]);
    }
    const plain = parseNumber('42');
    expect(plain.kind === 'value' && plain.scale.toFixed()).toBe('1');
  });

  it('reads dashes and N/A as missing, with the reason', () => {
    for (const text of ['-', '–', '—', '--', ''])
      expect(parseNumber(text)).toMatchObject({ kind: 'missing', reason: 'no-data' });
    for (const text of ['N/A', 'n/a', 'NA', 'not applicable']) {
      expect(parseNumber(text)).toMatchObject({ kind: 'missing', reason: 'not-applicable', printed: text });
    }
    expect(parseNumber('<1')).toMatchObject({ kind: 'missing', reason: 'bound' });
    expect(valueOf(parseNumber('Nil'))).toBe('0');
  });

  it('lets the document decide the decimal mark', () => {
    expect(valueOf(parseNumber('13.000', { decimalSeparator: ',' }))).toBe('13000');
    expect(valueOf(parseNumber('1,335', { decimalSeparator: ',' }))).toBe('1.335');
    expect(valueOf(parseNumber('1,335', { decimalSeparator: '.' }))).toBe('1335');
    expect(() => parseNumber('1,5', { decimalSeparator: '.' })).toThrow(/not thousands/);
  });

  it('refuses malformed numbers with NUMBER_INVALID', () => {
    for (const bad of ['abc', '1,2345,6', '12 tons', '(12', '-(3)', '1.2.3,4,5', 'x'.repeat(300), '5 foo']) {
      expect(() => parseNumber(bad), bad).toThrow(expect.objectContaining({ code: 'NUMBER_INVALID' }));
    }
  });
});
