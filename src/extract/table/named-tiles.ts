import { gapBetween, spansOf, type ReportLine, type Span } from '../layout/index.js';
import type { FigureFirst } from './figure-first.js';
import { figureOf, withNamedUnit } from './figure-tiles.js';

// A figure may stand a little beside the name printed over it ("Water drawn" over "  412,300 m³").
const ALIGN_SLACK = 2;
// A tile's name may wrap over this many lines above its figure ("Total GHG" over "emissions").
const MAX_NAME_LINES = 4;
// A year on its own heads a column; a row of names over years is a table's header.
const YEAR = /\b(?:FY\s?)?(?:19|20)\d{2}\b/i;

/**
 * Highlight tiles printed name first: a line of names side by side over a line of their figures,
 * column under column ("Staff        Water drawn       Sites" over "1,204        412,300 m³        9"),
 * as a highlights page of boxes prints as text. `at` is the figure row; each figure is named by the
 * name printed over it. A table's header over its first row is no such pair: the figure row has no
 * label, and no row of figures follows it.
 */
export function readNamedTiles(
  lines: readonly ReportLine[],
  at: number,
): { figures: FigureFirst[]; nameLines: number[] } | undefined {
  const row = lines[at];
  if (!row) return undefined;
  const figures = figuresOf(row);
  if (!figures) return undefined;
  // Rows of figures under one line of names are a table whose rows lack labels, not tiles.
  const below = lines[at + 1];
  if (below && below.no === row.no + 1 && figuresOf(below)) return undefined;
  const stack = nameStack(lines, at);
  for (let depth = stack.length; depth >= 1; depth--) {
    const named = namesByFigure(figures, stack.slice(stack.length - depth), row);
    if (!named) continue;
    return {
      figures: figures.map((f, i): FigureFirst => {
        const description = named[i] ?? '';
        return { line: row, cell: withNamedUnit(f.cell, description), description, measured: true };
      }),
      nameLines: stack.slice(stack.length - depth).map((s) => s.line.no),
    };
  }
  return undefined;
}

/** The lines of names right over line `at`, top first, each with its names where they are printed. */
function nameStack(lines: readonly ReportLine[], at: number): { line: ReportLine; names: Span[] }[] {
  const stack: { line: ReportLine; names: Span[] }[] = [];
  for (let i = at - 1; i >= 0 && stack.length < MAX_NAME_LINES; i--) {
    const line = lines[i];
    const next = lines[i + 1];
    const names = line && next && line.no === next.no - 1 ? wrappedNamesOf(line) : undefined;
    if (!line || !names) break;
    stack.unshift({ line, names });
  }
  return stack;
}

/**
 * Each figure's name read down a stack of name lines: the top line names every figure, one name over
 * each; a wrapped name's later lines may leave a column empty, and each of their words stands over one
 * figure. Undefined when the stack does not line up with the figures.
 */
function namesByFigure(
  figures: readonly Span[],
  stack: readonly { line: ReportLine; names: Span[] }[],
  row: ReportLine,
): string[] | undefined {
  const [first, ...rest] = stack;
  const top = first && { line: first.line, names: namesOf(first.line) ?? [] };
  if (!top || top.names.length !== figures.length) return undefined;
  // Cells cut at tabs keep no place on the line: there the n-th name heads the n-th figure.
  if (rest.length === 0 && row.raw.includes('\t') && top.line.raw.includes('\t'))
    return top.names.map((n) => n.text);
  if (figures.some((f, i) => !under(f, top.names[i]))) return undefined;
  const parts = top.names.map((n) => [n.text]);
  for (const { names } of rest) {
    for (const name of names) {
      const column = figures.findIndex((f) => under(f, name));
      if (column < 0 || figures.some((f, j) => j !== column && under(f, name))) return undefined;
      // A wrapped name stays in its column: a row label printed from the margin is no part of it.
      const [own, next] = [top.names[column], top.names[column + 1]];
      if (!own || name.start < own.start - ALIGN_SLACK || (next && name.end > next.start)) return undefined;
      parts[column]?.push(name.text);
    }
  }
  return parts.map((p) => p.join(' '));
}

/** The figures of a line that prints two or more and nothing else, each where it is printed. */
function figuresOf(line: ReportLine): (Span & { cell: FigureFirst['cell'] })[] | undefined {
  const spans = spansOf(line.raw, line.indent ?? 0);
  // The cleaned cells read the figures ("1.584" in a decimal-comma report is 1,584); the printed line places them.
  const cells = line.cells.filter((c) => c.trim() !== '');
  if (spans.length < 2 || cells.length !== spans.length) return undefined;
  const out = spans.map((s, i) => ({ ...s, cell: figureOf(cells[i]?.trim() ?? '') }));
  if (out.some((f) => YEAR.test(f.text) && /^\S+$/.test(f.text))) return undefined;
  return out.every((f) => f.cell !== undefined)
    ? out.flatMap((f) => (f.cell ? [{ ...f, cell: f.cell }] : []))
    : undefined;
}

// A day and month inside a name ("Staff at 31 December", "Salariați la 31 decembrie", "au 31 décembre")
// dates it; it is no figure of the name.
const DAY_MONTH =
  /\b\d{1,2}\.?\s+(?:jan|feb|f[ée]v|mar|apr|avr|abr|ma[iy]|jun|juin|jul|juil|aug|ao[uû]|ago|sep|set|oct|okt|ott|nov|noi|dec|d[ée]c|dez|dic|ian|ene|gen|iun|iul|giu|lug)\p{L}*/giu;

/** The names of a line of two or more, each words with no figure or year, where each is printed. */
function namesOf(line: ReportLine): Span[] | undefined {
  const spans = spansOf(line.raw, line.indent ?? 0);
  if (spans.length < 2) return undefined;
  const named = spans.every((s) => {
    const text = s.text.replace(DAY_MONTH, ' ');
    return /\p{L}{3}/u.test(text) && !YEAR.test(text) && !/\d[\d.,]*\s*%|\d{2}/.test(text);
  });
  return named && spans.every((s) => figureOf(s.text) === undefined) ? spans : undefined;
}

// A name's unit or qualifier printed in brackets on a line of its own under it ("(m³)", "(%)", "(RMB
// million)", "(31 Aug 2025)"): words or a unit, or a date, never a figure of its own.
const BRACKETED_QUALIFIER = /^\((?:[^()\d]{1,30}|\d{1,2}\s+\p{L}{3,9}\.?\s+(?:19|20)\d{2})\)$/u;

/**
 * The words of a line that may carry on the names over it: one or more runs of words, none a figure
 * or a year; a rate's base in them is words too ("(per 100,000", "man-hours)"), and so is a unit or
 * qualifier in brackets.
 */
function wrappedNamesOf(line: ReportLine): Span[] | undefined {
  const spans = spansOf(line.raw, line.indent ?? 0);
  const words = (s: Span): boolean =>
    BRACKETED_QUALIFIER.test(s.text.trim()) ||
    (/\p{L}{2}/u.test(s.text) &&
      !YEAR.test(s.text) &&
      !/^\d|\d\s*%/.test(s.text) &&
      figureOf(s.text) === undefined);
  return spans.length > 0 && spans.every(words) ? spans : undefined;
}

/** Whether a figure is printed under its name, or just beside it. */
function under(figure: Span, name: Span | undefined): boolean {
  return name !== undefined && gapBetween(figure, name) <= ALIGN_SLACK;
}
