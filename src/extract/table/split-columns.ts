import type { ReportLine } from '../layout/index.js';
import type { Mention } from '../mention/index.js';
import { parseCellValue } from '../numbers/index.js';
import { parseYearCell } from './year-cell.js';
import { notesBelow, splitGluedMark } from './glued-footnote.js';
import { joinTabbedLabel, reportWords } from './split-word.js';
import { stripFootnotes, trailingParenthetical, withLabelDenominator } from './label.js';
import { looksLikeUnit } from './unit-cell.js';

/**
 * Tables whose column of labels is printed apart from its column of values: a header word
 * ("Type", "Key Performance Indicators") over a run of label lines, optionally a "Unit" header over
 * as many unit lines (the unit column printed apart too), and later a year line over rows of bare
 * figures. Labels and value rows are paired in order, oldest label run first, once group headings
 * are set aside (see {@link dataLabels}); when the counts still differ nothing is guessed.
 */

const HEADER_WORD =
  /^(?:types?|items?|indicators?|kpis?|key performance indicators?|categor(?:y|ies)|metrics?|indices)$/i;
const MAX_LABEL_CHARS = 140;
// A label run waits this many lines for its values at most; older runs belong to nothing.
const MAX_WAIT_LINES = 150;
/** The header of a unit column printed as its own block. */
const UNIT_HEADER = /^units?$/i;
const MAX_UNIT_CHARS = 60;

interface LabelLine {
  readonly text: string;
  readonly heading: boolean;
}

interface LabelRun {
  readonly from: number;
  /** The table's title, the line above its header word ("Table 4: Fuel"), '' when none. */
  readonly caption: string;
  readonly labels: LabelLine[];
  /** The unit column printed after the labels, one unit per label, when there is one. */
  readonly units: string[];
}

function isLabelLike(line: ReportLine): boolean {
  const text = line.text.replace(/\t/g, ' ').trim();
  if (text.length === 0 || text.length > MAX_LABEL_CHARS) return false;
  if (/[.:;]$/.test(text) || /^notes?\b/i.test(text)) return false;
  // A label may end in a small number ("Total Scope 1 and 2", "Category 12"); a figure may not.
  return /[a-z]/i.test(text) && !/(?:\d[,.]\d|\d{3})[\d,.]*\s*$/.test(text.replace(/\([^)]*\)$/, ''));
}

/** A figure of a value row and the unit printed in its cell ("1,284.6 (kg)"), '' when none. */
interface RowValue {
  readonly value: string;
  readonly unit: string;
}

function valueRow(line: ReportLine): RowValue[] | undefined {
  const cells = line.cells.filter((c) => /[\p{L}\p{N}]/u.test(c));
  if (cells.length === 0) return undefined;
  const values = cells.map((c) => parseCellValue(c));
  if (values.some((v) => v === undefined)) return undefined;
  return values.map((v) =>
    v?.kind === 'value' ? { value: v.value, unit: v.unit } : { value: '', unit: '' },
  );
}

function yearRow(line: ReportLine): number[] | undefined {
  const cells = line.cells.filter((c) => c.trim() !== '');
  if (cells.length === 0 || cells.length > 6) return undefined;
  const years = cells.map((c) => parseYearCell(c)?.year);
  return years.every((y): y is number => y !== undefined) ? years : undefined;
}

/**
 * The label lines that name data rows. When there are more labels than value rows, group headings
 * are set aside in this order until the counts agree: markdown headings; "By …" group labels;
 * labels without a bracketed unit when most labels have one; a label directly above a "Total …"
 * label (a group heading sits above its total row).
 */
export function dataLabels(labels: readonly LabelLine[], count: number): string[] | undefined {
  return dataLabelIndices(labels, count)?.map((i) => labels[i]?.text ?? '');
}

/** The indices of {@link dataLabels} in the run. */
function dataLabelIndices(labels: readonly LabelLine[], count: number): number[] | undefined {
  const withUnit = labels.filter((x) => unitOf(x.text) !== '').length;
  // Each rule looks at the run as printed, so a heading set aside earlier still separates rows.
  const rules: ((l: LabelLine, i: number) => boolean)[] = [
    (l) => l.heading,
    (l) => /^by\s/i.test(l.text),
    (l) => withUnit * 2 >= labels.length && unitOf(l.text) === '',
    (l, i) => !/^total\b/i.test(l.text) && /^total\b/i.test(labels[i + 1]?.text ?? ''),
  ];
  let kept = labels.map((_l, i) => i);
  for (const rule of rules) {
    if (kept.length <= count) break;
    kept = kept.filter((i) => !rule(labels[i] ?? { text: '', heading: false }, i));
  }
  return kept.length === count ? kept : undefined;
}

function unitOf(label: string): string {
  const inner = trailingParenthetical(label);
  return inner !== undefined && looksLikeUnit(inner) ? withLabelDenominator(label, inner) : '';
}

/**
 * Pairs label runs with the value rows printed after them, dated by the year line above the values.
 * `captionOf` gives the title printed above a line, which names what an "Intensity" row measures.
 */
export function readSplitColumns(
  lines: readonly ReportLine[],
  noise: ReadonlySet<number>,
  captionOf: (line: number) => string = () => '',
): Mention[] {
  const pending: LabelRun[] = [];
  const out: Mention[] = [];
  const words = reportWords(lines);
  let collecting: LabelLine[] | undefined;
  let collectingUnits: string[] | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line || noise.has(line.no)) continue;
    const first = line.cells.find((c) => c !== '') ?? '';
    const single = line.cells.filter((c) => c !== '').length === 1;
    if (HEADER_WORD.test(first) && single) {
      collecting = [];
      collectingUnits = undefined;
      pending.push({ from: line.no, caption: captionOf(line.no), labels: collecting, units: [] });
      continue;
    }
    // "Unit" right after a label run starts that run's unit column.
    const last = pending.at(-1);
    if (UNIT_HEADER.test(first) && single && last && last.units.length === 0 && last.labels.length > 0) {
      collecting = undefined;
      collectingUnits = last.units;
      continue;
    }
    // The unit column has one unit per label; the year line over the first value block ends it.
    if (collectingUnits && (collectingUnits.length >= (last?.labels.length ?? 0) || yearRow(line)))
      collectingUnits = undefined;
    if (collectingUnits) {
      const text = line.text.replace(/\t/g, ' ').trim();
      if (single && text.length <= MAX_UNIT_CHARS && !/[.:;]$/.test(text) && /[\p{L}%‰]/u.test(text)) {
        collectingUnits.push(text);
        continue;
      }
      collectingUnits = undefined;
    }
    const years = yearRow(line);
    if (years) {
      collecting = undefined;
      const fresh = pending.filter((run) => line.no - run.from <= MAX_WAIT_LINES);
      pending.splice(0, pending.length, ...fresh);
      i = pairValues(lines, i, years, { pending, noise }, out);
      continue;
    }
    if (collecting && isLabelLike(line)) {
      collecting.push({
        text: stripFootnotes(joinTabbedLabel(line.cells, words)),
        heading: /^\s*#/.test(line.raw),
      });
    } else collecting = undefined;
  }
  return out;
}

/** The next line at or after index `from` that is not a running header, and its index. */
function nextRealLine(lines: readonly ReportLine[], from: number, noise: ReadonlySet<number>): number {
  let j = from;
  while (j < lines.length && noise.has(lines[j]?.no ?? -1)) j++;
  return j;
}

/**
 * The value rows under a year line at index `at`: bare figures, one per year, read across page
 * breaks (running headers and footers skipped); a figure with a footnote mark glued to it is read
 * when the note is printed under the table (see {@link splitGluedMark}). Returns the rows and the
 * index of the first line after them.
 */
function valueRows(
  lines: readonly ReportLine[],
  at: number,
  years: readonly number[],
  noise: ReadonlySet<number>,
): { rows: { line: ReportLine; values: RowValue[] }[]; end: number } {
  const rows: { line: ReportLine; values: RowValue[] }[] = [];
  let notes: Set<string> | undefined;
  let j = nextRealLine(lines, at + 1, noise);
  for (; j < lines.length; j = nextRealLine(lines, j + 1, noise)) {
    const line = lines[j];
    let values = line ? valueRow(line) : undefined;
    if (line && !values && gluedRow(line)) {
      notes ??= notesBelow(lines, tableEnd(lines, j, noise), noise);
      values = gluedRow(line, notes);
    }
    if (!line || !values || values.length !== years.length || headsNextBlock(line, years)) break;
    rows.push({ line, values });
  }
  return { rows, end: j };
}

// The years of one table's blocks lie this close together.
const MAX_BLOCK_YEARS_APART = 10;

/** A bare year ("2024") under a block of 2025 figures: the next block's year line, not a figure. */
function headsNextBlock(line: ReportLine, years: readonly number[]): boolean {
  const next = yearRow(line);
  return (
    next !== undefined &&
    next.length === years.length &&
    next.every((y, c) => y !== years[c] && Math.abs(y - (years[c] ?? 0)) <= MAX_BLOCK_YEARS_APART)
  );
}

/** A row whose unread cells are all figures with a glued mark: with `notes`, read when each mark is a note. */
function gluedRow(line: ReportLine, notes?: ReadonlySet<string>): RowValue[] | undefined {
  const cells = line.cells.filter((c) => /[\p{L}\p{N}]/u.test(c));
  const out: RowValue[] = [];
  for (const cell of cells) {
    const read = valueRow({ ...line, cells: [cell] })?.[0];
    const glued = read ? undefined : splitGluedMark(cell);
    if (read) out.push(read);
    else if (glued && (!notes || notes.has(glued.mark))) out.push({ value: glued.value, unit: '' });
    else return undefined;
  }
  return out.length > 0 ? out : undefined;
}

/** The index of the last row of the flattened table that goes on from index `from`. */
function tableEnd(lines: readonly ReportLine[], from: number, noise: ReadonlySet<number>): number {
  let last = from;
  // Bounded like a label run's wait, so a hostile run of glued figures costs no more than its length.
  const end = Math.min(lines.length, from + MAX_WAIT_LINES);
  for (let j = from + 1; j < end; j++) {
    const line = lines[j];
    if (!line || noise.has(line.no)) continue;
    if (!yearRow(line) && !valueRow(line) && !gluedRow(line)) break;
    last = j;
  }
  return last;
}

function pairValues(
  lines: readonly ReportLine[],
  at: number,
  years: readonly number[],
  { pending, noise }: { pending: LabelRun[]; noise: ReadonlySet<number> },
  out: Mention[],
): number {
  const { rows, end: j } = valueRows(lines, at, years, noise);
  if (rows.length === 0) return at;
  const k = pending.findIndex((run) => dataLabelIndices(run.labels, rows.length) !== undefined);
  const run = pending[k];
  if (k < 0 || !run) return j - 1;
  const kept = dataLabelIndices(run.labels, rows.length) ?? [];
  // A unit column counts only when it has one unit per label line, headings included.
  const units = run.units.length === run.labels.length ? run.units : [];
  // One block of values per year ("FY25/26" over its figures, then "FY24/25" over its own): the
  // labels wait for the next block when another year line follows this one at once.
  // A page break may come between the blocks: only running headers may stand between them.
  const next = lines[j];
  const lastRow = rows[rows.length - 1]?.line.no ?? 0;
  const broken = next !== undefined && lines[j - 1]?.no !== lastRow;
  if (!next || !yearRow(next) || (next.no - lastRow > 2 && !broken)) pending.splice(k, 1);
  rows.forEach(({ line, values }, r) => {
    const index = kept[r] ?? -1;
    const label = run.labels[index]?.text ?? '';
    const rowUnit = unitOf(label) || (units[index] ?? '');
    values.forEach(({ value, unit: cellUnit }, c) => {
      // A unit printed with the figure ("7.48 (tCO2e/HK$ million)") names it more surely than the label.
      const unit = cellUnit || rowUnit;
      const year = years[c];
      if (value === '' || year === undefined) return;
      const mention: Mention = {
        kind: 'table',
        line: line.no,
        label,
        context: run.caption === '' ? [] : [run.caption],
        ...(run.caption === '' ? {} : { background: 1 }),
        value,
        unit,
        year,
        basis: 'actual',
        quote: `${label}\t${line.raw}`,
        dims: {},
      };
      out.push(line.page === undefined ? mention : { ...mention, page: line.page });
    });
  });
  return j - 1;
}
