// Defined once in core (extraction produces it, checks read it); the old name stays for extract's files.
export { INDEX_STATUSES, type IndexStatus, type ContentIndexEntry as IndexEntry } from '../../core/index.js';
