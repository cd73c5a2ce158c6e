import { tryParseUnit } from '../../core/index.js';
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
  return nameFirst(filled) || figureFirst(filled) ? filled.length / 2 : 0;
}

function nameFirst(filled: readonly string[]): boolean {
  return filled.every((c, i) => (i % 2 === 0 ? isName(c) : isFigure(c)));
}

// A box printing the figure first and its name after it, the name often opening with the unit ("3,412.5 |
// MWh energy used | 1,204 | employees"). Section numbers of a contents page print that way too ("1 | About
// us | 4 | Our people"): a row of small whole numbers only is no box of figures.
const SECTION_NUMBER = /^\d{1,2}$/;

/** A name printed after its figure: it may open with the figure's unit ("m³ water", "MWh total energy"). */
function isNameAfter(cell: string): boolean {
  return isName(cell) || (/\s.*\p{L}{3}/u.test(cell.trim()) && !/^\s*[\d(]/u.test(cell) && !isFigure(cell));
}

function figureFirst(filled: readonly string[]): boolean {
  const figures = filled.filter((_, i) => i % 2 === 0);
  return (
    filled.every((c, i) => (i % 2 === 0 ? isFigure(c) : isNameAfter(c))) &&
    !figures.every((c) => SECTION_NUMBER.test(c.trim()))
  );
}

/**
 * The filled cells of a row cut into its pairs, each as name then figure; a name that opens with its
 * figure's unit gives it to the figure ("MWh energy used", "3,412.5" → "energy used", "3,412.5 MWh").
 */
export function cutPairs(cells: readonly string[]): string[][] {
  const filled = pairCells(cells);
  const flipped = !nameFirst(filled);
  return Array.from({ length: filled.length / 2 }, (_, i) => {
    const [a = '', b = ''] = filled.slice(2 * i, 2 * i + 2);
    return flipped ? nameAfterFigure(b, a) : [a, b];
  });
}

/**
 * A pair printed figure first, as name then figure, the unit the name opens with given to the figure. The
 * name reads on from its figure, so it starts in lower case ("2,146 | employees"), which a table's row
 * printed that way means a breakdown of the row above: here each name is a figure of its own.
 */
function nameAfterFigure(name: string, figure: string): string[] {
  const opening = openingUnit(name.trim());
  // A currency's name keeps it ("HK$ million revenue"): a bare "Revenue" first in its column is taken for
  // the column's heading.
  const own =
    opening === undefined || opening.money ? name.trim() : name.trim().slice(opening.unit.length).trim();
  const shown = own.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
  return [shown, opening === undefined ? figure.trim() : `${figure.trim()} ${opening.unit}`];
}

// A scale word that belongs to the currency before it ("HK$ million revenue").
const SCALE = /^(?:million|billion|thousand|mn|bn|'000)$/i;

/**
 * The unit a name opens with ("MWh total energy" → "MWh", "HK$ million revenue" → "HK$ million"), or
 * undefined. A count ("employees", "training hours") is the name itself, not a unit before it.
 */
function openingUnit(name: string): { unit: string; money: boolean } | undefined {
  const [first = '', second = '', ...rest] = name.split(/\s+/);
  const parsed = tryParseUnit(first);
  if (parsed === undefined || parsed.dimension === 'count' || second === '') return undefined;
  const money = parsed.dimension.startsWith('money');
  if (money && SCALE.test(second)) return rest.length > 0 ? { unit: `${first} ${second}`, money } : undefined;
  return { unit: first, money };
}

/**
 * The cells of a row that hold a name or a figure: neither blank nor a box's rule. A box printing figures
 * first may leave its first figure in one cell with its name, the row's first cell never parted from the
 * words after it ("4,020.5 tCO2e Scope 1 and 2 | 88,400 | t waste"): it is parted when the rest of the row
 * then alternates figure and name.
 */
function pairCells(cells: readonly string[]): string[] {
  const filled = cells.filter((c) => c.trim() !== '' && !DIVIDER.test(c.trim()));
  const [first = '', ...rest] = filled;
  const m = LEADING_FIGURE.exec(first.trim());
  if (!m?.[1] || !m[2]) return filled;
  const parted = [m[1], m[2], ...rest];
  return parted.length >= 4 && parted.length % 2 === 0 && figureFirst(parted) ? parted : filled;
}

// A comma-grouped or decimal figure then words ("4,020.5 tCO2e …", "18.4 training hours …"): a plain "3" may
// number a section; the rest of the row alternating figure and name confirms a box.
const LEADING_FIGURE = /^(\d{1,3}(?:(?:,\d{3})+(?:\.\d+)?|\.\d+)) (\p{L}.*)$/u;

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
