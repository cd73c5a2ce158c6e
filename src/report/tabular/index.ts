export { neutralise } from './neutralise.js';
export { dataRows, type DataRow } from './data-rows.js';
export { renderCsv, CSV_COLUMNS } from './write-csv.js';
export {
  productFormula,
  sumFormula,
  MAX_PRODUCT_FACTORS,
  type ProductFormula,
  type SumFormula,
} from './lineage-formula.js';
