import { describe, expect, it } from 'vitest';
import { mendNumerals } from './damaged-numerals.js';
import { cleanText } from './markup.js';

// Printed form → what the extractor reads. Distinct figures, so a swap cannot pass.
const MENDED: readonly (readonly [string, string])[] = [
  ['1,2O4.5', '1,204.5'], // letter O for a zero
  ['3l.5', '31.5'], // letter l for a one
  ['l,204', '1,204'], // a leading l before a thousands comma
  ['2,3I7', '2,317'], // capital I for a one
  ['6o8.25', '608.25'], // lower-case o for a zero
  ['1 ,204', '1,204'], // a space before the thousands comma
  ['7,315 .5', '7,315.5'], // a space before the decimal point
  ['48 .75', '48.75'],
  ['1,204 [2]', '1,204'], // a bracketed footnote reference after a figure
  ['863[a]', '863'],
  ['Scope 1 emissions[3]', 'Scope 1 emissions'],
  ['95.5% [iv]', '95.5%'],
];

// Texts that hold look-alike letters, spaces or brackets but no damaged number: left as they are.
const LEFT_ALONE: readonly string[] = [
  'Oil and l ubricants', // words are never numbers
  'I', // a pronoun
  'lOl', // letters only
  '10l of diesel', // a trailing l is a litre
  'H2O and CO2', // formulas glued to letters
  'I2 and O2', // one digit: too little to call it a number
  'Part I.12', // a leading letter before a point is a section
  '2OO5', // as many letters as digits
  'see [1](#note-1)', // a markdown link
  'items 1, 204 and 3', // a list, not a number
  'l,20', // mended it is no number ("1,20" has a two-digit group)
  'Category [A]', // capital letters in brackets are labels
];

describe('mendNumerals', () => {
  it.each(MENDED)('reads %j as %j', (printed, read) => {
    expect(mendNumerals(printed)).toBe(read);
  });

  it.each(LEFT_ALONE)('leaves %j alone', (text) => {
    expect(mendNumerals(text)).toBe(text);
  });

  it('mends numbers inside a sentence and leaves the words around them', () => {
    expect(mendNumerals('Total water withdrawn was 3l,4O2 m3 in 2O24 [5], and l ,200 sites')).toBe(
      'Total water withdrawn was 31,402 m3 in 2024, and l ,200 sites',
    );
  });
});

describe('cleanText mends damaged numbers in plain and marked-up cells', () => {
  it('mends a figure with a superscript note, markup or none', () => {
    expect(cleanText('5,O62.8')).toBe('5,062.8');
    expect(cleanText('<b>9l.4</b>')).toBe('91.4');
    expect(cleanText('2,7O9³')).toBe('2,709');
    expect(cleanText('64 .3%')).toBe('64.3%');
  });
});
