export { relations, type Relations } from './relations.js';
export { factorRanges, type FactorRanges } from './factors.js';
