import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { mapColumns, type ColumnMap } from './columns.js';

/** Options for csv-parse shared by activity files and rosters: BOMs, quotes, ragged rows, blank lines. */
const CSV_OPTIONS = { bom: true, relax_column_count: true, skip_empty_lines: true } as const;

/** Text or bytes of a CSV file: one string, or chunks from a stream. */
export type CsvSource = string | AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>;

/**
 * Streams the rows of a CSV file, calling `onHeader` with the first row and `onRow` with every
 * later row and its 1-based spreadsheet row number (header = row 1). Rows are never all held in
 * memory. Returns the number of rows read, header included.
 */
export async function readCsvRows(
  source: CsvSource,
  onHeader: (header: readonly string[]) => void,
  onRow: (cells: readonly string[], row: number) => void,
): Promise<number> {
  const input = typeof source === 'string' ? Readable.from([source]) : Readable.from(source);
  const parser = parse(CSV_OPTIONS);
  let row = 0;
  // 'data' events, not async iteration: one promise per record would cost more than parsing it.
  await new Promise<void>((resolve, reject) => {
    const fail = (e: unknown) => {
      input.destroy();
      parser.destroy();
      reject(e instanceof Error ? e : new Error(String(e)));
    };
    parser.on('data', (cells: string[]) => {
      row++;
      try {
        if (row === 1) onHeader(cells);
        else onRow(cells, row);
      } catch (e) {
        fail(e);
      }
    });
    parser.once('end', resolve);
    parser.once('error', fail);
    input.once('error', fail);
    input.pipe(parser);
  });
  return row;
}

/** Reads an activity CSV: maps the header (INVALID_INPUT if a required column is missing) then streams rows. */
export async function readActivityCsv(
  source: CsvSource,
  file: string,
  onRow: (cells: readonly string[], row: number, map: ColumnMap) => void,
): Promise<number> {
  let map: ColumnMap | undefined;
  return readCsvRows(
    source,
    (header) => {
      map = mapColumns(header, file);
    },
    (cells, row) => {
      if (map) onRow(cells, row, map);
    },
  );
}
