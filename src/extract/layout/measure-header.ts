import { yesNoAnswer } from '../../core/index.js';
import { COLUMN_YEAR } from './year-word.js';
import { isCaptionText } from '../clean/index.js';
import { isBareFigure, printsNoFigure } from './bare-figure.js';
import { isRuleLine } from './rule-line.js';
import { spansSplitBy } from './spans.js';
import { isStandardHeading } from './standard-heading.js';

// A figure as a cell prints it ("1,842", "56.4", "(12)", "96%", "28 412.6", "39,1 %" with the space
// French typography puts before a per cent sign), or a dash for none. A footnote letter may be glued
// to it ("1,204.6a", as the cell reader allows: lower case, a to d), or a numbered note mark
// ("5,968*9", "812*", "3.86¹").
const PRIOR_IN_BRACKETS = /^(\S+) \((\S+)\)$/;
function isFigureCell(cell: string): boolean {
  // "148,620.4 (132,846.2)": the year's figure with the year before's in brackets fills one column.
  const pair = PRIOR_IN_BRACKETS.exec(cell.trim());
  if (pair?.[1] && pair[2]) return isFigureCell(pair[1]) && isFigureCell(pair[2]);
  const figure = cell.replace(GLUED_LETTER, '').replace(SPACED_PERCENT, '%');
  return isBareFigure(figure) || /^(?:[-–—]|n\/a)$/i.test(cell);
}
const isAnswerCell = (cell: string): boolean => yesNoAnswer(cell) !== undefined;
const SPACED_PERCENT = /(?<=\d)[ \u00a0\u2009\u202f]%$/;
const GLUED_LETTER = /(?<=\d)(?:[a-d]|\*\d{0,2}|[¹²³⁴-⁹]+)$/;
const YEAR_LABEL = /^(?:FY\s?)?(?:19|20)\d{2}(?:\/\d{2})?$/i;
// Lines looked at below a header for its first row of figures: a rule and a group row ("By gender") may come between.
const REACH = 4;

/**
 * A header of measures set apart by spaces over rows of figures ("Headcount   Share (%)   Leavers"
 * over "Male   721   61.3   80"): with neither a figure nor a year it reads as one cell, and the
 * table's columns would go unnamed. It is split here when the first row of figures below it has as
 * many figures as it has cells (an empty label cell is put first) or one fewer (its first cell heads
 * the label column). `flush`: the header starts where the rows' labels start.
 */
export function measuresOverFigures(
  line: string,
  below: readonly string[],
  flush = false,
): string[][] | undefined {
  const { figures, unitColumn, unitLast, places, referenceLast, byYear } = figuresOfFirstRow(below);
  // "Table 3  GHG emissions (tCO2e)" over the years: a caption titles the table, it heads no column;
  // unless its headings follow it on its line (see captionOverMeasures).
  if (isCaptionText(line)) return unitColumn || unitLast ? undefined : captionOverMeasures(line, figures);
  const lastUnit = unitLast ? unitHeaderLast(line, figures) : undefined;
  if (lastUnit) return [lastUnit];
  if (figures === 1 && byYear) return titleOverOneColumn(line);
  if (figures < 2) return undefined;
  // Short headers of a wide table may sit only two spaces apart ("Women %  Under 30 %"); two spaces
  // part the cells only when that gives the row's count, which three did not.
  for (const gap of [/ {3,}/, / {2,}/]) {
    const parted = line.trim().split(gap);
    // "Covered, NOK m Covered, %": two "name, unit" headings a single space apart are two columns,
    // when parting them gives a cell for the label and one for each figure.
    const twins = parted.flatMap(partTwinHeadings).flatMap(partAgeBands);
    const all = twins.length === figures + 1 && !unitColumn ? twins : parted;
    // "Energy source   MWh   GJ   MWh   GJ   ESRS": the references column's heading is kept after the measures.
    const reference = referenceLast && isStandardHeading(all[all.length - 1] ?? '');
    if (reference && all.length === figures + 2 && all.slice(0, -1).every(isMeasure)) return [all];
    const cells = all;
    if (cells.length < 2 || cells.some((c) => !isMeasure(c))) continue;
    // Under a header naming the unit column too ("Indicator   Unit   Hong Kong ..."), only a cell
    // for the label, one for the unit and one for each figure fits. The unit column's header names
    // no measure: it is left empty, so that years printed over the measures span them alone.
    if (unitColumn) {
      if (cells.length === figures + 2) return [[cells[0] ?? '', '', ...cells.slice(2)]];
      // "Unit   Plant A   Plant B   Total" with no heading over the labels: the unit's heading comes first.
      if (cells.length === figures + 1 && UNIT_HEADER.test(cells[0] ?? ''))
        return [['', '', ...cells.slice(1)]];
      // An indented line of one heading per figure ("Quantity   tce   Quantity   tce" under the years a
      // two-line header prints above) stands over the figures alone: label and unit columns go blank.
      if (cells.length === figures && /^ /.test(line)) return [['', '', ...cells]];
      continue;
    }
    // A header whose first cell stands over the rows' labels ("Site   Men   Women", flush left under ruled
    // years or printed left of every figure) heads them first: as many cells as figures there means two
    // headings are run together ("Total  % women"), not a blank label.
    if (figures === cells.length && !flush && !headsLabels(line, places)) return [['', ...cells]];
    if (figures === cells.length - 1) return [cells];
  }
  return undefined;
}

/**
 * "Table 9  Training, 2025      Employees   Trained   % trained" over "Nurses   1,642   1,668   101.6": a
 * caption printed on its header's line, a heading after it for each figure of the first row. The
 * caption's number and title head the label column. A number alone before the headings ("Table 4
 * GHG emissions   tCO2e") is a caption's title and unit, no header.
 */
function captionOverMeasures(line: string, figures: number): string[][] | undefined {
  const cells = line.trim().split(/ {3,}/);
  const [caption, ...measures] = cells;
  const titled = caption !== undefined && isCaptionText(caption) && caption.split(/\s+/).length > 2;
  if (!titled || figures < 2 || measures.length !== figures || !measures.every(isMeasure)) return undefined;
  return [cells];
}

// An age band heading its column: "< 30", "30-50", "> 50", "50+", its word for years maybe after it
// ("<30 anni", "30-50 years", "> 50 Jahre").
const AGE_BOUNDS = String.raw`(?:[<>≤≥]\s*\d{2}|\d{2}\s*[-–]\s*\d{2}|\d{2}\s*\+)`;
const AGE_BAND = new RegExp(String.raw`^${AGE_BOUNDS}(?:\s\p{L}{2,8}\.?)?$`, 'u');
const AGE_BAND_HEAD = new RegExp(String.raw`^${AGE_BOUNDS}$`, 'u');

/**
 * A cell holding age bands one space apart ("<30 anni 30-50 anni"), as a wide band heading leaves the
 * next one: a cell each. Any other cell whole.
 */
function partAgeBands(cell: string): string[] {
  const bands: string[] = [];
  for (const word of cell.trim().split(' ')) {
    const last = bands[bands.length - 1];
    if (AGE_BAND_HEAD.test(word) || /^[<>≤≥]$/.test(word)) bands.push(word);
    else if (last !== undefined && (/^[<>≤≥]$/.test(last) || AGE_BAND_HEAD.test(last)))
      bands[bands.length - 1] = `${last} ${word}`;
    else return [cell];
  }
  return bands.length >= 2 && bands.every((b) => AGE_BAND.test(b)) ? bands : [cell];
}

// A measure's header is short words or an age band, not a figure, a year or the end of a sentence.
function isMeasure(cell: string): boolean {
  if (AGE_BAND.test(cell.trim())) return true;
  return (
    cell.length <= 40 &&
    /^[\p{L}(%']/u.test(cell) &&
    (!/[.;:,]$/.test(cell) || ABBREVIATED.test(cell) || ORDINAL_YEAR.test(cell)) &&
    !/^(?:FY\s?)?(?:19|20)\d{2}$/i.test(cell)
  );
}

// One word cut short with a full stop ("Var.", "Avg.", "Non-cov."): a heading abbreviated, not a
// sentence's end (a sentence has more than one word).
const ABBREVIATED = /^(?:[\p{L}]+-)?\p{L}{1,7}\.$/u;

// A year printed as an ordinal at a heading's end ("Cilj 2030.", "Bazna 2023."), as Serbian, Croatian
// and Slovene print years: the dot ends no sentence.
const ORDINAL_YEAR = /\s(?:19|20)\d{2}\.$/;

// Two "name, unit" headings one space apart: the second's name is a capitalised word.
const TWIN_HEADINGS =
  /^(\p{Lu}[\p{L}-]*(?: [\p{L}-]+)*, [^,]+?) (\p{Lu}\p{Ll}[\p{L}-]*(?: [\p{L}-]+)*, [^,]+)$/u;

/**
 * "Total energy use        TJ" over "2024        694.6": a block's title and the unit of its one column
 * over rows named by their years, as a report printing one block per energy or water source ends
 * with the total's block. Two cells, the last shaped like a unit; undefined otherwise.
 */
function titleOverOneColumn(line: string): string[][] | undefined {
  const cells = line.trim().split(/ {3,}/);
  const [title, unit] = cells;
  if (cells.length !== 2 || !title || !unit || !isMeasure(title) || !isUnitShaped(unit)) return undefined;
  return [cells];
}

/** A cell holding two "name, unit" headings ("Covered, NOK m Covered, %") parted in two; others whole. */
function partTwinHeadings(cell: string): string[] {
  const m = TWIN_HEADINGS.exec(cell);
  return m?.[1] && m[2] ? [m[1], m[2]] : [cell];
}

// A unit printed in a column of its own between label and figures ("MWh", "kWh/guest night").
const MAX_UNIT_CHARS = 24;

// A unit printed after the power of ten its figures are counted in: "10,000 kWh", "1 000 GJ", "'000 tonnes"
// (thousands, as British and Australian tables print them), "100 million RMB".
const SCALED_UNIT = /^(?:['’]000|10{0,2}(?:[,.\u00a0\u202f ]?000)+|10{1,2})\s*[\p{L}\p{Sc}]/u;

// The header of a unit column printed after the figures ("Units", "Unit of measure", "UoM").
const UNIT_HEADER = /^(?:units?(?: of measure(?:ment)?)?|uom)$/i;

/**
 * "Disclosure   Quantity   Units" over "Water withdrawal   1,247   m3": a label, the figure columns
 * and a unit column last, as the Philippine SEC sustainability template (SEC MC No. 4, 2019) and many
 * templates after it print each indicator. Split at three spaces when the cells match the row's.
 */
function unitHeaderLast(line: string, figures: number): string[] | undefined {
  const cells = line.trim().split(/ {3,}/);
  const last = cells[cells.length - 1] ?? '';
  if (cells.length !== figures + 2 || !UNIT_HEADER.test(last)) return undefined;
  return cells.every(isMeasure) ? cells : undefined;
}

interface FirstRow {
  /** Figure cells right of the label (and of the unit cell), 0 when no row of figures is near. */
  readonly figures: number;
  /** Where the row's label ends and its first figure starts, on the printed line (spaces before it kept). */
  readonly places?: { readonly labelEnd: number; readonly figureStart: number };
  /** Whether a unit cell sits between the label and the figures. */
  readonly unitColumn: boolean;
  /** Whether a unit cell follows the figures ("Water withdrawal   1,247   m3"). */
  readonly unitLast?: boolean;
  /** Whether a reference cell follows the figures ("Natural gas   138 512,7   …   E1-5 §37"). */
  readonly referenceLast?: boolean;
  /** Whether the row is named by its year ("2025   16,342"). */
  readonly byYear?: boolean;
}

// The disclosure a row answers, printed after its figures: "E1-5 §37", "E1-6 §49(a) / 305-2", "GRI 302-1".
const REFERENCE_CELL =
  /^(?:(?:ESRS|GRI)\s*)?(?:(?:[23]|[2-4]\d{2})-\d{1,2}|(?:E[1-5]|S[1-4]|G1)-\d{1,2})(?:\s*(?:§|para\.?|AR)?\s*\d{1,3}[a-z]?(?:\([a-z]{1,4}\))*)?(?:\s*\/\s*(?:GRI\s*)?[23]?\d{0,2}-\d{1,2}[a-z]?)?$/;

// A standard's disclosure and paragraph a row answers, printed in a column before its label: "S1-6 50(a)",
// "E1-5 37", "GRI 303-3", "2-7".
const DISCLOSURE =
  /^(?:(?:GRI\s*)?(?:[23]|[2-4]\d{2})-\d{1,2}|(?:ESRS\s*)?(?:E[1-5]|S[1-4]|G1)-\d{1,2})(?:\s+\d{1,3}(?:\([a-z]{1,4}\))*)?$/;

/** The first row of figures below a header: how many figures it has, and whether a unit column comes first. */
function figuresOfFirstRow(below: readonly string[]): FirstRow {
  const none = { figures: 0, unitColumn: false };
  for (const text of below.slice(0, REACH)) {
    if (isRuleLine(text)) continue;
    const cells = text
      .trim()
      .split(/ {3,}|\t/)
      .flatMap((c) =>
        /^\S+(?: {2}\S+)+$/.test(c) && c.split(/ {2}/).every((p) => isFigureCell(p)) ? c.split(/ {2}/) : [c],
      );
    // A one-cell group row ("By gender", or a year over the rows it dates) sits between the header and its rows.
    if (cells.length === 1 && (printsNoFigure(text) || YEAR_LABEL.test(cells[0] ?? ''))) continue;
    // A header may wrap over further lines ("(metric tons" over "CO2e)"): cells without a figure
    // are more header, and the first row of figures lies below them. A row of years is the table's
    // own header instead ("Item   2024年   2023年"): the line above it (a caption, "Unit: GJ") heads no column.
    if (cells.length >= 2 && !cells.some((c) => isFigureCell(c))) {
      if (cells.filter((c) => COLUMN_YEAR.test(c)).length >= 2) return none;
      continue;
    }
    // Units and years under the measures ("TJ 2025   tCO2/TJ   2025   2024") are more header too.
    if (
      cells.length >= 2 &&
      cells.some((c) => /\p{L}/u.test(c)) &&
      cells.some((c) => /(?:19|20)\d{2}/.test(c)) &&
      cells.every(isHeaderWordOrYear)
    )
      continue;
    // A line of years alone ("2025   2024", "FY2025   FY2024   FY2023") is the table's own header of
    // year columns, not a row named by its year: the line above it heads no column.
    if (cells.length >= 2 && cells.every((c) => YEAR_LABEL.test(c))) return none;
    // "S1-6 50(a)   Denmark   1,096 …": a row may open with the disclosure it answers before its label.
    const opened = cells.length > 3 && DISCLOSURE.test(cells[0] ?? '') ? cells.slice(1) : cells;
    // A reference column after the figures heads none of them.
    const referenceLast = opened.length > 3 && REFERENCE_CELL.test(opened[opened.length - 1] ?? '');
    const [label, ...rest] = referenceLast ? opened.slice(0, -1) : opened;
    // A row may be named by its year ("2025   16,342   3,109"): years as rows, measures as columns.
    const named = label !== undefined && (!isFigureCell(label) || YEAR_LABEL.test(label));
    // "2025   694.6": one figure under a year is a one-column block's row (see titleOverOneColumn).
    if (named && rest.length === 1 && YEAR_LABEL.test(label) && isFigureCell(rest[0] ?? ''))
      return { figures: 1, unitColumn: false, byYear: true };
    if (!named || rest.length < 2) return none;
    // A site table's yes/no cells ("Plant A   212   Yes   No", under "ISO 14001   ISO 50001") fill columns as figures do.
    if (rest.some((c) => isFigureCell(c)) && rest.every((c) => isFigureCell(c) || isAnswerCell(c))) {
      return { figures: rest.length, unitColumn: false, places: rowPlaces(text, label), referenceLast };
    }
    if (referenceLast) return none;
    const after = rest[rest.length - 1] ?? '';
    const ahead = rest.slice(0, -1);
    if (ahead.length >= 1 && ahead.every((c) => isFigureCell(c)) && isUnitShaped(after)) {
      return { figures: ahead.length, unitColumn: false, unitLast: true };
    }
    const [unit, ...values] = rest;
    // A unit cell starts with a letter or a currency sign ("¥ million", "€ thousand"), or with the
    // scale the figures are counted in ("10,000 kWh", "'000 tonnes").
    const unitFirst =
      unit !== undefined &&
      unit.length <= MAX_UNIT_CHARS &&
      (/^[\p{L}\p{Sc}]/u.test(unit) || SCALED_UNIT.test(unit)) &&
      values.length >= 2;
    return unitFirst && values.every((c) => isFigureCell(c))
      ? { figures: values.length, unitColumn: true }
      : none;
  }
  return none;
}

/**
 * Where a row's label ends and the figure after it starts, counting the spaces the row is printed
 * after; undefined when the label is not found as a cell of its own.
 */
function rowPlaces(text: string, label: string): FirstRow['places'] {
  const lead = /^ */.exec(text)?.[0].length ?? 0;
  const cells = spansSplitBy(text.slice(lead), lead, / {2,}|\t/);
  const at = cells.findIndex((c) => c.text === label);
  const [name, figure] = [cells[at], cells[at + 1]];
  return at >= 0 && name && figure ? { labelEnd: name.end, figureStart: figure.start } : undefined;
}

/**
 * Whether a header's first cell heads the rows' labels: printed over them (starting left of where the
 * label ends) and ending before the first figure. Then a header with as many cells as figures has two
 * headings run together ("Total  % women", columns printed two spaces apart), not a blank label heading.
 */
function headsLabels(line: string, places: FirstRow['places']): boolean {
  if (!places) return false;
  const lead = /^ */.exec(line)?.[0].length ?? 0;
  const first = spansSplitBy(line.slice(lead), lead, / {3,}/)[0];
  return first !== undefined && first.start < places.labelEnd && first.end < places.figureStart;
}

/** A header cell under a measure: a year, or short words ending in one ("TJ 2025", "tCO2/TJ"). */
function isHeaderWordOrYear(cell: string): boolean {
  if (isFigureCell(cell)) return COLUMN_YEAR.test(cell);
  const words = cell.replace(/\s*(?:19|20)\d{2}$/, '');
  return words.length <= MAX_UNIT_CHARS && /^[\p{L}%(]/u.test(words) && !/\d{2}/.test(words);
}

/** A short cell shaped like a unit by its form, not the registry ("GJ", "Cubic meters", "hours/employee", "%"). */
function isUnitShaped(cell: string): boolean {
  return cell.length <= MAX_UNIT_CHARS && /^[\p{L}%#]/u.test(cell) && !/\d{2}/.test(cell);
}
