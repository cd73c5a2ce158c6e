import { COLUMN_YEAR } from './year-word.js';
import { cleanText } from '../clean/index.js';
import type { ReportLine } from './report-line.js';
import { gapBetween, overlaps, placeCells, spansOf, type Span } from './spans.js';

/**
 * Names printed over the year columns they span, each over as many years as it has ("Foshan plant
 * Wuhu plant   Group" over "KPI | Unit | 2025 | 2024 | 2025 | 2024 | 2025 | 2024"; "Consumption (t)
 * Emission factor   CO2e (t)" over "2025 | 2024 | 2025 | 2024", the factor column under no year). The
 * table reader splits groups over years by count, which cannot place a column with no year or a name
 * over one year and another over two; here each year takes the name printed over it, by character
 * position. The name row then prints its name once per column it heads, and a name with no year under
 * it is written into the year row as a column of its own (its figures have no year of their own).
 */

// A group name is short words, not a sentence, a figure or a year.
const MAX_GROUP_CHARS = 40;
// A name centred over two year columns stops short of each by a few characters.
const MAX_REACH = 6;
const YEAR = /\b(?:FY\s?)?(?:19|20)\d{2}\b/i;

/** The lines with each row of names over year columns printed once per column, aligned with the year row. */
export function placeGroupsOverYears(lines: readonly ReportLine[]): ReportLine[] {
  const out: ReportLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const upper = lines[i];
    const lower = lines[i + 1];
    const placed = upper && lower ? placeOver(upper, lower) : undefined;
    if (upper && lower && placed) {
      // The names are read from the printed line: cleaned as the cells are ("流失率（%）" → "流失率(%)").
      const names = placed.names.map((n) => cleanText(n));
      out.push(
        { ...upper, cells: names, text: names.join('\t') },
        { ...lower, cells: placed.years, text: placed.years.join('\t') },
      );
      i++;
    } else if (upper) out.push(upper);
  }
  return out;
}

/** The name row's and the year row's new cells; undefined when `upper` is no row of names over `lower`'s years. */
function placeOver(upper: ReportLine, lower: ReportLine): { names: string[]; years: string[] } | undefined {
  if (lower.no - upper.no > 2 || upper.raw.includes('\t') || lower.raw.includes('\t')) return undefined;
  const groups = spansOf(upper.raw, upper.indent ?? 0);
  if (groups.length < 2 || groups.some((g) => !isName(g.text))) return undefined;
  const cells = placeCells(lower);
  const years = cells?.filter((c) => COLUMN_YEAR.test(c.text)) ?? [];
  const [first] = years;
  if (!cells || !first || years.length < 2) return undefined;
  // Words among or after the years ("Notes", "Change"): some other header.
  if (cells.some((c) => !COLUMN_YEAR.test(c.text) && c.start >= first.start)) return undefined;
  // A name left of the years heads the label column; the others head a run of years, or a column of
  // their own with no year under them.
  const before = cells.filter((c) => c.start < first.start);
  // A name printed right over a label or unit cell ("Unit of" over "amount") begins that cell's
  // heading; one merely near a cell cannot be placed.
  const stacked = groups.filter((g) => before.some((c) => overlaps(g, c)));
  const near = (a: Span, b: Span) => gapBetween(a, b) < 2;
  const free = groups.filter((g) => !stacked.includes(g));
  const heads = free.filter((g) => g.end > first.start - MAX_REACH);
  const label = free.filter((g) => !heads.includes(g));
  if (label.length > 1 || heads.length < 2 || free.some((g) => before.some((c) => near(g, c))))
    return undefined;
  const owners = years.map((y) => ownerOf(y, heads));
  // A name with no year under it heads one column ("Emission factor"); runs of words two spaces apart
  // ("Hedmark  Oppland") are the names of several columns of a narrow table, which this cannot place.
  if (heads.some((g) => !owners.includes(g) && / {2}/.test(g.text))) return undefined;
  const columns = [
    ...years.map((year, k) => ({ at: year.start, year, name: owners[k] })),
    ...heads.filter((g) => !owners.includes(g)).map((name) => ({ at: name.start, year: undefined, name })),
  ].sort((a, b) => a.at - b.at);
  // Every year under a name, and each name over one run of columns.
  const runs = columns.map((c) => c.name).filter((n, k, all) => n !== all[k - 1]);
  if (columns.some((c) => c.name === undefined) || new Set(runs).size !== runs.length) return undefined;
  if (stacked.length > 0) return stackedLead(label[0], stacked, before, columns);
  const lead = before.length > 0 ? before.map((c) => c.text) : [''];
  return {
    names: [label[0]?.text ?? '', ...lead.slice(1).map(() => ''), ...columns.map((c) => c.name?.text ?? '')],
    years: [...lead, ...columns.map((c) => c.year?.text ?? c.name?.text ?? '')],
  };
}

/** A short name: no sentence, no year, no figure of three digits or with a decimal or thousands mark. */
function isName(text: string): boolean {
  return (
    text.length <= MAX_GROUP_CHARS &&
    !/[.:;,]$/.test(text) &&
    !YEAR.test(text) &&
    !/\d{3}|\d[.,]\d/.test(text)
  );
}

/** The name printed over a year, or nearest beside it within reach; undefined when none, or two overlap it. */
function ownerOf(year: Span, names: readonly Span[]): Span | undefined {
  const over = names.filter((n) => overlaps(n, year));
  if (over.length > 0) return over.length === 1 ? over[0] : undefined;
  let best: Span | undefined;
  let bestGap = MAX_REACH + 1;
  for (const n of names) {
    const gap = gapBetween(n, year);
    if (gap < bestGap) {
      best = n;
      bestGap = gap;
    } else if (gap === bestGap) best = undefined;
  }
  return best;
}

interface PlacedColumn {
  readonly year: Span | undefined;
  readonly name: Span | undefined;
}

/**
 * The rows when names over the lead cells begin their headings ("Carrier   Unit of   Amount …" over
 * "amount   2025   2024 …"): the label column's heading, printed on the name row alone, and each
 * lead cell with the name over it go into the year row, where the table reader looks for the label and
 * unit headings; the name row keeps only the names over the years. Undefined unless the label column's
 * heading stands left of every lead cell and each lead cell has at most one name over it.
 */
function stackedLead(
  label: Span | undefined,
  stacked: readonly Span[],
  before: readonly Span[],
  columns: readonly PlacedColumn[],
): { names: string[]; years: string[] } | undefined {
  if (!label || before.some((c) => c.start <= label.end)) return undefined;
  const lead: string[] = [];
  for (const cell of before) {
    const over = stacked.filter((g) => overlaps(g, cell));
    if (over.length > 1) return undefined;
    lead.push(over[0] ? `${over[0].text} ${cell.text}` : cell.text);
  }
  if (stacked.some((g) => before.filter((c) => overlaps(g, c)).length !== 1)) return undefined;
  const heads = [label.text, ...lead];
  return {
    names: [...heads.map(() => ''), ...columns.map((c) => c.name?.text ?? '')],
    years: [...heads, ...columns.map((c) => c.year?.text ?? c.name?.text ?? '')],
  };
}
