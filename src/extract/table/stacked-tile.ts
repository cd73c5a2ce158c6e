import type { ReportLine } from '../layout/index.js';
import type { FigureFirst } from './figure-first.js';
import { figureOf, withNamedUnit } from './figure-tiles.js';

// A tile's name: a short line of words that ends no sentence and holds no figure of its own.
const MAX_NAME_WORDS = 8;
const SHARE_OR_AMOUNT = /\d[\d,.]*\s*%|\d{1,3}(?:,\d{3})+|\d\.\d/;
// A year on its own is a column heading, never a tile's figure.
const BARE_YEAR = /^(?:FY\s?)?(?:19|20)\d{2}$/i;

/** The one non-empty cell of a line, or undefined when it prints more or none. */
function onlyCell(line: ReportLine | undefined): string | undefined {
  const cells = line?.cells.map((c) => c.trim()).filter((c) => c !== '') ?? [];
  return cells.length === 1 ? cells[0] : undefined;
}

/** Whether `line` is printed right under `above` (no blank line between). */
function adjacent(above: ReportLine | undefined, line: ReportLine | undefined): boolean {
  return above !== undefined && line !== undefined && line.no === above.no + 1;
}

/**
 * One highlight tile printed as a stack, apart from the text around it: its name on a line, its figure
 * on the next ("Cobalt in hydroxide" over "1,842 t"), then at most a gloss in lower case or brackets
 * ("up 6.6% on 2024", "(2024: 1)"), with blank lines above the name and below the tile. `at` is the
 * figure's line; the figure is named by the line over it. A figure with no unit, decimals or thousands
 * ("12") may be a page number under a heading, and is left alone.
 */
export function readStackedTile(
  lines: readonly ReportLine[],
  at: number,
): { figures: FigureFirst[]; nameLines: number[] } | undefined {
  const row = lines[at];
  const above = lines[at - 1];
  const printed = onlyCell(row);
  const name = onlyCell(above);
  if (!row || !above || printed === undefined || name === undefined || !adjacent(above, row))
    return undefined;
  const cell = BARE_YEAR.test(printed) ? undefined : figureOf(printed);
  if (!cell || (cell.unit === '' && !/[.,]/.test(cell.printed))) return undefined;
  if (!isName(name) || adjacent(lines[at - 2], above)) return undefined;
  const gloss = lines[at + 1];
  if (adjacent(row, gloss)) {
    const text = onlyCell(gloss) ?? '';
    if (!/^[\p{Ll}(]/u.test(text) || adjacent(gloss, lines[at + 2])) return undefined;
  }
  return {
    figures: [{ line: row, cell: withNamedUnit(cell, name), description: name, measured: true }],
    nameLines: [above.no],
  };
}

function isName(text: string): boolean {
  return (
    /^\p{Lu}/u.test(text) &&
    /\p{L}{3}/u.test(text) &&
    text.split(/\s+/).length <= MAX_NAME_WORDS &&
    !/[.;:,]$/.test(text) &&
    !SHARE_OR_AMOUNT.test(text) &&
    figureOf(text) === undefined
  );
}
