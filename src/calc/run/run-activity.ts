import { ActivityAggregator, InvalidRowsError, type ActivityRecord } from '../aggregate/index.js';
import { calculate, type CalcResult } from '../engine/index.js';
import { factorLibrary, type FactorLibrary, type GwpSet } from '../factors/index.js';
import {
  mapColumns,
  readActivityCsv,
  readXlsxRows,
  toRecord,
  type ColumnMap,
  type CsvSource,
} from '../input/index.js';

/** Options of an activity calculation. */
export interface ActivityRunOptions {
  /** The file name, for messages. */
  readonly file: string;
  /** The reporting entity named in every fact. */
  readonly entity: string;
  /** Factor library (the shipped one by default, optionally extended with the user's sets). */
  readonly library?: FactorLibrary;
  readonly gwpSet?: GwpSet;
  /** Region for rows that leave it empty (default `CN`). */
  readonly defaultRegion?: string;
}

/** The result of a run: the facts, notes, and how many input rows were read. */
export interface ActivityRunResult extends CalcResult {
  readonly rows: number;
}

function finish(
  agg: ActivityAggregator,
  options: ActivityRunOptions,
  library: FactorLibrary,
): ActivityRunResult {
  const problems = agg.problems();
  if (problems.length > 0) throw new InvalidRowsError(options.file, problems);
  const result = calculate(agg.activityGroups(), {
    entity: options.entity,
    library,
    ...(options.gwpSet ? { gwpSet: options.gwpSet } : {}),
  });
  return { ...result, rows: agg.rowsRead };
}

function withRegion(r: ActivityRecord, fallback: string): ActivityRecord {
  return r.region.trim() === '' ? { ...r, region: fallback } : r;
}

/** Validates every record, then (only if all are good) calculates; InvalidRowsError lists every bad row. */
export function runActivityRecords(
  records: Iterable<ActivityRecord>,
  options: ActivityRunOptions,
): ActivityRunResult {
  const library = options.library ?? factorLibrary();
  const agg = new ActivityAggregator(library);
  const region = options.defaultRegion ?? 'CN';
  for (const r of records) agg.add(withRegion(r, region));
  return finish(agg, options, library);
}

/** Streams an activity CSV through validation and aggregation, then calculates. */
export async function runActivityCsv(
  source: CsvSource,
  options: ActivityRunOptions,
): Promise<ActivityRunResult> {
  const library = options.library ?? factorLibrary();
  const agg = new ActivityAggregator(library);
  const region = options.defaultRegion ?? 'CN';
  await readActivityCsv(source, options.file, (cells, row, map) => {
    agg.add(withRegion(toRecord(cells, row, map), region));
  });
  return finish(agg, options, library);
}

/** Reads the first sheet of an activity XLSX workbook, then validates and calculates as for CSV. */
export async function runActivityXlsx(
  bytes: Uint8Array,
  options: ActivityRunOptions,
): Promise<ActivityRunResult> {
  const library = options.library ?? factorLibrary();
  const agg = new ActivityAggregator(library);
  const region = options.defaultRegion ?? 'CN';
  let map: ColumnMap | undefined;
  await readXlsxRows(bytes, options.file, (cells, row) => {
    if (!map) map = mapColumns(cells, options.file);
    else agg.add(withRegion(toRecord(cells, row, map), region));
  });
  return finish(agg, options, library);
}
