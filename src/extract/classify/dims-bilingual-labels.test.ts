// Breakdown dims of row labels printing the home language, a slash, then English, in a report whose
// prose is English (the table reader leaves such labels whole). Labels invented.
import { describe, expect, it } from 'vitest';
import { inferDims } from './index.js';

describe('inferDims: a label printed in two languages', () => {
  it('reads the category from the English side, so the rows and their share name one category', () => {
    expect(inferDims('Kierownicy / Managers – Female', '')).toEqual({
      employee_category: 'managers',
      gender: 'female',
    });
    expect(inferDims('Kierownicy / Managers – Total', '')).toEqual({ employee_category: 'managers' });
    expect(inferDims('Udział kobiet / Share of women (managers)', '')).toEqual({
      gender: 'female',
      employee_category: 'managers',
    });
  });

  it('names a bracketed category without its brackets', () => {
    expect(inferDims('Share of women (managers)', '')).toEqual({
      gender: 'female',
      employee_category: 'managers',
    });
  });

  it('keeps a label whose both sides are English whole', () => {
    expect(inferDims('Male / Female', '')).toEqual({});
  });
});
