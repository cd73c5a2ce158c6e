import { describe, expect, it } from 'vitest';
import { measuresOverFigures } from './measure-header.js';

describe('measuresOverFigures', () => {
  it('splits a header of measures over rows with as many figures, behind an empty label cell', () => {
    const header = '                  Headcount     Share (%)     Departures    Attrition rate (%)';
    const below = [
      '--------------------------------------------',
      'By gender',
      'Male   721   61.3   80   11.1',
    ];
    expect(measuresOverFigures(header, below)).toEqual([
      ['', 'Headcount', 'Share (%)', 'Departures', 'Attrition rate (%)'],
    ]);
  });

  it('keeps a first cell that heads the label column when the rows have one figure fewer', () => {
    expect(
      measuresOverFigures('Site     Hours trained     Average hours', ['Plant B     9,120     14.5']),
    ).toEqual([['Site', 'Hours trained', 'Average hours']]);
  });

  it('leaves prose, a mismatched count and a header without figures below as they are', () => {
    expect(measuresOverFigures('We met them.     All of them.', ['Plant B   9,120   14.5'])).toBeUndefined();
    expect(
      measuresOverFigures('Trained     Average hours', ['Plant B   9,120   14.5   6   7']),
    ).toBeUndefined();
    expect(
      measuresOverFigures('Trained     Average hours', ['The plant trained most of its staff.']),
    ).toBeUndefined();
    expect(measuresOverFigures('Trained', ['Plant B   9,120'])).toBeUndefined();
  });
});
