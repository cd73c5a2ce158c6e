export { isDisclosure, isZeroStatement } from './relevance.js';
export { dedupeMentions } from './dedupe.js';
