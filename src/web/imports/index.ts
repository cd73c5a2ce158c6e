export { ImportsPage } from './imports-page.js';
export { IMPORT_KIND_INFO, fileSize } from './import-kinds.js';
