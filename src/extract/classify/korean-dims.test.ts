import { describe, expect, it } from 'vitest';
import { inferDims } from './dims.js';

// Korean gender words on a row's own label, with no English beside them. Invented labels.
describe('Korean gender words', () => {
  it('reads 여성 / 남성 and their variants as the gender of the row', () => {
    expect(inferDims('여성', '').gender).toBe('female');
    expect(inferDims('여직원 수', '').gender).toBe('female');
    expect(inferDims('남성', '').gender).toBe('male');
    expect(inferDims('남자 신규 채용', '').gender).toBe('male');
  });

  it('reads no gender from syllables of other words', () => {
    expect(inferDims('남부 사업장', '').gender).toBeUndefined();
    expect(inferDims('여수 공장', '').gender).toBeUndefined();
    expect(inferDims('임직원 수', '').gender).toBeUndefined();
  });
});

describe('Korean management words', () => {
  it('reads 관리자, 관리직 and 임원 as the management category', () => {
    expect(inferDims('여성 관리자 비율', '')).toEqual({ gender: 'female', employee_category: 'management' });
    expect(inferDims('관리직 여성', '')).toEqual({ gender: 'female', employee_category: 'management' });
    expect(inferDims('여성 임원 수', '').employee_category).toBe('management');
  });

  it('reads no category from 임직원 (executives and staff: everyone)', () => {
    expect(inferDims('여성 임직원 비율', '')).toEqual({ gender: 'female' });
  });
});
