import { describe, expect, it } from 'vitest';
import { parseCellValue, readNumeral, scanNumbers } from './index.js';

describe('readNumeral', () => {
  it('reads separators the way reports print them', () => {
    expect(readNumeral('1,335')).toBe('1335');
    expect(readNumeral('166,541,868.00')).toBe('166541868.00');
    expect(readNumeral('315.000')).toBe('315000');
    expect(readNumeral('533.30')).toBe('533.30');
    expect(readNumeral('0.03')).toBe('0.03');
    expect(readNumeral('1.2.3')).toBeUndefined();
    expect(readNumeral('12,34')).toBeUndefined();
  });

  it('reads South Asian lakh and crore grouping, and nothing grouped otherwise by twos', () => {
    expect(readNumeral('2,37,48,905')).toBe('23748905');
    expect(readNumeral('7,41,260')).toBe('741260');
    expect(readNumeral('12,03,118.75')).toBe('1203118.75');
    expect(readNumeral('3,07,41')).toBeUndefined();
    expect(readNumeral('123,45,678')).toBeUndefined();
  });
});

describe('scanNumbers', () => {
  it('finds numbers with the letters glued to them', () => {
    const found = scanNumbers('donated RMB600,000 and 32billion in the 15th year; ٩ is not 9');
    expect(found.map((n) => [n.value, n.leftGlued, n.rightGlued])).toEqual([
      ['600000', 'RMB', ''],
      ['32', '', 'billion'],
      ['15', '', 'th'],
      ['9', '', ''],
    ]);
    expect(found[0]?.start).toBe(11);
  });

  it('reads space-grouped digits after a word ending in a letter outside ASCII, but not after a one-letter label', () => {
    expect(scanNumbers('wyniosły 6 118.4 mln').map((n) => n.value)).toEqual(['6118.4']);
    expect(scanNumbers('grupa B 100 osób').map((n) => n.value)).toEqual(['100']);
    expect(scanNumbers('Scope 1 100 t').map((n) => n.value)).toEqual(['1', '100']);
    expect(scanNumbers('SCOPE 1 100 t').map((n) => n.value)).toEqual(['1', '100']);
    // A lower-case letter is a preposition, not a label: "z 25 418,3 t" (Czech "from").
    expect(scanNumbers('klesly z 25 418.3 t na 24 101.9 t').map((n) => n.value)).toEqual([
      '25418.3',
      '24101.9',
    ]);
  });
});

describe('parseCellValue on lakh-grouped figures', () => {
  it('reads a lakh-grouped cell and its currency', () => {
    expect(parseCellValue('5,62,09,414')).toMatchObject({ kind: 'value', value: '56209414' });
    expect(parseCellValue('(3,90,127)')).toMatchObject({ kind: 'value', value: '-390127' });
    expect(parseCellValue('Tk 9,16,570')).toMatchObject({ kind: 'value', value: '916570' });
  });
});

describe('parseCellValue with a currency, a printed scale or a note', () => {
  it('reads the currency and the bracketed scale as the cell’s unit', () => {
    expect(parseCellValue('RMB 73,215.40 (10,000)')).toMatchObject({
      kind: 'value',
      value: '73215.40',
      unit: 'RMB 10,000',
    });
    expect(parseCellValue('HK$ 2,315')).toMatchObject({ kind: 'value', value: '2315', unit: 'HK$' });
    expect(parseCellValue('RMB (12.5)')).toMatchObject({ kind: 'value', value: '-12.5', unit: 'RMB' });
  });

  it('leaves a note marker out of the figure', () => {
    expect(parseCellValue('417 (Note 3)')).toMatchObject({ kind: 'value', value: '417', unit: '' });
  });

  it('does not read a currency over a label', () => {
    expect(parseCellValue('RMB per employee')).toBeUndefined();
    expect(parseCellValue('RMB 10,000')).toBeUndefined(); // the unit of a row, as a unit column prints it
    expect(parseCellValue("HK$'000")).toBeUndefined();
  });
});

describe('parseCellValue', () => {
  it('reads figures, percentages, space separators and missing markers', () => {
    expect(parseCellValue('9.7%')).toMatchObject({ kind: 'value', value: '9.7', unit: '%' });
    expect(parseCellValue('5 405')).toMatchObject({ kind: 'value', value: '5405' });
    expect(parseCellValue('(12.5)')).toMatchObject({ kind: 'value', value: '-12.5' });
    expect(parseCellValue('<1')).toMatchObject({ kind: 'value', value: '1', qualifier: '<' });
    expect(parseCellValue('-')).toEqual({ kind: 'missing', printed: '-' });
    expect(parseCellValue('N/A')).toEqual({ kind: 'missing', printed: 'N/A' });
    expect(parseCellValue('n.a.')).toEqual({ kind: 'missing', printed: 'n.a.' });
    expect(parseCellValue('Not reported')?.kind).toBe('missing');
    expect(parseCellValue('Person')).toBeUndefined();
    expect(parseCellValue('Scope 1')).toBeUndefined();
  });

  it('reads a rise printed with a plus sign as a positive figure', () => {
    expect(parseCellValue('+17.3')).toMatchObject({ kind: 'value', value: '17.3', printed: '17.3' });
    expect(parseCellValue('+6%')).toMatchObject({ kind: 'value', value: '6', unit: '%' });
    expect(parseCellValue('−4.5')).toMatchObject({ kind: 'value', value: '-4.5' });
  });
});

describe('parseCellValue on layouts the dev corpus lacks', () => {
  it('reads "per cent" as a percentage and "pts" as a change in points', () => {
    expect(parseCellValue('41.5 per cent')).toMatchObject({ kind: 'value', value: '41.5', unit: '%' });
    expect(parseCellValue('7 percent')).toMatchObject({ kind: 'value', value: '7', unit: '%' });
    expect(parseCellValue('-2.3 pts')).toMatchObject({ kind: 'value', value: '-2.3', unit: 'pts' });
  });

  it('leaves a footnote letter glued to a figure out of it, but not a capital letter', () => {
    expect(parseCellValue('4,120c')).toMatchObject({ kind: 'value', value: '4120', printed: '4,120' });
    expect(parseCellValue('(75)b')).toBeUndefined();
    expect(parseCellValue('(75b)')).toMatchObject({ kind: 'value', value: '-75' });
    expect(parseCellValue('4,120C')).toBeUndefined();
    expect(parseCellValue('2,915R')).toMatchObject({ kind: 'value', value: '2915' });
    expect(parseCellValue('88.5Δ')).toMatchObject({ kind: 'value', value: '88.5' });
    expect(parseCellValue('4,120ab')).toBeUndefined();
  });

  it('leaves an assurance tick or a restatement hash after a figure out of it', () => {
    expect(parseCellValue('52,317.6 √')).toMatchObject({ kind: 'value', value: '52317.6', unit: '' });
    expect(parseCellValue('608 ✓')).toMatchObject({ kind: 'value', value: '608', unit: '' });
    expect(parseCellValue('3,075.2 #')).toMatchObject({ kind: 'value', value: '3075.2', unit: '' });
    expect(parseCellValue('18.4% √')).toMatchObject({ kind: 'value', value: '18.4', unit: '%' });
  });

  it('reads "nil" as a zero and a restatement note as no part of the figure', () => {
    expect(parseCellValue('Nil')).toMatchObject({ kind: 'value', value: '0' });
    expect(parseCellValue('0 (revised)')).toMatchObject({ kind: 'value', value: '0' });
    expect(parseCellValue('1,402 (restated)')).toMatchObject({ kind: 'value', value: '1402' });
    expect(parseCellValue('none')).toEqual({ kind: 'missing', printed: 'none' });
  });
});

describe('a unit in brackets after the figure', () => {
  it('reads the unit the registry knows and leaves other brackets alone', () => {
    expect(parseCellValue('7,215.4 (kWh)')).toMatchObject({ value: '7215.4', unit: 'kWh' });
    expect(parseCellValue('0.93 (t/HK$ million) (restated)')).toMatchObject({
      value: '0.93',
      unit: 't/HK$ million',
    });
    // "(a)" is a footnote letter, not the unit "a" (annum): the figure is read without it.
    expect(parseCellValue('812 (a)')).toMatchObject({ value: '812', unit: '' });
    expect(parseCellValue('45 (see above)')).toBeUndefined();
  });
});

describe('digits grouped by spaces in prose', () => {
  it('reads one number, but not a label number followed by a figure', () => {
    expect(scanNumbers('Staff logged 48 215 hours and 3 902.5 tce').map((t) => t.value)).toEqual([
      '48215',
      '3902.5',
    ]);
    expect(scanNumbers('Scope 1 100 tonnes in 2024 312 sites').map((t) => t.value)).toEqual([
      '1',
      '100',
      '2024',
      '312',
    ]);
  });
});
