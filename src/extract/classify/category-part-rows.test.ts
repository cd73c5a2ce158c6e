import { describe, expect, it } from 'vitest';
import { inferDims } from './index.js';

// Rows of an invented headcount table: a category row, a part row under it by gender, and a share
// of that category by gender whose label carries a footnote mark.
describe('a category named above a part row or inside a share', () => {
  it('gives "of whom women" under "Senior management" the category above it', () => {
    expect(inferDims('of whom women', 'Headcount (group) Senior management')).toEqual({
      gender: 'female',
      employee_category: 'senior management',
    });
    expect(inferDims('thereof male', 'Staff Supervisors')).toEqual({
      gender: 'male',
      employee_category: 'supervisors',
    });
  });

  it('reads the category inside "Proportion of women supervisors*3"', () => {
    expect(inferDims('Proportion of women supervisors*3', 'Headcount (group)')).toEqual({
      gender: 'female',
      employee_category: 'supervisors',
    });
  });

  it('adds no category to a part row under a group that names none, nor to a measured subset', () => {
    expect(inferDims('of whom women', 'Headcount (group)')).toEqual({ gender: 'female' });
    expect(inferDims('Female supervisors trained', 'Training')).toEqual({ gender: 'female' });
  });
});
