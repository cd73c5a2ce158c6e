export { classifyMention, type ClassifiedMention } from './classify.js';
export { scopeCodes, type CodeScope, type ScopedCodes } from './framework-codes.js';
export { chooseMetric, unitFits, type MetricChoice, type PhraseCache } from './choose-metric.js';
export { inferDims } from './dims.js';
export { ageBand } from './age-band.js';
export { readPrintedUnit, canonicalUnit, type PrintedUnit } from './printed-unit.js';
export { genderOf } from './gender-words.js';
