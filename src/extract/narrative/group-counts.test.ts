import { describe, expect, it } from 'vitest';
import { figuresOf } from './testing/read-mentions.js';

describe('counts by group (HKEX B1.1, GRI 2-7, 405-1)', () => {
  it('reads employment types listed after a whole, and gender and age counts in the sentences after it', () => {
    const text = [
      'On 30 September 2024 the company had 2,415 staff across both plants: 2,020 permanent and 395 temporary.',
      'Women numbered 1,310 and men 1,105. By age group, 611 were under 30, 1,402 between 30 and 50 and 402',
      'over 50.',
    ].join('\n');
    expect(figuresOf(text)).toEqual([
      { value: '2415', unit: 'staff', year: 2024 },
      { value: '2020', unit: 'staff', year: 2024 },
      { value: '395', unit: 'staff', year: 2024 },
      { value: '1310', unit: 'staff', year: 2024, dims: { gender: 'female' } },
      { value: '1105', unit: 'staff', year: 2024, dims: { gender: 'male' } },
      { value: '611', unit: 'staff', year: 2024 },
      { value: '1402', unit: 'staff', year: 2024 },
      { value: '402', unit: 'staff', year: 2024 },
    ]);
  });
  it('gives a later paragraph no whole to break down, and reads no bare number as a group count', () => {
    const text = [
      'We had 730 drivers at year end.',
      '',
      'Men numbered 12 in the steering group. Over 40 depots were audited, 18 under 30 days.',
    ].join('\n');
    expect(figuresOf(text).map((f) => f.value)).not.toContain('12');
    expect(figuresOf(text).filter((f) => f.unit === 'drivers')).toEqual([
      { value: '730', unit: 'drivers', year: 2024 },
    ]);
  });
  it('reads the other gender bare after a gender part, and a comparative bracket led by a date', () => {
    const text =
      'At 31 December 2024 the mill employed 912 people (31 December 2023: 887), of whom 520 were women and 392 men.';
    expect(figuresOf(text)).toEqual([
      { value: '912', unit: 'people', year: 2024 },
      { value: '520', unit: 'people', year: 2024, dims: { gender: 'female' } },
      { value: '392', unit: 'people', year: 2024, dims: { gender: 'male' } },
      { value: '887', unit: 'people', year: 2023 },
    ]);
  });
  it('reads nil hazardous waste as a zero', () => {
    expect(figuresOf('The laundry produced nil hazardous waste in 2024.')).toEqual([
      { value: '0', unit: '', year: 2024 },
    ]);
    expect(figuresOf('The print shop emits no solvent fumes and almost no hazardous waste.')).toEqual([]);
  });
  it('reads the figure a change came from when it follows the figure it ended at', () => {
    const text = 'Water intensity fell to 3.42 m3 per tonne of yarn from 3.97 in 2023.';
    expect(figuresOf(text).map((f) => [f.value, f.year])).toEqual([
      ['3.42', 2024],
      ['3.97', 2023],
    ]);
  });
  it('does not date a figure by a split fiscal year in a comparative bracket before it', () => {
    const text =
      'Sludge sent to landfill was nil (FY22/23: nil); spent solvent went to a licensed recycler (21.7 tonnes).';
    expect(figuresOf(text, 2024)).toContainEqual({ value: '21.7', unit: 'tonnes', year: 2024 });
  });
});
