export { INDEX_STATUSES, type IndexStatus, type ContentIndexEntry } from './content-index-entry.js';
