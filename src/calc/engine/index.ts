export { calculate, orderFacts, type CalculateOptions, type CalcResult } from './calculate.js';
export type { CalculatedFact } from './build-fact.js';
export type { Lineage, LineageInput, LineageFactor } from './lineage.js';
