import { tryParseUnit } from '../../core/index.js';
import { isCurrencyMark, parseCellValue, type CellValue } from '../numbers/index.js';
import { looksLikeUnit, unitOfCell } from './unit-cell.js';
import { trailingAnswers } from './answer-cells.js';

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
  return unit && GLUED_DIMENSIONS.has(unit.dimension) ? { label, unit: symbol } : undefined;
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

// "§37(a)(i)", "¶ 44", "AR 43": the paragraph of the standard a row discloses, printed after its figures
// as ESRS sustainability statements do; a reference, not a figure.
// A clause's point may follow in roman numerals ("§37c ii").
const PARAGRAPH = String.raw`(?:[§¶]|AR\s|para(?:graph)?\.?\s)\s*\d+[\w().,–-]*(?:\s[ivx]{1,4})?`;
const PARAGRAPH_REFERENCE = new RegExp(String.raw`^${PARAGRAPH}$`, 'i');

// "305-1", "2-7", "403-9 a", "E1-6", "A1.2", "RT-CH-110a.1", "305-1, 305-2": the disclosure of a standard
// (GRI, ESRS, HKEX, SASB) a row answers, printed in a column after its figures; a reference, not a figure.
const CODE = String.raw`(?:(?:GRI\s*)?(?:[23]|[2-4]\d{2})-\d{1,2}(?:\s?[a-g])?|(?:ESRS\s*)?(?:E[1-5]|S[1-4]|G1)-\d{1,2}|(?:KPI\s*)?[A-D]\d\.\d{1,2}|[A-Z]{2}-[A-Z]{2}-\d{3}[a-z]\.\d)`;
// A code may name its paragraph too ("E1-5 §37a", "E1-6 AR 46", "S1-14 §88c"), as ESRS data-point columns print it,
// each code of a list its own ("E5-5 §39 / 306-3": the ESRS paragraph, then the GRI disclosure).
const CITED_CODE = String.raw`${CODE}(?:\s+${PARAGRAPH})?`;
const STANDARD_CODE = new RegExp(String.raw`^${CITED_CODE}(?:\s*[,/;&]\s*${CITED_CODE})*$`);

/**
 * Where a column of words (or a paragraph reference, or a standard's code) right of the figures begins ("Category 1 | 412,860 | Spend × IDEA v3.3", a
 * method or remarks column): the last filled cell is prose, the one before it a plain figure, and a
 * label starts the row. Undefined otherwise.
 */
function trailingNote(cells: readonly string[]): number | undefined {
  const filled = cells.flatMap((text, index) => (text === '' ? [] : [{ text, index }]));
  const [first] = filled;
  const last = filled[filled.length - 1];
  const before = filled[filled.length - 2];
  if (!first || !last || !before || filled.length < 3 || first === before) return undefined;
  const prose = /\p{L}{3}/u.test(last.text) && !parseCellValue(last.text) && !isWordedFigure(last.text);
  const reference = PARAGRAPH_REFERENCE.test(last.text.trim()) || STANDARD_CODE.test(last.text.trim());
  if (!(prose || reference) || looksLikeUnit(last.text)) return undefined;
  const figure = endsFigures(filled.slice(0, -1)) || isWordedFigure(before.text);
  if (parseCellValue(first.text) || !figure) return undefined;
  // A year before the words ("Goal 3 | 2030 | Cut emissions") is a date in a sentence-like row, not a figure.
  return /^(?:19|20)\d{2}$/.test(before.text.trim()) ? undefined : last.index;
}

/**
 * A unit printed right of the figures ("Diesel | 12,345 | 11,200 | litres", a "Unit" column after
 * the years): the last filled cell, a unit word, with a figure just before it.
 */
function trailingUnit(cells: readonly string[]): { index: number; text: string } | undefined {
  const filled = cells.flatMap((text, index) => (text === '' ? [] : [{ text, index }]));
  // "Water withdrawn | 776,590 | m³ | 9": a list of key figures prints the page after each unit; the
  // page is no figure, and the unit is the row's.
  const paged = PAGE_NUMBER.test(filled[filled.length - 1]?.text ?? '') ? 1 : 0;
  const last = filled[filled.length - 1 - paged];
  const before = filled[filled.length - 2 - paged];
  if (!last || !before || parseCellValue(last.text) || !looksLikeUnit(last.text)) return undefined;
  return endsFigures(filled.slice(0, filled.length - 1 - paged)) ? last : undefined;
}

/**
 * Whether cells end on a figure: a plain figure, or a dash or "n/a" for a year not reported after
 * another figure ("Under 30 | 486 | – | employees").
 */
function endsFigures(filled: readonly { readonly text: string }[]): boolean {
  const kind = parseCellValue(filled[filled.length - 1]?.text ?? '')?.kind;
  if (kind === 'value') return true;
  return kind === 'missing' && filled.slice(1).some((c) => parseCellValue(c.text)?.kind === 'value');
}

/** Where the page after a figure written with its unit begins ("Headcount | 4,688 persons | 9"). */
function pageAfterWordedFigure(cells: readonly string[]): number | undefined {
  const filled = cells.flatMap((text, index) => (text === '' ? [] : [{ text, index }]));
  const last = filled[filled.length - 1];
  const before = filled[filled.length - 2];
  // "90% | 7" is two figures; "4,688 persons | 9" a figure in words and its page.
  const worded = isWordedFigure(before?.text ?? '') && /\d\s*\p{L}/u.test(before?.text ?? '');
  if (!last || !before || !PAGE_NUMBER.test(last.text) || !worded) return undefined;
  return filled.length >= 3 ? last.index : undefined;
}

// A page number as an index column prints it: a whole number of up to three digits.
const PAGE_NUMBER = /^\d{1,3}$/;

/** A cell holding a figure and its unit ("18,642 t"), not a unit with a printed scale ("10,000 m³"). */
function isWordedFigure(text: string): boolean {
  const cell = valueWithUnit(text);
  return cell !== undefined && !SCALED_UNIT.test(cell.printed);
}

/** A figure and its unit printed in one cell ("52.1 GWh", "18,402 m³", "HK$6.2 million"), as highlights tables do. */
const FIGURE_THEN_WORDS = /^(.{0,24}?\d\)?)\s*([^\d\s,.)].{0,40})$/;

// A unit with a printed scale, as mainland tables print it ("10,000 m³", "10,000 kWh", "1,000 tonnes"), or
// its thousands as three zeros ("000 RSD", as Serbian and British tables head amounts in thousands).
const SCALED_UNIT = /^(?:10,?000|1,?000|100|000)$/;

const SCALE_WORD = /^(?:thousand|million|billion|bn|m)$/i;

/**
 * "milliers de m³", "thousands of tonnes", "tonnes of CO2": a word, a joining word and what makes the
 * unit. The words after "of" must change the unit the first word gives: in "tonnes of process scrap"
 * they name what is weighed, the registry reading them as plain tonnes.
 */
function isScaledUnit(words: string): boolean {
  const m = /^(\p{L}+)\s+(?:of|de|d['’])/iu.exec(words);
  const unit = tryParseUnit(words, { countNouns: false })?.symbol ?? '';
  return m !== null && unit !== '' && unit !== tryParseUnit(m[1] ?? '', { countNouns: false })?.symbol;
}

// "metric tons", "short tons": the ton a report counts in, named by its qualifier.
const QUALIFIED_TON = /^(?:metric|short)\s+tons?$/i;

/** Whether words name a ton by its qualifier, a unit the registry knows though "short" alone is none. */
function isQualifiedMass(words: string): boolean {
  return QUALIFIED_TON.test(words.trim()) && tryParseUnit(words.trim())?.dimension === 'mass';
}

/** Reads a cell holding a figure followed by its unit; undefined when the words after it are no unit. */
export function valueWithUnit(text: string): CellValue | undefined {
  const m = FIGURE_THEN_WORDS.exec(text.trim());
  if (!m) return undefined;
  const [, figure = '', words = ''] = m;
  const inner = parseCellValue(figure);
  // Every word a unit word: "m³", "tonnes CO2e"; not "% reduction" or "kWh saved" (words about the figure).
  // A scale joined to its unit by a word ("milliers de m³", "thousands of tonnes") is one unit too.
  // A unit of two words neither of which is one alone ("metric tons", "short tons") is one too.
  const unitWords =
    words.split(/\s+/).every((w) => looksLikeUnit(w)) || isScaledUnit(words) || isQualifiedMass(words);
  if (inner?.kind !== 'value' || !unitWords) return undefined;
  if (inner.unit === '') return { ...inner, unit: words };
  // A currency before the figure and a scale after it make one money unit ("HK$ million"); words
  // after a percentage ("34.6% reduction") say what changed, they are no unit.
  return isCurrencyMark(inner.unit) && SCALE_WORD.test(words)
    ? { ...inner, unit: `${inner.unit} ${words}` }
    : undefined;
}
