import type ExcelJS from 'exceljs';
import type { Decimal } from '../../core/index.js';
import { neutralise, productFormula, sumFormula, type DataRow } from '../tabular/index.js';

/** The columns of an aspect sheet; the letters are used in formulas. */
export const ASPECT_COLUMNS = [
  { key: 'row', header: 'Row', width: 8 },
  { key: 'codes', header: 'Codes', width: 16 },
  { key: 'indicator', header: 'Indicator', width: 44 },
  { key: 'breakdown', header: 'Breakdown', width: 24 },
  { key: 'year', header: 'Year', width: 7 },
  { key: 'value', header: 'Value', width: 16 },
  { key: 'unit', header: 'Unit', width: 12 },
  { key: 'status', header: 'Status', width: 11 },
  { key: 'provenance', header: 'Provenance', width: 12 },
  { key: 'input', header: 'Input amount', width: 14 },
  { key: 'inputUnit', header: 'Input unit', width: 10 },
  { key: 'factor1', header: 'Factor 1', width: 12 },
  { key: 'factor1Unit', header: 'Factor 1 unit', width: 12 },
  { key: 'factor2', header: 'Factor 2', width: 12 },
  { key: 'factor2Unit', header: 'Factor 2 unit', width: 12 },
  { key: 'scale', header: 'Unit scale', width: 10 },
  { key: 'factorIds', header: 'Factor ids', width: 24 },
  { key: 'source', header: 'Source and method', width: 80 },
] as const;

type ColumnKey = (typeof ASPECT_COLUMNS)[number]['key'];

/** The column letter of a key (A for `row`, F for `value` …). */
export function columnLetter(key: ColumnKey): string {
  return String.fromCharCode(65 + ASPECT_COLUMNS.findIndex((c) => c.key === key));
}

/** Excel number format showing a value's own decimals (at most six), with grouped thousands. */
function numberFormat(value: Decimal): string {
  const places = Math.min(6, value.decimalPlaces());
  return places === 0 ? '#,##0' : `#,##0.${'0'.repeat(places)}`;
}

/**
 * Fills an aspect sheet: one row per figure and year, values as numbers with their unit, provenance
 * columns, and for calculated figures whose lineage is a simple product or sum, the formula itself
 * (with its result cached, so a reader without recalculation sees the value).
 */
export function fillAspectSheet(sheet: ExcelJS.Worksheet, rows: readonly DataRow[]): void {
  sheet.columns = ASPECT_COLUMNS.map((c) => ({ key: c.key, header: c.header, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  const first = 2;
  const at = (key: ColumnKey, i: number) => `${columnLetter(key)}${first + i}`;
  rows.forEach((r, i) => {
    const product = productFormula(r);
    const sum = product ? undefined : sumFormula(rows, i);
    const result = r.value.toNumber();
    let value: ExcelJS.CellValue = result;
    if (product) {
      const terms = [
        at('input', i),
        at('factor1', i),
        ...(product.factors.length > 1 ? [at('factor2', i)] : []),
        at('scale', i),
      ];
      value = { formula: terms.join('*'), result };
    } else if (sum) {
      value = { formula: `SUM(${sum.parts.map((p) => at('value', p)).join(',')})`, result };
    }
    const p = r.fact.provenance;
    const row = sheet.addRow({
      row: r.rowId,
      codes: r.codes.join(' '),
      indicator: neutralise(r.indicator),
      breakdown: neutralise(r.breakdown),
      year: r.year,
      value,
      unit: neutralise(r.unit),
      status: r.status,
      provenance: r.provenance,
      input: product?.amount.toNumber(),
      inputUnit: product ? neutralise(product.inputUnit) : undefined,
      factor1: product?.factors[0]?.value.toNumber(),
      factor1Unit: product?.factors[0] ? neutralise(product.factors[0].unit) : undefined,
      factor2: product?.factors[1]?.value.toNumber(),
      factor2Unit: product?.factors[1] ? neutralise(product.factors[1].unit) : undefined,
      scale: product?.scale.toNumber(),
      factorIds: p.kind === 'calculation' ? neutralise(p.factors.map((f) => f.id).join(' ')) : undefined,
      source: neutralise(r.source),
    });
    row.getCell('value').numFmt = numberFormat(r.value);
  });
  sheet.autoFilter = { from: 'A1', to: `${columnLetter('source')}1` };
}
