import { tryParseUnit } from '../../core/index.js';
import { isCaptionText } from '../clean/index.js';
import { statesPriorYear, type ReportLine } from '../layout/index.js';
import { parseCellValue } from '../numbers/index.js';
import { parseYearCell } from './year-cell.js';

/** A run of table rows: lines of two or more cells, allowing page headers and blank lines inside. */
export interface TableBlock {
  readonly rows: readonly ReportLine[];
}

// Rows of one table sit this close; a wider gap (a paragraph, a picture caption) ends the table.
const MAX_GAP = 6;

// A disclosure code printed before a row's words ("302-1      Diesel for the fleet", "E1-5   …").
const LEADING_CODE = /^\s*(?:(?:GRI\s*)?\d{3}-\d{1,2}[a-z]?|(?:E[1-5]|S[1-4]|G1)-\d{1,2})\s{2,}(?=\S)/;

/** A line's words without the disclosure code a table of coded rows prints before them. */
function withoutCode(line: ReportLine): string {
  const code = LEADING_CODE.exec(line.raw);
  return code ? line.raw.slice(code[0].length).trim() : line.text.trim();
}

// A one-cell row inside a table is a group heading ("Energy Consumption") or the rest of a label
// that wrapped ("– unconventional onshore US"), not the table's end.
const MAX_GROUP_CHARS = 80;

function isShortLabel(line: ReportLine, maxChars = MAX_GROUP_CHARS): boolean {
  const text = withoutCode(line);
  // "Water withdrawal 612 480 m³ (2024: 628 412)", a key figure stated with the year before's, is no heading.
  return (
    text.length <= maxChars && /^[\p{L}–(-]/u.test(text) && !/[.:;]$/.test(text) && !statesPriorYear(text)
  );
}

/**
 * A group heading that ends in a colon ("Economic value distributed:") over the rows it opens, printed
 * on the very next line and indented under it, the first row holding figures: a sentence leading into
 * a table (with figures of its own, or over the table's header) is not read so.
 */
function isColonGroup(line: ReportLine, next: ReportLine, maxChars: number): boolean {
  const text = line.text.trim();
  return (
    text.length <= maxChars &&
    /^[\p{L}–(-][^.;:\d]*:$/u.test(text) &&
    next.no === line.no + 1 &&
    isTabular(next) &&
    next.cells.slice(1).some((c) => /\d/.test(c)) &&
    (next.indent ?? 0) > (line.indent ?? 0)
  );
}

/** A one-cell line (or two) between table rows: the table goes on below it. */
function isGroupRow(lines: readonly ReportLine[], at: number, maxChars = MAX_GROUP_CHARS): boolean {
  for (let k = at; k < Math.min(lines.length, at + 3); k++) {
    const line = lines[k];
    const next = lines[k + 1];
    if (line && next && isColonGroup(line, next, maxChars)) return true;
    if (!line || !isShortLabel(line, maxChars) || !next || next.no - line.no > 2) return false;
    if (isTabular(next)) return true;
  }
  return false;
}

// A year printed alone on a line: "2025", "FY2025", "2024/25".
const YEAR_LINE = /^(?:FY\s?)?(?:19|20)\d{2}(?:\/\d{2})?$/i;

/**
 * A year printed alone on a line over the next rows of a table without year columns ("2025" over one
 * group of rows, "2024" over the same rows again): it dates the rows below it, and the table goes on.
 */
function isYearGroupLine(lines: readonly ReportLine[], at: number, block: OpenBlock): boolean {
  const line = lines[at];
  const next = lines[at + 1];
  if (!line || !next || block.yearColumns || next.no - line.no > 2 || !isTabular(next)) return false;
  return line.cells.filter((c) => c !== '').length === 1 && YEAR_LINE.test(line.text.trim());
}

/**
 * A one-cell line right under a table's last row that starts in lower case or with a bracket
 * ("tonne-km)", "(per million hours worked)"): the rest of that row's wrapped label, still in the table;
 * or the rest of its wrapped unit ("100 million").
 */
function endsWrappedLabel(line: ReportLine, lastNo: number): boolean {
  if (line.no - lastNo !== 1) return false;
  return (isShortLabel(line) && /^[\p{Ll}(]/u.test(line.text.trim())) || WRAPPED_SCALE.test(line.text.trim());
}

// The scale of a unit cell wrapped under it ("tCO2eq/KRW" over "100 million").
const WRAPPED_SCALE = /^(?:\d{1,3}\s+)?(?:hundred\s+)?(?:thousand|million|billion)$/i;

// Title lines between a header and the table's first row ("Bursa (Anti-corruption)", then a long
// indicator name wrapped over two lines): at most this many, each at most this long.
const MAX_TITLE_LINES = 4;
const MAX_TITLE_CHARS = 160;

/** True when no row of the block holds a figure: it is a header (years, "Units") waiting for its rows. */
function headerOnly(rows: readonly ReportLine[]): boolean {
  return rows.every((r) =>
    r.cells.every((c) => c === '' || parseCellValue(c)?.kind !== 'value' || parseYearCell(c) !== undefined),
  );
}

/**
 * A table headed by two or more years: its groups may be long indicator names ("Bursa C3(a)
 * Percentage of employees by gender and age group, for each employee category").
 */
function yearHeaded(rows: readonly ReportLine[]): boolean {
  return rows.some((r) => r.cells.filter((c) => parseYearCell(c) !== undefined).length >= 2);
}

// One sentence ending and the next starting inside a line ("… DKK 612.3m. Direct emissions …"): prose.
const SENTENCE_BREAK = /(?:\p{Ll}{3}|\d\p{Ll}{0,2}|%|\))\.\s+\p{Lu}/u;

/**
 * A one-cell title line under a header that has no rows yet; the rows follow below it. A line that
 * ends one sentence and starts another is a paragraph (under a row of highlight tiles), not a title.
 */
function isTitleUnderHeader(lines: readonly ReportLine[], at: number, block: OpenBlock): boolean {
  const line = lines[at];
  const text = line?.text.trim() ?? '';
  if (!line || line.cells.length > 1 || text.length > MAX_TITLE_CHARS || /[.:;]$/.test(text)) return false;
  if (SENTENCE_BREAK.test(text)) return false;
  const titles = block.rows.length - block.tabular;
  return block.tabular > 0 && titles < MAX_TITLE_LINES && !block.hasFigure;
}

/**
 * The block being gathered, with what its rows say kept up to date as each row is added, so every
 * row is read once however long the block grows (untrusted text may hold thousands of rows).
 */
interface OpenBlock {
  rows: ReportLine[];
  /** How many of the rows are laid out in cells. */
  tabular: number;
  /** Some row holds two or more year headers. */
  yearHeaded: boolean;
  /** Some tabular row holds a figure that is not a year: the block is past its header. */
  hasFigure: boolean;
  /** The most year headers one row of the block holds (its year columns). */
  years: number;
  /** Some row laid out in cells holds a year: the block has year columns. */
  yearColumns: boolean;
}

function openBlock(): OpenBlock {
  return { rows: [], tabular: 0, yearHeaded: false, hasFigure: false, years: 0, yearColumns: false };
}

function addRow(block: OpenBlock, line: ReportLine): void {
  block.rows.push(line);
  if (!block.yearHeaded && yearHeaded([line])) block.yearHeaded = true;
  block.years = Math.max(block.years, line.cells.filter((c) => parseYearCell(c) !== undefined).length);
  if (!isTabular(line)) return;
  block.tabular += 1;
  if (!block.yearColumns && line.cells.some((c) => parseYearCell(c) !== undefined)) block.yearColumns = true;
  if (!block.hasFigure && !headerOnly([line])) block.hasFigure = true;
}

/**
 * A line that numbers a table or figure ("Table 8: Diversity of …"), or one caption per cell over tables
 * printed side by side ("Table 6. Staff by age | Table 7. Staff by site"): it ends the table above.
 */
function isCaption(line: ReportLine): boolean {
  const filled = line.cells.filter((c) => c !== '');
  return filled.length === 1 ? isCaptionText(line.text) : filled.length > 1 && filled.every(isCaptionText);
}

/**
 * A one-cell title right above a header of its own ("Contractor safety" over "Year | LTIFR | TRIFR")
 * after rows with figures: a new table, not a group of the rows above.
 */
function titlesNewHeader(lines: readonly ReportLine[], at: number, block: OpenBlock): boolean {
  const line = lines[at];
  const next = lines[at + 1];
  if (!line || !next || !block.hasFigure || isTabular(line) || next.no - line.no > 2) return false;
  // Years, or two or more cells of words: a row of "–" or "n/a" marks is a row without figures.
  const words = next.cells.filter((c) => c !== '' && parseCellValue(c) === undefined);
  const years = next.cells.filter((c) => parseYearCell(c) !== undefined);
  return headerOnly([next]) && (years.length >= 2 || (years.length === 0 && words.length >= 2));
}

// A title's closing unit in brackets: "Community grants by region (US$ thousand)", "… (tonnes)".
const BRACKETED_TAIL = /\(([^()]{1,30})\)$/;

/**
 * A one-cell title set apart from a year-headed table's last row (a blank line or rule between),
 * closing on a unit of its own in brackets, over rows with fewer figures than the table has years
 * ("Grants by theme (€ thousand)" under a "2025 | 2024" table, then "Arts | 412"): a table of its
 * own, whose rows are not dated by the years above.
 */
function titlesOwnTable(lines: readonly ReportLine[], at: number, block: OpenBlock, lastNo: number): boolean {
  const line = lines[at];
  const next = lines[at + 1];
  if (!line || !next || !block.hasFigure || block.years < 2 || isTabular(line) || line.no - lastNo < 2)
    return false;
  const unit = BRACKETED_TAIL.exec(line.text.trim())?.[1]?.trim();
  if (unit === undefined || tryParseUnit(unit) === undefined || !isTabular(next)) return false;
  const figures = next.cells.slice(1).filter((c) => c !== '' && parseCellValue(c) !== undefined);
  return figures.length >= 1 && figures.length < block.years;
}

/** True when a line is laid out in cells (two or more, one may be empty). */
export function isTabular(line: ReportLine): boolean {
  return line.cells.length >= 2 && line.cells.some((c) => c !== '');
}

/**
 * Groups tabular lines into blocks. A block goes on across blank lines and `noise` lines (running
 * page headers) as long as no other text comes between two rows.
 */
export function segmentTables(lines: readonly ReportLine[], noise: ReadonlySet<number>): TableBlock[] {
  const blocks: TableBlock[] = [];
  let current = openBlock();
  let lastNo = -Infinity;
  for (const [i, line] of lines.entries()) {
    if (noise.has(line.no)) continue;
    if (current.rows.length > 0 && (isCaption(line) || titlesNewHeader(lines, i, current))) {
      blocks.push({ rows: current.rows });
      current = openBlock();
    }
    const open = current.rows.length > 0;
    const joins =
      open &&
      !titlesOwnTable(lines, i, current, lastNo) &&
      (isGroupRow(lines, i, current.yearHeaded ? MAX_TITLE_CHARS : MAX_GROUP_CHARS) ||
        endsWrappedLabel(line, lastNo) ||
        isYearGroupLine(lines, i, current) ||
        isTitleUnderHeader(lines, i, current));
    if (isTabular(line) || joins) {
      if (open && line.no - lastNo > MAX_GAP) {
        blocks.push({ rows: current.rows });
        current = openBlock();
      }
      addRow(current, line);
      lastNo = line.no;
    } else if (open) {
      blocks.push({ rows: current.rows });
      current = openBlock();
    }
  }
  if (current.rows.length > 0) blocks.push({ rows: current.rows });
  return blocks;
}
