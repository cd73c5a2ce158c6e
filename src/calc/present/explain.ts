import type { CalculatedFact } from '../engine/index.js';
import { printedDecimals, printedValue } from './rounding.js';

function rows(list: readonly number[], count: number): string {
  const shown = list.join(', ');
  return count > list.length ? `${shown}, … (${count} rows)` : shown;
}

/** The calculation of one fact, step by step: formula, inputs, arithmetic, factors with sources, rounding. */
export function explainFact(f: CalculatedFact, precision?: number): string {
  const p = f.provenance;
  const dims = Object.entries(f.dims)
    .map(([k, v]) => `${k}=${v}`)
    .join(', ');
  const out = [
    `${f.metric}${dims ? ` [${dims}]` : ''}, ${f.period.year}: ${f.label ?? ''}`,
    `  formula: ${p.formula}`,
    '  inputs:',
  ];
  for (const i of p.inputs) {
    out.push(
      `    rows ${rows(i.rows, i.rowCount)}: ${i.activity} ${i.amount} ${i.unit}${i.site ? ` at ${i.site}` : ''}${i.region ? ` (${i.region})` : ''}`,
    );
  }
  out.push('  steps:');
  for (const s of p.steps) out.push(`    ${s}`);
  const dp = printedDecimals(f, precision);
  out.push(
    `  result: ${f.quantity.value.toFixed()} ${f.quantity.unit.symbol}, printed ${printedValue(f, precision)} (half-up to ${dp} decimal${dp === 1 ? '' : 's'})`,
  );
  if (p.factors.length > 0) out.push('  factors:');
  for (const x of p.factors) {
    const year = x.dataYear === undefined ? '' : `, data year ${x.dataYear}`;
    out.push(
      `    ${x.id} = ${x.value} ${x.unit}${year} — ${x.source}${x.verified ? '' : ' [not verified against the source]'}`,
    );
  }
  return out.join('\n');
}

/**
 * `--explain <metric>`: the organisation-level figures of the metric for every year (the facts with
 * the fewest dimensions: both Scope 2 methods, every intensity denominator), explained.
 */
export function explainMetric(facts: readonly CalculatedFact[], metric: string, precision?: number): string {
  const ofMetric = facts.filter((f) => f.metric === metric);
  const fewest = new Map<number, number>();
  for (const f of ofMetric) {
    const n = Object.keys(f.dims).length;
    fewest.set(f.period.year, Math.min(n, fewest.get(f.period.year) ?? n));
  }
  return ofMetric
    .filter((f) => Object.keys(f.dims).length === fewest.get(f.period.year))
    .map((f) => explainFact(f, precision))
    .join('\n\n');
}
