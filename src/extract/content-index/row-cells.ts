import type { ReportLine } from '../layout/index.js';

// Columns in a space-aligned text index are set apart by two or more spaces (one space separates words).
const COLUMN_GAP = /\s{2,}/;

/**
 * The cells of a possible content-index row. A text report typed with space-aligned columns
 * ("A1.2            Scope 1 and Scope 2 emissions        Table 3") reaches the index reader as one
 * cell; it is split at runs of two or more spaces, as a reader would see the columns.
 */
export function rowCells(line: ReportLine): readonly string[] {
  if (line.cells.filter((c) => c.trim() !== '').length >= 2) return line.cells;
  const parts = line.raw.trim().split(COLUMN_GAP);
  return parts.length >= 2 ? parts : line.cells;
}

// A figure as a data table prints it under a year: "18,204,800", "9,864.2", "0.739", "(12)", "0", and
// grouped by spaces with a change beside it as Nordic tables print them ("141 442.7", "−16.1 %").
const FIGURE =
  /^[-+−]?\(?(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?:[\u0020\u00a0\u202f]\d{3})+|\d+)(?:\.\d+)?\)?\s?%?$/;
// A number an index's page or section column prints as well: "5", "02", "61", "3.1", "4.12".
const PAGE_OR_SECTION_NUMBER = /^(?:0?[1-9]\d{0,2}|\d{1,2}\.\d{1,2})$/;

/**
 * How the cells after a row's code read as figures, as an ESG data appendix that prints a disclosure
 * code before each indicator has them ("302-1 | Diesel | litres | 612,480 | 586,240"): `figures` when
 * two or more are there and one is no page or section number (a separator, a zero, a long decimal);
 * `numbers` when two or more are there that a page and a section column could print too ("02 | 5",
 * "3.1 | 61", or a data row "38 | 33 | 29"), which the rows around it decide; undefined otherwise.
 */
export function figureCells(cells: readonly string[], codeCell: number): 'figures' | 'numbers' | undefined {
  const figures = cells
    .slice(codeCell + 1)
    .map((c) => c.trim())
    .filter((c) => FIGURE.test(c));
  if (figures.length < 2) return undefined;
  return figures.every((f) => PAGE_OR_SECTION_NUMBER.test(f)) ? 'numbers' : 'figures';
}

// A cell of codes only: "A1.2, A1.5, A4.1", "305-1, 305-2", "KPI B1.1、B1.2", or one code ("413-1").
const CODE_LIST =
  /^(?:(?:kpis?|gri)\s*)?[A-D]?\d{1,3}(?:[.-]\d{1,2})?(?:\s*[,，、;/]\s*(?:[A-D]?\d{1,3}(?:[.-]\d{1,2})?))*$/i;

/**
 * The codes of a cell that holds codes only ("A1.2, A1.5" → ["A1.2", "A1.5"]); [] otherwise. A bare
 * number continues the code before it, as indexes shorten a run of one standard's disclosures:
 * "305-1/2/4" → ["305-1", "305-2", "305-4"], "A2.1/3" → ["A2.1", "A2.3"].
 */
export function listedCodes(cell: string): string[] {
  const text = cell.trim();
  if (text.length > 200 || !CODE_LIST.test(text)) return [];
  let stem = '';
  return text
    .replace(/^(?:kpis?|gri)\s*/i, '')
    .split(/\s*[,，、;/]\s*/)
    .filter((c) => c !== '')
    .map((part) => {
      if (/^\d{1,2}$/.test(part) && stem !== '') return `${stem}${part}`;
      stem = /^(.*\d[.-])\d{1,2}$/.exec(part)?.[1] ?? '';
      return part;
    });
}

// A run of one standard's disclosures printed as its ends: "2-1 to 2-5", "GRI 2-1 – 2-5", "A1.1 to A1.6".
const CODE_RANGE =
  /^(?:GRI\s*)?(\d{1,3}-|[A-D]\d\.)(\d{1,2})\s*(?:to|through|–|—|-)\s*(?:GRI\s*)?(?:\1)?(\d{1,2})(?=[\s,;:]|$)/i;
const MAX_RANGE = 30;

/**
 * The codes after the first of a range a cell opens with ("2-1 to 2-5 Organizational details" →
 * ["2-2", "2-3", "2-4", "2-5"]): an index row that answers a run of disclosures at one location.
 */
export function rangeCodes(cell: string): string[] {
  const m = CODE_RANGE.exec(cell.trim());
  if (!m?.[1] || !m[2] || !m[3]) return [];
  const from = Number(m[2]);
  const to = Number(m[3]);
  if (to <= from || to - from > MAX_RANGE) return [];
  return Array.from({ length: to - from }, (_, k) => `${m[1]}${from + k + 1}`);
}

// A year as a data table heads its columns: "2025", "FY2025", "F2024", "2024/25", "FY2024 leavers".
const YEAR_IN_CELL = /(?:^|[^\d/])(?:FY|F)?((?:19|20)\d{2})(?:\/\d{2})?(?![\d/])/i;

/**
 * Whether the cells after a row's code head a table's year columns, as a KPI table's caption does
 * ("A2.1 Energy consumption | Unit | FY2025 | FY2024", "B1.2 Turnover | FY2025 leavers | FY2024
 * leavers"): two or more cells naming two or more different years. An index row points to a page or
 * a section in one location cell, never to columns of years.
 */
export function headsYearColumns(cells: readonly string[], codeCell: number): boolean {
  const years = cells
    .slice(codeCell + 1)
    .map((c) => YEAR_IN_CELL.exec(c.trim())?.[1])
    .filter((y): y is string => y !== undefined);
  return years.length >= 2 && new Set(years).size >= 2;
}
