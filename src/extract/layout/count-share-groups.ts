import { isBareFigure } from './bare-figure.js';
import type { ReportLine } from './report-line.js';
import { gapBetween, spansOf, type Span } from './spans.js';

/**
 * A two-line header whose groups each span a count and its share ("Total   Male   Female" over "(A)
 * No. (B)   % (B / A)   No. (C)   % (C / A)", as SEBI's BRSR prints its headcount, training and
 * women's-representation tables): a group's name stands over one column of its pair, or between them,
 * so placing it by position alone would name one column and leave the other unnamed. Here each pair
 * takes the group printed nearest it, a column the lower line leaves unheaded ("Total (A)" printed on
 * the upper line only) keeps the upper line's words, and the names left of every figure head the
 * label column. Columns are where the first row of figures below prints them.
 */

// A count's heading beside its share: "No. (B)", "Number", "Count".
const COUNT_HEADING = /^(?:no\.?|number|count)(?:\s|$)/i;
// A share's heading: "% (B / A)", "%", "Percentage", "Share".
const SHARE_HEADING = /^(?:%|percentage|share)(?:\s|$)/i;
// The form's letters after a heading ("No. (B)", "% (B / A)"): they name the column, not what it holds.
const FORM_REFERENCE = /\s*\([A-Z](?:\s*[+/−×-]\s*[A-Z])*\)$/;
// A group row one or two one-name lines ("EMPLOYEES") may part from its first row of figures.
const MAX_ROWS_TO_FIGURES = 3;
// A name centred over its columns may stop short of them by a few characters.
const MAX_REACH = 4;

/** The lines with each group row over count-and-share columns merged into the header line below it. */
export function joinCountShareGroups(lines: readonly ReportLine[]): ReportLine[] {
  const out: ReportLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const [upper, lower] = [lines[i], lines[i + 1]];
    const merged =
      upper && lower ? mergeAt(upper, lower, lines.slice(i + 2, i + 2 + MAX_ROWS_TO_FIGURES)) : undefined;
    if (merged && lower) {
      out.push({ ...lower, cells: merged, text: merged.join('\t') });
      i++;
    } else if (upper) out.push(upper);
  }
  return out;
}

/** The merged header's cells (label first), or undefined when the two lines are no such header. */
function mergeAt(upper: ReportLine, lower: ReportLine, below: readonly ReportLine[]): string[] | undefined {
  if (lower.no !== upper.no + 1 || [upper, lower].some((l) => l.raw.includes('\t') || printsFigure(l)))
    return undefined;
  const columns = figureColumns(below);
  if (!columns) return undefined;
  const subs = headingsOver(spansOf(lower.raw, lower.indent ?? 0, 1), columns);
  if (!subs) return undefined;
  const pairs = columns.flatMap((_, k) =>
    COUNT_HEADING.test(subs.over[k] ?? '') && SHARE_HEADING.test(subs.over[k + 1] ?? '') ? [k] : [],
  );
  if (pairs.length === 0) return undefined;
  // A pair is one place a group may stand over; every other column is one of its own.
  const places: Span[][] = [];
  for (let k = 0; k < columns.length; k++) {
    const [a, b] = [columns[k], columns[k + 1]];
    if (!a) continue;
    if (pairs.includes(k) && b) {
      places.push([a, b]);
      k++;
    } else places.push([a]);
  }
  const groups = placeGroups(spansOf(upper.raw, upper.indent ?? 0, 1), places, columns[0]?.start ?? 0);
  if (!groups) return undefined;
  const cells: string[] = [];
  places.forEach((place, p) => {
    for (const c of place) {
      const k = columns.indexOf(c);
      const sub = (subs.over[k] ?? '').replace(FORM_REFERENCE, '');
      cells.push([groups.names[p], sub].filter((t) => t !== undefined && t !== '').join(' '));
    }
  });
  if (cells.some((c) => c === '')) return undefined;
  return [[...groups.label, ...subs.label].join(' '), ...cells];
}

function printsFigure(line: ReportLine): boolean {
  return spansOf(line.raw, 0, 1).some((s) => isBareFigure(s.text));
}

/**
 * Where the first row of figures below prints its figures (after its label), past one-name group rows;
 * undefined when no such row comes or it prints fewer than two figures.
 */
function figureColumns(below: readonly ReportLine[]): Span[] | undefined {
  for (const line of below) {
    const spans = spansOf(line.raw, line.indent ?? 0, 1);
    const label = spans.findLastIndex((s) => !isBareFigure(s.text));
    const figures = spans.slice(label + 1);
    if (figures.length >= 2)
      return label >= 0 && figures.every((s) => isBareFigure(s.text)) ? figures : undefined;
    if (spans.length !== 1) return undefined;
  }
  return undefined;
}

/** The lower line's heading over each column, and its words left of every column (the label's). */
function headingsOver(
  spans: readonly Span[],
  columns: readonly Span[],
): { over: string[]; label: string[] } | undefined {
  const over = columns.map(() => '');
  const label: string[] = [];
  const first = columns[0]?.start ?? 0;
  // One heading per column ("No. (B)" printed flush left over its figures, printed flush right): by order.
  const heads = spans.filter((s) => s.end >= first - MAX_REACH);
  if (heads.length === columns.length) {
    const left = spans.filter((s) => s.end < first - MAX_REACH).map((s) => s.text);
    return { over: heads.map((s) => s.text), label: left };
  }
  for (const s of spans) {
    if (s.end < first - MAX_REACH) {
      label.push(s.text);
      continue;
    }
    const k = nearest(
      s,
      columns.map((c) => [c]),
    );
    if (k < 0 || over[k] !== '') return undefined;
    over[k] = s.text;
  }
  return { over, label };
}

/** The upper line's name for each place, and its words left of every column; undefined when two share a place. */
function placeGroups(
  spans: readonly Span[],
  places: readonly Span[][],
  first: number,
): { names: (string | undefined)[]; label: string[] } | undefined {
  const names: (string | undefined)[] = places.map(() => undefined);
  const label: string[] = [];
  for (const s of spans) {
    if (s.end < first - MAX_REACH) {
      label.push(s.text);
      continue;
    }
    const p = nearest(s, places);
    if (p < 0 || names[p] !== undefined) return undefined;
    names[p] = s.text;
  }
  return { names, label };
}

/** The place a name stands over (or nearest, within reach); -1 when none is near or two are as near. */
function nearest(s: Span, places: readonly Span[][]): number {
  const gaps = places.map((place) => Math.max(0, Math.min(...place.map((c) => gapBetween(s, c)))));
  const best = Math.min(...gaps);
  if (best > MAX_REACH || gaps.filter((g) => g === best).length > 1) return -1;
  return gaps.indexOf(best);
}
