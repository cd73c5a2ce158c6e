import { yesNoAnswer } from '../../core/index.js';
import { parseCellValue } from '../numbers/index.js';
import { looksLikeUnit } from './unit-cell.js';
import { isWordedFigure } from './worded-figure.js';

// Cells a row prints right of its figures that are no figures: a unit column, a column of words (a
// method, remarks, a standard's paragraph or code) and a list's page number.

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
export function trailingNote(cells: readonly string[]): number | undefined {
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
export function trailingUnit(cells: readonly string[]): { index: number; text: string } | undefined {
  const filled = cells.flatMap((text, index) => (text === '' ? [] : [{ text, index }]));
  // "Water withdrawn | 776,590 | m³ | 9": a list of key figures prints the page after each unit; the
  // page is no figure, and the unit is the row's.
  const paged = PAGE_NUMBER.test(filled[filled.length - 1]?.text ?? '') ? 1 : 0;
  const last = filled[filled.length - 1 - paged];
  const before = filled[filled.length - 2 - paged];
  if (!last || !before || parseCellValue(last.text) || !looksLikeUnit(last.text)) return undefined;
  // "Unit J2 | 470 | 43.8 | No": a yes/no column's answer, not the "No." (number) unit it is spelt like.
  if (yesNoAnswer(last.text) !== undefined) return undefined;
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
export function pageAfterWordedFigure(cells: readonly string[]): number | undefined {
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
