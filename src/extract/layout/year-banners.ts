import { isBareFigure } from './bare-figure.js';
import type { ReportLine } from './report-line.js';
import { placeCells, spansOf, type Span } from './spans.js';
import { isStandardHeading } from './standard-heading.js';
import { YEAR_WORD_AFTER, YEAR_WORD_BEFORE } from './year-word.js';

/**
 * A year printed inside a rule over the columns it spans ("-------- 2025 --------      2024" over
 * "Grade      Men    Women    Total      Total"): the rule's ends mark the first and last column the
 * year heads, and the headings below it (men, women, total) break that year's figures down. The table
 * reader pairs a row of years with the headings below by count, which cannot see that one year spans
 * three columns and the other one; here each heading under a rule, or under a plain year, takes that
 * year, by character position, and the banner row becomes a row of one year per column.
 *
 * Plain years centred over repeated groups of headings ("FY2024  FY2025" over "Japan  Global  Japan
 * Global") span their groups too: the headings repeat once per year, so the k-th group is the k-th
 * year's, each year standing over its own group.
 */

const RULE = String.raw`[-–—=_─━═~]`;
const YEAR = String.raw`(?:FY\s?)?(?:19|20)\d{2}(?:\/\d{2})?`;
// A heading's year, with the word a CJK report prints after it ("━━ 2025年 ━━", "2024年") or the word for
// year others print before it ("── Năm 2025 ──", "Tahun 2024").
const HEAD_YEAR = `(?:${YEAR_WORD_BEFORE})?${YEAR}${YEAR_WORD_AFTER}?`;
// "---- 2025 ----", "══ FY2025 ══", "<--- 2025 --->": the year between two runs of rule characters.
const BANNER = new RegExp(`^[<|├┌]?${RULE}{2,}\\s*(${HEAD_YEAR})\\s*${RULE}{2,}[>|┤┐]?$`, 'i');
const RULE_ONLY = new RegExp(`^[<|├┌]?${RULE}{2,}[>|┤┐]?$`);
const YEAR_CELL = new RegExp(`^${HEAD_YEAR}$`, 'i');
const YEARS = new RegExp(`(?<![\\d/])${YEAR}(?![\\d/])`, 'gi');
// A plain year's heading centred over its column may stand a few characters beside it.
const MAX_REACH = 3;

// Cells before the years: the rows' label heading and a unit column's heading.
const MAX_LABELS = 2;

// A line of years each printed inside a rule, and nothing else ("——— 2024 ———     ——— 2025 ———").
const RULED_YEARS = new RegExp(`^(?:${RULE}{2,}\\s*${HEAD_YEAR}\\s*${RULE}{2,}\\s*)+$`, 'i');

/** Whether a printed line holds only years inside rules, as over a table's year groups. */
export function isRuledYearsLine(text: string): boolean {
  return RULED_YEARS.test(text.trim());
}

/** A year heading and the columns it spans on the printed line. */
interface YearHead extends Span {
  readonly banner: boolean;
}

/** The lines with each banner row of years rewritten as one year over each heading below it. */
export function spreadYearBanners(lines: readonly ReportLine[]): ReportLine[] {
  const out: ReportLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const upper = lines[i];
    const lower = lines[i + 1];
    const spread =
      upper && lower ? (yearsOverHeadings(upper, lower) ?? bannersOverTabs(upper, lower)) : undefined;
    if (upper && spread) out.push({ ...upper, cells: spread, text: spread.join('\t') });
    else if (upper) out.push(upper);
  }
  return out;
}

/** The banner row's new cells, one per cell of `lower`; undefined when `upper` is no banner row over headings. */
function yearsOverHeadings(upper: ReportLine, lower: ReportLine): string[] | undefined {
  if (lower.no - upper.no > 2 || upper.raw.includes('\t') || lower.raw.includes('\t')) return undefined;
  const read = headsOf(upper);
  if (!read) return undefined;
  const placed = placeCells(lower);
  // Headings of columns: no figure or year among them, and columns for the years to span.
  if (!placed || placed.length < 2 || placed.some((c) => isBareFigure(c.text) || YEAR_CELL.test(c.text)))
    return undefined;
  const banners = read.heads.some((h) => h.banner);
  const spanned = banners ? placed.map((c) => ownerOf(c, read.heads)) : undefined;
  // Rules narrower than the groups they head ("—— 2024 ——" over the right half of "Men Women Total"):
  // the groups repeating once per year say which columns each rule heads.
  const owners =
    spanned && spanned.filter(Boolean).length === placed.length - 1
      ? spanned
      : (repeatedGroups(placed, read.heads) ?? spanned);
  if (!owners) return undefined;
  const filled = lower.cells.flatMap((cell, index) => (cell === '' ? [] : [index]));
  const owner = new Map(placed.map((_c, k) => [filled[k] ?? -1, owners[k]]));
  const first = filled.find((index) => owner.get(index) !== undefined) ?? 0;
  const firstCell = placed[filled.indexOf(first)];
  // Label cells left of the years (the first may be blank), then every heading under a year, and
  // every year over a heading.
  const yearless = (index: number) =>
    owner.get(index) === undefined && !isStandardHeading(placed[filled.indexOf(index)]?.text ?? '');
  if (first < 1 || filled.some((index) => index > first && yearless(index))) return undefined;
  if (read.heads.some((h) => ![...owner.values()].includes(h))) return undefined;
  const lastLabel = read.labels[read.labels.length - 1];
  if (lastLabel && firstCell && lastLabel.end > firstCell.start) return undefined;
  // Labels of the label and unit columns ("Fuel   Unit   2025   2024") keep one cell each, before the years.
  if (read.labels.length > Math.max(first, 1)) return undefined;
  return lower.cells.map((_cell, index) => {
    if (index >= first) return owner.get(index)?.text ?? '';
    return read.labels[index]?.text ?? '';
  });
}

/**
 * Years in rules parted by tabs ("---- 2025 ----⇥---- 2024 ----") over tab-separated headings that repeat
 * one group per year ("Site⇥Men⇥Women⇥Total⇥Men⇥Women⇥Total"): no place says where a rule ends, but the
 * groups do, the k-th group the k-th year's. A plain year beside the rules ("---- 2025 ----⇥2024" over
 * "Grade⇥Men⇥Women⇥Total⇥Total") heads one column, as its spaced print shows, and the rules share the
 * others. The banner row's new cells, one per cell of `lower`.
 */
function bannersOverTabs(upper: ReportLine, lower: ReportLine): string[] | undefined {
  if (lower.no - upper.no > 2 || !lower.raw.includes('\t')) return undefined;
  const years = upper.cells.filter((c) => c !== '');
  const ruled = years.map((c) => BANNER.test(c.trim()));
  if (years.length < 2 || !ruled.some(Boolean)) return undefined;
  if (years.some((c, k) => !ruled[k] && !YEAR_CELL.test(c.trim()))) return undefined;
  const cleaned = [...upper.text.matchAll(YEARS)].map((m) => m[0]);
  if (cleaned.length !== years.length) return undefined;
  const [label, ...headings] = lower.cells;
  const plain = ruled.filter((r) => !r).length;
  const size = (headings.length - plain) / (years.length - plain);
  if (label === undefined || size < 2 || !Number.isInteger(size)) return undefined;
  if (headings.some((c) => c === '' || isBareFigure(c) || YEAR_CELL.test(c))) return undefined;
  const spans = cleaned.flatMap((year, k) => Array<string>(ruled[k] ? size : 1).fill(year));
  if (plain > 0) return ['', ...spans];
  const group = headings.slice(0, size).join('\t');
  if (cleaned.some((_y, k) => headings.slice(k * size, (k + 1) * size).join('\t') !== group))
    return undefined;
  return ['', ...spans];
}

/**
 * The years printed on a line, each with its extent, and the labels before them (a label column's
 * heading, and a unit column's: "Fuel   Unit   2025   2024"); undefined when it prints anything else. Places come from the printed line; each year's text from the cleaned one ("F2025" read
 * as "FY2025"), the years taken in order.
 */
function headsOf(line: ReportLine): { heads: YearHead[]; labels: Span[] } | undefined {
  const spans = spansOf(line.raw, line.indent ?? 0);
  const cleaned = [...line.text.matchAll(YEARS)].map((m) => m[0]);
  const heads: YearHead[] = [];
  const labels: Span[] = [];
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    if (!s) continue;
    // "-----   2025   -----": the rule parted from its year by a run of spaces.
    const [year, close] = [spans[k + 1], spans[k + 2]];
    const parted =
      year && close && RULE_ONLY.test(s.text) && YEAR_CELL.test(year.text) && RULE_ONLY.test(close.text);
    const text = cleaned[heads.length] ?? '';
    if (BANNER.test(s.text)) heads.push({ text, start: s.start, end: s.end, banner: true });
    else if (parted) {
      heads.push({ text, start: s.start, end: close.end, banner: true });
      k += 2;
    } else if (YEAR_CELL.test(s.text)) heads.push({ ...s, text, banner: false });
    else if (heads.length === 0 && labels.length < MAX_LABELS) labels.push(s);
    else return undefined;
  }
  // A year the cleaned line reads that no heading holds (one in the label): not a line of years.
  if (heads.length !== cleaned.length) return undefined;
  return { heads, labels };
}

/**
 * Each heading's year when the last headings repeat one group per year ("Japan Global" three times
 * under three years) and each year stands over its group; undefined otherwise. Headings before the
 * groups are the rows' labels and take no year.
 */
function repeatedGroups(
  placed: readonly Span[],
  heads: readonly YearHead[],
): (YearHead | undefined)[] | undefined {
  const years = heads.length;
  const last = heads[years - 1];
  if (years < 2 || !last) return undefined;
  // Headings after the groups that the last year's rule spans ("% women" right of its "Total") are its own;
  // a references column after them ("ESRS") is no year's.
  let refs = placed.length;
  while (refs > 2 * years && isStandardHeading(placed[refs - 1]?.text ?? '')) refs--;
  for (let end = refs; end >= 2 * years; end--) {
    const after = placed[end];
    if (after && end < refs && !(last.banner && ownerOf(after, [last]))) return undefined;
    const owners = groupsOver(placed.slice(0, end), heads);
    if (owners) return placed.map((_c, k) => (k < end ? owners[k] : k < refs ? last : undefined));
  }
  return undefined;
}

/** Each heading's year when the headings end in one group per year, each year over its own group. */
function groupsOver(
  placed: readonly Span[],
  heads: readonly YearHead[],
): (YearHead | undefined)[] | undefined {
  const years = heads.length;
  for (let first = 0; placed.length - first >= 2 * years; first++) {
    const groups = placed.slice(first);
    if (groups.length % years !== 0) continue;
    const size = groups.length / years;
    const name = (k: number) => groups[k]?.text.toLowerCase();
    if (!groups.every((_c, k) => name(k) === name(k % size))) continue;
    if (new Set(groups.slice(0, size).map((c) => c.text.toLowerCase())).size !== size) continue;
    const extent = (y: number) => ({
      start: groups[y * size]?.start ?? 0,
      end: groups[y * size + size - 1]?.end ?? 0,
    });
    const over = heads.every((h, y) => {
      const { start, end } = extent(y);
      const middle = (h.start + h.end) / 2;
      // A rule narrower than its group ("—— 2024 ——" over "Men Women Total") reaches into it, and no other.
      if (h.banner)
        return heads.every((_o, z) => (h.end > extent(z).start && h.start < extent(z).end) === (z === y));
      return middle > start - MAX_REACH && middle < end + MAX_REACH;
    });
    if (!over) return undefined;
    return placed.map((_c, k) => (k < first ? undefined : heads[Math.floor((k - first) / size)]));
  }
  return undefined;
}

/** The year over a heading: the banner whose rule spans it, or the plain year over or just beside it. */
function ownerOf(cell: Span, heads: readonly YearHead[]): YearHead | undefined {
  const reach = (h: YearHead): number => (h.banner ? 1 : MAX_REACH);
  const over = heads.filter((h) => cell.end > h.start - reach(h) && cell.start < h.end + reach(h));
  return over.length === 1 ? over[0] : undefined;
}
