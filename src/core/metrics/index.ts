export * from './metric.js';
export * from './metric-catalogue.js';
export * from './find-metrics.js';
export { phraseKey } from './phrase-tokens.js';
export { unitFit, UNIT_FITS, type UnitFit } from './unit-fit.js';
