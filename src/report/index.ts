// Facts → the publishable report: the model (KPI tables, content index, footnotes, appendix), the
// materiality assessment, and its renderings as HTML, PDF, XLSX and CSV.
export * from './model/index.js';
export * from './materiality/index.js';
export * from './charts/index.js';
export * from './html/index.js';
export * from './pdf/index.js';
export * from './tabular/index.js';
export * from './xlsx/index.js';
export * from './output/index.js';
export * from './input/index.js';
