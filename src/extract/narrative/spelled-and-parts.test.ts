import { describe, expect, it } from 'vitest';
import { figuresOf } from './testing/read-mentions.js';

describe('counts of incidents spelled out in words', () => {
  it('reads "seven complaints", "a total of fourteen cases" and a capitalised "Two fatalities"', () => {
    expect(
      figuresOf(
        'In 2024 we handled seven product complaints. A total of fourteen grievance cases were closed. ' +
          'Two fatalities occurred among subcontractors in 2024.',
      ).map((f) => [f.value, f.unit]),
    ).toEqual([
      ['7', 'product complaints'],
      ['14', 'grievance cases'],
      ['2', 'fatalities'],
    ]);
  });

  it('leaves words that point at things, and spelled numbers of anything else, alone', () => {
    expect(
      figuresOf(
        'The two incidents of 2023 were closed, one of the plants was sold, and our four warehouses run three shifts.',
      ),
    ).toEqual([]);
  });
});

describe('a figure a sentence puts inside a whole', () => {
  it("narrows the whole to the part, by the part's own words, with its comparatives", () => {
    expect(
      figuresOf(
        'Fugitive methane of 31.6 tCO2e is included in Scope 1. ' +
          'Total energy use includes 1,204 MWh of rooftop solar (2023: 986 MWh).',
      ),
    ).toEqual([
      { value: '31.6', unit: 'tCO2e', year: 2024, dims: { scope: 'fugitive methane' } },
      { value: '1204', unit: 'MWh', year: 2024, dims: { scope: 'rooftop solar' } },
      { value: '986', unit: 'MWh', year: 2023, dims: { scope: 'rooftop solar' } },
    ]);
  });

  it('reads "of which … came from" and a bracketed figure "(…) are counted under"', () => {
    expect(
      figuresOf(
        'Of total Scope 2 emissions, 2,087 tCO2e came from leased offices. ' +
          'Business travel by rail (14.9 tCO2e) is counted under Scope 3.',
      ).map((f) => f.dims),
    ).toEqual([{ scope: 'leased offices' }, { scope: 'business travel by rail' }]);
  });

  it('leaves the whole itself plain', () => {
    expect(figuresOf('Scope 1 emissions were 6,320 tCO2e in 2024, including refrigerants.')).toEqual([
      { value: '6320', unit: 'tCO2e', year: 2024 },
    ]);
  });
});
