export { toCheckJson, renderCheckJson, type CheckJson } from './check-json.js';
export { renderCheckTable } from './check-table.js';
export { renderCheckHtml, escapeHtml } from './check-html.js';
export { renderCheck, CHECK_FORMATS, type CheckFormat } from './render-check.js';
