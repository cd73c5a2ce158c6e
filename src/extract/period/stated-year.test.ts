import { describe, expect, it } from 'vitest';
import { statedYear, statedYears } from './stated-year.js';

describe('statedYear', () => {
  it('reads the year a sentence puts its figures in', () => {
    expect(statedYear('As at 31 December 2021, we had a total of 457 employees', 2021)).toBe(2021);
    expect(statedYear('In February 2020, we launched a campaign', 2021)).toBe(2020);
    // A year-end date without "as" opening a clause; after a figure it dates that comparative only.
    expect(statedYears('At 30 June 2024 we had 812 staff, against 790 in 2022').map((y) => y.year)).toEqual([
      2024, 2022,
    ]);
    expect(statedYears('Staff rose 3% from 790 at 30 June 2024').map((y) => y.year)).toEqual([]);
    expect(statedYear('During the Reporting Period, the number of suppliers', 2022)).toBeUndefined();
    expect(statedYear('From 2015 to the end of the Reporting Period', 2022)).toBeUndefined();
    expect(statedYear('which will reach 50% by the end of 2026', 2023)).toBeUndefined();
    expect(statedYears('in 2022 and in 2019-2021').map((y) => y.year)).toEqual([2022]);
  });
});
