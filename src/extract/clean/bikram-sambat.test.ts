import { describe, expect, it } from 'vitest';
import { countsBikramSambat, withBikramSambatYears } from './bikram-sambat.js';

describe('Bikram Sambat fiscal years', () => {
  it('knows a Devanagari document that prints a BS fiscal year', () => {
    expect(countsBikramSambat(['वार्षिक प्रतिवेदन', 'आर्थिक वर्ष 2080/81 को विवरण'])).toBe(true);
    expect(countsBikramSambat(['सूचक   आ.व. 2078-79   आ.व. 2079-80'])).toBe(true);
    // A target year alone, a pair that is no consecutive years, or a report not in Devanagari is no BS fiscal year.
    expect(countsBikramSambat(['शुद्ध शून्य लक्ष्य 2070 सम्म'])).toBe(false);
    expect(countsBikramSambat(['अनुपात 2075/40'])).toBe(false);
    expect(countsBikramSambat(['Plan 2080/81 of the Gregorian kind'])).toBe(false);
  });

  it('rewrites fiscal years and dated years to the Common Era, each keeping its width', () => {
    expect(withBikramSambatYears('विवरण   आ.व. 2078/79   आ.व. 2079/80')).toBe(
      'विवरण   आ.व. 2021/22   आ.व. 2022/23',
    );
    expect(withBikramSambatYears('FY 2080/081   FY 2080-2081')).toBe('FY 2023/24    FY 2023-2024');
    // From 1 Shrawan (mid-July) to Poush the BS year is N − 57; Magh to Chaitra falls in N − 56.
    expect(withBikramSambatYears('2079 साउन 1 देखि 2080 असार 31 सम्म')).toBe(
      '2022 साउन 1 देखि 2023 असार 31 सम्म',
    );
    expect(withBikramSambatYears('2080 फागुन 12 मा')).toBe('2024 फागुन 12 मा');
    // A figure that is no year pair stays as printed.
    expect(withBikramSambatYears('उत्पादन 2,081/82 र 2064/99')).toBe('उत्पादन 2,081/82 र 2064/99');
  });
});
