import { describe, expect, it } from 'vitest';
import { figuresOf } from './testing/read-mentions.js';

describe('parts and rates in prose', () => {
  it('reads a part named by a kind of the whole\'s noun ("of which 64 were overseas suppliers")', () => {
    expect(
      figuresOf('At year end we had 731 suppliers, of which 64 were overseas suppliers.').map((f) => [
        f.value,
        f.unit,
        f.dims,
      ]),
    ).toEqual([
      ['731', 'suppliers', undefined],
      ['64', 'suppliers', { scope: 'overseas' }],
    ]);
    expect(
      figuresOf('The plant had 2,406 employees, of whom 1,105 were female employees.').at(-1)?.dims,
    ).toEqual({ gender: 'female' });
  });

  it('reads the parts of a measure listed by place after a colon, unit printed again or not', () => {
    const text =
      'Staff logged 41,730 hours of learning in 2024 (2023: 39,050 hours): 17,900 hours in Norway, ' +
      '9,410 in Sweden and 14,420 in Finland. Grid power came to 5,200 MWh: 3,100 MWh in Q1 and 2,100 in May.';
    expect(figuresOf(text).map((f) => [f.value, f.year, f.dims])).toEqual([
      ['41730', 2024, undefined],
      ['17900', 2024, { region: 'norway' }],
      ['9410', 2024, { region: 'sweden' }],
      ['14420', 2024, { region: 'finland' }],
      ['39050', 2023, undefined],
      ['5200', 2024, undefined],
      // A quarter is no place: the figure is read as printed, not as a part.
      ['3100', 2024, undefined],
    ]);
  });

  it('does not take a kind of another noun as a part', () => {
    expect(figuresOf('We ran 58 courses, of which 12 were online webinars.').map((f) => f.value)).toEqual([
      '58',
    ]);
  });

  it('reads genders in a bracket after a count of people', () => {
    expect(
      figuresOf('In 2024, 63 employees took parental leave (27 men and 36 women).').map((f) => [
        f.value,
        f.dims,
      ]),
    ).toEqual([
      ['63', undefined],
      ['27', { gender: 'male' }],
      ['36', { gender: 'female' }],
    ]);
  });

  it('names "the N employees who left" as leavers, not the headcount', () => {
    expect(figuresOf('Of the 209 employees who left in 2024, 150 resigned.')[0]?.unit).toBe(
      'employees who left',
    );
  });

  it('reads an injury rate per 200,000 or a million hours as a plain number', () => {
    expect(
      figuresOf(
        'The recordable injury rate was 0.87 per 200,000 hours worked; the LTIFR was 2.4 per million hours.',
      ),
    ).toEqual([
      { value: '0.87', unit: '', year: 2024 },
      { value: '2.4', unit: '', year: 2024 },
    ]);
  });

  it('dates an event by the year printed after an aside in its own clause', () => {
    expect(
      figuresOf(
        'No injuries were recorded in 2024; 3 injuries, all minor cuts at the press shop, occurred in 2022.',
      ),
    ).toContainEqual({ value: '3', unit: 'injuries', year: 2022 });
  });

  it("gives a bracketed share after a part of the workforce the part's breakdown", () => {
    expect(
      figuresOf('We employed 1,860 people, of whom 744 were women (40.0%) and 1,116 were men (60.0%).')
        .filter((f) => f.unit === '%')
        .map((f) => [f.value, f.dims]),
    ).toEqual([
      ['40.0', { gender: 'female' }],
      ['60.0', { gender: 'male' }],
    ]);
    expect(
      figuresOf('We had 412 suppliers, of which 96 were in Vietnam (23.3%).').find((f) => f.unit === '%')
        ?.dims,
    ).toBeUndefined();
  });
});
