import type { CalculatedFact } from '../engine/index.js';
import { printedValue } from './rounding.js';

function dimsText(dims: Readonly<Record<string, string>>): string {
  return Object.entries(dims)
    .map(([k, v]) => `${k}=${v}`)
    .join('; ');
}

/** Aligned text columns; numbers right-aligned. */
function align(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  right: ReadonlySet<number>,
): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (right.has(i) ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** `--format table`: year, metric, dimensions, printed value, unit. */
export function factsTable(facts: readonly CalculatedFact[], precision?: number): string {
  const rows = facts.map((f) => [
    String(f.period.year),
    f.metric,
    dimsText(f.dims),
    printedValue(f, precision),
    f.quantity.unit.symbol,
  ]);
  return align(['year', 'metric', 'dims', 'value', 'unit'], rows, new Set([3]));
}

function csvCell(s: string): string {
  return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** `--format csv`: one fact per line with its exact value and the factor ids used. */
export function factsCsv(facts: readonly CalculatedFact[], precision?: number): string {
  const header = ['year', 'metric', 'label', 'dims', 'value', 'unit', 'exact', 'factors', 'input_rows'];
  const rows = facts.map((f) => [
    String(f.period.year),
    f.metric,
    f.label ?? '',
    dimsText(f.dims),
    printedValue(f, precision),
    f.quantity.unit.symbol,
    f.quantity.value.toFixed(),
    f.provenance.factors.map((x) => x.id).join(' '),
    String(f.provenance.inputs.reduce((n, i) => n + i.rowCount, 0)),
  ]);
  return [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\n');
}
