export { FactIndex, seriesOf, dimsKey, withoutKey, type SeriesKey, type Breakdown } from './fact-index.js';
