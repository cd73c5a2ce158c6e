import { parseNumber, tryParseUnit, type Unit } from '../../core/index.js';
import { acceptsDimension, findActivity, type ActivityDef } from '../activity/index.js';
import type { Factor, FactorLibrary } from '../factors/index.js';
import { readPlainAmount, scaledFromDecimal, type ScaledAmount } from './amount.js';
import { ActivityGroup } from './activity-group.js';
import { overrideProblem } from './override.js';
import type { RowProblem } from './row-problem.js';

/** One activity row as read from CSV or XLSX, every cell still text. */
export interface ActivityRecord {
  /** 1-based spreadsheet row (the header is row 1). */
  readonly row: number;
  readonly site: string;
  readonly year: string;
  readonly activity: string;
  readonly amount: string;
  readonly unit: string;
  readonly region: string;
  readonly factor: string;
  /** Extra columns, kept as fact dimensions. */
  readonly dims?: Readonly<Record<string, string>>;
}

const SEP = '\u0001';

/**
 * Validates activity rows and sums them by group as they stream in. Memory grows with the number of
 * groups, not rows. Lookups (units, activities, years, factor ids) are cached by their text, so a
 * row costs a few map lookups and one BigInt addition.
 */
export class ActivityAggregator {
  private readonly groups = new Map<string, ActivityGroup>();
  private readonly found: RowProblem[] = [];
  private readonly units = new Map<string, Unit | null>();
  private readonly years = new Map<string, number | null>();
  private readonly overrides = new Map<string, readonly Factor[] | string>();
  rowsRead = 0;

  constructor(private readonly library: FactorLibrary) {}

  /** Every problem found so far, in row order. */
  problems(): readonly RowProblem[] {
    return this.found;
  }

  /** The groups summed so far. */
  activityGroups(): readonly ActivityGroup[] {
    return [...this.groups.values()];
  }

  /** Validates one row and adds it to its group; a bad row is recorded and skipped. */
  add(r: ActivityRecord): void {
    this.rowsRead++;
    const before = this.found.length;
    const activity = findActivity(r.activity.trim());
    if (!activity) this.problem(r, 'activity', r.activity, `unknown activity "${r.activity}"`);
    const year = this.year(r);
    const unit = this.unit(r, activity);
    const amount = this.amount(r);
    const overrides = activity ? this.override(r, activity) : undefined;
    if (this.found.length > before || !activity || year === undefined || !unit || !amount || !overrides)
      return;
    const dimsKey = r.dims ? JSON.stringify(r.dims) : '';
    const key =
      r.site +
      SEP +
      String(year) +
      SEP +
      activity.id +
      SEP +
      r.unit +
      SEP +
      r.region +
      SEP +
      r.factor +
      SEP +
      dimsKey;
    let group = this.groups.get(key);
    if (!group) {
      group = new ActivityGroup(
        r.site.trim(),
        year,
        activity,
        unit,
        r.region.trim(),
        overrides,
        r.dims ?? {},
      );
      this.groups.set(key, group);
    }
    group.sum.add(amount);
    group.noteRow(r.row);
  }

  private problem(r: ActivityRecord, column: string, value: string, message: string): void {
    this.found.push({ row: r.row, column, value, message });
  }

  private year(r: ActivityRecord): number | undefined {
    let y = this.years.get(r.year);
    if (y === undefined) {
      const t = r.year.trim();
      const n = /^\d{4}$/.test(t) ? Number(t) : NaN;
      y = n >= 1900 && n <= 2100 ? n : null;
      this.years.set(r.year, y);
    }
    if (y === null) this.problem(r, 'year', r.year, `"${r.year}" is not a year (four digits)`);
    return y ?? undefined;
  }

  private unit(r: ActivityRecord, activity: ActivityDef | undefined): Unit | undefined {
    let u = this.units.get(r.unit);
    if (u === undefined) {
      u = r.unit.trim() === '' ? null : (tryParseUnit(r.unit) ?? null);
      this.units.set(r.unit, u);
    }
    if (u === null) {
      this.problem(r, 'unit', r.unit, r.unit.trim() === '' ? 'no unit' : `unknown unit "${r.unit}"`);
      return undefined;
    }
    if (activity && !acceptsDimension(activity, u.dimension)) {
      const allowed = activity.dimensions.join(' or ');
      this.problem(
        r,
        'unit',
        r.unit,
        `${activity.id} is measured in ${allowed}, not ${u.dimension} (${u.symbol})`,
      );
      return undefined;
    }
    return u;
  }

  private amount(r: ActivityRecord): ScaledAmount | undefined {
    const plain = readPlainAmount(r.amount);
    let amount: ScaledAmount | undefined;
    let negative = false;
    if (plain.kind === 'amount') {
      amount = plain.amount;
      negative = plain.negative;
    } else {
      // Not plain text: let the unit registry's number reader try ("1.2 million", "(12)", "RMB600,000").
      try {
        const p = parseNumber(r.amount);
        if (p.kind === 'value') {
          const v = p.value.times(p.scale);
          negative = v.isNegative() && !v.isZero();
          amount = scaledFromDecimal(v.abs());
        }
      } catch {
        amount = undefined; // NUMBER_INVALID: reported below as a row problem
      }
    }
    if (!amount) {
      this.problem(
        r,
        'amount',
        r.amount,
        r.amount.trim() === '' ? 'no amount' : `"${r.amount}" is not a number`,
      );
      return undefined;
    }
    if (negative) {
      this.problem(
        r,
        'amount',
        r.amount,
        `negative amount ${r.amount.trim()}; enter consumption as a positive number`,
      );
      return undefined;
    }
    return amount;
  }

  private override(r: ActivityRecord, activity: ActivityDef): readonly Factor[] | undefined {
    if (r.factor.trim() === '') return [];
    const key = activity.id + SEP + r.factor;
    let o = this.overrides.get(key);
    if (o === undefined) {
      o = overrideProblem(this.library, activity, r.factor);
      this.overrides.set(key, o);
    }
    if (typeof o === 'string') {
      this.problem(r, 'factor', r.factor, o);
      return undefined;
    }
    return o;
  }
}
