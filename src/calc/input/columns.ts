import { EsgError } from '../../core/index.js';

/** Columns every activity file must have (spec/calc-input.md). */
export const REQUIRED_COLUMNS = ['site', 'year', 'activity', 'amount', 'unit'] as const;
/** Columns with a meaning of their own; any other column becomes a fact dimension. */
export const KNOWN_COLUMNS = [...REQUIRED_COLUMNS, 'region', 'factor'] as const;

/** Where each column sits in a header row. */
export interface ColumnMap {
  readonly site: number;
  readonly year: number;
  readonly activity: number;
  readonly amount: number;
  readonly unit: number;
  readonly region: number;
  readonly factor: number;
  /** Extra columns: name and index. */
  readonly extra: readonly (readonly [string, number])[];
}

/** Maps a header row (names compared case-insensitively, trimmed); INVALID_INPUT names missing columns. */
export function mapColumns(header: readonly string[], file: string): ColumnMap {
  const names = header.map((h) => h.trim().toLowerCase());
  const at = (n: string) => names.indexOf(n);
  const missing = REQUIRED_COLUMNS.filter((c) => at(c) < 0);
  if (missing.length > 0) {
    throw new EsgError(
      'INVALID_INPUT',
      `${file}: the header lacks column(s) ${missing.join(', ')} (found: ${names.join(', ') || 'nothing'})`,
    );
  }
  const known = new Set<string>(KNOWN_COLUMNS);
  return {
    site: at('site'),
    year: at('year'),
    activity: at('activity'),
    amount: at('amount'),
    unit: at('unit'),
    region: at('region'),
    factor: at('factor'),
    extra: names.flatMap((n, i) => (known.has(n) || n === '' ? [] : [[n, i] as const])),
  };
}
