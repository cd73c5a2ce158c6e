// Documents → facts: readers, table and narrative reconstruction, classification, content index.
export * from './document/index.js';
export * from './pipeline/index.js';
export * from './output/index.js';
export { INDEX_STATUSES, type IndexEntry, type IndexStatus } from './content-index/index.js';
export { CLAIMED_FRAMEWORKS, type ClaimedFramework } from './metadata/index.js';
