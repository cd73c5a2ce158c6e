import { tryParseUnit } from '../../core/index.js';
import { isPageOrSection } from '../content-index/index.js';
import type { ReportLine } from '../layout/index.js';
import { type HeaderColumn, type TableHeader, hasYearColumns, nameBareRates } from './header.js';
import {
  HEADER_LABEL,
  isChangeColumn,
  isReferenceHeading,
  isRemarkHeading,
  isUndatedTarget,
} from './column-heading.js';
import { columnsByPosition } from './column-positions.js';
import { stripFootnotes } from './label.js';
import { isShareHeading } from './share-column.js';
import { looksLikeUnit } from './unit-cell.js';
import type { ValueCell } from './split-row.js';
import { parseYearCell } from './year-cell.js';

/**
 * A header of measures or breakdowns whose first cell was empty ("| Male | Female | Total"): readers
 * drop the empty cell, so the first column's header reads as the label column's. When the rows
 * below have one figure more than the header has columns, the "label" heads the first figures.
 */
export function promoteLabelColumn(header: TableHeader | undefined, values: number): TableHeader | undefined {
  if (!header || header.label === '' || HEADER_LABEL.test(header.label)) return header;
  if (values !== header.columns.length + 1 || hasYearColumns(header)) return header;
  const first: HeaderColumn = { index: -1, text: header.label, role: 'actual' };
  return { ...header, columns: nameBareRates([first, ...header.columns]), label: '' };
}

/**
 * The header column of each value cell: the one printed over it, when a row leaves a column blank and
 * its figures stand under their columns; else matched from the right: readers drop empty cells, so a
 * row's figures line up with the last header columns, not with cell positions.
 */
export function mapColumns(
  values: readonly ValueCell[],
  header: TableHeader | undefined,
  unitCell = false,
  row?: ReportLine,
  wordColumns = 0,
): (HeaderColumn | undefined)[] {
  const placed = columnsByPosition(values, header, row);
  if (placed) return placed;
  const cols = header?.columns ?? [];
  const grouped = oneFigurePerYearGroup(values.length, cols);
  if (grouped) return grouped;
  const leading = latestYearWithShare(values, cols);
  if (leading) return leading;
  // A row without a change ("Share (%)  4.8  3.9  3.1" under "… 2023  Change %") leaves the change
  // column blank, and the target columns after it ("… | % 2025/2024 | Target 2030 | % 2030/base"):
  // its figures are the years'. A row with a change and no target ends in the change.
  const rest = cols.slice(values.length);
  const optional = (c: HeaderColumn) => isChangeColumn(c) || c.role === 'target' || isUndatedTarget(c);
  if (values.length < cols.length && cols.some(isChangeColumn) && rest.every(optional)) {
    return values.map((_v, i) => cols[i]);
  }
  // A row of figures for the years alone under a header closing on a target and a status column
  // ("… | 2025 | 2024 | Target 2030 | Status"), its cells parted by tabs, so no place says where they
  // stand: the target and the status are the columns a row leaves blank, not the first years.
  if (yearsThenTarget(values.length, cols)) return values.map((_v, i) => cols[i]);
  // Fewer figures than the years (no base-year figure) under such a header: the latest years'. The
  // years are the dated columns: a numbered table's "Indicator" and "Unit" headings head no figure.
  const dated = cols.filter((c) => !optional(c) && c.year !== undefined);
  const years = dated.length > 0 ? dated : cols.filter((c) => !optional(c));
  if (values.length < years.length && cols.some(isChangeColumn)) {
    return values.map((_v, i) => years[i + years.length - values.length]);
  }
  // An index row whose page or section cell is blank ("(2) percentage renewable | 6.2%") ends in its
  // figure, not in a reference: a page or section number is a bare small number ("44", "4.3"), and a
  // lone one is the row's figure only when the row has a unit cell ("% | 6.2").
  const last = cols[cols.length - 1];
  const lastValue = values[values.length - 1]?.cell;
  const pageLike = lastValue?.kind === 'value' && lastValue.unit === '' && isPageOrSection(lastValue.printed);
  const referenceLeftBlank =
    values.length < cols.length &&
    last !== undefined &&
    isReferenceHeading(last.text) &&
    lastValue?.kind === 'value' &&
    (!pageLike || (values.length === 1 && unitCell));
  const offset = cols.length - values.length - (referenceLeftBlank ? 1 : 0);
  // A row ending in words under a column that heads them ("85.0 | ◐ on track" under "Target 2030 |
  // Status", "100,002 | net zero" under "Target 2030 | Target 2050"): the words fill the last columns,
  // and the figures stand under the columns before them. A row of the same table that leaves them
  // blank (`wordColumns`: the most such cells a row above printed) still has its figures before them.
  const words = referenceLeftBlank ? 0 : Math.max(cellsAfterFigures(values, row), wordColumns);
  return values.map((_v, i) => cols[i + (offset - words >= 0 ? offset - words : offset)]);
}

/**
 * A row printing only its first year's figure and that figure's share ("2,118 | 64.9%" under "2025年 |
 * 占比 | 2024年 | 2023年", the earlier years left blank): matched from the right, the count would be the
 * 2024 figure and the share the 2023 one. When the header's first columns take the row's figures kind for
 * kind (a per cent under the share heading, a count under a year) and its last columns do not, the
 * figures are the first columns'. Undefined otherwise.
 */
function latestYearWithShare(
  values: readonly ValueCell[],
  cols: readonly HeaderColumn[],
): HeaderColumn[] | undefined {
  if (values.length < 2 || values.length >= cols.length) return undefined;
  const fits = (v: ValueCell, c: HeaderColumn | undefined): boolean => {
    const percent = v.cell.kind === 'value' && tryParseUnit(v.cell.unit)?.dimension === 'fraction';
    if (!c) return false;
    return isShareHeading(c.text) ? percent : !percent && c.year !== undefined;
  };
  const lead = cols.slice(0, values.length);
  const tail = cols.slice(cols.length - values.length);
  const fitsAll = (some: readonly HeaderColumn[]) => values.every((v, i) => fits(v, some[i]));
  return lead.some((c) => isShareHeading(c.text)) && fitsAll(lead) && !fitsAll(tail) ? lead : undefined;
}

/** Whether `count` figures fill a header's year columns and leave only its target and status columns after them. */
function yearsThenTarget(count: number, cols: readonly HeaderColumn[]): boolean {
  const [years, rest] = [cols.slice(0, count), cols.slice(count)];
  const target = (c: HeaderColumn) => c.role === 'target' || isUndatedTarget(c);
  return (
    count >= 1 &&
    rest.some(target) &&
    years.every((c) => c.role === 'actual' && c.year !== undefined) &&
    rest.every((c) => target(c) || isRemarkHeading(c.text) || STATUS_HEADING.test(c.text.trim()))
  );
}

// A column of words saying how a figure stands against its target ("◐ on track").
const STATUS_HEADING = /^(?:status|progress|on track\??)$/i;

/**
 * A row of one figure for each year under a header whose years each span a group of two or more
 * columns ("% women  28.4  25.4" under "2025: Men Women Total | 2024: Men Women Total"): matched from
 * the right, both figures would be the last year's. Each figure is its year's, under the group's last
 * column (its total: the row's label names what the figure is). Undefined for any other header.
 */
function oneFigurePerYearGroup(count: number, cols: readonly HeaderColumn[]): HeaderColumn[] | undefined {
  if (count < 2 || cols.length <= count || cols.some((c) => c.year === undefined || c.role !== 'actual'))
    return undefined;
  const lasts = cols.filter((c, i) => cols[i + 1]?.year !== c.year);
  const size = cols.length / count;
  if (lasts.length !== count || size < 2 || new Set(lasts.map((c) => c.year)).size !== count)
    return undefined;
  return lasts.every((c, k) => cols.indexOf(c) === (k + 1) * size - 1) ? lasts : undefined;
}

/**
 * How many cells a row prints after its last figure that are no unit: words ("on track") or a section
 * reference an index prints before its status ("5.3 | Reported"), each under a column of its own.
 */
export function cellsAfterFigures(values: readonly ValueCell[], row: ReportLine | undefined): number {
  const last = values[values.length - 1]?.index;
  if (!row || last === undefined) return 0;
  return row.cells.slice(last + 1).filter((c) => c.trim() !== '' && !looksLikeUnit(c)).length;
}

/** The measure or breakdown each header column names (years left out). */
export function headerTexts(header: TableHeader): string[] {
  return header.columns.filter((c) => parseYearCell(c.text) === undefined).map((c) => stripFootnotes(c.text));
}
