export { parseContentIndex, type ContentIndex } from './parse-index.js';
export { findOmissionStatements, mergeOmissions } from './omission-statements.js';
export { isPageOrSection, readLocation } from './index-status.js';
export { rowCode } from './row-code.js';
export { INDEX_STATUSES, type IndexEntry, type IndexStatus } from './index-entry.js';
export { codedSections, codesAt, type CodedSection } from './section-codes.js';
export { headingCodes } from './heading-codes.js';
export { indexFigureLines } from './index-figures.js';
