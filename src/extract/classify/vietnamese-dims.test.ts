import { describe, expect, it } from 'vitest';
import { inferDims } from './dims.js';

// Vietnamese gender words on a row's or a column's own label. Invented labels.
describe('Vietnamese gender words', () => {
  it('reads Nữ and Nam as the gender of a column or row', () => {
    expect(inferDims('Nữ', '').gender).toBe('female');
    expect(inferDims('Lao động nữ', '').gender).toBe('female');
    expect(inferDims('Tỷ lệ phụ nữ trong ban lãnh đạo', '').gender).toBe('female');
    expect(inferDims('Nam', '').gender).toBe('male');
    expect(inferDims('Nam (người)', '').gender).toBe('male');
    expect(inferDims('Nhân viên nam', '').gender).toBe('male');
    expect(inferDims('Nam giới', '').gender).toBe('male');
  });

  it('reads no gender from the south in a place name', () => {
    expect(inferDims('Miền Nam', '').gender).toBeUndefined();
    expect(inferDims('Nhà máy Hà Nam', '').gender).toBeUndefined();
    expect(inferDims('Doanh thu tại Việt Nam', '').gender).toBeUndefined();
    expect(inferDims('Số lao động', '').gender).toBeUndefined();
  });
});
