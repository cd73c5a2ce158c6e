import type { Doc, DocLine } from '../document/index.js';
import {
  cleanText,
  decimalCommaByLine,
  namesFiscalYearsByStart,
  isRightToLeftTranslation,
  writesCyrillic,
  nativeFiguresOf,
  withNativeFigures,
  withoutRightToLeft,
  type NativeFigures,
} from '../clean/index.js';
import { joinGroupHeaders } from './group-header.js';
import { joinCountShareGroups } from './count-share-groups.js';
import { placeGroupsOverYears } from './year-groups.js';
import { isRuledYearsLine, spreadYearBanners } from './year-banners.js';
import { measuresOverFigures } from './measure-header.js';
import { measuresByFigurePlaces } from './placed-measures.js';
import { singleSpacedRows } from './single-spaced.js';
import { delimitedRows } from './delimited-rows.js';
import { groupedFigureRows, type PartedRow } from './grouped-figure-runs.js';
import { joinGroupHeading, joinMarkerCells } from './marker-cells.js';
import { blankIndentedLabels } from './indented-header.js';
import { partFigureRuns } from './figure-run-cells.js';
import { colonPairCells } from './colon-pairs.js';
import { tabbedLeaderLine } from './leader-rows.js';
import { measuresOverYears, rowsOfMarkup } from './table-markup.js';
import { widenNarrowGutters } from './narrow-gutters.js';
import { openBoxFrames } from './box-frames.js';
import { readRightToLeftRows } from './right-to-left-rows.js';

/** A document line as the extractor reads it: cleaned cells, with the raw text kept for quotes. */
export interface ReportLine {
  /** 1-based line number in the document. */
  readonly no: number;
  readonly page?: number;
  /** Side-by-side column of the page the line sits in, 0 = leftmost (PDF only). */
  readonly column?: number;
  /** Cells with markup removed; empty cells kept so columns stay in place. */
  readonly cells: readonly string[];
  /** The cleaned cells joined by a tab. */
  readonly text: string;
  /** The line as printed (cells joined by a tab). */
  readonly raw: string;
  /** Spaces before `raw` on the printed line (text only), so header rows printed one over another line up. */
  readonly indent?: number;
  /** The line prints key figures as `Name: figure` items (see colon-pairs.ts): its figures restate the report. */
  readonly colonPairs?: true;
}

// Work bound for hostile input: a report line longer than this is prose or debris, never a cell.
const MAX_LINE_CHARS = 20_000;

/** Cleans every non-blank line of a document into {@link ReportLine}s. */
export function toReportLines(printedDoc: Doc): ReportLine[] {
  const out: ReportLine[] = [];
  // Arabic-Indic and Thai digits, and Buddhist-era years, read as ASCII figures and Common Era years.
  const native = nativeFiguresOf(printedDoc.lines.map((l) => l.text));
  const folded = { ...printedDoc, lines: printedDoc.lines.map((l) => nativeLine(l, native)) };
  // Columns a table prints only two spaces apart are widened to three, as the cell readers part them;
  // the frames of boxes drawn with box-drawing lines part columns as spaces do; a Hebrew or Arabic
  // table flattened figures first is printed label first.
  const doc =
    folded.kind === 'text'
      ? { ...folded, lines: widenNarrowGutters(readRightToLeftRows(openBoxFrames(folded.lines))) }
      : folded;
  // "1,204" alone cannot say which mark is the decimal one: the line's, its block's or the document's
  // other figures decide (a German report may print its tables "1.234,5" and its prose "1,234.5").
  const texts = doc.lines.map((l) => l.text);
  const decimalCommas = decimalCommaByLine(doc.lines);
  // "FY2025 (April 1, 2025 – March 31, 2026)": the report's fiscal-year labels name the year they start.
  const fiscalYearsByStart = namesFiscalYearsByStart(texts);
  // A Ukrainian row label "30–50 років" prints only look-alike letters: the document's script says it is Cyrillic.
  const cyrillic = writesCyrillic(texts);
  // Tables written one row a line with single spaces between cells, found over the whole text.
  const spaced = doc.kind === 'text' ? singleSpacedRows(doc.lines) : new Map<number, string[]>();
  // Semicolon-separated records of a data export pasted as an appendix ("Scope 1;t CO2e;1.204,5;…").
  const delimited = doc.kind === 'text' ? delimitedRows(doc.lines) : new Map<number, string[]>();
  // "1 172     4 268 5 440": runs of space-grouped figures one space apart, parted as the rows around them.
  const grouped = doc.kind === 'text' ? groupedFigureRows(doc.lines) : new Map<number, PartedRow>();
  for (const [i, line] of doc.lines.entries()) {
    const raw = line.text.length > MAX_LINE_CHARS ? line.text.slice(0, MAX_LINE_CHARS) : line.text;
    // In a report written in Arabic or Hebrew, a line in that script is the report's own, no translation.
    if (raw.trim() === '' || (!native.rightToLeft && isRightToLeftTranslation(raw))) continue;
    const rawCells = cellsOf(doc, line, i, raw);
    // "▪ Guest nights: 96.512   ▪ Revenue: 12,4 mil. €": a key-figures box's items, each a name and a figure.
    const pairs = doc.kind === 'text' ? colonPairCells(raw) : undefined;
    // A one-cell text line may still be a table row in markdown, HTML or space-aligned columns.
    const rows = pairs
      ? [pairs]
      : rawCells.length === 1 && doc.kind === 'text'
        ? (spacedRow(spaced, i) ??
          spacedRow(delimited, i) ??
          partedRow(grouped, i) ??
          rowsOfMarkup(line.cells.length > 1 ? (rawCells[0] ?? raw) : raw) ??
          measuresOverYears(raw, doc.lines[i + 1]?.text) ??
          measuresOverFigures(
            printed({ text: raw, indent: line.indent }),
            doc.lines.slice(i + 1, i + 5).map(printed),
            // Under ruled years ("——— 2024 ———"), a header flush left with its rows heads their labels.
            (line.indent ?? 0) === 0 &&
              (doc.lines[i + 1]?.indent ?? 0) === 0 &&
              isRuledYearsLine(doc.lines[i - 1]?.text ?? ''),
          ) ??
          measuresByFigurePlaces(line, parted(doc.lines, grouped, i + 1, i + 13)) ?? [rawCells])
        : [rawCells];
    for (const row of rows) {
      const cleaned = row.map((c) =>
        cleanText(c.length > MAX_LINE_CHARS ? c.slice(0, MAX_LINE_CHARS) : c, {
          decimalComma: decimalCommas[i] === true,
          fiscalYearsByStart,
          cyrillic,
        }),
      );
      // "Total waste | 9,140 | tonnes | إجمالي النفايات": the Arabic or Hebrew beside English is its translation.
      const cells = native.rightToLeft ? cleaned : withoutRightToLeft(cleaned);
      const plain = { no: line.no, cells, text: cells.join('\t'), raw };
      const base = pairs ? { ...plain, colonPairs: true as const } : plain;
      const placed = line.indent === undefined ? base : { ...base, indent: line.indent };
      const paged = line.page === undefined ? placed : { ...placed, page: line.page };
      out.push(line.column === undefined ? paged : { ...paged, column: line.column });
    }
  }
  // A row of group names over a header row ("Scope 2" over "Location-based   Market-based") names its
  // cells; names over year columns ("Foshan plant   Wuhu plant" over "2025   2024   2025   2024") are
  // placed over their years; a year printed inside a rule ("---- 2025 ----") heads each column it spans.
  // An indented header row of a tab-separated table leaves its label column blank. Groups over a count
  // and its share ("Male" over "No.   %") name both.
  return doc.kind === 'text'
    ? joinGroupHeaders(
        joinCountShareGroups(placeGroupsOverYears(spreadYearBanners(blankIndentedLabels(out)))),
      )
    : out;
}

/** The line with its native digits and Buddhist-era years rewritten, or as it was when none are. */
function nativeLine(line: DocLine, how: NativeFigures): DocLine {
  const { text, cells } = withNativeFigures(
    line.text,
    line.cells.map((c) => c.text),
    how,
  );
  if (text === line.text) return line;
  return { ...line, text, cells: line.cells.map((c, k) => ({ ...c, text: cells[k] ?? c.text })) };
}

/** Line `i`'s cells as printed, marks a tab cut from their words joined back, before any layout reader. */
function cellsOf(doc: Doc, line: DocLine, i: number, raw: string): string[] {
  const printed = line.cells.length > 0 ? line.cells.map((c) => c.text) : raw.split('\t');
  if (doc.kind !== 'text') return joinGroupHeading(joinMarkerCells(printed, raw), line, undefined);
  // "Revenue .......⇥258 437": a dotted leader before a tab reads as the line printed with spaces.
  const leadered = tabbedLeaderLine(raw);
  if (leadered !== undefined) return [leadered];
  const parted = printed.length > 1 ? partFigureRuns(printed) : printed;
  return joinGroupHeading(joinMarkerCells(parted, raw), line, doc.lines[i + 1]);
}

/** A text line with the spaces it is printed after, so that a header's cells keep their places over the rows'. */
function printed(line: { readonly text: string; readonly indent?: number }): string {
  return ' '.repeat(line.indent ?? 0) + line.text;
}

/** The row a run of space-grouped figures parted gives line `i`. */
function partedRow(grouped: ReadonlyMap<number, PartedRow>, i: number): string[][] | undefined {
  const row = grouped.get(i);
  return row ? [row.cells] : undefined;
}

/** Lines `from` to `to` as printed, a tab where a column break parted a run of space-grouped figures. */
function parted(
  lines: Doc['lines'],
  grouped: ReadonlyMap<number, PartedRow>,
  from: number,
  to: number,
): { text: string; indent?: number }[] {
  return lines.slice(from, to).map((l, k) => {
    const row = grouped.get(from + k);
    return row ? { ...l, text: row.text } : l;
  });
}

/** The cells that hold text, in order. */
export function filledCells(line: ReportLine): string[] {
  return line.cells.filter((c) => c !== '');
}

/** The row a single-spaced table gives line `i`, as the list of rows a line gives. */
function spacedRow(spaced: ReadonlyMap<number, string[]>, i: number): string[][] | undefined {
  const row = spaced.get(i);
  return row ? [row] : undefined;
}
