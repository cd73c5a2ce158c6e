export type { Doc, DocLine, Cell, TextEncoding } from './doc.js';
export { TEXT_ENCODINGS } from './doc.js';
export { DEFAULT_READ_LIMITS, type ReadLimits } from './limits.js';
export { readDocument, type DocumentInput } from './read-document.js';
export { readText, decodeText, type DecodedText } from './text/index.js';
export { readPdf } from './pdf/index.js';
export { sniffFormat, type SniffedFormat } from './sniff-format.js';
