import type { ExtractResult } from '../pipeline/index.js';
import { toSpecFact } from './spec-json.js';

const COLUMNS = [
  'metric',
  'label',
  'value',
  'unit',
  'year',
  'basis',
  'dims',
  'codes',
  'reported_value',
  'reported_unit',
  'line',
  'page',
  'kind',
] as const;

/** Quotes a CSV field per RFC 4180 when it holds a comma, quote or line break. */
function field(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The facts as CSV, one row per fact; dims as key=value pairs and codes joined by spaces. */
export function toCsv(result: ExtractResult): string {
  const rows = result.facts.map((f) => {
    const s = toSpecFact(f);
    const dims = Object.entries(s.dims)
      .map(([k, v]) => `${k}=${v}`)
      .join('; ');
    return [
      s.metric ?? '',
      s.label,
      String(s.value),
      s.unit,
      String(s.year),
      s.basis,
      dims,
      s.codes.join(' '),
      String(s.reported.value),
      s.reported.unit,
      s.source.line === undefined ? '' : String(s.source.line),
      s.source.page === undefined ? '' : String(s.source.page),
      s.kind,
    ]
      .map(field)
      .join(',');
  });
  return [COLUMNS.join(','), ...rows].join('\n') + '\n';
}
