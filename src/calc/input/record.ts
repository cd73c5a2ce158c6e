import type { ActivityRecord } from '../aggregate/index.js';
import type { ColumnMap } from './columns.js';

/** Builds an activity record from one row of cells (text) and its spreadsheet row number. */
export function toRecord(cells: readonly string[], row: number, map: ColumnMap): ActivityRecord {
  const cell = (i: number) => (i >= 0 ? (cells[i] ?? '') : '');
  let dims: Record<string, string> | undefined;
  for (const [name, i] of map.extra) {
    const v = cell(i).trim();
    if (v === '') continue;
    dims ??= {};
    dims[name] = v;
  }
  return {
    row,
    site: cell(map.site),
    year: cell(map.year),
    activity: cell(map.activity),
    amount: cell(map.amount),
    unit: cell(map.unit),
    region: cell(map.region),
    factor: cell(map.factor),
    ...(dims ? { dims } : {}),
  };
}
