import { Decimal, isTotalLabel, parseUnit, quantity, yesNoAnswer, type Fact } from '../../core/index.js';
import type { DocLine } from '../document/index.js';
import { overlaps, spansSplitBy, type Span } from '../layout/index.js';
import { ageBand, genderOf } from '../classify/index.js';
import { parseCellValue } from '../numbers/index.js';
import words from './feature-rows-words.data.json' with { type: 'json' };

/** A site table's column that some of its rows lack: how many rows have the feature, of how many. */
export const FEATURE_ROWS_METRIC = 'coverage.table_feature_rows';

// Columns of a space-aligned table part at two spaces or more, or at a tab.
const CELL_GAP = / {2,}|\t/u;
// A line drawn across a table ("-----", "═══") parts its header from its rows.
const RULING = /^[\s\-–—─━═=_.·]+$/u;
// The lines a header may take over its rows ("Capacity" over "factor [%]", a unit line under the names).
const MAX_HEADER_LINES = 3;
// A header cell longer than this is a caption or prose over the table, not a column's name.
const MAX_HEADER_CELL_CHARS = 40;
// The site tables' own words for a row summing the others, beyond the total words of every table
// (core's isTotalLabel): "Group", "Company", "Overall".
const SUMMING_ROWS = new Set(words.summingRows);
// A column named by a year ("FY2024", "Target 2030") is a period's figures, not a feature some sites lack.
const YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/u;

/** What a row prints under a feature's column. */
type Mark = 'yes' | 'no' | 'blank' | 'figure' | 'word';

function markOf(cell: Span | undefined): Mark {
  if (cell === undefined) return 'blank';
  const answer = yesNoAnswer(cell.text);
  if (answer !== undefined) return answer ? 'yes' : 'no';
  // "486.4 (452.1)": the year's figure with the prior year's in brackets.
  const value = parseCellValue(cell.text) ?? parseCellValue(cell.text.split(/\s+/u)[0] ?? '');
  return value === undefined ? 'word' : value.kind === 'missing' ? 'blank' : 'figure';
}

interface Row {
  no: number;
  label: Span;
  cells: Span[];
}

const spansOfLine = (line: DocLine): Span[] => spansSplitBy(line.text, line.indent ?? 0, CELL_GAP);

/** A row of a site table: a name, then cells of which one at least is a figure or an answer. */
function rowOf(line: DocLine): Row | undefined {
  const [label, ...cells] = spansOfLine(line);
  if (!label || cells.length === 0 || !/\p{L}/u.test(label.text) || markOf(label) !== 'word')
    return undefined;
  return cells.some((c) => markOf(c) !== 'word') ? { no: line.no, label, cells } : undefined;
}

const isTotal = (row: Row): boolean => {
  const label = row.label.text.toLowerCase().replace(/[:：]$/u, '');
  return (
    isTotalLabel(row.label.text) || SUMMING_ROWS.has(label) || SUMMING_ROWS.has(label.split(/\s+/u)[0] ?? '')
  );
};

/** A line naming a table's columns: its number and its cells. */
interface HeaderLine {
  no: number;
  spans: Span[];
}

/** The lines naming the columns over a table's first row: word cells only, ruled lines passed over. */
function headerAbove(lines: readonly DocLine[], first: number): HeaderLine[] {
  const header: HeaderLine[] = [];
  for (let i = first - 1, next = lines[first]?.no ?? 0; i >= 0 && header.length < MAX_HEADER_LINES; i--) {
    const line = lines[i];
    if (!line || line.no !== next - 1) break;
    next = line.no;
    if (RULING.test(line.text)) continue;
    const spans = spansOfLine(line);
    if (spans.some((s) => s.text.length > MAX_HEADER_CELL_CHARS || markOf(s) === 'figure')) break;
    header.unshift({ no: line.no, spans });
  }
  return header;
}

/** A column's name: the header cells over its cells, top line first, units in brackets left out. */
function nameOf(header: readonly HeaderLine[], cells: readonly Span[]): string {
  const extent = { start: Math.min(...cells.map((c) => c.start)), end: Math.max(...cells.map((c) => c.end)) };
  return header
    .flatMap(({ spans }) => spans.filter((s) => overlaps(s, extent)).map((s) => s.text))
    .join(' ')
    .replace(/\s*[([（][^)\]）]*[)\]）]/gu, '')
    .trim();
}

/** A column that some rows lack: its name, the rows it counts and those of them with the feature. */
interface Shortfall {
  feature: string;
  /** The heading's first line: a line of words only, so the count joins no row of figures. */
  line: number;
  counted: Row[];
  having: Row[];
}

// A column named by a gender or an age band ("男性", "Female", "<30") splits a count; its dash is a zero, no
// feature a row lacks.
const isBreakdown = (name: string): boolean => genderOf(name) !== undefined || ageBand(name) !== undefined;

/**
 * A column's shortfall. A yes/no column counts the rows answering it ("n/a" rows are outside its
 * population); a column of figures and dashes counts the rows every other column fills, the dash (or an
 * empty cell) lacking the feature ("Solar generated: 486.4 / –").
 */
function shortfallOf(
  header: readonly HeaderLine[],
  rows: readonly Row[],
  under: Span,
): Shortfall | undefined {
  const cells = rows.map((r) => r.cells.filter((c) => overlaps(c, under)));
  if (cells.some((c) => c.length > 1) || rows.some((r) => overlaps(r.label, under))) return undefined;
  const marks = cells.map((c) => markOf(c[0]));
  const answers = marks.every((m) => m === 'yes' || m === 'no' || m === 'blank');
  const figures = marks.every((m) => m === 'figure' || m === 'blank');
  if (!answers && !figures) return undefined;
  const counted = rows.filter((r, k) =>
    answers ? marks[k] !== 'blank' : r.cells.every((c) => cells[k]?.includes(c) || markOf(c) !== 'blank'),
  );
  const having = counted.filter((r) => marks[rows.indexOf(r)] === (answers ? 'yes' : 'figure'));
  const named = cells.flat();
  if (counted.length < 2 || having.length >= counted.length || named.length === 0) return undefined;
  const feature = nameOf(header, [...named, under]);
  return /\p{L}{2}/u.test(feature) && !YEAR.test(feature) && !isBreakdown(feature)
    ? { feature, line: header[0]?.no ?? 0, counted, having }
    : undefined;
}

/**
 * The site tables of a text report that list sites or units one per row, with a column answering yes/no
 * ("CEMS online") or printing a figure or a dash ("Solar generated (MWh)"): for each column some counted rows
 * lack, how many have it of how many (`dims.rows`), for check to set against a sentence's claim that
 * every one of a counted population has the feature. Total rows ("Group", "Total") are no site.
 */
export function featureRowCounts(
  lines: readonly DocLine[],
  entity: string,
  document: string,
  year: number,
): Fact[] {
  const facts: Fact[] = [];
  for (let i = 0; i < lines.length;) {
    const rows = rowsFrom(lines, i);
    const sites = rows.filter((r) => !isTotal(r));
    const header = sites.length < 2 ? [] : headerAbove(lines, i);
    const seen = new Set<string>();
    for (const under of header.flatMap((h) => h.spans)) {
      const found = shortfallOf(header, sites, under);
      if (!found || seen.has(found.feature)) continue;
      seen.add(found.feature);
      facts.push(featureFact(found, { entity, document, year }));
    }
    i += Math.max(rows.length, 1);
  }
  return facts;
}

/** The rows of a table from line `first` on, up to a line that is none or a blank line. */
function rowsFrom(lines: readonly DocLine[], first: number): Row[] {
  const rows: Row[] = [];
  for (let i = first; i < lines.length; i++) {
    const line = lines[i];
    const row = line && rowOf(line);
    if (!row || (rows.length > 0 && row.no !== (lines[i - 1]?.no ?? 0) + 1)) break;
    rows.push(row);
  }
  return rows;
}

function featureFact(found: Shortfall, at: { entity: string; document: string; year: number }): Fact {
  const { feature, line, counted, having } = found;
  return {
    entity: at.entity,
    period: { year: at.year },
    metric: FEATURE_ROWS_METRIC,
    dims: { feature, rows: String(counted.length) },
    quantity: quantity(new Decimal(having.length), parseUnit('count')),
    basis: 'actual',
    provenance: {
      kind: 'document',
      document: at.document,
      location: { line },
      quote: counted
        .map((r) => r.label.text)
        .join('; ')
        .slice(0, 400),
      reported: { value: String(having.length), unit: 'count' },
      extraction: 'table',
    },
    status: 'unverified',
    label: `${having.length} of ${counted.length} rows with ${feature}`,
  };
}
