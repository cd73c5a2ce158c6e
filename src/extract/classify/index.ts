export { classifyMention, type ClassifiedMention, type CodePrefixes } from './classify.js';
export { chooseMetric, unitFits, type MetricChoice, type PhraseCache } from './choose-metric.js';
export { inferDims, ageBand } from './dims.js';
export { readPrintedUnit, canonicalUnit, type PrintedUnit } from './printed-unit.js';
