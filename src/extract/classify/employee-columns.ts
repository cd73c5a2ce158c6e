import { getMetric, type Dims, type Metric } from '../../core/index.js';
import type { Mention } from '../mention/index.js';
import { namesAveragePerPerson } from './average-label.js';
import { chooseMetric, type PhraseCache } from './choose-metric.js';
import type { PrintedUnit } from './printed-unit.js';
import { trainingColumnPhrase } from './training-column.js';

// A column of averages: "Average hours", "Avg. hours", "Mean", "Hours per capita", "Hours per employee".
const AVERAGE_COLUMN = /^(?:average|avg|mean)\b|\bper\s+(?:capita|head|person|employee)\s*$/i;

/**
 * A column header that prints an average per person, in English or in the words of
 * average-label-words.data.json ("Durchschnitt", "เฉลี่ย/คน", "人均"): its figures are never a count.
 */
export function namesAverageColumn(column: string): boolean {
  return AVERAGE_COLUMN.test(column) || namesAveragePerPerson(column);
}

/**
 * "Training hours by grade" over "Hours | Average / person": the training hours a caption names are,
 * under an average column, the average per employee (GRI 404-1), never the total.
 */
export function averageOfHours(
  chosen: ReturnType<typeof chooseMetric>,
  averaged: boolean,
): ReturnType<typeof chooseMetric> {
  return averaged && chosen?.metric.id === 'training.hours_total'
    ? { ...chosen, metric: getMetric('training.hours_average') }
    : undefined;
}

/** A breakdown row under a bare "Participants" or "Hours" column of a training table: its trained or hours. */
export function trainingColumn(
  m: Mention,
  dims: Dims,
  printed: PrintedUnit | undefined,
  cache: PhraseCache | undefined,
  fits: (metric: Metric) => boolean,
): ReturnType<typeof chooseMetric> {
  const phrase = trainingColumnPhrase(m, dims);
  return phrase === undefined ? undefined : chooseMetric([phrase], printed, 1, cache, fits);
}

/** An "Average hours" column in a table of training or learning: HKEX B3.2's average training hours. */
export function isTrainingHours(m: Mention): boolean {
  return /\bhours?\b/i.test(m.column ?? '') && m.context.some((c) => /\b(?:training|learning)\b/i.test(c));
}

// A column headed only by a count word, as printed beside a "%" column under each year ("Number | %"),
// in English or Georgian ("რაოდენობა").
const COUNT_COLUMN =
  /^(?:number|no\.?|count|headcount|რაოდენობა)(?:\s*\(\s*(?:persons|people|headcount)\s*\))?$/iu;

/**
 * A figure under a bare "Number" column, printed without a unit, counts people or events and is no
 * rate: "Employee turnover by gender" over "Number | %" gives the leavers, then their rate (HKEX B1.2).
 */
export function underCountColumn(m: Mention, printed: PrintedUnit | undefined): boolean {
  return m.kind === 'table' && printed === undefined && COUNT_COLUMN.test((m.column ?? '').trim());
}

/**
 * "Age group | Number | Share, %" over "Under 30 | 236 | 20.7", "Category | Number" over "Managers | 64":
 * a bare count of a group of people (an age band, a staff category) that no word of the table names
 * otherwise is that group's headcount (GRI 2-7, 405-1); so is a bare count in a managers' row.
 */
export function groupHeadcount(
  m: Mention,
  dims: Dims,
  printed: PrintedUnit | undefined,
  cache: PhraseCache | undefined,
  fits: (metric: Metric) => boolean,
): ReturnType<typeof chooseMetric> {
  if (!/^\d+$/.test(m.value)) return undefined;
  // "Ledere | 37 | 13 | 50" under "Menn | Kvinner | Totalt": the managers' row counts them without a unit.
  const managers = m.kind === 'table' && printed === undefined && dims.employee_category === 'management';
  if (!underCountColumn(m, printed) && !managers) return undefined;
  if (!personal(dims) && dims.employee_category === undefined) return undefined;
  return chooseMetric(
    ['employees'],
    undefined,
    1,
    cache,
    (metric) => fits(metric) && metric.kind === 'count',
  );
}

// A column headed only by the percent sign, as printed beside a count under each year ("(%)").
export const BARE_SHARE = /^(?:(?:share|percentage|proportion)\s*)?\(?\s*%\s*\)?$/i;

/**
 * A "%" column beside a headcount ("Male | 902 | 61.4"): the share of the workforce in the row's
 * group (HKEX B1.1, GRI 405-1), never a headcount printed in "%".
 */
export function headcountShare(
  texts: readonly string[],
  printed: PrintedUnit | undefined,
  core: number,
  cache: PhraseCache | undefined,
  fits: (metric: Metric) => boolean,
): ReturnType<typeof chooseMetric> {
  if (printed?.unit.symbol !== '%') return undefined;
  const count = chooseMetric(texts, undefined, core, cache, (m) => fits(m) && m.id === 'workforce.total');
  if (count) return { ...count, metric: getMetric('workforce.share') };
  // A header "Number (persons) | Share (%)" counts people without naming employees.
  const persons = texts.find((t) => PERSONS_HEADER.test(t));
  return persons === undefined
    ? undefined
    : { metric: getMetric('workforce.share'), phrase: 'persons', score: 1 };
}

const PERSONS_HEADER = /\b(?:number|no\.)\s*\(\s*(?:persons|people|headcount)\s*\)/i;

// Breakdowns only people have: a figure by gender or age group is about employees (GRI 2-7, 401, 405).
const PERSONAL_DIMS = ['gender', 'age'] as const;

/** Whether a figure is broken down by a breakdown only people have (gender, age). */
export function personal(dims: Dims): boolean {
  return PERSONAL_DIMS.some((k) => dims[k] !== undefined);
}

/** A metric the catalogue never breaks down by gender or age does not take a figure so broken down. */
export function breakdownFits(metric: Metric, dims: Dims): boolean {
  return PERSONAL_DIMS.every((k) => dims[k] === undefined || metric.dims.includes(k));
}

/** True when the table's words qualify the column as employees' ("New hires and employee turnover" over "Turnover"). */
export function captionedForEmployees(context: readonly string[], column: string): boolean {
  const header = column.trim().toLowerCase();
  if (header === '' || header.length > 40) return false;
  return context.some((c) => {
    const text = c.toLowerCase();
    const at = text.indexOf(header);
    return at > 0 && /\b(?:employees?|staff)\s+$/.test(text.slice(0, at));
  });
}

/**
 * A column header read as about employees: in a table by gender or age, a bare header "Turnover" is
 * employee turnover, not revenue. Only a phrase with a word of the header's own counts ("employee
 * turnover"), not "employees" alone.
 */
export function asEmployees(
  column: string,
  printed: PrintedUnit | undefined,
  cache: PhraseCache | undefined,
  fits: (metric: Metric) => boolean,
): ReturnType<typeof chooseMetric> {
  // A header with no rate word over figures printed without "%" counts people.
  const counted = !/\b(?:rate|ratio|percentage|proportion|share)\b|%/i.test(column) && printed === undefined;
  const kindFits = (metric: Metric) => fits(metric) && (!counted || metric.kind === 'count');
  const choice = chooseMetric([`employee ${column}`], printed, 1, cache, kindFits);
  if (!choice) return undefined;
  const words = new Set(column.toLowerCase().split(/[^a-z]+/));
  const named = choice.phrase
    .toLowerCase()
    .split(/[^a-z]+/)
    .some((w) => w !== '' && !/^(?:employees?|staff)$/.test(w) && words.has(w));
  return named ? choice : undefined;
}

/**
 * "Sales Workers | 124 | 86 | 210" in an EEO-1 table by job category: a row whose label ends on a
 * people noun is a group of staff, so a money metric its first word names (sales as revenue) gives
 * way to the headcount when the row prints no money unit; so does a row under a "By category" heading.
 */
export function staffCategoryRow(
  m: Mention,
  picked: ReturnType<typeof chooseMetric>,
  printed: PrintedUnit | undefined,
  cache: PhraseCache | undefined,
  fits: (metric: Metric) => boolean,
): ReturnType<typeof chooseMetric> {
  if (m.kind !== 'table' || printed !== undefined || !picked?.metric.dimension.startsWith('money'))
    return undefined;
  if (!STAFF_NOUN_LAST.test(m.label.trim()) && !m.context.some((c) => BY_STAFF_CATEGORY.test(c.trim())))
    return undefined;
  return chooseMetric(
    ['employees'],
    undefined,
    1,
    cache,
    (metric) => fits(metric) && metric.kind === 'count',
  );
}

const STAFF_NOUN_LAST = /\b(?:workers|employees|staff|personnel)$/i;
// A group heading over staff categories in a workforce table ("By category" over "Sales and support").
const BY_STAFF_CATEGORY = /^by\s+(?:employee\s+|job\s+|staff\s+)?categor(?:y|ies)$/i;
