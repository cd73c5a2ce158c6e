import { EsgError } from '../../core/index.js';

/** One thing wrong with one input row: where (1-based spreadsheet row, header = row 1, and column) and why. */
export interface RowProblem {
  readonly row: number;
  readonly column: string;
  readonly value: string;
  readonly message: string;
}

/** How many problems the error message lists before it says how many more there are. */
const LISTED = 100;

/**
 * INVALID_INPUT carrying every bad row of a file. Nothing is computed when one is thrown, so a
 * preparer fixes all rows in one pass instead of one error per run.
 */
export class InvalidRowsError extends EsgError {
  readonly problems: readonly RowProblem[];

  constructor(file: string, problems: readonly RowProblem[]) {
    const lines = problems.slice(0, LISTED).map((p) => `  row ${p.row}, column ${p.column}: ${p.message}`);
    const more = problems.length > LISTED ? [`  … and ${problems.length - LISTED} more`] : [];
    const count = problems.length === 1 ? '1 bad row' : `${problems.length} problems`;
    super('INVALID_INPUT', [`${file}: ${count}; nothing was computed`, ...lines, ...more].join('\n'));
    this.name = 'InvalidRowsError';
    this.problems = problems;
  }
}
