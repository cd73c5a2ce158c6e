import { partRowLead } from '../../core/index.js';
import type { ReportLine } from '../layout/index.js';
import type { Mention } from '../mention/index.js';
import { hasYearColumns } from './header.js';
import { stripFootnotes } from './label.js';
import { yearAfterLabel } from './label-year.js';
import {
  continuesLabel,
  endsOpen,
  ENUMERATOR,
  finishesUnit,
  headsIndentedRows,
  isSubRow,
  ofWhichListAt,
  type OfWhichList,
  relabel,
  unitOnlyLabel,
} from './row-label.js';
import type { RowState } from './row-state.js';
import type { RowParts } from './split-row.js';
import { finishSlashUnit } from './wrapped-unit.js';
import { isIndentedUnder, yearAsLabel } from './year-rows.js';

/** A one-cell line read just above: it may begin the next row's label, name a row of figures, or head rows. */
interface Lead {
  readonly text: string;
  /** The section heading in force when the line was read. */
  readonly section: string;
  readonly indent: number;
}

/**
 * What the rows read so far tell about the name of the next one. A label wraps over lines, a line of
 * part words ("Of which", "Davon", "у т. ч.") opens the label below it, a heading line over rows printed
 * further in names none of them, and an "of which" list goes on until a row back at its whole's indent
 * or a heading over indented rows: one state, so these decisions see each other.
 */
export interface LabelState {
  /** The row of figures just read: where its mentions start, its label, whether it prints a unit cell. */
  previous: { from: number; label: string; unitCell: boolean } | undefined;
  /** The last row named by words, and how far it is indented: a year-named row indented under it is its. */
  named: { label: string; indent: number } | undefined;
  lead: Lead | undefined;
  /** The last row that is not a breakdown of the one above ("New employee hires" over "Of whom are women"). */
  parent: { label: string; indent: number };
  /** An "of which" list ("其中：外购电力" over rows indented as far): its marker and the whole's indent. */
  ofWhich: OfWhichList | undefined;
}

/** The state before a table's first row. */
export function newLabelState(): LabelState {
  return {
    previous: undefined,
    named: undefined,
    lead: undefined,
    parent: { label: '', indent: 0 },
    ofWhich: undefined,
  };
}

// A heading over breakdown rows: "By gender", Chinese "按性别划分" / "按地區劃分".
const BY_HEADING = /^(?:by\b|按\s*\p{Script=Han})/iu;

/** "By gender" (Chinese "按性别划分") heads breakdown rows, printed as a group cell or as a heading row of its own. */
function underBy(state: RowState): boolean {
  return BY_HEADING.test(state.group) || BY_HEADING.test(state.section);
}

/** The row a breakdown row ("Of whom are women", a row under "By gender") breaks down; '' for other rows. */
export function parentOf(labels: LabelState, label: string, state: RowState): string {
  return isSubRow(label) || underBy(state) ? labels.parent.label : '';
}

/**
 * Whether a one-cell line finishes the unit of the row above it, wrapped in its cell ("TJ/KRW 100" over
 * "million", "VND million/" over "person/month"). The row's mentions then take the whole unit.
 */
export function finishesUnitAbove(labels: LabelState, out: Mention[], row: ReportLine): boolean {
  const { previous } = labels;
  const filled = row.cells.filter((c) => c.trim() !== '');
  if (!previous || filled.length !== 1) return false;
  if (previous.unitCell && finishesUnit(out, previous.from, filled[0]?.trim() ?? '')) return true;
  const rest = finishSlashUnit(out, previous.from, row.raw);
  if (rest === undefined) return false;
  const label = rest === '' ? previous.label : `${previous.label} ${rest}`;
  labels.previous = { ...previous, label };
  relabel(out, previous.from, label);
  return true;
}

/**
 * A row's parts with the name it takes from the lines above. "Ratio of female managers" over "| % |
 * Parent | 7.3 | 8.0": a row of figures under year columns with no name of its own is named by the line
 * right above it, which is then no section heading; its unit may head the line ("GHG emissions
 * intensity" over "| tCO2eq/KRW | 32.58 | 30.55"). Under a header of measures only, a line of as many
 * figures as the header has columns is a row too ("Northern depot" over "   412   398   75"), and a year
 * heading a line indented under a named row names it (under year columns a line of years is the next
 * table's header).
 */
export function withNameAbove(
  labels: LabelState,
  split: RowParts,
  row: ReportLine,
  state: RowState,
  measuresOnly: boolean,
): RowParts {
  const unitFirst = unitOnlyLabel(split);
  const unnamed = split.labels.length === 0 || unitFirst !== undefined;
  const header = state.header;
  const filling =
    header !== undefined && (hasYearColumns(header) || split.values.length === header.columns.length);
  const above = unnamed && split.values.length > 0 && filling ? labels.lead : undefined;
  const own = above
    ? { ...split, labels: [{ index: 0, text: above.text }], unit: unitFirst ?? split.unit }
    : split;
  if (above) {
    state.section = above.section;
    labels.lead = undefined;
  }
  return measuresOnly && isIndentedUnder(row, labels.named) ? yearAsLabel(own) : own;
}

/** The year of a row named by a year and indented under a named row: it prints that row's figures for another year. */
export function priorYearOf(
  labels: LabelState,
  row: ReportLine,
  labelYear: number | undefined,
  measuresOnly: boolean,
): number | undefined {
  return labelYear !== undefined && measuresOnly && isIndentedUnder(row, labels.named)
    ? labelYear
    : undefined;
}

/** A year printed alone on a line over a group of rows: no label runs over it. */
export function passYearLine(labels: LabelState): void {
  labels.previous = undefined;
  labels.lead = undefined;
}

/** Whether a one-cell line finishes the label of the row of figures above it; the row's mentions then take it. */
export function finishesLabelAbove(labels: LabelState, out: Mention[], only: string): boolean {
  const { previous } = labels;
  if (!previous || only === '' || !continuesLabel(previous.label, only)) return false;
  labels.previous = { ...previous, label: `${previous.label} ${only}` };
  relabel(out, previous.from, labels.previous.label);
  return true;
}

/**
 * Reads a row without figures: a header starts the naming afresh (the line above it titles the table),
 * and a one-cell line may begin the label of the row below it. A title wrapped over two one-cell lines
 * ("… by employee" over "category") is one title.
 */
export function readLineWithoutFigures(
  labels: LabelState,
  line: { only: string; section: string; indent: number; isHeader: boolean },
  state: RowState,
): void {
  const { lead } = labels;
  if (line.isHeader) {
    labels.parent = { ...labels.parent, label: '' };
    labels.named = undefined;
    if (lead) state.caption = lead.text;
  }
  if (lead && /^\p{Ll}/u.test(line.only)) labels.lead = { ...lead, text: `${lead.text} ${line.only}` };
  else
    labels.lead =
      line.only === '' ? undefined : { text: line.only, section: line.section, indent: line.indent };
  labels.previous = undefined;
}

/** A row of figures to name: its last label cell, and the year it prints a named row's figures for, if any. */
export interface FigureRow {
  readonly row: ReportLine;
  readonly rows: readonly ReportLine[];
  readonly at: number;
  readonly parts: RowParts;
  readonly text: string;
  readonly priorYear: number | undefined;
  /** Where the row's mentions will start. */
  readonly from: number;
  readonly reportYear: number;
}

/**
 * Names a row of figures and remembers it for the rows below. Its label began on the line above when it
 * starts in lower case, with a bracketed qualifier ("Rate of recordable injuries" over "(per 1,000,000
 * hours worked) | 2.4"), below a line of part words ("у т. ч. мобілізовані (із") or below a line stopping
 * at a joining word ("Aim 1 – Scope 1 and Scope 2" / "greenhouse gas emissions | MtCO2e | 54.5") — unless
 * that line heads rows printed further in ("Energy use in GJ" over "  natural gas | GJ | …" and
 * "  electricity | GJ | …"): its rows are its parts, not parts of the row above nor of an "of which"
 * list before it. A year after the label ("Ash to landfill, 2022/23 | 29,860 t") dates its one figure.
 */
export function nameFigureRow(
  labels: LabelState,
  figures: FigureRow,
  state: RowState,
): { label: string; ownYear: { label: string; year: number } | undefined } {
  const { row, parts, priorYear } = figures;
  const { lead } = labels;
  const indent = row.indent ?? 0;
  let label = priorYear !== undefined && labels.named ? labels.named.label : stripFootnotes(figures.text);
  const qualifier = /^\(/.test(label) && !ENUMERATOR.test(label);
  const opensPart = lead !== undefined && partRowLead(lead.text) !== undefined;
  const wraps = /^[a-z]/.test(label) || qualifier || opensPart || (lead !== undefined && endsOpen(lead.text));
  const heads = lead !== undefined && headsIndentedRows(lead.indent, figures.rows, figures.at);
  if (heads) {
    labels.parent = { ...labels.parent, label: '' };
    labels.ofWhich = undefined;
  }
  if (lead && parts.labels.length === 1 && priorYear === undefined && wraps && !heads) {
    label = `${stripFootnotes(lead.text)} ${label}`;
    state.section = lead.section;
  }
  labels.lead = undefined;
  const ownYear =
    parts.values.length === 1 && priorYear === undefined
      ? yearAfterLabel(label, figures.reportYear)
      : undefined;
  if (ownYear) label = ownYear.label;
  labels.ofWhich = ofWhichListAt(label, indent, labels.ofWhich, labels.parent.indent);
  if (labels.ofWhich && !isSubRow(label)) label = `${labels.ofWhich.marker}${label}`;
  const unitCell =
    parts.unit !== '' || parts.values.some((v) => v.cell.kind === 'value' && v.cell.unit !== '');
  if (priorYear === undefined) {
    labels.previous = { from: figures.from, label, unitCell };
    labels.named = { label, indent };
  }
  // Rows under a "By gender" group, or worded as a part ("Of whom are women"), break down the last row
  // that is neither: its label names what they count.
  if (!isSubRow(label) && !underBy(state)) labels.parent = { label, indent };
  return { label, ownYear };
}
