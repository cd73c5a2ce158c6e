import type { ReportLine } from '../layout/index.js';
import allWords from './certification-all-words.data.json' with { type: 'json' };

/** A row's count of sites a standard certifies, of all the sites, in one year. */
export interface CertifiedSiteCount {
  readonly line: number;
  readonly standard: string;
  readonly year: number;
  readonly certified: number;
  readonly sites: number;
  readonly quote: string;
}

// A row's cells are parted by a tab or two spaces or more.
const CELL_GAP = /\t| {2,}/u;
// A management-system standard as a row names it: "ISO 45001", "ISO 14001:2015".
const STANDARD = /\bISO\s?(\d{4,5})(?::\s?\d{4})?/gu;
// "sites", "plants", "Standorte": a noun naming sites (certification-all-words.data.json).
export const SITE_NOUN = new RegExp(String.raw`(?<!\p{L})(?:${allWords.siteNouns.join('|')})(?!\p{L})`, 'iu');
// A cell counting a part of a whole: "3 of 4", "3 von 4", "2 מתוך 3", "3/4".
const PART_OF_WHOLE = new RegExp(
  String.raw`^(\d{1,4})\s*(?:/|\s(?:${allWords.outOf.join('|')})\s)\s*(\d{1,4})$`,
  'iu',
);
// A year heading a column ("2025", "FY2025").
const YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/gu;
// The lines above a row its year header may stand (a caption, the table's other rows between).
const MAX_HEADER_DISTANCE = 12;

/** The years a header line names, in print order; none when it prints other figures too (a row). */
function yearsOf(raw: string): number[] {
  return /\d/u.test(raw.replace(YEAR, '')) ? [] : [...raw.matchAll(YEAR)].map((m) => Number(m[0]));
}

/** The years of the nearest line above a row's that names as many years as it has cells, in print order. */
export function headingYears(lines: readonly ReportLine[], at: number, cells: number): number[] {
  for (let i = at - 1; i >= 0 && at - i <= MAX_HEADER_DISTANCE; i--) {
    const raw = lines[i]?.raw ?? '';
    if (raw.trim() === '') break;
    const years = yearsOf(raw);
    if (years.length === cells) return years;
  }
  return [];
}

/** The years of a row's cells: its heading's, or the report's year for a row of one cell under none. */
function cellYears(lines: readonly ReportLine[], at: number, cells: number, year: number): number[] {
  const years = headingYears(lines, at, cells);
  return years.length === 0 && cells === 1 ? [year] : years;
}

/**
 * The rows that name one standard and the sites it certifies, each cell a count of a whole ("Sites with
 * ISO 45001 certification   3 of 4   3 of 4   2 of 4"): for each year column, how many sites of how many
 * (GRI 403-8 asks how many sites an occupational health and safety system covers).
 */
export function certifiedSiteRows(lines: readonly ReportLine[], year: number): CertifiedSiteCount[] {
  const counts: CertifiedSiteCount[] = [];
  lines.forEach((line, at) => {
    const [label = '', ...cells] = line.raw.trim().split(CELL_GAP);
    const named = [...label.matchAll(STANDARD)];
    const parts = cells.map((c) => PART_OF_WHOLE.exec(c.trim()));
    if (named.length !== 1 || !SITE_NOUN.test(label) || parts.length === 0) return;
    if (parts.some((p) => p === null)) return;
    const years = cellYears(lines, at, parts.length, year);
    parts.forEach((p, k) => {
      const certified = Number(p?.[1]);
      const sites = Number(p?.[2]);
      const y = years[k];
      if (y === undefined || sites === 0 || certified > sites) return;
      const standard = `ISO ${named[0]?.[1] ?? ''}`;
      counts.push({ line: line.no, standard, year: y, certified, sites, quote: line.raw.trim() });
    });
  });
  return counts;
}
