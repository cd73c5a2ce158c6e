export {
  around,
  exactly,
  addIntervals,
  subtractInterval,
  multiplyIntervals,
  divideIntervals,
  quotientMayMeet,
  scaleInterval,
  intersect,
  overlaps,
  midpoint,
  gapBetween,
  type Interval,
} from './interval.js';
export { QUALIFIERS, readQualifier, type Qualifier } from './qualifier.js';
export { figureOf, halfUnitOf, rangeLike, type Figure } from './figure.js';
