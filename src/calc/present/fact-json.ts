import { getMetric, isMetricId } from '../../core/index.js';
import type { CalcResult, CalculatedFact } from '../engine/index.js';
import { printedValue, ROUNDING_RULE } from './rounding.js';

/**
 * One fact as `esg calc --format json` prints it: the fields of spec/extract-output.md with
 * `lineage` in place of `source`. `value` is the printed (rounded) number; `exact` the exact decimal.
 */
export function factJson(f: CalculatedFact, precision?: number): object {
  const p = f.provenance;
  return {
    metric: f.metric,
    label: f.label,
    value: Number(printedValue(f, precision)),
    exact: f.quantity.value.toFixed(),
    unit: f.quantity.unit.symbol,
    year: f.period.year,
    dims: f.dims,
    codes: isMetricId(f.metric) ? getMetric(f.metric).codes : [],
    lineage: {
      formula: p.formula,
      inputs: p.inputs.map((i) => ({
        row: i.row,
        rows: i.rows,
        rowCount: i.rowCount,
        activity: i.activity,
        amount: i.amount,
        unit: i.unit,
        site: i.site,
        region: i.region,
      })),
      factors: p.factors,
      steps: p.steps,
    },
  };
}

/** The whole JSON document: `{ facts, notes, rounding }`. */
export function resultJson(result: CalcResult, precision?: number): object {
  return {
    facts: result.facts.map((f) => factJson(f, precision)),
    notes: result.notes,
    rounding: ROUNDING_RULE,
  };
}
