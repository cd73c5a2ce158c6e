import { describe, expect, it } from 'vitest';
import { tryParseUnit } from './index.js';

// A currency word that opens a place or company name is no unit. Invented names.
describe('a currency word inside a name', () => {
  it('reads no money from a name that goes on in a capitalised word', () => {
    expect(tryParseUnit('Đồng Tháp')?.dimension).not.toMatch(/^money/);
    expect(tryParseUnit('Nhà máy Đồng Mai')?.dimension).not.toMatch(/^money/);
    expect(tryParseUnit('Rand Quarry')?.dimension).not.toMatch(/^money/);
    expect(tryParseUnit('Baht Lagoon')?.dimension).not.toMatch(/^money/);
  });

  it('still reads the currency before a scale, another currency name or alone', () => {
    expect(tryParseUnit('Rand million')?.symbol).toBe('ZAR million');
    expect(tryParseUnit('Baht Thousand')?.symbol).toBe('THB thousand');
    expect(tryParseUnit('triệu đồng')?.symbol).toBe('VND million');
    expect(tryParseUnit('Đồng')?.symbol).toBe('VND');
    expect(tryParseUnit('Yuan Renminbi')?.symbol).toBe('RMB');
    expect(tryParseUnit('VND Tower')?.symbol).toBe('VND');
  });
});
