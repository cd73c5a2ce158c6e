// The table reader's mentions of a made-up report, for tests: all of them, or as [label, value, unit, year] rows.
import { toReportLines } from '../../src/extract/layout/index.js';
import { extractTables } from '../../src/extract/table/extract-tables.js';
import { docFromText } from './doc-from-text.js';

export function tableMentions(text: string, reportYear: number) {
  const lines = toReportLines(docFromText(text));
  return extractTables(lines, { reportYear, noise: new Set(), skip: new Set() }).mentions;
}

export function tableRows(text: string, reportYear: number): (string | number | undefined)[][] {
  return tableMentions(text, reportYear).map((m) => [m.label, m.value, m.unit, m.year]);
}
