import { tryParseUnit } from '../../core/index.js';
import { parseCellValue, type CellValue } from '../numbers/index.js';
import { looksLikeUnit, unitOfCell } from './unit-cell.js';
import { trailingAnswers } from './answer-cells.js';
import { pageAfterWordedFigure, trailingNote, trailingUnit } from './trailing-cells.js';
import { isWordedFigure, SCALED_UNIT, valueWithUnit } from './worded-figure.js';

/** A value cell of a table row and its column. */
export interface ValueCell {
  readonly index: number;
  readonly cell: CellValue;
  /** The figure was written with its unit words in the cell ("598,310 m³"), as a key-figures list prints it. */
  readonly worded?: true;
}

/** A table row taken apart: the text cells that name it, its unit cell and its value cells. */
export interface RowParts {
  /** Text cells left of the values, words cut by a tab joined again. Each keeps its column. */
  readonly labels: readonly { readonly index: number; readonly text: string }[];
  /** A cell that holds only a unit ("Person", "kWh"), if the row has one. */
  readonly unit: string;
  /** Value and no-data cells, left to right. */
  readonly values: readonly ValueCell[];
}

// A unit written as a symbol ("%", "MWh", "kL", "t", "t-CO2/¥100 million"), never a word that may be a
// group label too ("Hours", "Rate", "Number").
const SYMBOL_UNIT = /[%‰/³²$¥€£₹\d]|^[a-z]{1,3}$|^[a-z]*[A-Z][a-zA-Z]*[A-Z][a-zA-Z]*$|^[a-z]+[A-Z]/;

// A cell with neither letters nor digits (")", "_") is layout debris, not a label.
// A note column's cell: "12", "3a", "(4)", "12, 13".
const NOTE_REFERENCE = /^\(?\d{1,2}[a-z]?\)?(?:\s*,\s*\d{1,2}[a-z]?)*$/;

const DEBRIS = /^[^\p{L}\p{N}]*$/u;
// A unit column's short word or abbreviation: "wsk.", "szt.", "idx".
const UNIT_ABBREVIATION = /^\p{Ll}{1,5}\.$/u;

/**
 * Splits a row. Values are the run of figure cells at the right end; left of them sit the label
 * cells and possibly a unit cell. A word the layout cut with a tab ("Total e", "mployees") is
 * joined again: a cell ending in a lower-case letter followed by one starting with one.
 */
export function splitRow(cells: readonly string[], options: { unitColumn?: boolean } = {}): RowParts {
  const values: ValueCell[] = [];
  let scaledUnit = '';
  const trailing = trailingUnit(cells);
  let end =
    trailing?.index ??
    trailingNote(cells) ??
    pageAfterWordedFigure(cells) ??
    trailingAnswers(cells) ??
    cells.length;
  for (let i = end - 1; i >= 0; i--) {
    const text = cells[i] ?? '';
    if (text === '') continue;
    const plain = parseCellValue(text);
    const cell = plain ?? valueWithUnit(text);
    if (!cell) break;
    // "10,000 m³" left of plain figures is the row's unit in a unit column, not a figure of its own.
    if (!plain && values.length > 0 && SCALED_UNIT.test(cell.printed)) {
      scaledUnit = text;
      end = i;
      break;
    }
    values.unshift(plain ? { index: i, cell } : { index: i, cell, worded: true });
    end = i;
  }
  if (opensWithAgeBound(values, cells)) end = (values.shift()?.index ?? 0) + 1;
  const labels: { index: number; text: string }[] = [];
  for (let i = 0; i < end; i++) {
    const text = cells[i] ?? '';
    if (text === '' || (DEBRIS.test(text) && !looksLikeUnit(text))) continue;
    const prev = labels[labels.length - 1];
    // "Total permanent employees | 12 | number | 4,718": a note column's reference after the name is
    // no name of the row (the note is printed under the table).
    if (prev && /\p{L}{3}/u.test(prev.text) && NOTE_REFERENCE.test(text)) continue;
    // Under a "Unit" heading the cell right before the figures is the row's unit, a counted noun too.
    const countedUnit = options.unitColumn === true && i === end - 1 && isCountedNoun(text);
    if (
      prev &&
      /[a-z]$/.test(prev.text) &&
      /^[a-z]/.test(text) &&
      !/^by\b/.test(text) &&
      !looksLikeUnit(text) &&
      !restatesLabel(prev.text, text) &&
      !countedUnit
    ) {
      labels[labels.length - 1] = { index: prev.index, text: prev.text + text };
    } else labels.push({ index: i, text });
  }
  let unit = values.length > 0 && trailing ? trailing.text : scaledUnit;
  const last = labels[labels.length - 1];
  const before = labels[labels.length - 2];
  // Under a "Unit" heading a short word or abbreviation the registry does not know ("wsk.", Polish
  // "wskaźnik", an index) is still the row's unit, not its name.
  const counted =
    options.unitColumn === true &&
    last !== undefined &&
    (isCountedNoun(last.text) || UNIT_ABBREVIATION.test(last.text));
  if (
    unit === '' &&
    last &&
    before &&
    (looksLikeUnit(last.text) || restatesLabel(before.text, last.text) || counted)
  ) {
    unit = last.text;
    labels.pop();
  } else if (unit === '' && labels.length >= 2) {
    // "Purchased electricity | MWh | Consol. | 186,420.4": a column after the unit says what the row
    // covers (a boundary, a site group); it qualifies the figures and is no part of the row's name.
    // A unit in the first cell ("% | Non-consol. | 7.3") leaves the row's name to the line above it.
    const at = labels.findLastIndex(
      (l, i) =>
        (i >= 1 || (labels.length === 2 && SYMBOL_UNIT.test(l.text))) &&
        looksLikeUnit(l.text) &&
        !isWordedFigure(l.text),
    );
    if (at >= 0) {
      unit = labels[at]?.text ?? '';
      labels.splice(at);
    }
  }
  const glued =
    unit === '' && labels.length === 1 && values.length > 0 ? gluedUnit(labels[0]?.text ?? '') : undefined;
  if (glued && labels[0]) {
    labels[0] = { index: labels[0].index, text: glued.label };
    unit = glued.unit;
  }
  return { labels, unit: unitOfCell(unit), values: withDotDecimals(values) };
}

/**
 * An age band's bound opening a row of plain figures ("<30 | 524 | 412", "> 50 | 206 | 238"): the
 * row's name, printed as a figure with a qualifier, never a figure of its own.
 */
function opensWithAgeBound(values: readonly ValueCell[], cells: readonly string[]): boolean {
  const [first, ...rest] = values;
  if (!first || rest.length === 0 || first.index !== cells.findIndex((c) => c.trim() !== '')) return false;
  const bound = first.cell.kind === 'value' && /^[<>≤≥]$/.test(first.cell.qualifier);
  const twoDigits = /^[<>≤≥]\s*\d{2}$/.test((cells[first.index] ?? '').trim());
  return bound && twoDigits && rest.every((v) => v.cell.kind === 'missing' || v.cell.qualifier === '');
}

// Dimensions a symbol glued to a label may give: amounts a row of a physical table is printed in.
const GLUED_DIMENSIONS: ReadonlySet<string> = new Set(['mass', 'volume', 'energy', 'ghg']);

/**
 * A unit symbol the layout left one space after a long label, in the unit column's place
 * ("Used oil and solvents (hazardous) t | 131.4"): a symbol the registry reads as a physical amount,
 * never a word a name may end in ("hours", "total").
 */
function gluedUnit(text: string): { label: string; unit: string } | undefined {
  // A bracketed unit ("Retail centres (m³)") is the label's own, read as such elsewhere.
  const m = /^(\S.*\S)\s(\p{L}[^\s()]{0,7})$/u.exec(text.trim());
  const [, label = '', symbol = ''] = m ?? [];
  if (!m || label.split(' ').length < 3 || !SYMBOL_UNIT.test(symbol)) return undefined;
  const unit = tryParseUnit(symbol, { countNouns: false });
  if (!unit || !GLUED_DIMENSIONS.has(unit.dimension)) return undefined;
  // "Natural gas, thous. m³" (Georgian "ბუნებრივი აირი, ათ. მ³"): a scale word after the label's last
  // comma is the unit's, not the label's.
  const [, named = '', scale = ''] = /^(.*\S),\s*(\S+)$/u.exec(label) ?? [];
  const scaled = scale === '' ? undefined : tryParseUnit(`${scale} ${symbol}`, { countNouns: false });
  if (scaled?.dimension === unit.dimension) return { label: named, unit: `${scale} ${symbol}` };
  return { label, unit: symbol };
}

/**
 * "1.000" beside "1.260" and "0.793": a figure printed to three decimals among others, not one
 * thousand. The numeral reader takes a lone "315.000" for thousands; a row whose other figures put
 * three digits after the dot that are not zeros prints decimals.
 */
function withDotDecimals(values: readonly ValueCell[]): ValueCell[] {
  const decimals = values.some((v) =>
    /^\d+\.(?!000$)\d{3}$/.test(v.cell.kind === 'value' ? v.cell.printed : ''),
  );
  return values.map((v) => {
    if (!decimals || v.cell.kind !== 'value' || !/^[1-9]\d{0,2}\.000$/.test(v.cell.printed)) return v;
    const sign = v.cell.value.startsWith('-') ? '-' : '';
    return { ...v, cell: { ...v.cell, value: `${sign}${v.cell.printed}` } };
  });
}

/**
 * A unit cell of lower-case words the registry reads as a count ("households", "wells", "thousand
 * head"): a unit only where the header names a unit column, as any plain noun reads as a count.
 */
function isCountedNoun(text: string): boolean {
  const t = text.trim();
  return /^[a-z][a-z'’-]*(?: [a-z][a-z'’-]*){0,2}$/.test(t) && tryParseUnit(t)?.dimension === 'count';
}

/**
 * A unit cell counting what the label names ("Guest nights | guest nights | 486,240", "Rooms let |
 * rooms"): the label's last words again, a noun the registry counts.
 */
function restatesLabel(label: string, cell: string): boolean {
  const words = cell.trim().toLowerCase();
  if (words.length < 3 || words.split(' ').length > 3 || !label.toLowerCase().endsWith(words)) return false;
  const head = label.slice(0, label.length - words.length);
  return (head === '' || /\s$/.test(head)) && tryParseUnit(words)?.dimension === 'count';
}
