import { type ReportLine, type Span } from '../layout/index.js';
import { looksLikeUnit } from './unit-cell.js';
import { hasYears, YEAR } from './year-finished-header.js';

// Left-aligned words may sit a few characters off the column they belong to.
const MAX_REACH = 4;

/**
 * Names one space apart over two columns of figures ("Pallegoda Ravenscourt" over "298.4   402.8"), as a
 * narrow table prints its widest names: each word run is parted where its words stand over different
 * figures, when every word stands over one and the line then names every column of figures once.
 */
export function splitOverFigures(spans: readonly Span[], figures: readonly Span[]): Span[] {
  const parted = spans.flatMap((span) => {
    const words = [...span.text.matchAll(/\S+/g)].map((m) => ({
      text: m[0],
      start: span.start + m.index,
      end: span.start + m.index + m[0].length,
    }));
    if (words.length < 2 || words.length !== span.text.split(' ').length) return [span];
    const owners = words.map((w) => {
      const over = figures.filter((f) => Math.min(f.end, w.end) > Math.max(f.start, w.start));
      return over.length === 1 ? over[0] : undefined;
    });
    if (owners.some((o) => o === undefined) || new Set(owners).size < 2) return [span];
    const parts: Span[] = [];
    words.forEach((w, i) => {
      const last = parts[parts.length - 1];
      if (last && owners[i] === owners[i - 1])
        parts[parts.length - 1] = { ...last, text: `${last.text} ${w.text}`, end: w.end };
      else parts.push(w);
    });
    return parts;
  });
  // Parted, the line names each column of figures once; a name centred over two columns ("Turnover rate
  // (%)" over "2025   2024") is one name of both, and stays whole.
  return parted.length === figures.length ? parted : [...spans];
}

/**
 * The header's cells: a label cell, then one per column of the fullest line, each the words printed
 * under it from the top down. Undefined when a line's words do not each fall under a column of
 * their own, or when a shorter line names the label column (it is a group row, not header).
 */
export function stackColumns(
  run: readonly { line: ReportLine; spans: Span[] }[],
  figuresFrom: number,
): string[] | undefined {
  const anchor = run.reduce((a, b) => (b.spans.length > a.spans.length ? b : a));
  const last = run[run.length - 1]?.line;
  const overYears = last !== undefined && hasYears(last);
  if (anchor.spans.length < 2) return undefined;
  const labelled = (anchor.spans[0]?.end ?? 0) <= figuresFrom;
  const texts = anchor.spans.map(() => [] as string[]);
  for (const { spans } of run) {
    // "NOK 1 000" or "EUR thousand" alone over a line of years, printed over one of them: the table's
    // unit, of every year's column, not only the one it happens to stand over.
    const columns = labelled ? anchor.spans.slice(1) : anchor.spans;
    const unitOfAll = overYears && spans !== anchor.spans ? unitOverYears(spans, columns) : undefined;
    if (unitOfAll !== undefined) {
      anchor.spans.forEach((c, i) => {
        if (YEAR.test(c.text.trim())) texts[i]?.push(unitOfAll);
      });
      continue;
    }
    // Over a line of years each word must be printed right over its year: a unit centred over two
    // years ("GWh" over "2025   2024") spans them, a header the table reader joins by count.
    const owners = spans.map((s) =>
      spans === anchor.spans ? anchor.spans.indexOf(s) : ownerOf(s, anchor.spans, overYears),
    );
    if (owners.some((o) => o < 0) || new Set(owners).size !== owners.length) return undefined;
    if (spans !== anchor.spans && labelled && owners.includes(0)) return undefined;
    owners.forEach((o, i) => texts[o]?.push(spans[i]?.text ?? ''));
  }
  const cells = texts.map((t) => t.reduce(stackWords, ''));
  return labelled ? cells : ['', ...cells];
}

/**
 * The unit a header line prints alone over columns that are all bare years, two or more ("NOK 1 000"
 * over "2025   2024"), else undefined: a unit printed once for the table, whichever year it stands
 * nearest. Over a change column too ("%" over "2025   2024   Change") it may be that column's alone.
 */
function unitOverYears(spans: readonly Span[], columns: readonly Span[]): string | undefined {
  const [only] = spans;
  if (spans.length !== 1 || !only || columns.length < 2) return undefined;
  if (!columns.every((c) => YEAR.test(c.text.trim()))) return undefined;
  return looksLikeUnit(only.text) ? only.text : undefined;
}

/**
 * A column's words run on from the line above: a word cut at a slash or hyphen goes on without a space,
 * and a unit printed under a measure's name ("Fuel use" over "TJ 2025") is bracketed after it, where
 * a column's unit is looked for ("Fuel use (TJ) 2025").
 */
function stackWords(above: string, below: string): string {
  if (above === '') return below;
  if (/[/-]$/.test(above) && !/ -$/.test(above)) return above + below;
  const unit = /^(\S+?)(\s+(?:19|20)\d{2})?$/.exec(below);
  const bracketed =
    unit?.[1] &&
    /^\p{L}/u.test(unit[1]) &&
    /^\p{L}/u.test(above) &&
    looksLikeUnit(unit[1]) &&
    !looksLikeUnit(above);
  return bracketed ? `${above} (${unit[1] ?? ''})${unit[2] ?? ''}` : `${above} ${below}`;
}

/**
 * The column a word run is printed under: the one it overlaps, else (unless `overlapOnly`) the nearest
 * within reach; -1 when none or two.
 */
function ownerOf(span: Span, columns: readonly Span[], overlapOnly = false): number {
  const overlapping = columns.flatMap((c, i) =>
    Math.min(c.end, span.end) > Math.max(c.start, span.start) ? [i] : [],
  );
  if (overlapping.length === 1) return overlapping[0] ?? -1;
  if (overlapping.length > 1 || overlapOnly) return -1;
  let best = -1;
  let bestGap = MAX_REACH + 1;
  columns.forEach((c, i) => {
    const gap = Math.max(c.start - span.end, span.start - c.end);
    if (gap < bestGap) {
      best = i;
      bestGap = gap;
    }
  });
  return best;
}
