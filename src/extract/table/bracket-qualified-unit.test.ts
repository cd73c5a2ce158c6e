import { describe, expect, it } from 'vitest';
import { captionStatedUnit } from './column-unit-line.js';
import { unitIn } from './row-unit.js';

// Japanese titles name the boundary before the unit in one bracket ("（連結、単位：t）"), English ones
// sometimes the scope before a semicolon.
describe('a unit after the boundary in a title’s bracket', () => {
  it('reads the unit after the boundary', () => {
    // Titles reach the reader with full-width brackets and colons folded (NFKC).
    expect(unitIn('5. 廃棄物(連結、単位:t)')).toBe('t');
    expect(unitIn('Table 5 Waste (Group; unit: t)')).toBe('t');
    expect(unitIn('廃棄物(単位:t)')).toBe('t');
  });

  it('reads a title closing on the boundary and the unit', () => {
    expect(captionStatedUnit('表5 废弃物 合并范围、单位：吨')).toBe('吨');
  });

  it('reads no unit from a bracket holding only a boundary', () => {
    expect(unitIn('廃棄物(連結)')).toBe('');
  });
});

describe('a ratio unit glossed by a word in another script', () => {
  it('reads the ratio as the unit', () => {
    expect(unitIn('ऊर्जा तीव्रता (kWh/t उत्पादन)')).toBe('kWh/t');
    expect(unitIn('អាំងតង់ស៊ីតេទឹក (m³/t ផលិតផល)')).toBe('m³/t');
  });

  it('reads no ratio from a bracket whose only unit has no denominator', () => {
    expect(unitIn('ऊर्जा (kWh प्रति टन)')).toBe('');
  });
});
