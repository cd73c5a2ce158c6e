// Documents → facts: readers, table and narrative reconstruction, classification, content index.
export * from './document/index.js';
