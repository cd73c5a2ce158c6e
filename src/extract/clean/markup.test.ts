import { describe, expect, it } from 'vitest';
import { cleanText, opensWithBullet } from './markup.js';
import { foldHomoglyphs, writesCyrillic } from './homoglyphs.js';

describe('cleanText', () => {
  it('keeps subscripts and exponents but drops footnote markers', () => {
    expect(cleanText('Tons (CO <sub>2</sub> equivalent)')).toBe('Tons (CO2 equivalent)');
    expect(cleanText('Total direct energy consumption <sup>6</sup>')).toBe('Total direct energy consumption');
    expect(cleanText('saved 1.73 million m<sup>3</sup> of gas')).toBe('saved 1.73 million m3 of gas');
    expect(cleanText('Water Resource Usage<sup>9</sup>')).toBe('Water Resource Usage');
  });
  it('drops a superscript footnote mark glued to a figure, not an exponent', () => {
    expect(cleanText('2,806²')).toBe('2,806');
    expect(cleanText('0.47³ tCO2e')).toBe('0.47 tCO2e');
    expect(cleanText('5,120 m³')).toBe('5,120 m3');
    expect(cleanText('1.2 ×10⁶ kWh')).toBe('1.2 ×106 kWh');
    expect(cleanText('Scope 2⁴')).toBe('Scope 2');
    expect(cleanText('2\u202f085.5')).toBe('2 085.5');
  });
  it('drops the superscript that numbers a footnote before its words, not a figure at the start', () => {
    expect(cleanText('⁴ Staff and agency workers; rates per 1,000,000 hours.')).toBe(
      'Staff and agency workers; rates per 1,000,000 hours.',
    );
    expect(cleanText('²⁷ Sites outside the EU')).toBe('Sites outside the EU');
    expect(cleanText('5 sites, 12 m³')).toBe('5 sites, 12 m3');
  });
  it('removes markdown, html and escaped tag debris', () => {
    expect(cleanText('# **Key ESG Performances<sup>5</sup>**')).toBe('Key ESG Performances');
    expect(cleanText('accounts for <b>31.4%</b> .')).toBe('accounts for 31.4% .');
    expect(cleanText('x<sup>&</sup>lt;sup>2</sup> y')).toBe('x 2 y');
    expect(cleanText('- ✓ Health protection: the *Labour Law* applies')).toBe(
      'Health protection: the Labour Law applies',
    );
  });

  it('drops a quote mark opening a line but keeps ">" before a figure (an age band "> 55 yrs")', () => {
    expect(cleanText('> Our plants met every permit limit.')).toBe('Our plants met every permit limit.');
    expect(cleanText('  > 55 yrs')).toBe('> 55 yrs');
  });
  it('drops a double arrow or a nested quote opening a line, even before a figure', () => {
    expect(cleanText('  >> 74 hybrid ferries in service')).toBe('74 hybrid ferries in service');
    expect(cleanText('> > 9.1% lower water use')).toBe('9.1% lower water use');
    expect(cleanText('» 6 new depots opened')).toBe('6 new depots opened');
    expect(opensWithBullet('  >> 74 hybrid ferries in service')).toBe(true);
    expect(opensWithBullet('» 6 new depots opened')).toBe(true);
    expect(opensWithBullet('> 55 yrs')).toBe(false);
  });
  it('reads LaTeX units and symbols', () => {
    expect(cleanText('Total GHG emissions (tCO $_2$ e)')).toBe('Total GHG emissions (tCO2e)');
    expect(cleanText('Including: Fossil fuel combustion $(tCO_2 e)$')).toBe(
      'Including: Fossil fuel combustion (tCO2e)',
    );
    expect(cleanText('reached \\geq 90%')).toBe('reached ≥ 90%');
    expect(cleanText('donated HK$1.2 million (2022: HK$0.8 million)')).toBe(
      'donated HK$1.2 million (2022: HK$0.8 million)',
    );
    expect(cleanText('Direct GHG emissions (Scope 1) (tCO ₂ e)')).toBe(
      'Direct GHG emissions (Scope 1) (tCO2e)',
    );
  });
});

describe('foldHomoglyphs', () => {
  it('folds Cyrillic look-alikes in Latin words only', () => {
    expect(foldHomoglyphs('Туре\t2022')).toBe('Type\t2022');
    expect(foldHomoglyphs('Energ У')).toBe('Energ Y');
    expect(foldHomoglyphs('Привет')).toBe('Привет');
  });

  it('leaves short Cyrillic words of look-alikes alone in Cyrillic text', () => {
    // "на", "от", "се" are Bulgarian and Russian words, not Latin "ha", "ot", "ce".
    expect(foldHomoglyphs('Разход на гориво от котли')).toBe('Разход на гориво от котли');
    expect(foldHomoglyphs('Выбросы от котельной СO2')).toBe('Выбросы от котельной CO2');
  });

  it('keeps a cell of look-alikes whole in a Cyrillic document, mixed words aside', () => {
    // Ukrainian "років" (years) prints р, о, к, і, в only: alone in a cell it is no Latin "pokib".
    expect(cleanText('30–50 років')).toBe('30–50 pokib');
    expect(cleanText('30–50 років', { cyrillic: true })).toBe('30–50 років');
    expect(cleanText('СO2 від котлів', { cyrillic: true })).toBe('CO2 від котлів');
  });
});

describe('writesCyrillic', () => {
  it('is true when most lettered lines print a Cyrillic letter with no Latin twin', () => {
    expect(writesCyrillic(['Звіт про сталий розвиток', 'Scope 1', '30–50 років', 'Жінки 412'])).toBe(true);
    expect(writesCyrillic(['Sustainability report', 'Туре of waste', 'Scope 1', '2025'])).toBe(false);
    expect(writesCyrillic(['2024   2025'])).toBe(false);
  });
});
