import { tryParseUnit } from '../../core/index.js';
import { yearsBackOf } from '../period/index.js';
import { isChangeHeading } from './change-heading.js';
import { isDatedCjkMeasure, splitCjkHeadings } from './cjk-header.js';
import { YEAR_WORD_AFTER, YEAR_WORD_BEFORE } from './year-word.js';
import { yearRoleWords } from './year-role.js';

// A figure as a cell prints it: "1,284,560", "-3.2", "−31.8" (a minus sign), "(12)", "+44.8", "96%",
// "91.2 %", "412 860" (a space, no-break or thin space as the thousands separator, ISO 80000-1;
// before a decimal comma too, "46 812,4", as French and Nordic reports print it),
// "18.6 per cent", with a footnote, restatement or assurance mark glued on ("6,482a", "3.86¹", "812R"),
// or a bracketed unit or restatement note after it ("12,480 (kWh)", "3,004 (kWh) (restated)").
const FIGURE =
  /^[-−+(]?\d(?:[\d,.]*|\d{0,2}(?:[ \u00a0\u2009\u202f]\d{3})+(?:[.,]\d+)?)(?:[a-dRΔ]|[¹²³⁴-⁹]+)?(?: ?%| per ?cent)?\)?(?: ?\([^()\d][^()]{0,30}\)){0,2}$/;
const FIGURE_SRC = FIGURE.source.slice(1, -1);
// Wide figures leave only two spaces between columns ("1,284,560  1,326,410"), and figures printed
// with their unit in words one ("18.6 per cent 19.0 per cent"): a run of such figures is several cells,
// though two spaces inside a label are not a column break.
const FIGURE_RUN = new RegExp(`^${FIGURE_SRC}(?: {2}${FIGURE_SRC})+$`);
const PER_CENT_RUN = /^(?:[-−+(]?\d[\d,.]*\)? per ?cent\s+)+[-−+(]?\d[\d,.]*\)? per ?cent$/;
/**
 * A year column's header: "2024", "FY2024", "FY24", "2024/25", "FY24/25", optionally marked as a
 * target, base or current year in any language layout/year-roles.data.json holds ("Target 2029/30", "2019
 * baseline", "Stanje 2025."); Chinese "2024年", "2024年度"; "2024." as Croatian,
 * Serbian, Slovene and Hungarian print a year (an ordinal, with a dot); the word for year before it
 * ("Year 2024", "Rok 2024", Thai "ปี 2567").
 */
const YEAR_HEADER = new RegExp(
  String.raw`^(?:${yearRoleWords()}\s*)?(?:${YEAR_WORD_BEFORE})?(?:FY\s?'?\d{2}(?:\s?[/–-]\s?\d{2})?|(?:FY\s?)?(?:19|20)\d{2}(?:\s?[/–-]\s?\d{2}(?:\d{2})?|\.)?)(?:\s*${YEAR_WORD_AFTER})?(?:\s+${yearRoleWords()})?$`,
  'iu',
);

// A cell that stands for no figure or a zero: "–", "n.a.", "N/A", "nil".
const NO_FIGURE = /^(?:[-–—]|n\.?\s?a\.?|n\/a|nil)$/i;

// A figure a single space cannot be part of: comma-grouped thousands or a decimal point ("2,284,978",
// "11.42"). Right-aligned columns of such figures leave only one space between the widest ones.
const MARKED_FIGURE = /^[-−+(]?\d{1,3}(?:(?:,\d{3})+(?:\.\d+)?|\.\d+)\)?%?$/;

/**
 * Parts a cell that holds several figures: two spaces apart, each with "per cent" after it, or one
 * space apart when every figure is comma-grouped or decimal (a space-grouped "1 412.0" stays whole).
 */
function splitFigureRun(cell: string): string[] {
  if (FIGURE_RUN.test(cell)) return cell.split(/ {2}/);
  // "hours  11,842,600  22,846,400": a units column two spaces before a run of wide figures.
  const [unit = '', ...figures] = cell.trim().split(/ {2,}/);
  if (figures.length >= 2 && figures.every((f) => FIGURE.test(f)) && isRegistryUnit(unit))
    return [unit, ...figures];
  if (PER_CENT_RUN.test(cell)) return cell.split(/(?<=per ?cent)\s+/);
  const parts = cell.trim().split(/ +/);
  if (parts.length >= 2 && parts.every((p) => MARKED_FIGURE.test(p))) return parts;
  return [cell];
}

// A figure, two spaces, then a few words with no digit: a text column after the figures ("19,240
// recovered", "436  licensed contractor") that a wide figure left only two spaces from.
// A status mark may lead the words ("◐ on track", "✓ achieved").
const FIGURE_THEN_WORDS = new RegExp(
  `^(${FIGURE_SRC}) {2,}((?:\\p{So} ?)?\\p{L}[\\p{L} .,'’/&-]{0,39})$`,
  'u',
);

/**
 * Parts a figure from a column of words printed two spaces after it (a destination, a method, a
 * boundary). Never the row's first cell: a label may start with its number ("1  Energy used").
 */
function splitTrailingWords(cell: string): string[] {
  const m = FIGURE_THEN_WORDS.exec(cell.trim());
  return m?.[1] && m[2] ? [m[1], m[2].trim()] : [cell];
}

// A year heading two spaces before a heading of words: "Target 2030  Status", "2025  Notes".
const YEAR_THEN_HEADING = /^((?:\p{L}+\.?\s+)?(?:19|20)\d{2}) {2,}(\p{L}[\p{L} ]{0,24})$/u;

/** Parts a year's heading from a heading of words that a narrow column left only two spaces from it. */
function splitYearThenHeading(cell: string): string[] {
  const m = YEAR_THEN_HEADING.exec(cell.trim());
  return m?.[1] && m[2] ? [m[1], m[2].trim()] : [cell];
}

/**
 * Columns set apart by three or more spaces; only when a cell is a figure, or two cells are years (a
 * header of fiscal years, "2024/25   2023/24"), so prose stays whole.
 */
export function spacedRow(line: string): string[][] | undefined {
  const cells = line
    .trim()
    .split(/ {3,}/)
    .flatMap((cell, i) => (i === 0 ? [cell] : splitTrailingWords(cell)))
    .flatMap((cell, i) => (i === 0 ? [cell] : splitYearThenHeading(cell)))
    .flatMap((cell, i) => (i === 0 ? [cell] : splitCjkHeadings(cell)))
    .flatMap(splitFigureRun)
    .flatMap(splitUnitCell)
    .flatMap(splitYearPair)
    .flatMap(splitGluedFigureThenName);
  if (cells.length < 2) return undefined;
  // "3.      Cane supply from small planters      Cane and sugar": a numbered list's item number,
  // set apart from its words, is no figure.
  const figures = cells.some(
    (c, i) =>
      !(i === 0 && LIST_NUMBER.test(c.trim())) &&
      (FIGURE.test(c.trim()) || figureWithUnit(c.trim()) || figureGluedToUnit(c.trim())),
  );
  // "Current year   Prior year" heads its columns as "2025   2024" does.
  // "2025年人数   2024年人数": a Chinese year heading with its measure glued on heads a year's column too.
  const years = cells.filter(
    (c) => YEAR_HEADER.test(c.trim()) || yearsBackOf(c) !== undefined || isDatedCjkMeasure(c),
  ).length;
  // A row of no-data or zero marks ("Fatalities   nil   nil   nil") is a table row without a figure;
  // so is a row of three or more cells of words ending in one ("Air emissions   see data file   –"),
  // as an index prints a metric reported elsewhere. A cell with a number in it ("(3) 41,600 pounds")
  // leaves the line to the readers of figures in words.
  const marks = cells.slice(1).every((c) => NO_FIGURE.test(c.trim()));
  const lastMark =
    cells.length >= 3 &&
    NO_FIGURE.test(cells[cells.length - 1]?.trim() ?? '') &&
    cells.slice(1, -1).every((c) => !/\b\d/.test(c));
  return figures || years >= 2 || marks || lastMark || headsColumns(cells) ? [cells] : undefined;
}

// An item number of a numbered list ("3.", "12."): a figure never ends on its decimal point.
const LIST_NUMBER = /^\d{1,2}\.$/;

// A header's column names are short ("Code", "Accounting metric", "Unit", "2025 disclosure").
const MAX_HEADING_CHARS = 40;

/**
 * A header row of three or more short headings set three spaces apart, one of them naming a year
 * ("Code   Accounting metric   Unit   2025 disclosure   Section") or a target's year ("No.   Target
 * Target year   Value"): a one-year table, a targets table or an index has no second year to make it a
 * header, but prose never sets three short capitalised phrases that far apart ("Our plan   for
 * 2023/24   was met" stays whole). "No." heads a column of row numbers; no other heading ends a clause.
 * Headings two spaces apart ("2025  Change vs 2019") are left to the readers of stacked headers.
 */
function headsColumns(cells: readonly string[]): boolean {
  const headings = cells.map((c) => c.trim());
  return (
    headings.length >= 3 &&
    headings.every(
      (c) =>
        c.length <= MAX_HEADING_CHARS &&
        // Chinese, Japanese and Korean headings have no capitals ("指标", "同比变化").
        /^[\p{Lu}\p{Script=Han}\p{Script=Hangul}\d(%]/u.test(c) &&
        (!/[.;:]$/.test(c) || /^No\.$/.test(c)) &&
        !/ {2}/.test(c),
    ) &&
    headings.some((c) => /(?<!\d)(?:19|20)\d{2}(?!\d)/.test(c) || TARGET_YEAR_HEADING.test(c))
  );
}

// The heading of a targets table's deadline column ("Target year", "Goal year", "Deadline").
const TARGET_YEAR_HEADING = /^(?:(?:target|goal)\s+year|deadline)$/i;

// A short heading of a column in per cent ("Fact/plan, %", "Execution (%)"), printed after the years.
const SHARE_HEADING = /^\p{L}[^\d]{0,24}(?:,\s*%|\(%\)|\s%)$/u;

// A change column's heading is short ("Var. 25/24", "% change", "Δ %"); a longer cell is prose.
const MAX_CHANGE_HEADING = 16;

/**
 * Year headings one or two spaces apart, as a wide last heading leaves them ("FY23  FY19 (base)",
 * "2023 2019 (base)  % change", "2024  2019 baseline"): a column each. A cell that does not start with
 * a year heading is left whole.
 */
function splitYearPair(cell: string): string[] {
  const pieces = cell
    .trim()
    .split(/ {2,}/)
    .flatMap((piece) => {
      for (const gap of piece.matchAll(/ +/g)) {
        const first = piece.slice(0, gap.index);
        const rest = piece.slice(gap.index + gap[0].length);
        if (isYearHeading(first) && isYearHeading(rest)) return [first, rest];
        // "2025 Var. 25/24": a short change heading one space after the last year is its own column.
        if (isYearHeading(first) && rest.length <= MAX_CHANGE_HEADING && isChangeHeading(rest))
          return [first, rest];
      }
      return [piece];
    });
  // "FY23  Unit": the last year's heading two spaces from a units column's; "2023  Change %",
  // "2023  Var. 25/24" (or one space apart): from the change column after the years.
  const second = pieces[1] ?? '';
  // "2023  Fact/plan, %": a column of shares after the years (the year's fact as a share of its plan).
  const changeLast = pieces.length === 2 && (isChangeHeading(second) || SHARE_HEADING.test(second));
  return pieces.length > 1 &&
    isYearHeading(pieces[0] ?? '') &&
    (isYearHeading(second) || /^units?$/i.test(second) || changeLast)
    ? pieces
    : [cell];
}

/** A year heading, a base or target year's too ("FY19 (base)", "2030 (target)"), or one named by its place ("Prior year"). */
function isYearHeading(text: string): boolean {
  if (yearsBackOf(text) !== undefined) return true;
  return YEAR_HEADER.test(text.replace(/\s*\((?:base(?:line)?(?: year)?|target)\)$/i, ' base').trim());
}

/**
 * A label and its unit cell two spaces apart, as a long label leaves them ("Scope 2 – energy indirect
 * emissions  tCO2e"), or the last figure and a units column after the years ("63,420  kL", "1,819  t
 * CO2-e"): two cells
 * when the part after the gap is a unit of a quantity.
 */
function splitUnitCell(cell: string): string[] {
  const labelled = /^(.*\p{L}.*?) {2}(\S+)$/u.exec(cell.trim());
  const m = labelled ?? /^([-−+(]?\d[\d,.]*\)?) {2}(\S.{0,30})$/u.exec(cell.trim());
  // "2.61  per million hours": an injury rate's base in the units column (GRI 403-9).
  if (!labelled && m?.[1] && RATE_BASE.test(m[2] ?? '')) return [m[1].trim(), m[2] ?? ''];
  const unit = m?.[2] === undefined ? undefined : tryParseUnit(m[2], { countNouns: false });
  if (!m?.[1] || !unit || unit.symbol === '') return [cell];
  // After a label a count word may end it ("Female  employees"); after the last figure a count the
  // registry knows is a units column ("27  number", "1,300  persons"), not a multiplier of the figure.
  if (unit.dimension.startsWith('count') && labelled) return [cell];
  return [m[1].trim(), m[2] ?? ''];
}

/** A unit the registry reads, printed in a units column ("hours", "t-CO2", "thousand m³"), no figure in it. */
function isRegistryUnit(text: string): boolean {
  if (/\d/.test(text.replace(/[²³]|CO2|[A-Z]\d/g, '')) || text.length > 24) return false;
  const unit = tryParseUnit(text, { countNouns: false });
  return unit !== undefined && unit.symbol !== '';
}

const RATE_BASE = /^per\s+(?:million|1,000,000|200,000|100,000)\s+(?:hours|hrs)(?:\s+worked)?$/i;

// A figure and a unit word after it, one space apart ("38,412.6 tCO2e", "2,186 MWh"); the figure may be
// grouped by spaces, as Bulgarian, Russian and French reports print it ("421 486 м³").
const FIGURE_THEN_UNIT = /^[-−+(]?\d(?:[\d,.]*|\d{0,2}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?)\)? (\S{1,24})$/u;

/** A cell holding a figure and a unit the registry knows ("642.8 tCO2e"), as a list of values prints it. */
function figureWithUnit(cell: string): boolean {
  const unit = FIGURE_THEN_UNIT.exec(cell)?.[1];
  return unit !== undefined && tryParseUnit(unit, { countNouns: false }) !== undefined;
}

// A figure with its Chinese unit glued to it ("36.15亿元", "18,402.77吨标准煤", "3,208人").
const FIGURE_GLUED_UNIT = /^[-−+(]?\d[\d,.]*\)?(\p{Script=Han}[\p{Script=Han}/]{0,11})$/u;

/**
 * A cell holding a figure and the Chinese unit printed against it, as a key-figures page sets them
 * ("营业收入   36.15亿元   研发投入   2.41亿元"); a year ("2025年") is no figure.
 */
function figureGluedToUnit(cell: string): boolean {
  const unit = FIGURE_GLUED_UNIT.exec(cell)?.[1];
  return (
    unit !== undefined &&
    unit !== '年' &&
    !/^(?:19|20)\d{2}(?:年|년)/.test(cell) &&
    tryParseUnit(unit) !== undefined
  );
}

/**
 * "60,418.25吨二氧化碳当量 一般固废综合利用率": a figure with its Chinese unit, one space, then the name
 * of the next key figure. Chinese characters print two columns wide, so a long unit leaves a single
 * space before the next column; the figure and the name are two cells.
 */
function splitGluedFigureThenName(cell: string): string[] {
  const m = /^(\S+) (\p{Script=Han}[^\d]{1,39})$/u.exec(cell.trim());
  return m?.[1] && m[2] && figureGluedToUnit(m[1]) ? [m[1], m[2]] : [cell];
}

// A bracketed unit under a year ("(tCO2e)", "(rate %)", "('000 kWh/"): short, no sentence punctuation.
