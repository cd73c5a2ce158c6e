import { spansOf, yearRoleOf, type ReportLine } from '../layout/index.js';
import { isChangeHeading } from './header.js';

// Work bound on untrusted text: longer lines are prose, not header rows.
export const MAX_HEADER_CHARS = 400;

// A year as a header cell prints it, alone or after the words of its column ("2021", "TJ 2025").
export const YEAR = /^(?:19|20)\d{2}$/;
export const YEAR_IN = /(?:^|\s)(?:19|20)\d{2}(?:\s|$)/;

/**
 * True when `below` finishes a header line that prints years alone (`top`): each of its cells a year or a
 * comparison of two ("2020", "25/24"), printed under a heading of `top` that is no year ("Base year",
 * "%-change", "Target"), so the two lines are one header row.
 */
export function finishedByYears(top: ReportLine, below: ReportLine | undefined): boolean {
  if (!below || below.no !== top.no + 1 || !hasYears(top) || !hasYears(below)) return false;
  if (top.raw.includes('\t') || below.raw.includes('\t') || below.raw.length > MAX_HEADER_CHARS) return false;
  const cells = below.cells.filter((c) => c !== '');
  if (!cells.every((c) => YEAR.test(c) || isChangeHeading(c))) return false;
  const headings = spansOf(top.raw, top.indent ?? 0, 1);
  return spansOf(below.raw, below.indent ?? 0, 1).every((s) => {
    const over = headings.filter((h) => Math.min(h.end, s.end) > Math.max(h.start, s.start));
    return over.length === 1 && /^\p{L}|^%/u.test(over[0]?.text ?? '');
  });
}

/**
 * "Base year⇥2024⇥2025⇥%-change⇥Target" over "2020⇥25/24⇥2030", cut at tabs, so that no place says which
 * heading each lower cell finishes: taken in order, a year finishes the next base or target heading
 * without a year, a comparison of two years ("25/24") the next change heading. The header row with
 * its headings finished, when every lower cell finds one; undefined otherwise.
 */
export function finishedAtTabs(
  top: ReportLine | undefined,
  below: ReportLine | undefined,
): ReportLine | undefined {
  if (!top || !below || below.no !== top.no + 1 || !top.raw.includes('\t') || !hasYears(top))
    return undefined;
  const lower = below.cells.filter((c) => c !== '');
  if (lower.length === 0 || !lower.every((c) => YEAR.test(c) || isChangeHeading(c))) return undefined;
  const cells = [...top.cells];
  let next = 0;
  for (const cell of lower) {
    const year = YEAR.test(cell);
    const takes = (c: string) =>
      year ? takesYear(c) && !YEAR_IN.test(c) && !isChangeHeading(c) : isChangeHeading(c) && !YEAR.test(c);
    while (next < cells.length && !takes(cells[next] ?? '')) next++;
    if (next >= cells.length) return undefined;
    cells[next] = `${cells[next]} ${cell}`;
    next++;
  }
  return { ...top, cells, text: cells.join('\t') };
}

/**
 * Whether a heading is one a year finishes ("Base year" over "2020", "Target" over "2030", "Cilj" over
 * "2030."): a base or target heading, in the words of year-roles.data.json.
 */
function takesYear(heading: string): boolean {
  return yearRoleOf(heading) !== 'actual';
}

/** Whether a header line prints a year alone in one of its cells. */
export function hasYears(line: ReportLine): boolean {
  return line.cells.some((c) => YEAR.test(c.trim()));
}
