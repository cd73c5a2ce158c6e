import type { ReportLine } from '../layout/index.js';
import { parseCellValue, type CellValue } from '../numbers/index.js';
import { valueWithUnit } from './worded-figure.js';
import { isChangeName } from './tile-change.js';

/**
 * A key-figures line printed value first: the figure, its unit, then the words that say what it is
 * ("2,410 MWh    electricity bought (18% from solar)", "▶ 1,284 employees trained",
 * "12.4 TJ | energy saved"), as highlights pages print them.
 */
export interface FigureFirst {
  readonly line: ReportLine;
  /** The figure as a cell reads it: its value and the unit printed with it. */
  readonly cell: Extract<CellValue, { kind: 'value' }>;
  /** The words after the figure, as printed. */
  readonly description: string;
  /** Whether a unit, a percentage or a thousands separator marks the figure as a measured amount. */
  readonly measured: boolean;
}

// A list mark before a highlight: arrows, bullets, ticks; a dash or star only with a space after it,
// since "–4.3" is a negative figure.
const BULLET = /^(?:[▶►▸▹•●○◦▪■□◆◇✓✔→➤➢❯]\s*|[-–—*·>]\s+)/u;
// Cells of a box printed in one line ("12.4 TJ | energy saved", "│ 3 sites │ certified │").
const BOX_RULE = /\s*[|│┃]\s*/u;
// A numbered list item or section ("1)", "(2)", "3."): a position in a list, never an amount.
const LIST_NUMBER = /^\(?\d{1,3}[.)]\)?$/;
// A year on its own is a year row's first cell ("2025 | 12,480 | 3,210"), never a key figure.
const BARE_YEAR = /^(?:19|20)\d{2}$/;
// A target or goal is no figure of the year: it is left to readers that date targets.
const TARGET = /\b(?:targets?|goals?|aims?|ambitions?|commitments?|by (?:fy\s?)?20\d{2})\b/i;
// A signed percentage ("−8%", "+14.2%"): a tile's figure only under a name worded as a change.
const SIGNED_PERCENT = /^[-−+]\s?\d[\d,.]*\s?%$/u;
// Spaces that part two columns of a line printed with its layout.
const WIDE_GAP = 3;
// How many words after the figure may still be its unit ("mt CO2e", "million gal", "tonnes CO2 equivalent").
const MAX_UNIT_WORDS = 4;

/**
 * Reads a line as value-first key figures: one, or several tiles printed side by side, each cell a
 * figure and its name ("53.9 kt produced      €1.2 million revenue      Zero fatalities").
 */
export function readFigureFirsts(line: ReportLine): FigureFirst[] {
  const one = readFigureFirst(line);
  return one ? [one] : (tilesInCells(line) ?? []);
}

// A tile that says a count is nil in words ("Zero fatalities", "Zero spills").
const ZERO_TILE = /^zero\s+\p{L}/iu;

/**
 * A line of two or more cells, each a figure followed by its name, or a nil count in words: tiles side
 * by side. A cell that is only a figure, or whose name holds a figure, makes the line something else.
 */
function tilesInCells(line: ReportLine): FigureFirst[] | undefined {
  // The layout reader keeps a line whose words hold figures as one cell: its wide gaps part the tiles.
  const cells = (line.cells.length === 1 ? line.raw.split(/\s{3,}/) : line.cells)
    .map((c) => c.trim())
    .filter((c) => c !== '');
  if (cells.length < 2) return undefined;
  const figures: FigureFirst[] = [];
  for (const cell of cells) {
    const zero = ZERO_TILE.test(cell) ? figureCell('0') : undefined;
    const figure = zero ? figureFirst(line, zero, cell) : ofWords(line, cell);
    if (!figure || /\d/.test(figure.description)) return undefined;
    figures.push(figure);
  }
  return figures.filter((f) => f.cell.printed !== '0' || !ZERO_TILE.test(f.description)).length >= 2
    ? figures
    : undefined;
}

/** Reads a line as a value-first key figure, or undefined when it is laid out some other way. */
export function readFigureFirst(line: ReportLine): FigureFirst | undefined {
  const cells = (line.cells.length === 1 ? [line.raw] : line.cells)
    .map((c) => c.trim())
    .filter((c) => c !== '');
  const [head = '', ...rest] = cells;
  const bulleted = BULLET.test(head);
  const first = head.replace(BULLET, '').trim();
  // Laid out in cells: the figure alone in the first, the words in the rest (one cell, or words only).
  if (rest.length > 0) return ofParts(line, first, rest);
  // A wide gap the layout reader kept inside one cell (its words held figures of their own), or a box rule.
  const parts = first
    .split(first.includes(' '.repeat(WIDE_GAP)) ? /\s{3,}/ : BOX_RULE)
    .filter((c) => c !== '');
  if (parts.length >= 2) return ofParts(line, parts[0] ?? '', parts.slice(1));
  // One cell of words: the figure must be marked as a list item ("• 98.2% of suppliers assessed"),
  // as a prose line wrapped before a figure ("18.4 hours per employee …") is not one. An item that
  // is a sentence, or holds a second figure ("…, up 4.0%"), is left to the prose reader, which reads
  // stated changes and shares.
  if (!bulleted || /\.$/.test(first)) return undefined;
  const figure = ofWords(line, first);
  return figure && !/\d/.test(figure.description) ? figure : undefined;
}

function ofParts(line: ReportLine, first: string, rest: readonly string[]): FigureFirst | undefined {
  // Another cell holding a figure makes the line a table row ("2025 | 12,480 | 3,210").
  if (rest.some((c) => parseCellValue(c) !== undefined || valueWithUnit(c) !== undefined)) return undefined;
  const cell = figureCell(first);
  return cell ? figureFirst(line, cell, rest.join(' ')) : undefined;
}

/** "1,284 employees trained": the figure, as many words after it as make a unit, then the description. */
export function ofWords(line: ReportLine, text: string): FigureFirst | undefined {
  const words = text.split(/\s+/);
  for (let n = Math.min(MAX_UNIT_WORDS, words.length - 1); n >= 1; n--) {
    // A unit ends on a unit word, never on a connector the unit vocabulary holds ("% of", "t per").
    if (/^(?:of|per|in)$/i.test(words[n - 1] ?? '')) continue;
    const cell = figureCell(words.slice(0, n).join(' '));
    if (cell) return figureFirst(line, cell, words.slice(n).join(' '));
  }
  return undefined;
}

function figureCell(text: string): FigureFirst['cell'] | undefined {
  if (LIST_NUMBER.test(text) || BARE_YEAR.test(text)) return undefined;
  if (/^[-−–(]/.test(text) && !SIGNED_PERCENT.test(text)) return undefined;
  const cell = parseCellValue(text) ?? valueWithUnit(text);
  return cell?.kind === 'value' && cell.qualifier === '' ? cell : undefined;
}

function figureFirst(
  line: ReportLine,
  cell: FigureFirst['cell'],
  description: string,
): FigureFirst | undefined {
  const words = description.trim();
  // Words that name something: a letter or a bracket first, a word of three letters, and no unit alone
  // ("18,402 | m³" is a value and its unit) nor a target.
  if (!/^[\p{L}(]/u.test(words) || !/\p{L}{3}/u.test(words) || TARGET.test(words)) return undefined;
  if (valueWithUnit(`1 ${words}`) !== undefined) return undefined;
  // "−4.3 | margin" is a negative figure, "−8% | water use reduction" a change the sign repeats.
  if (cell.value.startsWith('-') && !isChangeName(words)) return undefined;
  const measured = cell.unit !== '' || /,\d{3}/.test(cell.printed);
  return { line, cell, description: words, measured };
}
