import { tryParseUnit } from '../../core/index.js';
import { isPageOrSection } from '../content-index/index.js';
import type { ReportLine } from '../layout/index.js';
import type { Mention } from '../mention/index.js';
import type { TableHeader, HeaderColumn } from './header.js';
import {
  closeOpenColumns,
  HEADER_LABEL,
  datedMeasure,
  hasYearColumns,
  isChangeColumn,
  headsAgeBands,
  isChangeHeading,
  UNIT_WORDS,
  holdsNoFigureOfYear,
  isReferenceHeading,
  isRemarkHeading,
  isUndatedTarget,
  isUnitHeading,
  nameBareRates,
  readHeader,
  spanMeasures,
  spanYears,
  stackMeasures,
} from './header.js';
import { captionBracketUnit, captionTailUnit, withCurrency } from './caption-unit.js';
import { columnsByPosition, withColumnPositions } from './column-positions.js';
import { isDisclosureIndex, withoutReference } from './index-reference.js';
import {
  commaUnit,
  stripFootnotes,
  trailingParenthetical,
  withLabelDenominator,
  withPerLabel,
} from './label.js';
import { deadlineYear } from './target-columns.js';
import { markPartsOfTotals } from './parts-of-total.js';
import type { TableBlock } from './segment.js';
import { splitRow, type RowParts, type ValueCell } from './split-row.js';
import { hasSiteColumns, siteOfColumn } from './site-columns.js';
import { yearAfterLabel } from './label-year.js';
import { looksLikeUnit } from './unit-cell.js';
import { finishSlashUnit } from './wrapped-unit.js';
import { parseYearCell, resolveYears } from './year-cell.js';

/** What a table needs from around it. */
export interface TableContext {
  /** The year of a table without year columns (stated in its caption, else the report year). */
  readonly year: number;
  readonly reportYear: number;
  /** The sentence or title printed just above the table. */
  readonly caption: string;
}

/** Where a row sits in the table's grouping. */
interface RowState {
  header: TableHeader | undefined;
  /** A one-cell row ("Energy Consumption") that heads the rows below it. */
  section: string;
  /** The group cell ("By gender") carried down to rows whose group cell is empty. */
  group: string;
  /** The table's title: the caption above the block, or a title row over a header inside it. */
  caption: string;
  /** The row just read was a header. */
  headerRow: boolean;
  /** A unit printed alone on a line under the header ("(Rand in million)"): every row's, past its sections. */
  unit: string;
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
  if (isPageList(block)) return [];
  // The mentions of the row just read, and a one-cell line just above: labels wrap over lines.
  // `unitCell`: the unit the row prints in a cell of its own, which a wrapped line may finish.
  let previous: { from: number; label: string; unitCell: boolean } | undefined;
  // The last row named by words, and how far it is indented: a year-named row indented under it is its.
  let named: { label: string; indent: number } | undefined;
  let lead: { text: string; section: string } | undefined;
  // The last row that is not a breakdown of the one above ("New employee hires" over "Of whom are women").
  let parent = '';
  // The data rows read under the current section heading.
  let sectionRows = { section: '', count: 0 };
  // Where the section heading is printed and how many rows under it are indented further.
  let heading: { section: string; indent: number; children: number } | undefined;
  // "By gender" heads breakdown rows, printed as a group cell or as a heading row of its own.
  const underBy = (): boolean => /^by\b/i.test(state.group) || /^by\b/i.test(state.section);
  const parentOf = (label: string): string => (isSubRow(label) || underBy() ? parent : '');
  // A disclosure index's section or page column ("5.2 | Reported") says where a value is, not a value.
  const index = isDisclosureIndex(block);
  for (const [r, row] of block.rows.entries()) {
    // "TJ/KRW 100" over "million": a unit cell wrapped over two lines.
    const filled = row.cells.filter((c) => c.trim() !== '');
    if (
      previous?.unitCell &&
      filled.length === 1 &&
      finishesUnit(out, previous.from, filled[0]?.trim() ?? '')
    )
      continue;
    // "VND million/" over "person/month": the line below finishes a unit broken after its slash.
    const rest = previous && filled.length === 1 ? finishSlashUnit(out, previous.from, row.raw) : undefined;
    if (previous && rest !== undefined) {
      if (rest !== '') previous = { ...previous, label: `${previous.label} ${rest}` };
      relabel(out, previous.from, previous.label);
      continue;
    }
    const split = labelledMarker(splitRow(index ? withoutReference(row.cells) : row.cells));
    // "Ratio of female managers" over "| % | Parent | 7.3 | 8.0": a row of figures under year columns
    // with no name of its own is named by the line right above it, which is then no section heading.
    // Its unit may head the line ("GHG emissions intensity" over "| tCO2eq/KRW | 32.58 | 30.55").
    const unitFirst = unitOnlyLabel(split);
    const unnamed = split.labels.length === 0 || unitFirst !== undefined;
    // Under a header of measures only, a line of as many figures as the header has columns is a row too
    // ("Northern depot" over "   412   398   75"): each figure fills its measure's column.
    const filling = (h: TableHeader) => hasYearColumns(h) || split.values.length === h.columns.length;
    const above =
      unnamed && split.values.length > 0 && state.header && filling(state.header) ? lead : undefined;
    const own = above
      ? { ...split, labels: [{ index: 0, text: above.text }], unit: unitFirst ?? split.unit }
      : split;
    // Under a header of measures only: under year columns a line of years is the next table's header.
    const measuresOnly = state.header !== undefined && !hasYearColumns(state.header);
    const parts = measuresOnly && isIndentedUnder(row, named) ? yearAsLabel(own) : own;
    if (above) {
      state.section = above.section;
      lead = undefined;
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
      if (previous && only !== '' && continuesLabel(previous.label, only)) {
        previous = { ...previous, label: `${previous.label} ${only}` };
        relabel(out, previous.from, previous.label);
        continue;
      }
      const section = state.section;
      // A title row right above a header ("Table 5 Employee turnover rate (%)") names the table below.
      const isHeader = readLabelOnlyRow(row, parts.labels, state, ctx.reportYear);
      if (state.section !== section)
        heading = { section: state.section, indent: row.indent ?? 0, children: 0 };
      if (isHeader) {
        parent = '';
        named = undefined;
        if (lead) state.caption = lead.text;
      }
      state.headerRow = isHeader;
      // A title wrapped over two one-cell lines ("… by employee" over "category") is one title.
      if (lead && /^[a-z]/.test(only)) lead = { text: `${lead.text} ${only}`, section: lead.section };
      else lead = only === '' ? undefined : { text: only, section };
      previous = undefined;
      continue;
    }
    const last = parts.labels[parts.labels.length - 1];
    // A row named by a year alone ("FY23/24 | 46,950 | 11,920") under a header of measures.
    const labelYear = parts.labels.length === 1 && last ? parseYearCell(last.text)?.year : undefined;
    // … unless it is indented under a named row: then it prints that row's figures for another year.
    const priorYear =
      labelYear !== undefined && measuresOnly && isIndentedUnder(row, named) ? labelYear : undefined;
    if (!last || (labelYear !== undefined && priorYear === undefined && measuresOnly)) {
      out.push(...yearRow(row, parts.values, state, labelYear));
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
    const headerLabel = HEADER_LABEL.test(state.header?.label ?? '') ? '' : (state.header?.label ?? '');
    let rowLabel = priorYear !== undefined && named ? named.label : stripFootnotes(last.text);
    // "Aim 1 – Scope 1 and Scope 2" / "greenhouse gas emissions | MtCO2e | 54.5": the label began above.
    // "Rate of recordable injuries" over "(per 1,000,000 hours worked) | 2.4": a bracketed qualifier
    // finishes the label above it.
    const qualifier = /^\(/.test(rowLabel) && !ENUMERATOR.test(rowLabel);
    const wraps = /^[a-z]/.test(rowLabel) || qualifier || (lead !== undefined && endsOpen(lead.text));
    if (lead && parts.labels.length === 1 && priorYear === undefined && wraps) {
      rowLabel = `${stripFootnotes(lead.text)} ${rowLabel}`;
      state.section = lead.section;
    }
    lead = undefined;
    // "Ash to landfill, 2022/23 | 29,860 t" under later years' columns: the label dates its one figure.
    const ownYear =
      parts.values.length === 1 && priorYear === undefined
        ? yearAfterLabel(rowLabel, ctx.reportYear)
        : undefined;
    if (ownYear) rowLabel = ownYear.label;
    const unitCell =
      parts.unit !== '' || parts.values.some((v) => v.cell.kind === 'value' && v.cell.unit !== '');
    if (priorYear === undefined) {
      previous = { from: out.length, label: rowLabel, unitCell };
      named = { label: rowLabel, indent: row.indent ?? 0 };
    }
    // Rows under a "By gender" group, or worded as a part ("Of whom are women"), break down the
    // last row that is neither: its label names what they count.
    const breakdown = isSubRow(rowLabel) || underBy();
    if (!breakdown) parent = rowLabel;
    const columns = mapColumns(parts.values, state.header, tryParseUnit(parts.unit) !== undefined, row);
    // "Unit | Amount | Heat (GJ)": the row's unit cell is the unit of the columns that print none.
    const rowUnitFor = unitCellServes(columns) ? '' : parts.unit;
    parts.values.forEach((v, i) => {
      const column = columns[i];
      // A change column ("Change (%)", "YoY") compares the years; it is no figure of its own. A base-year,
      // base-value or deadline column of a targets table holds no figure of a header's year either.
      const undated = column?.year === undefined && holdsNoFigureOfYear(column?.text ?? '');
      if (v.cell.kind !== 'value' || (column && isChangeColumn(column)) || undated) return;
      // A year under a bare "Target" heading ("Target | Target value": "2030 | 224 592") is the deadline.
      if (isUndatedTarget(column) && /^(?:19|20)\d{2}$/.test(v.cell.printed)) return;
      // A measure column may carry a year from a header row above it ("2024" over "Number | %").
      const measure = column && parseYearCell(column.text) === undefined ? stripFootnotes(column.text) : '';
      const own = measure === '' ? '' : columnUnit(measure);
      const unit = pickUnit([
        own === '' ? parts.unit : rowUnitFor,
        withPerLabel(rowLabel, v.cell.unit),
        withLabelDenominator(rowLabel, unitIn(rowLabel)),
        commaUnit(rowLabel, looksLikeUnit),
        rateLabel(rowLabel),
        leadingShare(rowLabel),
        bracketedUnit(measure),
        unitHeader(measure),
        unitIn(measure, true),
        sharedByWords(measure),
        unitIn(state.group),
        unitIn(state.section),
        state.unit,
        unitIn(state.header?.label ?? ''),
        unitHeader(state.header?.label ?? ''),
        unitIn(state.caption) || captionBracketUnit(state.caption) || captionTailUnit(state.caption),
      ]);
      const listed = v.worded === true && column?.year === undefined;
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
          parentOf(rowLabel),
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
          column?.year ??
          (column?.role === 'target' ? deadlineYear(parts.values, columns) : undefined) ??
          totalRowYear(rowLabel, ctx.reportYear) ??
          ctx.year,
        basis: column?.role === 'target' || isUndatedTarget(column) ? 'target' : 'actual',
        quote: row.raw,
        dims: site === undefined ? {} : { site },
        ...(hasSiteColumns(state.header) ? { siteColumns: true as const } : {}),
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
  return markPartsOfTotals(out);
}

/**
 * True when a row is indented further than the last row named by words ("Quay fees   640.5   80.0" over
 * "  2025   602.0   75.6"): a row of that row's, as tables printing each measure over its prior year do.
 * A PDF's rows carry no indent, so none is under another.
 */
function isIndentedUnder(row: ReportLine, named: { indent: number } | undefined): boolean {
  return named !== undefined && (row.indent ?? 0) > named.indent;
}

/** A row whose first cell is a year and the rest figures ("  2025   602.0   75.6"): the year as its label. */
function yearAsLabel(parts: RowParts): RowParts {
  const [first, ...rest] = parts.values;
  if (parts.labels.length > 0 || !first || rest.length === 0 || first.cell.kind !== 'value') return parts;
  // A line of years ("2022   2023") heads the next table: its other cells are no figures of a year.
  const isYear = (v: ValueCell) => v.cell.kind === 'value' && parseYearCell(v.cell.printed) !== undefined;
  if (!isYear(first) || rest.some(isYear)) return parts;
  return { ...parts, labels: [{ index: first.index, text: first.cell.printed }], values: rest };
}

/**
 * A table laid out the other way round: one row per year ("2021 | 100 | 200", or a fiscal year the
 * row's label cell holds: "FY22/23 | 100 | 200") under a header of measures ("Year | Scope 1 (tCO2e)
 * | Scope 2 (tCO2e)"). Each figure is named by its column.
 */
function yearRow(
  row: ReportLine,
  values: readonly ValueCell[],
  state: RowState,
  labelYear: number | undefined,
): Mention[] {
  const [first, ...more] = values;
  const rest = labelYear === undefined ? more : values;
  const year =
    labelYear ?? (first?.cell.kind === 'value' ? parseYearCell(first.cell.printed)?.year : undefined);
  const columns = mapColumns(rest, state.header, false, row);
  if (year === undefined || rest.length === 0 || columns.some((c) => c === undefined || c.year !== undefined))
    return [];
  return rest.flatMap((v, i): Mention[] => {
    const column = columns[i];
    if (v.cell.kind !== 'value' || !column) return [];
    const label = stripFootnotes(column.text);
    const mention: Mention = {
      kind: 'table',
      line: row.no,
      label,
      context: [state.caption, state.section].filter((c) => c !== ''),
      value: v.cell.value,
      unit: pickUnit([
        v.cell.unit,
        unitIn(label, true),
        unitIn(state.section),
        state.unit,
        unitIn(state.caption),
      ]),
      year,
      basis: 'actual',
      quote: row.raw,
      dims: {},
    };
    return [row.page === undefined ? mention : { ...mention, page: row.page }];
  });
}

// A total row named by its year under no year column ("Total 2024" below "Total 2025", "Total 2023/24"),
// as a table of one date's breakdown prints last year's total for comparison; a fiscal year is the
// year it ends.
const YEAR_WORDS = String.raw`(?:FY\s?)?(?:19|20)\d{2}(?:\s?[/–-]\s?\d{2})?`;
const TOTAL_OF_YEAR = new RegExp(String.raw`^(?:total\s+(${YEAR_WORDS})|(${YEAR_WORDS})\s+total)$`, 'i');

function totalRowYear(label: string, reportYear: number | undefined): number | undefined {
  const m = TOTAL_OF_YEAR.exec(stripFootnotes(label).trim());
  const year = parseYearCell(m?.[1] ?? m?.[2] ?? '')?.year;
  if (!m || year === undefined || (reportYear !== undefined && year > reportYear)) return undefined;
  return year;
}

/**
 * A row whose label reads like a no-data marker ("Not reported | 11 | 9", ESRS S1-6's gender
 * category): a marker in the label cell followed by figures names the row.
 */
function labelledMarker(parts: RowParts): RowParts {
  const [first, ...rest] = parts.values;
  if (parts.labels.length > 0 || first?.index !== 0 || first.cell.kind !== 'missing') return parts;
  if (!rest.some((v) => v.cell.kind === 'value') || !/\p{L}{3}/u.test(first.cell.printed)) return parts;
  return { ...parts, labels: [{ index: 0, text: first.cell.printed }], values: rest };
}

/**
 * A "Total …" row naming the heading above it ("Total diverted from disposal" under "Diverted from
 * disposal"), or the quantity a breakdown heading splits ("… water withdrawal" under "… by source").
 */
function closesSection(label: string, section: string): boolean {
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

/** A row that breaks down the row above: "Of whom are women", "of which …", "Including: …", "contained". */
function isSubRow(label: string): boolean {
  return (
    /^(?:of (?:whom|which)|including|among (?:them|which)|thereof|incl\.?)\b/i.test(label) ||
    /^[a-z]/.test(label) ||
    // A bare breakdown value: "Female", "Under 30", "30-50 years old".
    /^(?:male|female|men|women|(?:under|below|over|above|aged)\s*\d{2}\b.*|\d{2}\s*(?:-|–|to)\s*\d{2}\b.*)$/i.test(
      label,
    )
  );
}

/**
 * Whether a one-cell line below a row finishes that row's label: it starts in lower case, with a
 * dash or a bracket, or the label above stops at a joining word ("… in areas" / "with water stress").
 */
function continuesLabel(label: string, next: string): boolean {
  return (/^[a-z(–-]/.test(next) && !ENUMERATOR.test(next)) || endsOpen(label);
}

// A numbered row ("(5) Consumption of purchased electricity …", "(b) Landfill") starts a label of its
// own, as ESRS E1-5's numbered lines do; it finishes none above it.
const ENUMERATOR = /^\((?:\d{1,2}|[a-z]|[ivx]{1,4})\)\s+\S/i;

/** A label that stops at a joining word or sign ("… against", "… in areas", "Scope 1 and"): it goes on below. */
function endsOpen(label: string): boolean {
  return /(?:\b(?:and|or|of|in|to|from|by|with|for|per|the|at|against|versus|vs\.?|than|over|on)|[–\-/(,])$/i.test(
    label.trim(),
  );
}

const PER = /\/|\bper\b/i;

/** A row's one label cell when it is a ratio's unit ("tCO2eq/KRW"), the row's name printed above it. */
function unitOnlyLabel(split: RowParts): string | undefined {
  const [only] = split.labels;
  if (split.labels.length !== 1 || !only || split.unit !== '') return undefined;
  return tryParseUnit(only.text)?.dimension.includes('/') === true ? only.text : undefined;
}

/**
 * Whether a one-cell line finishes the unit of the row above, wrapped in its unit column ("TJ/KRW 100"
 * over "million", "tCO2eq/KRW" over "100 million"): the two read as one unit of the same kind at
 * another scale. The row's mentions then take the whole unit.
 */
function finishesUnit(out: Mention[], from: number, next: string): boolean {
  const unit = out[from]?.unit ?? '';
  const above = tryParseUnit(unit);
  const whole = above ? tryParseUnit(`${unit} ${next}`) : undefined;
  if (!above || !whole || whole.dimension !== above.dimension || whole.toBase.eq(above.toBase)) return false;
  for (let i = from; i < out.length; i++) {
    const m = out[i];
    if (m?.unit === unit) out[i] = { ...m, unit: `${unit} ${next}` };
  }
  return true;
}

/**
 * Gives the mentions of a row the whole of its wrapped label. A unit the label closes with ("GHG
 * intensity (tCO2e per" over "HK$ million revenue)") replaces a unit it refines, such as the column's
 * "tCO2e", or an empty one.
 */
function relabel(out: Mention[], from: number, label: string): void {
  const own = withLabelDenominator(label, unitIn(label));
  for (let i = from; i < out.length; i++) {
    const m = out[i];
    if (!m) continue;
    const bare = m.unit.replace(/[()]/g, '').trim();
    // An intensity's unit printed under its label ("Water intensity per rupee of turnover" over
    // "(kl/₹ crore)", as BRSR prints it) beats a quantity's unit carried down from the heading.
    const ratio = PER.test(own) && !PER.test(bare);
    const refined = own !== '' && (bare === '' || ratio || own.toLowerCase().startsWith(bare.toLowerCase()));
    out[i] = refined ? { ...m, label, unit: own } : { ...m, label };
  }
}

/**
 * A row of year cells heads its columns rather than holding figures: it is the first row, it has
 * two or more years, or its label is a header word ("Type", "Indicators").
 */
function isYearHeader(
  cells: readonly string[],
  labels: readonly { index: number; text: string }[],
  first: boolean,
  reportYear: number,
): boolean {
  // Every cell right of the label cells: a header may head two label columns ("Category | Item").
  const labelled = new Set(labels.map((l) => l.index));
  // A column comparing the years ("% change", read as a unit and a word) or of remarks ("Notes") heads
  // no figure of its own.
  const values = cells.filter(
    (c, i) =>
      i > 0 &&
      c !== '' &&
      !labelled.has(i) &&
      !isUnitHeading(c) &&
      !isChangeHeading(c) &&
      !isRemarkHeading(c),
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

/**
 * A list of titles with page numbers (a contents box on a chapter cover): no header, one whole
 * number per row, never decreasing.
 */
function isPageList(block: TableBlock): boolean {
  const pages: number[] = [];
  for (const row of block.rows) {
    const parts = splitRow(row.cells);
    const [only] = parts.values;
    // Titles and group lines carry no number; a year or "Unit" header makes it a data table.
    if (row.cells.some((c) => isUnitHeading(c) || parseYearCell(c) !== undefined)) return false;
    if (parts.values.length === 0) continue;
    if (parts.values.length !== 1 || only?.cell.kind !== 'value') return false;
    if (!/^\d{1,3}$/.test(only.cell.printed) || parts.unit !== '' || only.cell.unit !== '') return false;
    pages.push(Number(only.cell.printed));
  }
  const first = pages[0] ?? 0;
  const last = pages[pages.length - 1] ?? 0;
  return (
    pages.length >= 2 &&
    first >= 1 &&
    last > first &&
    pages.every((p, i) => i === 0 || p >= (pages[i - 1] ?? 0))
  );
}

// A decimal or thousands-separated figure: headings name years and scopes ("2023", "Scope 1"), not these.
const STATED_FIGURE = /\d(?:\.\d+|\d{0,2}(?:,\d{3})+)\b/;

/** Reads a row without figures as a header or a section heading; true when it is a header. */
function readLabelOnlyRow(
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
    state.unit = unit;
    return true;
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
function countLabels(cells: readonly string[]): number {
  const parts = splitRow(cells);
  return parts.values.length === 0 ? 0 : parts.labels.length;
}

/**
 * Carries group labels down: a row with a group cell sets the group; a row with fewer label cells
 * than the table's label columns sits under the group above ("Gender | Male", then "Female").
 */
function updateGroup(
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
 * A header of measures or breakdowns whose first cell was empty ("| Male | Female | Total"): readers
 * drop the empty cell, so the first column's header reads as the label column's. When the rows
 * below have one figure more than the header has columns, the "label" heads the first figures.
 */
function promoteLabelColumn(header: TableHeader | undefined, values: number): TableHeader | undefined {
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
function mapColumns(
  values: readonly ValueCell[],
  header: TableHeader | undefined,
  unitCell = false,
  row?: ReportLine,
): (HeaderColumn | undefined)[] {
  const placed = columnsByPosition(values, header, row);
  if (placed) return placed;
  const cols = header?.columns ?? [];
  // A row without a change ("Share (%)  4.8  3.9  3.1" under "… 2023  Change %") leaves the change
  // column blank, and the target columns after it ("… | % 2025/2024 | Target 2030 | % 2030/base"):
  // its figures are the years'. A row with a change and no target ends in the change.
  const rest = cols.slice(values.length);
  const optional = (c: HeaderColumn) => isChangeColumn(c) || c.role === 'target' || isUndatedTarget(c);
  if (values.length < cols.length && cols.some(isChangeColumn) && rest.every(optional)) {
    return values.map((_v, i) => cols[i]);
  }
  // Fewer figures than the years (no base-year figure) under such a header: the latest years'.
  const years = cols.filter((c) => !optional(c));
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
  return values.map((_v, i) => cols[i + offset]);
}

/**
 * The unit a text ends with in brackets: "Water consumption (m³)", "Employee turnover rate (%)", or
 * a title's "(unit: tCO2e)" / "(Unit: person)".
 */
function unitIn(text: string, anyWord = false): string {
  // "Intensity (t CO2e / PLN million revenue)²": a note number glued after the unit's bracket.
  const inner = trailingParenthetical(text.replace(/\)\d{1,2}$/, ')'))?.replace(UNIT_LEAD, '');
  if (inner === undefined || inner === '') return '';
  if (looksLikeUnit(inner) || (anyWord && /^[a-z%]+$/i.test(inner) && !WORKER_WORD.test(inner))) return inner;
  return '';
}

// "Unit:", in English, Chinese or a home language, and both ("Birim / Unit:", "Unidad / Unit:").
const UNIT_LEAD = new RegExp(String.raw`^${UNIT_WORDS}\s*[:：]\s*`, 'iu');

// A bracketed group of workers renames a column group ("Non-employees (contractors)"); it is whose
// figures they are (GRI 403-9 a/b), not the unit they are counted in.
const WORKER_WORD = /^(?:(?:sub)?contractors?|(?:non-)?employees?|workers?|staff|personnel|agency)$/i;

/**
 * A column header that is only a bracketed unit, printed under its year ("(tCO2e)", "(rate %)"):
 * a header naming a share by a word and the sign ("rate %") is a percentage column.
 */
function bracketedUnit(measure: string): string {
  const inner = /^\((.+)\)$/.exec(measure.trim())?.[1]?.trim();
  if (inner === undefined || /[()]/.test(inner)) return '';
  if (/%$/.test(inner) && /^(?:[a-z]+\s+)?%$/i.test(inner)) return '%';
  return looksLikeUnit(inner) ? inner : '';
}

/**
 * A row label that is itself a unit per another ("Litres per kg made tea", "kWh/tonne"): its figures are
 * that rate, not amounts of the first unit to be added up.
 */
function rateLabel(label: string): string {
  const unit = /\bper\b/i.test(label) ? tryParseUnit(label, { countNouns: false }) : undefined;
  return unit?.dimension.includes('/') === true && !unit.dimension.startsWith('count') ? label : '';
}

/**
 * A row label that opens with the percent sign ("% of total", "% del total", "% women") is a row of
 * shares, printed under a row of counts without a unit of its own.
 */
function leadingShare(label: string): string {
  return /^%\s*\p{L}/u.test(label.trim()) ? '%' : '';
}

/**
 * A column header naming a share by its words and a bare sign after them ("Women %", "Aged 55+ %"):
 * the column is in per cent, as "(%)" would say.
 */
function sharedByWords(measure: string): string {
  return /^(?=.*\p{L}).*\S\s+%$/u.test(measure.trim()) ? '%' : '';
}

/**
 * A column headed by its unit ("Property | '000 kWh | Share"): a unit of a quantity, not a count
 * word ("Headcount", "Number") that names the measure.
 */
function unitHeader(measure: string): string {
  if (!looksLikeUnit(measure)) return '';
  const dimension = tryParseUnit(measure)?.dimension ?? 'count';
  return dimension.startsWith('count') ? '' : measure;
}

/** The unit a measure's heading prints ("Energy (GJ)", "(tCO2e)", "MWh"), when it parses as one. */
function columnUnit(measure: string): string {
  const unit = bracketedUnit(measure) || unitHeader(measure) || unitIn(measure);
  return unit !== '' && tryParseUnit(unit) !== undefined ? unit : '';
}

/**
 * Whether a row's unit cell is only for some of its columns: the header names measures, some printing
 * a unit of their own ("Heat (GJ)") and some none ("Amount"). The unit cell is then the unitless
 * columns' unit, and each other column keeps its own.
 */
function unitCellServes(columns: readonly (HeaderColumn | undefined)[]): boolean {
  const measures = columns.flatMap((c) =>
    c && parseYearCell(c.text) === undefined && !isChangeColumn(c) ? [stripFootnotes(c.text)] : [],
  );
  return measures.some((m) => columnUnit(m) !== '') && measures.some((m) => columnUnit(m) === '');
}

/** The measure or breakdown each header column names (years left out). */
function headerTexts(header: TableHeader): string[] {
  return header.columns.filter((c) => parseYearCell(c.text) === undefined).map((c) => stripFootnotes(c.text));
}

function pickUnit(candidates: readonly string[]): string {
  return candidates.find((c) => c !== '') ?? '';
}
