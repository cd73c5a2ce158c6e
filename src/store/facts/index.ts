export { upsertFacts, type UpsertOptions } from './upsert.js';
export { listFacts, getFact, factHistory } from './list-facts.js';
export { listFactsJson } from './list-facts-json.js';
export { factContentJson, factJson } from './fact-json.js';
export { reviewFact } from './review.js';
export { listConflicts, resolveConflict } from './conflicts.js';
export { canonicalJson } from './canonical-json.js';
