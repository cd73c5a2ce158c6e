import { isChangeHeading, type Place } from '../layout/index.js';
import { parseCellValue } from '../numbers/index.js';
import { isRemarkHeading } from './column-heading.js';
import { looksLikeUnit } from './unit-cell.js';
import { UNIT_HEADING } from './unit-heading.js';
import { targetValueColumns } from './target-columns.js';
import { parseYearCell, resolveYears, type YearCell } from './year-cell.js';

export { isChangeHeading };

/** A column of a table's header: the year it holds, or the measure its header names. */
export interface HeaderColumn {
  readonly index: number;
  readonly text: string;
  readonly year?: number;
  readonly role: 'actual' | 'target' | 'base';
  /** Where the column's heading is printed on a line aligned with spaces (first and last character + 1). */
  readonly at?: Place;
}

/** A table header: its columns right of the label column. */
export interface TableHeader {
  readonly columns: readonly HeaderColumn[];
  /** Column whose header reads "Unit(s)". */
  readonly unitIndex?: number;
  /** The header over the label column ("GHG emissions (tCO2e)"), '' when none. */
  readonly label: string;
}

// "< 30", "> 50", "≥ 55": the bound of an age band as a column heading prints it.
const AGE_BOUND = /^\s*[<>≤≥]\s*\d{2}\s*$/;

// A cell that starts with a share or a grouped or decimal figure and goes on in words ("82.3% (solar and
// fuelwood)", "3,916,630 kg made tea"): a value described, never a column's heading.
const LEADING_FIGURE = /^[-−]?(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+|\d+%)(?=\s|%|$)/;

/** A header whose age-band columns ("Men | Women | < 30 | 30-50 | > 50") split would read as figures. */
export function headsAgeBands(cells: readonly string[], reportYear: number): boolean {
  return cells.some((c) => AGE_BOUND.test(c)) && readHeader(cells, reportYear) !== undefined;
}

/**
 * Reads a row as a header: no figure cells other than years, and either a year or at least two
 * filled cells. Returns undefined for data rows and one-cell group rows.
 */
export function readHeader(raw: readonly string[], reportYear: number): TableHeader | undefined {
  const cells = joinCutWords(raw);
  const filled = cells.flatMap((text, index) => (text === '' ? [] : [{ text, index }]));
  const years = cells.map((c, i) => (c === '' || titlesLabels(cells, i) ? undefined : datedMeasure(c)?.year));
  const hasYear = years.some((y) => y !== undefined);
  // "Men | Women | < 30 | 30-50 | > 50": an age band's bound heads a column among worded headings.
  const worded = filled.filter((c) => c.index > 0 && /^\p{L}/u.test(c.text)).length;
  const bound = (text: string): boolean => worded >= 2 && AGE_BOUND.test(text);
  const hasFigure = filled.some(
    (c) =>
      (parseCellValue(c.text)?.kind === 'value' || LEADING_FIGURE.test(c.text)) &&
      !years[c.index] &&
      !bound(c.text),
  );
  if (hasFigure || (!hasYear && filled.length < 2)) return undefined;
  const resolved = resolveYears(years, reportYear);
  let unitIndex: number | undefined;
  let label = '';
  const columns: HeaderColumn[] = [];
  for (const { text, index } of filled) {
    // "Unit of | 2023 | 2024" over "Item | measure | …": the label column's heading is on a lower line,
    // and the first heading printed is the units column's.
    if (index === 0 && !hasYearAt(years, 0) && !(hasYear && UNIT_HEADING.test(text))) {
      label = text;
      continue;
    }
    if (UNIT_HEADING.test(text)) {
      unitIndex = index;
      continue;
    }
    // A remarks column ("Notes") after the years heads words: no figure is read under it.
    if (hasYear && isRemarkHeading(text)) continue;
    const year = resolved[index];
    const role = years[index]?.role ?? 'actual';
    const named = datedMeasure(text)?.measure ?? text;
    columns.push(year === undefined ? { index, text: named, role } : { index, text: named, year, role });
  }
  // "ESRS ref. | Data point | Unit | 2024": a heading left of the units column names the rows, no figures.
  // A units column printed last ("Female | Male | Total | Units", the unit after the figures) heads no
  // figure after it, so the headings before it head the figures.
  const unitAt = unitIndex;
  const unitLast = unitAt !== undefined && !columns.some((c) => c.index > unitAt);
  const figured = columns.filter(
    (c) => unitAt === undefined || unitLast || c.index > unitAt || c.year !== undefined,
  );
  const named = targetValueColumns(nameBareRates(figured));
  return unitIndex === undefined ? { columns: named, label } : { columns: named, unitIndex, label };
}

// A bare rate header after a count's column ("New hires | Rate | Leavers | Rate"): GRI 401-1 tables
// print each count with its rate, and the rate is of the count on its left.
const BARE_RATE = /^(?:rate|ratio|percentage|proportion)(?:\s*\(%\))?$/i;
const BARE_COUNT = /^(?:number|no\.?|count|total|persons?|people|headcount|%|rate)\b/i;

/** Columns with a bare "Rate" after a count's column named for that count ("New hires Rate"). */
export function nameBareRates(columns: readonly HeaderColumn[]): HeaderColumn[] {
  return columns.map((c, i) => {
    const before = columns[i - 1];
    if (c.year !== undefined || !BARE_RATE.test(c.text) || !before || before.year !== undefined) return c;
    if (BARE_COUNT.test(before.text) || /%|\brate\b/i.test(before.text)) return c;
    return { ...c, text: `${before.text} ${c.text}` };
  });
}

/**
 * Joins a word the layout cut with a tab ("Ind", "icators"), keeping the columns' count otherwise. Two
 * units side by side ("MMcf | e3m3", a volume in two systems) are two columns, not one cut word, and so
 * is a unit word after words ("Fuel oil burnt at the kilns | tonnes").
 */
function joinCutWords(cells: readonly string[]): string[] {
  const out: string[] = [];
  for (const c of cells) {
    const prev = out[out.length - 1];
    const cut = prev !== undefined && /[a-z]$/.test(prev) && /^[a-z]/.test(c);
    // A unit word of its own after a title ("Fuel oil burnt at the kilns | tonnes") heads its column.
    // One word: "in EUR thousand" at a title's right end states the title's unit, it heads no column.
    const unitHeading = c.length >= 3 && !/\s/.test(c) && looksLikeUnit(c) && /\s/.test(prev ?? '');
    // "Species | tonnes 2025": a heading over its year is a column of its own, not the rest of a cut word.
    const dated = datedMeasure(c) !== undefined;
    // "Indicatore | u.m.": the Italian units heading is lower case, a column of its own after the label's.
    const unitsColumn = UNIT_HEADING.test(c);
    if (
      prev !== undefined &&
      cut &&
      !unitHeading &&
      !dated &&
      !unitsColumn &&
      !(looksLikeUnit(prev) && looksLikeUnit(c))
    )
      out[out.length - 1] = prev + c;
    else out.push(c);
  }
  return out;
}

// A title dated after a comma ("Training, 2025") or a numbered caption ("Table 9 Training 2025").
const DATED_TITLE =
  /^(?:\p{L}.*,\s*(?:FY\s?)?(?:19|20)\d{2}|(?:table|tabla|tableau|tabelle|tabel)\b.*\b(?:19|20)\d{2})$/iu;

/**
 * Whether cell `i` is a dated title over the label column ("Training, 2025 | Employees | Trained"): the
 * first cell, before two or more headings none of which holds a year, so the year dates the table,
 * not a column of its own.
 */
function titlesLabels(cells: readonly string[], i: number): boolean {
  if (i !== 0 || !DATED_TITLE.test(cells[0]?.trim() ?? '')) return false;
  const rest = cells.slice(1).filter((c) => c !== '');
  return rest.length >= 2 && rest.every((c) => datedMeasure(c) === undefined && /^[\p{L}%(]/u.test(c));
}

/** The year a dated title over the label column ("Training, 2025") gives the table, if any. */
export function titleYearOf(header: TableHeader | undefined): number | undefined {
  const label = header?.label.trim() ?? '';
  if (!DATED_TITLE.test(label)) return undefined;
  return Number(/((?:19|20)\d{2})$/.exec(label)?.[1]);
}

function hasYearAt(years: readonly unknown[], i: number): boolean {
  return years[i] !== undefined;
}

// A measure's name and unit over its year, stacked into one header cell ("Fuel use (TJ) 2025", "tCO2e 2025").
const YEAR_UNIT =
  /^((?:FY\s?)?(?:19|20)\d{2}(?:\s?[/–-]\s?\d{2})?)\s*(\([^()]{1,30}\)|\[[^[\]]{1,30}\])[¹²³⁴-⁹*†‡\d]{0,2}$/;
// A year heading, a comma, then a unit ("2024-y., s/ga").
const YEAR_COMMA_UNIT = /^((?:FY\s?)?(?:19|20)\d{2}[^,]{0,6}),\s*([^,]{1,16})$/;
// A share's measure starts with its sign ("% trained 2025").
const MEASURE_YEAR = /^((?:%\s?)?\p{L}.{0,40}?)\s+((?:FY\s?)?(?:19|20)\d{2}(?:\s?[/–-]\s?\d{2})?)$/u;
// The year first, then the measure it dates ("FY2025 leavers | FY2025 rate (%)"): a figure and its share per year.
const YEAR_MEASURE =
  /^((?:FY\s?)?(?:19|20)\d{2}(?:\s?[/–-]\s?\d{2})?)\s+(\p{L}[\p{L}\s'-]{0,30}?(?:\s?\([^()\d]{1,12}\))?)$/u;

// "2025年折标煤（吨标准煤）": a Chinese year with its measure right after the year word, no space between
// (energy tables print each source's physical amount by year, then that year's figure in tonnes of
// standard coal equivalent).
const CJK_YEAR_MEASURE =
  /^((?:19|20)\d{2})\s?年度?\s?(\p{Script=Han}[\p{Script=Han}\s]{0,20}(?:[（(][^（()）]{1,20}[)）])?)$/u;

// "2030年目标值", "2023年基准": a target or a base year's column, read by parseYearCell's role words.
const CJK_ROLE = /目标|目標|基准|基準/;

/**
 * A header cell read as a year: a year heading ("2024", "Target 2030"), or a measure printed over its
 * year ("tCO2e 2025"), which names the column's measure too. Undefined when the cell names no year.
 */
export function datedMeasure(text: string): { year: YearCell; measure?: string } | undefined {
  const year = parseYearCell(text);
  if (year) return { year };
  // "2025 (MWh)", "FY2024 [t]¹": the year with its column's unit in brackets after it.
  const u = YEAR_UNIT.exec(text.trim());
  const dated = u?.[1] === undefined ? undefined : parseYearCell(u[1]);
  const unit = u?.[2]?.slice(1, -1).trim();
  if (dated && unit && looksLikeUnit(unit)) return { year: dated, measure: `(${unit})` };
  // "2024-y., s/ga", "2024, t": the year, then its column's unit after a comma, as a heading beside it
  // names its unit ("Yield, t/ha").
  const c = YEAR_COMMA_UNIT.exec(text.trim());
  const commaDated = c?.[1] === undefined ? undefined : parseYearCell(c[1]);
  const commaUnit = c?.[2]?.trim();
  if (commaDated && commaUnit && looksLikeUnit(commaUnit))
    return { year: commaDated, measure: `(${commaUnit})` };
  const m = MEASURE_YEAR.exec(text.trim());
  const own = m?.[2] === undefined ? undefined : parseYearCell(m[2]);
  if (m?.[1] && own && !isChangeHeading(text) && !/^(?:19|20)\d{2}\b/.test(m[1])) {
    return { year: own, measure: m[1] };
  }
  return yearThenMeasure(text.trim());
}

/** "FY2025 leavers", "2024 rate (%)": a year heading with the measure of its column after it. */
function yearThenMeasure(text: string): { year: YearCell; measure: string } | undefined {
  const m = YEAR_MEASURE.exec(text) ?? CJK_YEAR_MEASURE.exec(text);
  const year = m?.[1] === undefined ? undefined : parseYearCell(m[1]);
  if (!m?.[2] || !year || isChangeHeading(text) || CJK_ROLE.test(m[2])) return undefined;
  return { year, measure: m[2].trim() };
}

/** True when the header has at least one year column. */
export function hasYearColumns(header: TableHeader): boolean {
  return header.columns.some((c) => c.year !== undefined);
}
