import { describe, expect, it } from 'vitest';
import { figuresOf } from './testing/read-mentions.js';

describe('prose patterns', () => {
  it('reads every prior year of a bracket of comparatives, across its semicolons', () => {
    expect(figuresOf('By year end we employed 2,931 staff (2023: 2,877; 2022: 2,706).')).toEqual([
      { value: '2931', unit: 'staff', year: 2024 },
      { value: '2877', unit: 'staff', year: 2023 },
      { value: '2706', unit: 'staff', year: 2022 },
    ]);
    expect(figuresOf('Recordable injuries fell to 9 cases (2023: 13; 2022: 15).').map((f) => f.year)).toEqual(
      [2024, 2023, 2022],
    );
  });
  it('gives a bracketed prior year that names its own noun to the figure counting that noun', () => {
    const text =
      'In 2024 there were 17 recordable injuries, 6 of them with lost time, over 3,905,200 hours worked ' +
      '(2023: 21 recordable injuries).';
    const prior = figuresOf(text).filter((f) => f.year === 2023);
    expect(prior.map((f) => [f.value, f.unit])).toEqual([['21', 'recordable injuries']]);
  });
  it('reads comparatives in any currency, and does not date the next sentence by them', () => {
    expect(
      figuresOf(
        'We gave S$0.58 million to charities in FY2024 (FY2023: S$0.49 million), mostly in cash. ' +
          'A total of 207 employees volunteered 1,863 hours.',
      ),
    ).toEqual([
      { value: '0.58', unit: 'S$ million', year: 2024 },
      { value: '0.49', unit: 'S$ million', year: 2023 },
      { value: '207', unit: 'employee volunteers', year: 2024 },
      { value: '1863', unit: 'hours', year: 2024 },
    ]);
    expect(figuresOf('Opex was €52.7 million (2023: €49.9 million).').map((f) => [f.value, f.year])).toEqual([
      ['52.7', 2024],
      ['49.9', 2023],
    ]);
  });
  it('reads a bracket of yearly figures with their own currency and nothing before them', () => {
    expect(
      figuresOf('Intensities use revenue for the year (2024: HK$3,915 million; 2023: HK$3,702 million).'),
    ).toEqual([
      { value: '3915', unit: 'HK$ million', year: 2024 },
      { value: '3702', unit: 'HK$ million', year: 2023 },
    ]);
  });
  it('reads a comparative with a mainland scale bracket inside it, and nothing in it as this year', () => {
    expect(
      figuresOf(
        'Safety spending was RMB 1,907.55 (10,000) (2023: RMB 1,688.10 (10,000); 2022: RMB 1,512.00 (10,000)).',
      ),
    ).toEqual([
      { value: '1907.55', unit: 'RMB 10,000', year: 2024 },
      { value: '1688.10', unit: 'RMB 10,000', year: 2023 },
      { value: '1512.00', unit: 'RMB 10,000', year: 2022 },
    ]);
  });
  it('dates a figure by the year that opens its subject ("2022 emissions were …")', () => {
    expect(figuresOf('Waste fell by a tenth, and 2023 water use was 81,240 m3.').at(-1)).toEqual({
      value: '81240',
      unit: 'm3',
      year: 2023,
    });
  });
  it('gives a statement of no incidents one zero per year it lists', () => {
    expect(figuresOf('No employee lost their life at work in 2022, 2023 or 2024.')).toEqual([]);
    expect(
      figuresOf('There were no work-related fatalities in FY2024, FY2023 and FY2022.').map((f) => f.year),
    ).toEqual([2024, 2023, 2022]);
  });
  it('reads the parts of a count listed by place or gender, each with its breakdown', () => {
    expect(
      figuresOf(
        'We worked with 350 suppliers in 2024, of which 212 were in Guangdong, 97 in Fujian and 41 overseas.',
      ),
    ).toEqual([
      { value: '350', unit: 'suppliers', year: 2024 },
      { value: '212', unit: 'suppliers', year: 2024, dims: { region: 'guangdong' } },
      { value: '97', unit: 'suppliers', year: 2024, dims: { region: 'fujian' } },
      { value: '41', unit: 'suppliers', year: 2024, dims: { region: 'overseas' } },
    ]);
    expect(
      figuresOf('In 2024, 143 employees left the Group, of whom 88 were men and 55 were women.'),
    ).toEqual([
      { value: '143', unit: 'employees who left', year: 2024 },
      { value: '88', unit: 'employees who left', year: 2024, dims: { gender: 'male' } },
      { value: '55', unit: 'employees who left', year: 2024, dims: { gender: 'female' } },
    ]);
  });
  it('reads where part of a headcount works, past a share printed in brackets', () => {
    expect(
      figuresOf('The Group had 1,920 employees, of whom 604 were women (31.5%) and 77 worked overseas.'),
    ).toEqual([
      { value: '1920', unit: 'employees', year: 2024 },
      { value: '604', unit: 'employees', year: 2024, dims: { gender: 'female' } },
      { value: '31.5', unit: '%', year: 2024, dims: { gender: 'female' } },
      { value: '77', unit: 'employees', year: 2024, dims: { region: 'overseas' } },
    ]);
  });
  it('does not read a later number as a part without a list opener ("…, and 12 in 2023")', () => {
    expect(
      figuresOf('The plant hosted 30 audits in 2024 and 12 in Shenzhen later.').map((f) => f.value),
    ).toEqual(['30']);
  });
});
