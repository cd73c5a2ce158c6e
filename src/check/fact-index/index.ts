export { FactIndex, seriesOf, dimsKey, withoutKey, type SeriesKey, type Breakdown } from './fact-index.js';
export { SENSE_MARKERS, senseOf, sameSense, type SenseMarker, type FigureSense } from './figure-sense.js';
export { countsOtherThing } from './counted-noun.js';
export { isTotalLabel } from '../../core/index.js';
