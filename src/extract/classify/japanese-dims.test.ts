import { describe, expect, it } from 'vitest';
import { japaneseEmployment, japaneseMethod } from './japanese-dims.js';

// Japanese breakdown words: the Scope 2 method and the employment type. Invented labels.
describe('Japanese breakdowns', () => {
  it('reads the Scope 2 method from ロケーション基準 / マーケット基準 and their variants', () => {
    expect(japaneseMethod('スコープ2（ロケーション基準）')).toBe('location');
    expect(japaneseMethod('スコープ2 マーケットベース')).toBe('market');
    expect(japaneseMethod('スコープ1+2(マーケット手法)')).toBe('market');
    expect(japaneseMethod('スコープ2')).toBeUndefined();
  });

  it('reads regular staff as permanent, fixed-term and part-time staff as their types', () => {
    expect(japaneseEmployment('うち正社員')).toBe('permanent');
    expect(japaneseEmployment('正規雇用従業員数')).toBe('permanent');
    expect(japaneseEmployment('非正規社員数')).toBe('temporary');
    expect(japaneseEmployment('契約社員')).toBe('temporary');
    expect(japaneseEmployment('パートタイム従業員')).toBe('part-time');
    expect(japaneseEmployment('従業員数')).toBeUndefined();
  });
});
