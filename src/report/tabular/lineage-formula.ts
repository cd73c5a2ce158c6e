import { dec, type Decimal } from '../../core/index.js';
import type { DataRow } from './data-rows.js';

// Unit conversions inside a calculation are powers of ten (kWh × tCO2/MWh needs 1/1000); a product
// formula may carry one such scale, nothing else.
const SCALES = ['1', '0.001', '1000', '0.000001', '1000000', '0.000000001', '1000000000'] as const;

/** Most factors a product formula multiplies (the sheet has two factor columns). */
export const MAX_PRODUCT_FACTORS = 2;

/** A figure that is input × factor(s) × scale exactly. */
export interface ProductFormula {
  readonly kind: 'product';
  readonly amount: Decimal;
  readonly inputUnit: string;
  readonly factors: readonly { readonly id: string; readonly value: Decimal; readonly unit: string }[];
  readonly scale: Decimal;
}

/** A figure that is the exact sum of other figures of the same sheet, year and unit. */
export interface SumFormula {
  readonly kind: 'sum';
  /** Indexes into the sheet's rows. */
  readonly parts: readonly number[];
}

/**
 * When a calculated figure's lineage is one input times at most two factors (and a power-of-ten unit
 * scale), and that product reproduces the printed value exactly, the spreadsheet can show the formula.
 */
export function productFormula(row: DataRow): ProductFormula | undefined {
  const p = row.fact.provenance;
  if (
    p.kind !== 'calculation' ||
    p.inputs.length !== 1 ||
    p.factors.length === 0 ||
    p.factors.length > MAX_PRODUCT_FACTORS
  )
    return undefined;
  const input = p.inputs[0];
  if (
    !input ||
    !/^-?\d+(\.\d+)?$/.test(input.amount) ||
    p.factors.some((f) => !/^-?\d+(\.\d+)?$/.test(f.value))
  )
    return undefined;
  const amount = dec(input.amount);
  const factors = p.factors.map((f) => ({ id: f.id, value: dec(f.value), unit: f.unit }));
  const product = factors.reduce((acc, f) => acc.times(f.value), amount);
  const scale = SCALES.map((s) => dec(s)).find((s) => product.times(s).equals(row.value));
  return scale ? { kind: 'product', amount, inputUnit: input.unit, factors, scale } : undefined;
}

/** The activity rows a calculated figure summed, as `activity#row` keys. */
function inputRows(row: DataRow): Set<string> | undefined {
  const p = row.fact.provenance;
  if (p.kind !== 'calculation') return undefined;
  const keys = new Set<string>();
  for (const i of p.inputs) {
    const rows = (i as { rows?: readonly number[] }).rows ?? (i.row === undefined ? [] : [i.row]);
    if (rows.length === 0) return undefined;
    for (const r of rows) keys.add(`${i.activity}#${r}`);
  }
  return keys.size > 0 ? keys : undefined;
}

/**
 * When a calculated figure's input rows are exactly split among other calculated figures of the sheet
 * (same year and unit) and their values add up to it exactly, the figure is their sum: Scope 1 + 2 from
 * Scope 1 and Scope 2, a total from its sites.
 */
export function sumFormula(rows: readonly DataRow[], index: number): SumFormula | undefined {
  const target = rows[index];
  const wanted = target ? inputRows(target) : undefined;
  if (!target || !wanted) return undefined;
  const candidates = rows
    .map((r, i) => ({ i, r, keys: i === index ? undefined : inputRows(r) }))
    .filter(
      (c): c is { i: number; r: DataRow; keys: Set<string> } =>
        c.keys !== undefined &&
        c.r.year === target.year &&
        c.r.unit === target.unit &&
        c.keys.size < wanted.size &&
        [...c.keys].every((k) => wanted.has(k)),
    )
    .sort((a, b) => b.keys.size - a.keys.size || a.i - b.i);
  const covered = new Set<string>();
  const parts: number[] = [];
  for (const c of candidates) {
    if ([...c.keys].some((k) => covered.has(k))) continue;
    for (const k of c.keys) covered.add(k);
    parts.push(c.i);
  }
  if (covered.size !== wanted.size || parts.length < 2) return undefined;
  const total = parts.reduce((acc, i) => acc.plus(rows[i]?.value ?? 0), dec(0));
  return total.equals(target.value) ? { kind: 'sum', parts: parts.sort((a, b) => a - b) } : undefined;
}
