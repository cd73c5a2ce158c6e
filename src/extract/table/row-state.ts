import type { ReportLine } from '../layout/index.js';
import { type TableHeader, datedMeasure, isChangeHeading, readHeader } from './header.js';
import { closeOpenColumns, spanMeasures, spanYears, stackMeasures } from './header-rows.js';
import {
  HEADER_LABEL,
  isConversionFactorHeading,
  isRemarkHeading,
  isPercentSignHeading,
} from './column-heading.js';
import { isUnitHeading } from './unit-heading.js';
import { withColumnPositions } from './column-positions.js';
import { unitUnderColumn } from './column-unit-line.js';
import { stripFootnotes } from './label.js';
import { bracketedUnit, statedUnit } from './row-unit.js';
import { splitRow } from './split-row.js';
import { resolveYears } from './year-cell.js';

/** Where a row sits in the table's grouping. */
export interface RowState {
  header: TableHeader | undefined;
  /** A one-cell row ("Energy Consumption") that heads the rows below it. */
  section: string;
  /** The group cell ("By gender") carried down to rows whose group cell is empty. */
  group: string;
  /** The table's title: the caption above the block, or a title row over a header inside it. */
  caption: string;
  /** The row just read was a header. */
  headerRow: boolean;
  /**
   * A unit printed alone on a line under the header ("(Rand in million)"): every row's, past its
   * sections; or on a line among the rows ("Unit: MWh"): the rows' below it.
   */
  unit: string;
}

/**
 * A row of year cells heads its columns rather than holding figures: it is the first row, it has
 * two or more years, or its label is a header word ("Type", "Indicators").
 */
export function isYearHeader(
  cells: readonly string[],
  labels: readonly { index: number; text: string }[],
  first: boolean,
  reportYear: number,
): boolean {
  // Every cell right of the label cells: a header may head two label columns ("Category | Item").
  const labelled = new Set(labels.map((l) => l.index));
  // A column comparing the years ("% change", read as a unit and a word), of remarks ("Notes") or of
  // conversion factors ("折标系数") heads no figure of its own.
  // "2025 | % | 2024 | %": a share column beside each year's count heads no year of its own, and the
  // split reads the first year and its "%" as label cells, which stay the header's.
  const values = cells.filter(
    (c, i) =>
      i > 0 &&
      c !== '' &&
      (!labelled.has(i) || datedMeasure(c)?.year !== undefined) &&
      !isPercentSignHeading(c) &&
      !isUnitHeading(c) &&
      !isChangeHeading(c) &&
      !isRemarkHeading(c) &&
      !isConversionFactorHeading(c),
  );
  // A cut-short year ("202") counts only when the columns around it or the report year complete it:
  // "198 | 201 | 209" is a row of three-digit figures, not three cut-off years.
  const years = resolveYears(
    values.map((c) => datedMeasure(c)?.year),
    reportYear,
  ).filter((y) => y !== undefined).length;
  if (years === 0 || years < values.length) return false;
  if (cells.some(isUnitHeading)) return true;
  const label = labels.map((l) => l.text).join(' ');
  return first || years >= 2 || label === '' || HEADER_LABEL.test(label);
}

// A decimal or thousands-separated figure: headings name years and scopes ("2023", "Scope 1"), not these.
const STATED_FIGURE = /\d(?:\.\d+|\d{0,2}(?:,\d{3})+)\b/;

/** Reads a row without figures as a header or a section heading; true when it is a header. */
export function readLabelOnlyRow(
  row: ReportLine,
  labels: readonly { index: number; text: string }[],
  state: RowState,
  reportYear: number,
): boolean {
  const closed = state.header && state.headerRow ? closeOpenColumns(state.header, row.cells) : undefined;
  if (closed) {
    state.header = closed;
    return true;
  }
  const read = readHeader(row.cells, reportYear);
  if (read) {
    const header = withColumnPositions(read, row);
    // A second header row under years that span two columns each ("2024 | 2023" over "Number | %").
    const spanned =
      state.header && state.headerRow
        ? (spanYears(state.header, header) ??
          spanMeasures(state.header, header) ??
          stackMeasures(state.header, header))
        : undefined;
    state.header = spanned ?? header;
    state.section = '';
    state.group = '';
    state.unit = '';
    return true;
  }
  // "(Rupees in '000)" under the years is the header's last line, not a heading: group headings
  // below it ("Wealth distributed") do not end it.
  const unit =
    state.header && state.headerRow && labels.length === 1 ? bracketedUnit(labels[0]?.text ?? '') : '';
  if (unit !== '') {
    // "(吨二氧化碳当量/万元营业收入)" under one measure of a titled "单位：吨二氧化碳当量" table: that column's unit.
    const own =
      state.header && unitUnderColumn(state.header, row, labels[0]?.text ?? '', unit, state.caption);
    if (own) state.header = own;
    else state.unit = unit;
    return true;
  }
  // "Unit: MWh" on a line of its own among the rows: the unit of the rows below it, up to the next.
  const stated = labels.length === 1 ? statedUnit(labels[0]?.text ?? '') : '';
  if (stated !== '') {
    state.unit = stated;
    return false;
  }
  // A line that states a figure of its own ("Average training hours 21.7 hours", left whole by the
  // layout) is a row the table could not split, not a heading over the rows below it.
  if (labels.length === 1 && labels[0] && !STATED_FIGURE.test(labels[0].text)) {
    state.section = stripFootnotes(labels[0].text);
    state.group = '';
  }
  return false;
}

/** Label cells of a data row (0 for header and group rows). */
export function countLabels(cells: readonly string[]): number {
  const parts = splitRow(cells);
  return parts.values.length === 0 ? 0 : parts.labels.length;
}

/**
 * Carries group labels down: a row with a group cell sets the group; a row with fewer label cells
 * than the table's label columns sits under the group above ("Gender | Male", then "Female").
 */
export function updateGroup(
  state: RowState,
  groupCells: readonly { index: number; text: string }[],
  carried: boolean,
): void {
  const text = groupCells.map((c) => c.text).join(' ');
  if (text !== '') {
    // A lower-case group cell continues the group label of the row above ("Number of work injury" /
    // "incidents"), unless it starts a new "by …" group.
    const continues = /^[a-z]/.test(text) && !/^by\b/.test(text) && state.group !== '';
    state.group = continues ? `${state.group} ${text}` : text;
  } else if (!carried) state.group = '';
}

/**
 * A "Total …" row naming the heading above it ("Total diverted from disposal" under "Diverted from
 * disposal"), or the quantity a breakdown heading splits ("… water withdrawal" under "… by source").
 */
export function closesSection(label: string, section: string): boolean {
  const words = (t: string) =>
    t
      .toLowerCase()
      .replace(/\([^()]*\)/g, ' ')
      .replace(/^\s*total\b/, ' ')
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  if (section === '' || !/^\s*total\b/i.test(label) || words(label) === '') return false;
  if (words(label) === words(section)) return true;
  // "Total volume of water withdrawal" under "Water withdrawal by source" (BRSR): the total of the
  // quantity a breakdown heading names closes its rows; a row below it is no source of that water.
  const quantity = /^(.+?)\s+by\s+\p{L}/iu.exec(words(section))?.[1]?.split(' ') ?? [];
  const named = words(label).split(' ');
  return quantity.length >= 2 && quantity.every((w) => named.some((n) => n.startsWith(w)));
}
