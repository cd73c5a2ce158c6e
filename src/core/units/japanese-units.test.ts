import { describe, expect, it } from 'vitest';
import { parseUnit } from './parse-unit.js';

// Japanese data books print hours as 時間 (研修時間, 延べ労働時間 in 千時間); Japanese kanji are folded to
// Simplified Chinese before the registry is read, so 時間 reads as 时间.
describe('units printed in Japanese', () => {
  it('reads 時間 as hours, with its scale words', () => {
    expect(parseUnit('時間')).toMatchObject({ symbol: 'hours', dimension: 'time' });
    expect(parseUnit('千時間')).toMatchObject({ symbol: 'thousand hours', dimension: 'time' });
    expect(parseUnit('千時間').toBase.toFixed()).toBe('3600000');
  });
});
