// The year a sentence passes on to the next ones of its paragraph.
import { describe, expect, it } from 'vitest';
import { changesOf, figuresOf } from './testing/read-mentions.js';

describe('paragraph year: a comparative year does not carry on', () => {
  it('keeps the sentence’s own year when it ends on a prior-year figure "in 2023"', () => {
    const text =
      'In 2024, the plant drew 412,300 m3 of water, down 2.1% on 421,150 m3 in 2023. ' +
      'Its cooling loop reused 96,540 m3 of water.';
    const reused = figuresOf(text).find((f) => f.value === '96540');
    expect(reused?.year).toBe(2024);
  });

  it('still takes a year printed only after a figure as the paragraph’s', () => {
    const text = 'The site treated 3,260 m3 of leachate in 2022. It also recovered 48.5 tonnes of sludge.';
    const sludge = figuresOf(text).find((f) => f.value === '48.5');
    expect(sludge?.year).toBe(2022);
  });
  it('lets neither an event’s year nor years listed together date the next sentences', () => {
    const text =
      'No lost-time injuries were recorded in 2023 and 2024; one serious injury, a fall from a ladder, ' +
      'occurred in FY2021/22. Staff worked 1,208,600 hours and reported 9 near misses. ' +
      'Injuries cost the plants 2,415 lost days (FY2023/24: 2,590 days). The absentee rate was 1.8% of scheduled days.';
    const years = Object.fromEntries(figuresOf(text, 2025).map((f) => [f.value, f.year]));
    expect(years).toMatchObject({ '1208600': 2025, '9': 2025, '2415': 2025, '2590': 2024, '1.8': 2025 });
  });
});

describe('paragraph year: the year a change is set against does not carry on', () => {
  it('keeps the report year after "up 6.2% over FY30" and "a 3.8% fall on 2029"', () => {
    const text =
      'Exports rose to 812 containers, up 6.2% over FY30. The mill also spent 4,315 hours on repairs. ' +
      'Freight emissions were 2,904 tCO2e, a 3.8% fall on 2029. Its boilers burned 611 tonnes of husk.';
    const years = Object.fromEntries(figuresOf(text, 2031).map((f) => [f.value, f.year]));
    expect(years).toMatchObject({ '812': 2031, '4315': 2031, '2904': 2031, '611': 2031 });
  });
});

describe('paragraph year: a year in a bracketed aside does not carry on', () => {
  it('leaves the next sentence on the year before the aside', () => {
    const text =
      'Staff logged 58,310 hours of learning in 2031, an average of 21.4 hours each (19.8 hours in 2030). ' +
      'Spending on learning was EUR 2.37 million (2030: EUR 2.05 million).';
    const years = Object.fromEntries(figuresOf(text, 2031).map((f) => [f.value, f.year]));
    expect(years).toMatchObject({ '19.8': 2030, '2.37': 2031, '2.05': 2030 });
  });
});

describe('figure year: a year in a bracketed aside', () => {
  it("dates the aside's figure only, not the figures after the bracket", () => {
    const text =
      'Staff completed 61,840 hours of learning in 2025 (57,300 hours in 2024), an average of 17.2 hours each ' +
      'against 16.1 hours a year earlier.';
    const years = Object.fromEntries(figuresOf(text, 2025).map((f) => [f.value, f.year]));
    expect(years).toMatchObject({ '61840': 2025, '57300': 2024, '17.2': 2025, '16.1': 2024 });
  });
});

describe('headline changes without a verb', () => {
  it('read "X down 5.1%" as a decrease and leave "made up" alone', () => {
    expect(changesOf('Landfilled waste down 5.1% to 3,120 tonnes in 2024.')).toMatchObject([
      { value: '5.1', direction: 'decrease' },
    ]);
    expect(changesOf('Women made up 41.3% of new hires in 2024.')).toEqual([]);
  });
});

describe('paragraph year: a comparative year alone in its sentence', () => {
  it('does not date the next sentence', () => {
    const text =
      'The ferries drew 41,300 MWh of shore power, up from 35,020 MWh in 2023. Net sales rose to EUR 812.6 million.';
    const years = Object.fromEntries(figuresOf(text, 2024).map((f) => [f.value, f.year]));
    expect(years).toMatchObject({ '41300': 2024, '35020': 2023, '812.6': 2024 });
  });
});

describe('paragraph year: a year in a relative clause set off by commas does not carry on', () => {
  it('keeps the report year after ", which sold … in 2029, this meant …"', () => {
    const text =
      'For the group, which sold 51,230 tonnes in 2029 including 12,410 tonnes of herring, this meant a ' +
      'smaller season. Total sales were 47,118 tonnes, and revenue fell to EUR 318,522 thousand.';
    const years = Object.fromEntries(figuresOf(text, 2030).map((f) => [f.value, f.year]));
    expect(years).toMatchObject({ '51230': 2029, '47118': 2030, '318522': 2030 });
  });
});
