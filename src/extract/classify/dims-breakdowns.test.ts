import { describe, expect, it } from 'vitest';
import { inferDims } from './index.js';

describe('inferDims: Scope 3 categories and sites', () => {
  it('reads a GHG Protocol Scope 3 category where the row or its group speaks of Scope 3', () => {
    expect(inferDims('Category 4: Upstream transportation', 'Scope 3 emissions')).toEqual({
      scope3_category: '4',
    });
    expect(inferDims('Category 11 — use of sold products', '')).toEqual({ scope3_category: '11' });
    expect(inferDims('Category 2', 'Employees by grade')).not.toHaveProperty('scope3_category');
    expect(inferDims('Category 19: other', 'Scope 3')).not.toHaveProperty('scope3_category');
  });

  it('reads category 5 printed short, as waste in operations', () => {
    expect(inferDims('Scope 3 – solid waste in operations', '')).toEqual({ scope3_category: '5' });
  });

  it('reads the abbreviated "Cat. N" and never adds an employee category under "by category"', () => {
    expect(inferDims('Cat. 6 Business travel', 'Value chain emissions by category')).toEqual({
      scope3_category: '6',
    });
    expect(inferDims('Cat 9 Downstream transport', 'By category')).toEqual({ scope3_category: '9' });
    expect(inferDims('Cat. 2 Technicians', 'Staff by category')).not.toHaveProperty('scope3_category');
  });

  it('reads an unnumbered category by its subject only under a Scope 3 heading', () => {
    expect(inferDims('Employee commuting', 'Scope 3 emissions by category (tCO2e)')).toEqual({
      scope3_category: '7',
    });
    expect(inferDims('Use of sold products', 'Scope 3')).toEqual({ scope3_category: '11' });
    expect(inferDims('Fuel-and-energy-related activities', 'Scope 3 by source')).toEqual({
      scope3_category: '3',
    });
    // Upstream or downstream is not worded: no category.
    expect(inferDims('Leased assets', 'Scope 3')).not.toHaveProperty('scope3_category');
    expect(inferDims('Business travel', 'Travel by mode')).not.toHaveProperty('scope3_category');
  });

  it('reads rows under a sites heading as sites', () => {
    expect(inferDims('Riverside Mall', 'Plant')).toEqual({ site: 'Riverside Mall' });
    expect(inferDims('Riverside Mall', 'Facility')).toEqual({ site: 'Riverside Mall' });
    expect(inferDims('Total', 'Facility')).toEqual({});
    // A title's "by farm" or "by site": its rows are the places, one named for its country too.
    expect(inferDims('Ashwick', 'by farm')).toEqual({ site: 'Ashwick' });
    expect(inferDims('Singapore head office', 'by site')).toEqual({ site: 'Singapore head office' });
    expect(inferDims('Singapore', 'by region')).toEqual({ region: 'Singapore' });
  });
});

describe('inferDims: a category with a gender, an age band in one label', () => {
  it('reads both from "Category — gender", "Gender category" and "Category Gender"', () => {
    expect(inferDims('Middle management – female', '')).toEqual({
      gender: 'female',
      employee_category: 'middle management',
    });
    expect(inferDims('Women supervisors', '')).toEqual({
      gender: 'female',
      employee_category: 'supervisors',
    });
    expect(inferDims('Frontline Male', 'Headcount')).toEqual({
      gender: 'male',
      employee_category: 'frontline',
    });
  });

  it('reads combined age bands, an inclusive lower bound as over the decade below', () => {
    expect(inferDims('Between 41-50', '')).toEqual({ age: '41-50' });
    expect(inferDims('Aged 21 – 30', '')).toEqual({ age: '21-30' });
    expect(inferDims('61 and above', 'Age group')).toEqual({ age: '>60' });
    expect(inferDims('Over 60', '')).toEqual({ age: '>60' });
    expect(inferDims('Below 25', '')).toEqual({ age: '<25' });
  });
});

describe('inferDims: a heading naming both regions and categories', () => {
  it('reads each row by its own words', () => {
    const group = 'Staff by country and employee category (year end)';
    expect(inferDims('Supervisors', group)).toEqual({ employee_category: 'supervisors' });
    expect(inferDims('Senior management', group)).toEqual({ employee_category: 'senior management' });
    expect(inferDims('Poland', group)).toEqual({ region: 'Poland' });
    expect(inferDims('Asia', group)).toEqual({ region: 'Asia' });
  });
});

describe('inferDims: casual workers and spaced age ranges', () => {
  it('reads casual as an employment type beside permanent and fixed-term', () => {
    expect(inferDims('Casual', 'Employment type')).toEqual({ employment_type: 'casual' });
    expect(inferDims('Casual workers', 'By contract')).toMatchObject({ employment_type: 'casual' });
  });

  it('reads contractual staff, as South Asian reports print them, as an employment type', () => {
    expect(inferDims('Contractual', 'Workforce')).toEqual({ employment_type: 'contractual' });
    expect(inferDims('Contractual workers', '')).toMatchObject({ employment_type: 'contractual' });
  });

  it('reads a spaced dash between two ages as an age band, not a measure and its part', () => {
    expect(inferDims('35 - 45 tahun / years', 'Umur / Age')).toEqual({ age: '35-45' });
  });
});

describe('inferDims: a gender group naming itself', () => {
  it('reads "Another gender" and "Gender diverse" rows as gender groups under any heading', () => {
    expect(inferDims('Another gender', 'Total employees').gender).toBe('another gender');
    expect(inferDims('Gender diverse', 'Workforce').gender).toBe('gender diverse');
    expect(inferDims('Other genders', '').gender).toBe('other genders');
    // A sentence is no row, and "other" alone needs a gender heading.
    expect(inferDims('Another gender', 'Total employees', false).gender).toBeUndefined();
    expect(inferDims('Other', 'Total employees').gender).toBeUndefined();
  });
});

describe('inferDims: work measured in man-hours', () => {
  it('reads no gender in "man-h", the short form of man-hours', () => {
    expect(inferDims('Lost-time injury rate per 1 mln man-h', '')).toEqual({});
    expect(inferDims('Men', '').gender).toBe('male');
  });
});

describe('inferDims: gender words of Dutch and Polish reports', () => {
  it('reads Dutch women and men, singular and plural, and the adjectives', () => {
    expect(inferDims('Vrouwen', '')).toEqual({ gender: 'female' });
    expect(inferDims('waarvan mannen', '')).toEqual({ gender: 'male' });
    expect(inferDims('Vrouwelijke ploegleiders', '')).toMatchObject({ gender: 'female' });
    expect(inferDims('Mannelijke monteurs', '')).toMatchObject({ gender: 'male' });
  });

  it('reads Polish women and men in the cases a table prints them', () => {
    expect(inferDims('Kobiety', '')).toEqual({ gender: 'female' });
    expect(inferDims('Mężczyźni', '')).toEqual({ gender: 'male' });
    expect(inferDims('w tym kobiet', '')).toEqual({ gender: 'female' });
    expect(inferDims('liczba mężczyzn', '')).toMatchObject({ gender: 'male' });
  });
});

describe('inferDims: a measure naming its place in brackets', () => {
  it('reads the region of a measure row closing on a bracketed place, and no region from other brackets', () => {
    expect(inferDims('Energy intensity (Europe)', '')).toEqual({ region: 'Europe' });
    expect(inferDims('Water recycling rate (Brazil)', '')).toEqual({ region: 'Brazil' });
    expect(inferDims('Water recycling rate (target)', '')).toEqual({});
    expect(inferDims('Water recycling rate (Brazil)', '', false)).toEqual({});
  });
});
