export { importRoutes } from './import.routes.js';
export { documentRoutes } from './documents.routes.js';
export {
  importFileCommand,
  importFileSchema,
  type ImportDeps,
  type ImportSummary,
} from './import-file.command.js';
export { IMPORT_KINDS, type ImportKind } from './import-kind.js';
export { DOCUMENT_MEDIA_TYPES } from './document-file.routes.js';
