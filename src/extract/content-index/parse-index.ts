import { findItem, normaliseCode } from '../../core/index.js';
import type { ReportLine } from '../layout/index.js';
import type { IndexEntry } from './index-entry.js';
import { isPageOrSection, readLocation } from './index-status.js';
import { figureCells, headsYearColumns, listedCodes, rangeCodes, rowCells } from './row-cells.js';
import { rowCode, type RowCode } from './row-code.js';
import { trailingCodeRow } from './trailing-codes.js';

/** A report's content index: its entries and the lines it occupies. */
export interface ContentIndex {
  readonly entries: readonly IndexEntry[];
  readonly lines: ReadonlySet<number>;
}

// An index has at least this many coded rows, no further apart than MAX_GAP lines.
const MIN_ROWS = 5;
const MAX_GAP = 25;
// A data table's rows of small numbers ("38 | 33 | 29") sit at most this many lines below its last row
// of figures ("14,862,400 | 14,520,600"), group headings between them.
const FIGURE_REACH = 3;

interface CodedRow extends RowCode {
  readonly line: ReportLine;
  /** The row's cells, split at space-aligned columns where the reader left one cell. */
  readonly cells: readonly string[];
  /** Further codes of a row that lists several ("A1.2, A1.5, A4.1"), sharing its location. */
  readonly also: readonly string[];
}

/**
 * Finds HKEX ESG Guide and GRI content indexes (rows that start with a disclosure code) and reads
 * each row to code → location and status. When the index prints its location column apart from the
 * codes (a block of codes, then a block of locations of the same length), the two are paired in order.
 */
export function parseContentIndex(lines: readonly ReportLine[]): ContentIndex {
  const coded: CodedRow[] = [];
  let aspect: { code: string; no: number } | undefined;
  // The last row of a data table's figures: a coded row of small numbers just below it is its row too.
  let figureRow = -Infinity;
  for (const line of lines) {
    if (line.text.length > 2000) continue;
    const cells = rowCells(line);
    if (cells.filter((c) => c !== '').length < 2) {
      aspect = aspectHeading(line) ?? aspect;
      continue;
    }
    const trailing = trailingCodeRow(cells);
    if (trailing) {
      coded.push({ line, ...trailing });
      continue;
    }
    const listed = listRow(cells);
    const found = listed ?? rowCode(cells) ?? generalDisclosure(cells, line, aspect);
    // A KPI table's caption printed before its year columns ("A2.1 Energy | Unit | FY2025 | FY2024")
    // opens a data table, not a row of the index.
    if (found && headsYearColumns(cells, found.cell)) continue;
    const figures = figureCells(cells, found?.cell ?? 0);
    if (figures === 'figures' || (figures === 'numbers' && line.no - figureRow <= FIGURE_REACH)) {
      figureRow = line.no;
      continue;
    }
    if (found) coded.push({ line, cells, also: listed?.also ?? alsoInRange(cells[found.cell]), ...found });
  }
  const entries: IndexEntry[] = [];
  const used = new Set<number>();
  for (const run of runsOf(coded.filter((row, i) => !isSectionHeading(row, coded[i - 1], coded[i + 1])))) {
    const first = run[0]?.line.no ?? 0;
    const last = run[run.length - 1]?.line.no ?? 0;
    // The index's own header rows ("Aspects | Descriptions | Chapter") sit just above its first code.
    for (const l of lines) {
      if ((l.no >= first && l.no <= last) || (l.no >= first - 2 && l.no < first && l.cells.length >= 2))
        used.add(l.no);
    }
    const blocks = locationBlocks(lines, run);
    for (const row of run) {
      const entry = entryOf(row, blocks.get(row.line.no));
      entries.push(entry, ...row.also.map((code) => ({ ...entry, code })));
    }
    for (const loose of blocks.values()) used.add(loose.no);
  }
  return { entries: dedupe(entries), lines: used };
}

// Index rows sit on consecutive lines (a wrapped description or a page break aside); a coded line
// further than this from any other is a heading of the report's own sections ("B1  Employment").
const HEADING_GAP = 3;

/** A lone code-and-title line with prose around it, not a row of the index: its lines are prose. */
function isSectionHeading(row: CodedRow, prev: CodedRow | undefined, next: CodedRow | undefined): boolean {
  const filled = row.cells.filter((c) => c.trim() !== '').length;
  const near = (other: CodedRow | undefined): boolean =>
    other !== undefined && Math.abs(other.line.no - row.line.no) <= HEADING_GAP;
  return filled <= 2 && !near(prev) && !near(next);
}

// An HKEX index may print the aspect on a line of its own ("Aspect B1: Employment") above an uncoded
// "General Disclosure" row (ESG Reporting Guide, Part C: each aspect has a general disclosure).
const ASPECT_HEADING = /^(?:aspect\s+)?([AB]\d{1,2})\b(?:\s*[:：.]?\s*\D.*)?$/i;
const ASPECT_REACH = 3;

function aspectHeading(line: ReportLine): { code: string; no: number } | undefined {
  const m = ASPECT_HEADING.exec(line.text.trim());
  const code = m?.[1] ? normaliseCode(m[1]) : undefined;
  return code && /^HKEX:[AB]\d{1,2}$/.test(code) ? { code, no: line.no } : undefined;
}

function generalDisclosure(
  cells: readonly string[],
  line: ReportLine,
  aspect: { code: string; no: number } | undefined,
): RowCode | undefined {
  const first = cells.findIndex((c) => c.trim() !== '');
  if (
    !aspect ||
    line.no - aspect.no > ASPECT_REACH ||
    !/^general disclosures?$/i.test(cells[first]?.trim() ?? '')
  )
    return undefined;
  return { code: `${aspect.code}.GD`, cell: first, titled: false };
}

function runsOf(coded: readonly CodedRow[]): CodedRow[][] {
  const runs: CodedRow[][] = [];
  let current: CodedRow[] = [];
  for (const row of coded) {
    const prev = current[current.length - 1];
    if (prev && row.line.no - prev.line.no > MAX_GAP) {
      if (current.length >= MIN_ROWS) runs.push(current);
      current = [];
    }
    current.push(row);
  }
  if (current.length >= MIN_ROWS) runs.push(current);
  return runs;
}

/** The catalogue codes a row's code cell names after its own as the end of a range ("2-1 to 2-5"). */
function alsoInRange(cell: string | undefined): string[] {
  return rangeCodes(cell ?? '')
    .map((c) => normaliseCode(/^\d/.test(c) ? `GRI ${c}` : c))
    .filter((c): c is string => c !== undefined && findItem(c) !== undefined);
}

/**
 * A row whose code cells name several disclosures, as an index that maps a report's own topics to
 * HKEX KPIs and GRI disclosures does ("Climate change | A1.2, A1.5 | 305-1, 305-2 | Chapter 2"): every
 * listed code the catalogues know, located where the row points. The location follows the last list.
 */
function listRow(cells: readonly string[]): (RowCode & { also: string[] }) | undefined {
  const codes: string[] = [];
  let last = -1;
  for (const [index, cell] of cells.slice(0, 4).entries()) {
    const known = listedCodes(cell)
      .map((c) => normaliseCode(c))
      .filter((c): c is string => c !== undefined && findItem(c) !== undefined);
    // The code cells come together; a filled cell after them ends them, so a page range printed
    // after the title ("2-1 | Organizational details | 2-3") is no second code.
    if (known.length === 0 && last >= 0 && cell.trim() !== '') break;
    if (known.length === 0) continue;
    codes.push(...known);
    last = index;
  }
  // One code alone is an ordinary row (code, disclosure, location), read by rowCode.
  const [first, ...also] = [...new Set(codes)];
  return first === undefined || also.length === 0
    ? undefined
    : { code: first, cell: last, titled: true, also };
}

// A GRI requirement reference: a disclosure's lettered items ("303-5-c", "2-21-a, b, c", "b, c").
const REQUIREMENT = /^(?:\d{1,3}-\d{1,2}-?)?[a-z](?:\.[ivx]+)?(?:\s*(?:[,，&]|and)\s*[a-z](?:\.[ivx]+)?)*$/i;

function entryOf(row: CodedRow, loose: ReportLine | undefined): IndexEntry {
  const after = row.cells.slice(row.cell + 1).filter((c) => c.trim() !== '');
  // Columns code, disclosure, location and (GRI 1 §3 content index) omission with its reason. Readers
  // drop empty cells, so an omission is told apart by its words rather than its column. With only a
  // disclosure cell the location was printed apart (see locationBlocks) or not at all.
  const titled = row.titled ? after : after.slice(1);
  // A dash in a trailing page column after a location ("Annual Report 2024 | –") is no omission.
  const rest =
    titled.length >= 2 && /^[-–—]$/.test(titled[titled.length - 1] ?? '') ? titled.slice(0, -1) : titled;
  // GRI 1 Requirement 6 lets a report omit some requirements of a disclosure it reports: a location
  // followed by the omitted requirements ("47 | 303-5-c | Information unavailable") is reported.
  const located =
    rest.length >= 2 &&
    !REQUIREMENT.test(rest[0] ?? '') &&
    readLocation(rest[0] ?? '').status === 'reported' &&
    rest.slice(1).some((c) => REQUIREMENT.test(c));
  const statusCell = located ? undefined : rest.find((c) => readLocation(c).status !== 'reported');
  let location = statusCell ?? (located ? rest[0] : rest[rest.length - 1]) ?? '';
  // One cell after the code is its location or its omission, whatever stood before the code.
  const only = after.length === 1 ? (after[0] ?? '') : undefined;
  if (
    only !== undefined &&
    (/^(?:not applicable|n\/a|\/|—|–)$/i.test(only) ||
      isPageOrSection(only) ||
      (/\p{L}/u.test(only) && readLocation(only).status !== 'reported'))
  )
    location = only;
  if (location === '' && loose) location = loose.cells.filter((c) => c.trim() !== '').pop() ?? '';
  const read = readLocation(location);
  const source =
    row.line.page === undefined ? { line: row.line.no } : { line: row.line.no, page: row.line.page };
  return { code: row.code, ...read, source };
}

/**
 * Index pages whose location column was printed as a separate block: rows of code and disclosure
 * only, followed within a few lines by as many rows holding the locations. Returns, for each code
 * row, the line that holds its location.
 */
function locationBlocks(lines: readonly ReportLine[], run: readonly CodedRow[]): Map<number, ReportLine> {
  const out = new Map<number, ReportLine>();
  const byNo = new Map(lines.map((l, i) => [l.no, i]));
  let block: CodedRow[] = [];
  const flush = (): void => {
    if (block.length < 3) return;
    const lastNo = block[block.length - 1]?.line.no ?? 0;
    let i = (byNo.get(lastNo) ?? 0) + 1;
    const locs: ReportLine[] = [];
    let prevNo = lastNo;
    for (; i < lines.length && locs.length < block.length + 2; i++) {
      const l = lines[i];
      if (!l || l.no - prevNo > 3 || rowCode(l.cells)) break;
      prevNo = l.no;
      if (locs.length === 0 && /chapter|location|page|section/i.test(l.text)) continue;
      locs.push(l);
    }
    if (locs.length < block.length) return;
    block.forEach((row, k) => {
      const loc = locs[k];
      if (loc) out.set(row.line.no, loc);
    });
  };
  for (const row of run) {
    const filled = row.cells.filter((c) => c.trim() !== '').length;
    // Code and disclosure only: two cells, or one when the code cell holds the title.
    const width = row.titled ? 1 : 2;
    const tail = row.cells[row.cells.length - 1]?.trim() ?? '';
    if (filled - row.cell <= width && row.cells.length - row.cell <= width && !isPageOrSection(tail))
      block.push(row);
    else {
      flush();
      block = [];
    }
  }
  flush();
  return out;
}

function dedupe(entries: readonly IndexEntry[]): IndexEntry[] {
  const seen = new Map<string, IndexEntry>();
  for (const e of entries) if (!seen.has(e.code)) seen.set(e.code, e);
  return [...seen.values()];
}
