import { tryParseUnit } from '../../core/index.js';
import { withoutRightToLeft } from '../clean/index.js';
import type { ReportLine } from '../layout/index.js';
import type { Mention } from '../mention/index.js';
import { parseCellValue } from '../numbers/index.js';
import { stripFootnotes } from './label.js';
import { unitIn } from './row-unit.js';
import { looksLikeUnit } from './unit-cell.js';

/** The figures of KPI cards and year-pair lines, and the lines they take. */
export interface YearPairResult {
  readonly mentions: readonly Mention[];
  readonly lines: ReadonlySet<number>;
}

// "2024: 1,262,846", "FY2023: 0.73 %": a year, a colon and a figure with its marks (an assurance dagger,
// a note star, a bracketed negative, a "no data" dash).
const PAIR =
  /(?:FY\s?)?((?:19|20)\d{2})\s*:\s*([-–—(]?\d[\d.,]*(?:[ \u00a0]\d{3}(?![\d:]))*\)?\s?%?[*†‡¹²³]?|[-–—]|n\/a)(?=\s|[;|]|$)/giu;
// Between pairs: spaces, a tab, a bar or a semicolon.
const BETWEEN = /^[\s;|·]*$/u;
// A card's label is a name, not a sentence or a paragraph: at most this long, not ending on a full stop.
const MAX_LABEL = 120;
// Text set apart by a tab or two or more spaces.
const SEGMENTS = /\t+| {2,}/;

/**
 * Figures printed as year-colon pairs, one line per measure: a KPI card (a label line, its unit at the
 * far right, over a line of `2024: 1,262,846   2023: 1,246,380` pairs) or a label with its pairs on the
 * same line (`Water drawn (m³):  2024: 986,400   2023: 1,184,600`). Each pair dates its own figure, so the
 * years may run either way and a card may print any number of them. The label line may carry its
 * translation (Arabic beside English), which the English reading drops.
 */
export function readYearPairCards(
  lines: readonly ReportLine[],
  ignore: (no: number) => boolean,
): YearPairResult {
  const mentions: Mention[] = [];
  const taken = new Set<number>();
  lines.forEach((line, i) => {
    if (ignore(line.no)) return;
    const pairs = yearPairs(line.text);
    if (pairs === undefined) return;
    const above = lines[i - 1];
    const card =
      pairs.lead === '' && above && above.no === line.no - 1 && !ignore(above.no) && !taken.has(above.no)
        ? cardLabel(above)
        : undefined;
    const named = pairs.lead === '' ? card : inlineLabel(pairs.lead);
    if (named === undefined) return;
    taken.add(line.no);
    if (card) taken.add(above?.no ?? line.no);
    for (const { year, printed } of pairs.figures) {
      const cell = parseCellValue(printed);
      if (cell?.kind !== 'value') continue;
      const mention: Mention = {
        kind: 'table',
        line: line.no,
        label: named.label,
        context: [],
        value: cell.value,
        unit: cell.unit || named.unit,
        year,
        basis: 'actual',
        quote: pairs.lead === '' ? `${above?.raw ?? ''}\n${line.raw}` : line.raw,
        dims: {},
      };
      mentions.push(line.page === undefined ? mention : { ...mention, page: line.page });
    }
  });
  return { mentions, lines: taken };
}

interface Pairs {
  /** The words printed before the first pair ('' on a card's figure line). */
  readonly lead: string;
  readonly figures: readonly { readonly year: number; readonly printed: string }[];
}

/** The year-colon pairs a line ends with, when nothing but separators stands between and after them. */
function yearPairs(text: string): Pairs | undefined {
  const found = [...text.matchAll(PAIR)];
  const first = found[0];
  if (first === undefined) return undefined;
  let end = first.index;
  for (const m of found) {
    if (!BETWEEN.test(text.slice(end, m.index))) return undefined;
    end = m.index + m[0].length;
  }
  if (!BETWEEN.test(text.slice(end))) return undefined;
  // A bracket closed after a figure it did not open before it ("… (2024: 1,296)") is a sentence's.
  if (found.some((m) => /^[^(]*\)/.test(m[2] ?? ''))) return undefined;
  const years = found.map((m) => Number(m[1]));
  // Each year once: "2024: 12  2024: 14" is no series of one measure.
  if (new Set(years).size !== years.length) return undefined;
  return {
    lead: text.slice(0, first.index).trim(),
    figures: found.map((m, k) => ({ year: years[k] ?? 0, printed: (m[2] ?? '').replace(/\s+(?=\d)/g, '') })),
  };
}

interface Named {
  readonly label: string;
  readonly unit: string;
}

/**
 * A card's label line: a name, perhaps its translation, and its unit set apart at the far right
 * ("Diesel   الديزل          GJ", "Energy intensity        GJ per tonne"); or a name ending on its unit in
 * brackets ("Water reused (m³)").
 */
function cardLabel(line: ReportLine): Named | undefined {
  if (yearPairs(line.text) !== undefined) return undefined;
  const segments = withoutRightToLeft(line.raw.trim().split(SEGMENTS)).filter((s) => s !== '');
  const last = segments[segments.length - 1] ?? '';
  const unit = segments.length >= 2 && isUnit(last) ? last : '';
  const label = stripFootnotes((unit === '' ? segments : segments.slice(0, -1)).join(' '));
  if (!isName(label)) return undefined;
  return { label, unit: unit || unitIn(label, true) };
}

/** The label before a line's pairs ("Cold water withdrawn (m³):"), its unit in brackets. */
function inlineLabel(lead: string): Named | undefined {
  // The label ends on its colon and holds no figure: a sentence's "(2024: 1,296)" after its own figure
  // is that figure's prior year, read with the sentence.
  if (!/[:：]$/.test(lead) || /\d[\d,.]*\d{2}/.test(lead)) return undefined;
  const label = stripFootnotes(withoutRightToLeft([lead.replace(/[:：]$/, '').trim()]).join(' '));
  return isName(label) ? { label, unit: unitIn(label, true) } : undefined;
}

function isName(label: string): boolean {
  return /\p{L}{3}/u.test(label) && label.length <= MAX_LABEL && !/[.!?]$/.test(label);
}

function isUnit(text: string): boolean {
  return text === '%' || (looksLikeUnit(text) && tryParseUnit(text) !== undefined);
}
