import { parseNumber, tryParseUnit, type Unit } from '../../core/index.js';
import { acceptsDimension, findActivity, type ActivityDef } from '../activity/index.js';
import type { Factor, FactorLibrary } from '../factors/index.js';
import { readPlainAmount, scaledFromDecimal, type ScaledAmount } from './amount.js';
import { ActivityGroup } from './activity-group.js';
import { FastAmountReader } from './fast-amount.js';
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
 * groups, not rows. Every lookup (activity, unit and its dimension, year, factor ids) is cached by
 * its text, and plain amounts are read without allocating, so a row costs a few map lookups and
 * one float addition.
 */
export class ActivityAggregator {
  private readonly groups = new Map<string, ActivityGroup>();
  private readonly found: RowProblem[] = [];
  private readonly activities = new Map<string, ActivityDef | null>();
  private readonly units = new Map<ActivityDef, Map<string, Unit | string>>();
  private readonly years = new Map<string, number | null>();
  private readonly overrides = new Map<string, readonly Factor[] | string>();
  private readonly amount = new FastAmountReader();
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
    const activity = this.activity(r);
    const year = this.year(r);
    let unit: Unit | undefined;
    if (activity) unit = this.unit(r, activity);
    else this.unitOnly(r);
    const fast = this.amount.read(r.amount) && !this.amount.negative;
    const slow = fast ? undefined : this.slowAmount(r);
    const overrides = activity && r.factor !== '' ? this.override(r, activity) : [];
    if (!activity || year === undefined || !unit || (!fast && !slow) || !overrides) return;
    const key =
      r.site +
      SEP +
      r.year +
      SEP +
      activity.id +
      SEP +
      r.unit +
      SEP +
      r.region +
      SEP +
      r.factor +
      (r.dims ? SEP + JSON.stringify(r.dims) : '');
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
    if (slow) group.sum.add(slow);
    else group.sum.addSmall(this.amount.value, this.amount.scale);
    group.noteRow(r.row);
  }

  private problem(r: ActivityRecord, column: string, value: string, message: string): void {
    this.found.push({ row: r.row, column, value, message });
  }

  private activity(r: ActivityRecord): ActivityDef | undefined {
    let a = this.activities.get(r.activity);
    if (a === undefined) {
      a = findActivity(r.activity.trim()) ?? null;
      this.activities.set(r.activity, a);
    }
    if (a === null) this.problem(r, 'activity', r.activity, `unknown activity "${r.activity}"`);
    return a ?? undefined;
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

  /** The unit, checked against the activity's dimensions; a problem message is cached like a unit. */
  private unit(r: ActivityRecord, activity: ActivityDef): Unit | undefined {
    let byText = this.units.get(activity);
    if (!byText) {
      byText = new Map();
      this.units.set(activity, byText);
    }
    let u = byText.get(r.unit);
    if (u === undefined) {
      u = checkUnit(r.unit, activity);
      byText.set(r.unit, u);
    }
    if (typeof u === 'string') {
      this.problem(r, 'unit', r.unit, u);
      return undefined;
    }
    return u;
  }

  /** For a row with an unknown activity, still report an unknown unit. */
  private unitOnly(r: ActivityRecord): void {
    if (r.unit.trim() === '' || !tryParseUnit(r.unit)) this.problem(r, 'unit', r.unit, unitMessage(r.unit));
  }

  /** Amounts the fast reader declined: long, negative, or printed otherwise ("1.2 million", "(12)"). */
  private slowAmount(r: ActivityRecord): ScaledAmount | undefined {
    const plain = readPlainAmount(r.amount);
    let amount: ScaledAmount | undefined;
    let negative = false;
    if (plain.kind === 'amount') {
      amount = plain.amount;
      negative = plain.negative;
    } else {
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

function unitMessage(text: string): string {
  return text.trim() === '' ? 'no unit' : `unknown unit "${text}"`;
}

function checkUnit(text: string, activity: ActivityDef): Unit | string {
  const u = text.trim() === '' ? undefined : tryParseUnit(text);
  if (!u) return unitMessage(text);
  if (!acceptsDimension(activity, u.dimension)) {
    return `${activity.id} is measured in ${activity.dimensions.join(' or ')}, not ${u.dimension} (${u.symbol})`;
  }
  return u;
}
