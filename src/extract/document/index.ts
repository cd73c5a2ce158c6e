export type { Doc, DocLine, Cell } from './doc.js';
