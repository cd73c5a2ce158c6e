import { describe, expect, it } from 'vitest';
import { inferDims } from './index.js';

// A table by position or by region ends on its total row, worded in the report's language: that row is
// every category's and place's, so it names none of its own. Invented labels and figures.
describe('a total row under a breakdown heading', () => {
  it('gives no category or region in Chinese, Korean, Vietnamese or Greek', () => {
    expect(inferDims('合计', 'by employee category')).toEqual({});
    expect(inferDims('總計', 'by employee category')).toEqual({});
    expect(inferDims('합계', 'by region')).toEqual({});
    expect(inferDims('Tổng cộng', 'by region')).toEqual({});
    expect(inferDims('Σύνολο', 'by employee category')).toEqual({});
  });

  it('still gives the category rows theirs', () => {
    expect(inferDims('质检人员', 'by employee category')).toEqual({ employee_category: '质检人员' });
  });
});
