// Injury rates named before their bare number (GRI 403-9).
import { describe, expect, it } from 'vitest';
import { figuresOf, mentionsOf } from './testing/read-mentions.js';

describe('an injury rate named before its bare number', () => {
  it('reads "a lost-time injury frequency rate ("LTIFR") of 1.75" and its bracketed prior year', () => {
    const text =
      'In 2024, 2,285,700 hours were worked and 4 lost-time injuries occurred, giving a lost-time injury ' +
      'frequency rate ("LTIFR") of 1.75 (2023: 2.10).';
    const rates = figuresOf(text).filter((f) => f.value === '1.75' || f.value === '2.10');
    expect(rates.map((f) => [f.value, f.year])).toEqual([
      ['1.75', 2024],
      ['2.10', 2023],
    ]);
  });

  it('reads "the total recordable injury rate was 0.64"', () => {
    const text = 'Across all sites the total recordable injury rate was 0.64 in 2024.';
    expect(figuresOf(text).map((f) => f.value)).toContain('0.64');
  });

  it('names a rate printed after the counts it is worked from by its own words, not theirs', () => {
    const text =
      'We logged 14 recordable injuries over 2,150,400 hours worked, a TRIR of 1.30 (2023: 1.45). ' +
      'TRIR = recordable injuries x 200,000 / hours worked.';
    const mentions = mentionsOf(text, 2024);
    const rates = mentions.filter((m) => m.value === '1.30' || m.value === '1.45');
    expect(rates.map((m) => [m.value, m.year, m.unit])).toEqual([
      ['1.30', 2024, ''],
      ['1.45', 2023, ''],
    ]);
    for (const m of rates) expect(m.label).toMatch(/^TRIR\b/);
    // The formula's base is not hours worked.
    expect(mentions.map((m) => m.value)).not.toContain('200000');
  });

  it('leaves a rate with its own unit to the other readers', () => {
    const text = 'The injury rate was 0.3% of headcount in 2024.';
    expect(figuresOf(text).map((f) => [f.value, f.unit])).toEqual([['0.3', '%']]);
  });

  it('reads a rate whose verb follows an adverb ("therefore fell to")', () => {
    const text =
      'We logged 9 recordable injuries in 2024. The TRIR therefore fell to 0.41, and the LTIFR thus rose to 0.18.';
    const rates = mentionsOf(text, 2024).filter((m) => m.value === '0.41' || m.value === '0.18');
    expect(rates.map((m) => [m.value, m.year, m.unit, m.label.slice(0, 5)])).toEqual([
      ['0.41', 2024, '', 'TRIR '],
      ['0.18', 2024, '', 'LTIFR'],
    ]);
  });

  it('reads an Indonesian or Vietnamese rate named before its year and verb, with its base in hours', () => {
    const indonesian =
      'LTIFR tahun 2031 adalah 0,37 per 1.000.000 jam kerja (2030: 0,45; 2029: 0,52), dan TRIFR sebesar 1,08.';
    expect(mentionsOf(indonesian, 2031).map((m) => [m.value, m.year, m.unit, m.label.slice(0, 5)])).toEqual([
      ['0.37', 2031, '', 'LTIFR'],
      ['1.08', 2031, '', 'TRIFR'],
      ['0.45', 2030, '', 'LTIFR'],
      ['0.52', 2029, '', 'LTIFR'],
    ]);
    const vietnamese = 'LTIFR năm 2031 đạt 0,29 trên 1.000.000 giờ công làm việc (2030: 0,33; 2029: 0,41).';
    expect(mentionsOf(vietnamese, 2031).map((m) => [m.value, m.year, m.unit])).toEqual([
      ['0.29', 2031, ''],
      ['0.33', 2030, ''],
      ['0.41', 2029, ''],
    ]);
  });

  it('reads a Baltic rate whose bracket holds the abbreviation, alone or with its definition', () => {
    const latvian =
      'Darba traumu biežums (LTIFR, negadījumi ar darba nespēju uz miljonu nostrādāto stundu) ' +
      '2031. gadā bija 2,47 (2030: 3,05).';
    expect(mentionsOf(latvian, 2031).map((m) => [m.value, m.year, m.unit, m.label.slice(0, 5)])).toEqual([
      ['2.47', 2031, '', 'LTIFR'],
      ['3.05', 2030, '', 'LTIFR'],
    ]);
    const lithuanian = '2031 metais nelaimingų atsitikimų dažnis (LTIFR) buvo 1,86 (2030: 2,04).';
    expect(mentionsOf(lithuanian, 2031).map((m) => [m.value, m.year, m.label.slice(0, 5)])).toEqual([
      ['1.86', 2031, 'LTIFR'],
      ['2.04', 2030, 'LTIFR'],
    ]);
  });
});

describe('an injury rate named with where it was worked', () => {
  it('reads "an LTIF ashore of 0.95 per million hours" as the rate, not as hours', () => {
    const text =
      'Office and terminal staff had 3 of the 9 lost-time injuries in 3,150,000 hours, an LTIF ashore of 0.95 per million hours.';
    const rate = mentionsOf(text, 2024).find((m) => m.value === '0.95');
    expect(rate?.label).toMatch(/^LTIF\b/);
    expect(rate?.unit).toBe('');
  });
});
