import { InvalidRowsError, type RowProblem } from '../aggregate/index.js';
import { orderFacts, type CalcResult, type CalculatedFact } from '../engine/index.js';
import { readCsvRows, readXlsxRows, type CsvSource } from '../input/index.js';
import {
  readPerson,
  ROSTER_COLUMNS,
  tallyPerson,
  trainingFacts,
  workforceFacts,
  type Tally,
  type TurnoverFormula,
} from '../roster/index.js';
import { EsgError } from '../../core/index.js';

/** Options of a roster calculation. */
export interface RosterRunOptions {
  readonly file: string;
  readonly entity: string;
  readonly year: number;
  readonly turnoverFormula?: TurnoverFormula;
}

const REQUIRED = ['employee_id', 'gender', 'hire_date'] as const;

/** Collects roster rows into tallies, checking ids are unique and every cell reads. */
class RosterReader {
  readonly tallies = new Map<string, Tally>();
  readonly problems: RowProblem[] = [];
  private readonly seen = new Map<string, number>();
  private columns = new Map<string, number>();
  private extra: (readonly [string, number])[] = [];
  outsideYear = 0;

  constructor(private readonly options: RosterRunOptions) {}

  header(cells: readonly string[]): void {
    const names = cells.map((c) => c.trim().toLowerCase());
    const missing: string[] = REQUIRED.filter((c) => !names.includes(c));
    if (!names.includes('birth_year') && !names.includes('age')) missing.push('birth_year or age');
    if (missing.length > 0)
      throw new EsgError(
        'INVALID_INPUT',
        `${this.options.file}: the roster header lacks ${missing.join(', ')}`,
      );
    const known = new Set<string>(ROSTER_COLUMNS);
    this.columns = new Map(names.map((n, i) => [n, i]));
    this.extra = names.flatMap((n, i) => (known.has(n) || n === '' ? [] : [[n, i] as const]));
  }

  row(cells: readonly string[], row: number): void {
    const cell = (name: string) => {
      const i = this.columns.get(name);
      return i === undefined ? undefined : (cells[i] ?? '');
    };
    const extra: Record<string, string> = {};
    for (const [n, i] of this.extra) {
      const v = (cells[i] ?? '').trim();
      if (v) extra[n] = v;
    }
    const p = readPerson(cell, row, this.options.year, extra, this.problems);
    if (!p) return;
    const first = this.seen.get(p.id);
    if (first !== undefined) {
      this.problems.push({
        row,
        column: 'employee_id',
        value: p.id,
        message: `employee id ${p.id} already on row ${first}`,
      });
      return;
    }
    this.seen.set(p.id, row);
    const y = this.options.year;
    if (p.hired > `${y}-12-31` || (p.left !== null && p.left < `${y}-01-01`)) {
      this.outsideYear++; // not employed in the reporting year: not counted
      return;
    }
    tallyPerson(this.tallies, p, y);
  }

  result(): CalcResult {
    if (this.problems.length > 0) throw new InvalidRowsError(this.options.file, this.problems);
    const { entity, year } = this.options;
    const formula = this.options.turnoverFormula ?? 'leavers_over_end_plus_leavers';
    const facts: CalculatedFact[] = [];
    for (const t of this.tallies.values()) facts.push(...workforceFacts(entity, year, t, formula));
    for (const t of this.tallies.values()) {
      const keys = Object.keys(t.dims);
      // HKEX B3.1/B3.2 ask for training by gender and by employee category.
      if (keys.length === 0 || keys[0] === 'gender' || keys[0] === 'employee_category')
        facts.push(...trainingFacts(entity, year, t));
    }
    const notes =
      this.outsideYear > 0
        ? [`${this.outsideYear} roster row(s) not employed in ${year} were not counted`]
        : [];
    return { facts: facts.sort(orderFacts), notes };
  }
}

/** Workforce, turnover and training facts from a roster CSV for one reporting year. */
export async function runRosterCsv(source: CsvSource, options: RosterRunOptions): Promise<CalcResult> {
  const reader = new RosterReader(options);
  await readCsvRows(
    source,
    (h) => {
      reader.header(h);
    },
    (cells, row) => {
      reader.row(cells, row);
    },
  );
  return reader.result();
}

/** As {@link runRosterCsv}, from the first sheet of an XLSX workbook. */
export async function runRosterXlsx(bytes: Uint8Array, options: RosterRunOptions): Promise<CalcResult> {
  const reader = new RosterReader(options);
  let headerSeen = false;
  await readXlsxRows(bytes, options.file, (cells, row) => {
    if (!headerSeen) {
      headerSeen = true;
      reader.header(cells);
    } else reader.row(cells, row);
  });
  return reader.result();
}
