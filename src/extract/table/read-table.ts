import { withMeasureOfBoundaryCell } from './boundary-cell.js';
import { tryParseUnit } from '../../core/index.js';
import type { Mention } from '../mention/index.js';
import { type TableHeader, hasYearColumns, headsAgeBands, titleYearOf } from './header.js';
import { HEADER_LABEL, holdsNoFigureOfYear, isChangeColumn, isUndatedTarget } from './column-heading.js';
import { headsUnitColumn } from './unit-heading.js';
import { captionBracketUnit, captionTailUnit, printsNoUnit, withCurrency } from './caption-unit.js';
import { disclosureIndexKind, withoutReference } from './index-reference.js';
import { commaUnit, stripFootnotes, withLabelDenominator, withPerLabel } from './label.js';
import { cellsAfterFigures, headerTexts, mapColumns, promoteLabelColumn } from './map-columns.js';
import { unitsFromIntensities } from './intensity-numerator.js';
import { isPageList } from './page-list.js';
import { markPartsOfTotals } from './parts-of-total.js';
import {
  finishesLabelAbove,
  finishesUnitAbove,
  nameFigureRow,
  newLabelState,
  parentOf,
  passYearLine,
  priorYearOf,
  readLineWithoutFigures,
  withNameAbove,
} from './label-state.js';
import { labelledMarker } from './row-label.js';
import {
  closesSection,
  countLabels,
  isYearHeader,
  readLabelOnlyRow,
  updateGroup,
  type RowState,
} from './row-state.js';
import {
  attendanceUnit,
  columnUnit,
  convertedUnit,
  labelHeadingUnit,
  leadingShare,
  shareOfWhole,
  pickUnit,
  rateLabel,
  sharedByWords,
  unitCellServes,
  unitIn,
} from './row-unit.js';
import type { TableBlock } from './segment.js';
import { sharesOfFigures } from './share-column.js';
import { splitRow } from './split-row.js';
import { followsWhole, hasSiteColumns, siteOfColumn } from './site-columns.js';
import { deadlineYear } from './target-columns.js';
import { looksLikeUnit } from './unit-cell.js';
import { parseYearCell } from './year-cell.js';
import { groupYearLine, rowLabelYear, totalRowYear, yearColumnCell, yearRow } from './year-rows.js';

/** What a table needs from around it. */
export interface TableContext {
  /** The year of a table without year columns (stated in its caption, else the report year). */
  readonly year: number;
  readonly reportYear: number;
  /** The sentence or title printed just above the table. */
  readonly caption: string;
}

/** Reads a table block into mentions, one per figure cell. Rows without a label are left out. */
export function readTable(block: TableBlock, ctx: TableContext): Mention[] {
  const state: RowState = {
    header: undefined,
    section: '',
    group: '',
    caption: ctx.caption,
    headerRow: false,
    unit: '',
  };
  const labelColumns = Math.max(1, ...block.rows.map((r) => countLabels(r.cells)));
  const out: Mention[] = [];
  if (isPageList(block, ctx.caption)) return [];
  // What the rows above tell about the name of the next: wrapped labels, part-word lines, heading lines
  // over indented rows and open "of which" lists.
  const labels = newLabelState();
  // How many columns at the header's end rows fill with words, not figures (see mapColumns).
  let wordColumns: { header: TableHeader | undefined; count: number } = { header: undefined, count: 0 };
  // A year printed alone on a line over a group of rows ("2025" over them, "2024" over them again).
  let groupYear: number | undefined;
  // The data rows read under the current section heading.
  let sectionRows = { section: '', count: 0 };
  // Where the section heading is printed and how many rows under it are indented further.
  let heading: { section: string; indent: number; children: number } | undefined;
  // A disclosure index's section or page column ("5.2 | Reported") says where a value is, not a value.
  const index = disclosureIndexKind(block);
  for (const [r, row] of block.rows.entries()) {
    if (finishesUnitAbove(labels, out, row)) continue;
    const unitColumn = headsUnitColumn(state.header);
    const split = labelledMarker(
      splitRow(index ? withoutReference(row.cells, index) : row.cells, { unitColumn }),
    );
    const measuresOnly = state.header !== undefined && !hasYearColumns(state.header);
    const parts = withNameAbove(labels, split, row, state, measuresOnly);
    const lineYear = groupYearLine(row, parts, state.header);
    if (lineYear !== undefined) {
      groupYear = lineYear;
      passYearLine(labels);
      continue;
    }
    if (
      parts.values.length === 0 ||
      isYearHeader(row.cells, parts.labels, r === 0, ctx.reportYear) ||
      headsAgeBands(row.cells, ctx.reportYear)
    ) {
      const only =
        parts.labels.length === 1 && parts.values.length === 0
          ? withCurrency(parts.labels[0]?.text ?? '', parts.unit)
          : '';
      if (finishesLabelAbove(labels, out, only)) continue;
      const section = state.section;
      // A title row right above a header ("Table 5 Employee turnover rate (%)") names the table below.
      const isHeader = readLabelOnlyRow(row, parts.labels, state, ctx.reportYear);
      if (state.section !== section)
        heading = { section: state.section, indent: row.indent ?? 0, children: 0 };
      if (isHeader) groupYear = undefined;
      state.headerRow = isHeader;
      readLineWithoutFigures(labels, { only, section, indent: row.indent ?? 0, isHeader }, state);
      continue;
    }
    const last = parts.labels[parts.labels.length - 1];
    // A row named by a year alone ("FY23/24 | 46,950 | 11,920") under a header of measures.
    const labelYear = parts.labels.length === 1 && last ? rowLabelYear(last.text, ctx.year) : undefined;
    // … unless it is indented under a named row: then it prints that row's figures for another year.
    const priorYear = priorYearOf(labels, row, labelYear, measuresOnly);
    if (!last || (labelYear !== undefined && priorYear === undefined && measuresOnly)) {
      out.push(...yearRow(row, parts.values, state, labelYear));
      // A title line after the year rows heads the next block, not a further line of this header.
      state.headerRow = false;
      continue;
    }
    state.headerRow = false;
    // "Purchased electricity" over "  Quebec (MWh)" … then "Total energy consumption" printed back at
    // the heading's indent: the indented rows were the heading's, the row back at its indent is not,
    // unless it is the heading's total.
    // A PDF's rows carry no indent: all at 0, none closes a heading.
    if (heading?.section === state.section && state.section !== '') {
      if ((row.indent ?? 0) > heading.indent) heading.children += 1;
      // "Total energy consumption" back under "Energy consumption (kWh)" is the heading's own total.
      else if (heading.children > 0 && !closesSection(stripFootnotes(last.text), state.section))
        state.section = '';
    }
    state.header = promoteLabelColumn(state.header, parts.values.length);
    const carried = parts.labels.length < labelColumns;
    updateGroup(state, parts.labels.slice(0, -1), carried);
    // A group carried down from rows above names this row less surely than its own cells do.
    const ownGroup = carried ? '' : state.group;
    const carriedGroup = carried ? state.group : '';
    // The label column's header names the table when it is more than a header word ("Indicator").
    const headerLabel =
      HEADER_LABEL.test(state.header?.label ?? '') && !namesStaffRows(state.header)
        ? ''
        : (state.header?.label ?? '');
    const { label: ownLabel, ownYear } = nameFigureRow(
      labels,
      {
        row,
        rows: block.rows,
        at: r,
        parts,
        text: last.text,
        priorYear,
        from: out.length,
        reportYear: ctx.reportYear,
      },
      state,
    );
    const rowLabel = withMeasureOfBoundaryCell(ownLabel, state.group);
    const headed =
      heading?.section === state.section && state.section !== '' && (row.indent ?? 0) > heading.indent;
    // Cells of words a row prints after its figures ("recycled", "on track") fill columns of the header
    // that rows leaving them blank do not fill either.
    if (wordColumns.header !== state.header) wordColumns = { header: state.header, count: 0 };
    const unitParsed = tryParseUnit(parts.unit) !== undefined;
    const columns = mapColumns(parts.values, state.header, unitParsed, row, wordColumns.count);
    wordColumns.count = Math.max(wordColumns.count, cellsAfterFigures(parts.values, row));
    // "Unit | Amount | Heat (GJ)": the row's unit cell is the unit of the columns that print none.
    const rowUnitFor = unitCellServes(columns) ? '' : parts.unit;
    // "Plant A | 2025 | 1 284 620" under "Plant | Year | Output": the year column dates the row.
    const yearCell = yearColumnCell(parts.values, columns);
    // "Herring | tons | 212.400 | 48,2 %": a share of the quantity before it, of that quantity's year.
    const shares = sharesOfFigures(parts.values, columns, parts.unit);
    parts.values.forEach((v, i) => {
      const column = columns[i];
      if (i === yearCell?.index) return;
      // A change column ("Change (%)", "YoY") compares the years; it is no figure of its own. A base-year,
      // base-value or deadline column of a targets table holds no figure of a header's year either.
      const undated = column?.year === undefined && holdsNoFigureOfYear(column?.text ?? '');
      if (v.cell.kind !== 'value' || (column && isChangeColumn(column)) || undated) return;
      // A column after the whole of a table by site ("Plant A | Plant B | Total | Permit limit") holds
      // no figure of a site or of the whole.
      if (followsWhole(state.header, column?.index)) return;
      // A year under a bare "Target" heading ("Target | Target value": "2030 | 224 592") is the deadline.
      if (isUndatedTarget(column) && /^(?:19|20)\d{2}$/.test(v.cell.printed)) return;
      // A measure column may carry a year from a header row above it ("2024" over "Number | %").
      const measure = column && parseYearCell(column.text) === undefined ? stripFootnotes(column.text) : '';
      const own = measure === '' ? '' : columnUnit(measure);
      const share = shares[i];
      const unit = pickUnit([
        share ? '%' : '',
        // "2025年折标煤（吨标准煤）" beside "电力（万千瓦时）": a year's column naming its own unit converts
        // the row's amount, so the column's unit is its figure's, not the one the row's label states.
        column?.year === undefined ? '' : convertedUnit(measure, parts.unit),
        attendanceUnit(measure) || attendanceUnit(rowLabel),
        own === '' ? parts.unit : rowUnitFor,
        withPerLabel(rowLabel, v.cell.unit),
        withLabelDenominator(rowLabel, unitIn(rowLabel)),
        commaUnit(rowLabel, looksLikeUnit),
        rateLabel(rowLabel),
        leadingShare(rowLabel) || shareOfWhole(rowLabel),
        // The unit the column's heading prints ("Energy (GJ)", "(tCO2e)", "Harvest, tonnes"); failing that,
        // a bracketed word the registry does not parse, as printed.
        own,
        unitIn(measure, true),
        sharedByWords(measure),
        unitIn(state.group),
        unitIn(state.section),
        state.unit,
        unitIn(state.header?.label ?? ''),
        labelHeadingUnit(state.header?.label ?? ''),
        unitIn(state.caption) ||
          captionBracketUnit(state.caption) ||
          captionTailUnit(state.caption, printsNoUnit(rowLabel, parts.unit, parts.labels.length)),
      ]);
      // A key-figures box's `Name: figure` item restates the report as a figure with its unit does.
      const listed = (v.worded === true || row.colonPairs === true) && column?.year === undefined;
      const site = siteOfColumn(state.header, column?.index);
      const mention: Mention = {
        // A figure written with its unit under no year column ("Total water use | 18,402 m³") is a
        // key-figures list restating the report, read like a sentence: the KPI table's printing is the fact.
        kind: listed ? 'text' : 'table',
        ...(listed ? { listed } : {}),
        line: row.no,
        label: rowLabel,
        context: [
          state.caption,
          headerLabel,
          carriedGroup,
          state.section,
          parentOf(labels, rowLabel, state),
          ownGroup,
          measure,
        ].filter((c) => c !== ''),
        background: [state.caption, headerLabel, carriedGroup].filter((c) => c !== '').length,
        ...(measure === '' ? {} : { column: measure }),
        ...(state.header ? { columns: headerTexts(state.header) } : {}),
        value: v.cell.value,
        unit,
        year:
          priorYear ??
          ownYear?.year ??
          (share ? share.year : column?.year) ??
          yearCell?.year ??
          (column?.role === 'target' ? deadlineYear(parts.values, columns) : undefined) ??
          totalRowYear(rowLabel, ctx.reportYear) ??
          groupYear ??
          pastYear(titleYearOf(state.header), ctx.reportYear) ??
          ctx.year,
        basis: column?.role === 'target' || isUndatedTarget(column) ? 'target' : 'actual',
        quote: row.raw,
        dims: site === undefined ? {} : { site },
        ...(hasSiteColumns(state.header) ? { siteColumns: true as const } : {}),
        ...(headed ? { headed: true as const } : {}),
      };
      out.push(row.page === undefined ? mention : { ...mention, page: row.page });
    });
    // "Directed to disposal" … "Total directed to disposal": a total below its heading's rows closes
    // them, so a "Total waste" row below it is not one of them. A total first under its heading
    // ("Energy consumption" over "Total energy consumption" and its parts) heads them.
    if (state.section !== sectionRows.section) sectionRows = { section: state.section, count: 0 };
    sectionRows.count += 1;
    if (sectionRows.count > 1 && closesSection(rowLabel, state.section)) state.section = '';
  }
  return markPartsOfTotals(unitsFromIntensities(out));
}

/** A year no later than the report's: a title's year after it names a target, not the figures' year. */
function pastYear(year: number | undefined, reportYear: number): number | undefined {
  return year !== undefined && year <= reportYear ? year : undefined;
}

const STAFF_CORNER = /^(?:employee\s+|staff\s+)?categor(?:y|ies)$/i;
const PERSONAL_COLUMN = /\b(?:male|female|men|women|permanent|contractual|temporary|fixed-term)\b/i;

/**
 * Whether a corner "Category" stands over columns by gender or contract type ("Category | Male | Female
 * | Total"): its rows are the staff categories those columns split (GRI 405-1 b, 2-7), so the corner is
 * kept as their group, not dropped as a generic heading over a list of indicators.
 */
function namesStaffRows(header: TableHeader | undefined): boolean {
  return (
    header !== undefined &&
    STAFF_CORNER.test(header.label.trim()) &&
    header.columns.some((c) => c.year === undefined && PERSONAL_COLUMN.test(c.text))
  );
}
