import { Decimal } from '../../core/index.js';
import { readPlainAmount, type RowProblem } from '../aggregate/index.js';

/** Age bands at year end, as HKEX reports print them. */
export const AGE_BANDS = ['<30', '30-50', '>50'] as const;
/** One of {@link AGE_BANDS}. */
export type AgeBand = (typeof AGE_BANDS)[number];

/** One roster row, validated. Dates are ISO `YYYY-MM-DD` strings (they compare as text). */
export interface Person {
  readonly row: number;
  readonly id: string;
  readonly gender: string;
  readonly age: AgeBand;
  readonly region: string;
  readonly category: string;
  readonly employmentType: string;
  readonly hired: string;
  readonly left: string | null;
  readonly trainingHours: Decimal;
  /** Other columns (e.g. site), kept as breakdowns. */
  readonly extra: Readonly<Record<string, string>>;
}

/** Roster columns with a meaning (spec/calc-input.md, Roster). */
export const ROSTER_COLUMNS = [
  'employee_id',
  'gender',
  'birth_year',
  'age',
  'region',
  'category',
  'employment_type',
  'hire_date',
  'leave_date',
  'training_hours',
] as const;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isoDate(text: string): string | undefined {
  const t = text.trim();
  const m = ISO_DATE.exec(t);
  if (!m) return undefined;
  const d = new Date(`${t}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === t ? t : undefined;
}

/** `<30`, `30-50` (both ends included) or `>50` for an age at year end. */
export function ageBand(age: number): AgeBand {
  if (age < 30) return '<30';
  return age <= 50 ? '30-50' : '>50';
}

/** Reads one roster row into a person, or records its problems (every bad cell, not just the first). */
export function readPerson(
  cell: (name: string) => string | undefined,
  row: number,
  year: number,
  extra: Record<string, string>,
  problems: RowProblem[],
): Person | undefined {
  const before = problems.length;
  const bad = (column: string, value: string, message: string) =>
    problems.push({ row, column, value, message });
  const text = (name: string) => (cell(name) ?? '').trim();
  const id = text('employee_id');
  if (!id) bad('employee_id', '', 'no employee id');
  const gender = text('gender').toLowerCase();
  if (!gender) bad('gender', '', 'no gender');
  let age: number | undefined;
  const birth = cell('birth_year');
  if (birth !== undefined && birth.trim() !== '') {
    const y = /^\d{4}$/.test(birth.trim()) ? Number(birth.trim()) : NaN;
    if (Number.isNaN(y) || y > year) bad('birth_year', birth, `"${birth}" is not a birth year`);
    else age = year - y; // age reached by 31 December of the reporting year
  } else if (cell('age') !== undefined && text('age') !== '') {
    const a = /^\d{1,3}$/.test(text('age')) ? Number(text('age')) : NaN;
    if (Number.isNaN(a)) bad('age', text('age'), `"${text('age')}" is not an age in years`);
    else age = a;
  } else bad(cell('birth_year') !== undefined ? 'birth_year' : 'age', '', 'no birth year or age');
  const hired = isoDate(text('hire_date'));
  if (!hired) bad('hire_date', text('hire_date'), `"${text('hire_date')}" is not an ISO date (YYYY-MM-DD)`);
  const leaveText = text('leave_date');
  const left = leaveText === '' ? null : isoDate(leaveText);
  if (left === undefined) bad('leave_date', leaveText, `"${leaveText}" is not an ISO date (YYYY-MM-DD)`);
  else if (left !== null && hired && left < hired)
    bad('leave_date', leaveText, `leave date ${left} is before hire date ${hired}`);
  const hoursText = text('training_hours');
  let trainingHours = new Decimal(0);
  if (hoursText !== '') {
    const r = readPlainAmount(hoursText);
    if (r.kind !== 'amount' || r.negative)
      bad('training_hours', hoursText, `"${hoursText}" is not a number of hours`);
    else
      trainingHours = new Decimal(r.amount.digits.toString()).dividedBy(new Decimal(10).pow(r.amount.scale));
  }
  if (problems.length > before || age === undefined || !hired || left === undefined) return undefined;
  return {
    row,
    id,
    gender,
    age: ageBand(age),
    region: text('region'),
    category: text('category'),
    employmentType: text('employment_type'),
    hired,
    left,
    trainingHours,
    extra,
  };
}
