import { dec, type Decimal } from '../../core/index.js';
import { MAX_ROWS_LISTED } from '../aggregate/index.js';
import type { Person } from './person.js';

/** Row numbers of the people counted in one figure, listed up to the lineage cap. */
export class RowSet {
  readonly rows: number[] = [];
  count = 0;

  /** Counts one person's row. */
  add(row: number): void {
    this.count++;
    if (this.rows.length < MAX_ROWS_LISTED) this.rows.push(row);
  }
}

/** Counts for one breakdown (all staff, women, the 30-50 band, one category …) of one year. */
export class Tally {
  readonly population = new RowSet();
  readonly atStart = new RowSet();
  readonly atEnd = new RowSet();
  readonly hires = new RowSet();
  readonly leavers = new RowSet();
  readonly trained = new RowSet();
  hours: Decimal = dec(0);

  constructor(readonly dims: Readonly<Record<string, string>>) {}
}

/** The breakdowns one person counts in: the total, then each dimension on its own. */
export function viewsOf(p: Person): Record<string, string>[] {
  const views: Record<string, string>[] = [{}, { gender: p.gender }, { age: p.age }];
  if (p.region) views.push({ region: p.region });
  if (p.category) views.push({ employee_category: p.category });
  if (p.employmentType) views.push({ employment_type: p.employmentType });
  for (const [k, v] of Object.entries(p.extra)) views.push({ [k]: v });
  return views;
}

/**
 * Adds a person to the tallies of every breakdown they belong to. The year runs from 1 January to
 * 31 December; someone whose leave date is 31 December is a leaver, not year-end headcount.
 */
export function tallyPerson(tallies: Map<string, Tally>, p: Person, year: number): void {
  const start = `${year}-01-01`;
  const end = `${year}-12-31`;
  for (const dims of viewsOf(p)) {
    const key = JSON.stringify(dims);
    let t = tallies.get(key);
    if (!t) {
      t = new Tally(dims);
      tallies.set(key, t);
    }
    t.population.add(p.row);
    if (p.hired < start) t.atStart.add(p.row);
    if (p.left === null || p.left > end) t.atEnd.add(p.row);
    if (p.hired >= start) t.hires.add(p.row);
    if (p.left !== null && p.left <= end) t.leavers.add(p.row);
    if (p.trainingHours.greaterThan(0)) t.trained.add(p.row);
    t.hours = t.hours.plus(p.trainingHours);
  }
}
