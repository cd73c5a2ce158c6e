import { FALLING_ARROWS, parseCellValue, RISING_ARROWS } from '../numbers/index.js';
import { valueWithUnit } from './worded-figure.js';
import { looksLikeUnit } from './unit-cell.js';
import { parseYearCell } from './year-cell.js';

/**
 * Key figures printed as name and figure pairs side by side with no year over them ("Employees | 3,100
 * | Women in management | 31.5%"), as a report's "at a glance" page lays them out two or three to a
 * line. Read as one row, the second name would sit between the first figure and the last, and the
 * first figure would pass for the row's unit; each pair is a figure of its own.
 */

// A figure as a glance page prints it with its unit, which the unit reader may not know: "422,539 oz",
// "US$ 1,366,430k", "US$ 1,250/oz", "6,348,600 t".
const PRINTED_FIGURE = /^(?:\p{Lu}{0,3}[$€£¥₹]\s?)?\d[\d,.]*\s?(?:%|\p{L}{1,6}(?:\/\p{L}{1,6})?)?$/u;
// An amount in a currency printed as a letter or code glued to the figure, with its scale ("P612.4
// million", "R3.1 billion", "KES 48.2m"): the currencies with no sign of their own.
const LETTER_MONEY = /^\p{Lu}{1,3}\s?\d[\d,.]*\s?(?:million|billion|thousand|mn|bn|m|k)$/u;
// A box's rule between its pairs ("Revenue | P612.4 million | Employees | 1,186"): it parts, it holds nothing.
const DIVIDER = /^[|¦]$/;

/** A cell holding one figure (with or without its unit), never a year. */
function isFigure(cell: string): boolean {
  if (parseYearCell(cell) !== undefined) return false;
  return (
    parseCellValue(cell)?.kind === 'value' ||
    valueWithUnit(cell) !== undefined ||
    PRINTED_FIGURE.test(cell.trim()) ||
    LETTER_MONEY.test(cell.trim()) ||
    statedChange(cell) !== undefined
  );
}

/** A cell naming a figure: words, not a unit, a figure or a year. */
function isName(cell: string): boolean {
  return /\p{L}{3}/u.test(cell) && !/^\s*[\d(]/u.test(cell) && !looksLikeUnit(cell) && !isFigure(cell);
}

/** The number of name-and-figure pairs a row prints side by side (two or more), else 0. */
export function figurePairs(cells: readonly string[]): number {
  const filled = pairCells(cells);
  if (filled.length < 4 || filled.length % 2 !== 0) return 0;
  const paired = filled.every((c, i) => (i % 2 === 0 ? isName(c) : isFigure(c)));
  return paired ? filled.length / 2 : 0;
}

/** The filled cells of a row cut into its name-and-figure pairs. */
export function cutPairs(cells: readonly string[]): string[][] {
  const filled = pairCells(cells);
  return Array.from({ length: filled.length / 2 }, (_, i) => filled.slice(2 * i, 2 * i + 2));
}

/** The cells of a row that hold a name or a figure: neither blank nor a box's rule. */
function pairCells(cells: readonly string[]): string[] {
  return cells.filter((c) => c.trim() !== '' && !DIVIDER.test(c.trim()));
}

/** A change of the year a key-figures box prints beside its name ("up 14.2%", "+14.2%", "▼ 3.1% vs 2024"). */
export interface BoxChange {
  readonly direction: 'increase' | 'decrease';
  /** The percentage as printed, unsigned ("14.2"). */
  readonly percent: string;
  /** What it is set against, as printed ("vs 2024"), or ''. */
  readonly against: string;
}

// A direction word or mark before the percentage. A bare minus is no change: "-3.1%" may be a level
// (a margin, a return); a plus sign, "up", "down" or an arrow says the figure moved.
const DIRECTION = new RegExp(
  String.raw`^(up|down|\+|[${RISING_ARROWS}]|[${FALLING_ARROWS}])\s?(?:by\s+)?(\d[\d,.]*)\s?%(?:\s+((?:on|vs\.?|versus|from|since|against)\s+(?:FY\s?)?(?:19|20)\d{2}))?$`,
  'iu',
);
const UP = new RegExp(`^(?:up|\\+|[${RISING_ARROWS}])$`, 'iu');

/** The change a figure cell states, or undefined for a level or anything else. */
export function statedChange(cell: string): BoxChange | undefined {
  const m = DIRECTION.exec(cell.trim());
  if (!m) return undefined;
  const [, mark = '', percent = '', against = ''] = m;
  return { direction: UP.test(mark) ? 'increase' : 'decrease', percent, against };
}

// A name that says its figure is a change ("Revenue growth", "Reduction in water use", "Change in
// Scope 1"): the words before or after it are what changed.
// "Reduction" and "cut" are left out: a box's "Emissions reduction | 34%" is as often against a base year.
const CHANGE_AFTER = /\s+(growth|increase|rise|change|decrease|decline|fall)$/i;
const CHANGE_BEFORE = /^(growth|increase|rise|change|decrease|decline|fall)\s+(?:in|of)\s+/i;
const FALLING = /^(?:decrease|decline|fall)$/i;

/**
 * A name-and-figure pair of a key-figures box worded as a change, as the sentence it reads as for the
 * prose reader's stated changes ("Revenue growth | up 14.2%" → "Revenue up 14.2%."), or undefined.
 * A percentage under a name that says change is one too ("Revenue growth | 14.2%", "Reduction in water
 * use | 8%"); a signed one under such a name keeps its sign.
 */
export function pairChangeSentence(name: string, figure: string): string | undefined {
  const trimmed = name.trim();
  const named = CHANGE_AFTER.exec(trimmed) ?? CHANGE_BEFORE.exec(trimmed);
  const subject = named ? trimmed.replace(named[0], '').trim() : trimmed;
  const stated = statedChange(figure) ?? (named ? namedChange(named[1] ?? '', figure) : undefined);
  if (!stated || !/\p{L}{2}/u.test(subject)) return undefined;
  const verb = stated.direction === 'increase' ? 'up' : 'down';
  const against = stated.against === '' ? '' : ` ${stated.against}`;
  return `${subject} ${verb} ${stated.percent}%${against}.`;
}

/** An unmarked percentage under a name that says change: its sign, else the name's word, gives the way. */
function namedChange(word: string, figure: string): BoxChange | undefined {
  const cell = parseCellValue(figure);
  if (cell?.kind !== 'value' || cell.unit !== '%') return undefined;
  const falling = FALLING.test(word) !== cell.value.startsWith('-');
  const percent = cell.value.replace(/^-/, '');
  return { direction: falling ? 'decrease' : 'increase', percent, against: '' };
}
