// The table reader's mentions of a made-up report as [label, value, unit, year] rows, for tests.
import { toReportLines } from '../../src/extract/layout/index.js';
import { extractTables } from '../../src/extract/table/extract-tables.js';
import { docFromText } from './doc-from-text.js';

export function tableRows(text: string, reportYear: number): (string | number | undefined)[][] {
  const lines = toReportLines(docFromText(text));
  return extractTables(lines, { reportYear, noise: new Set(), skip: new Set() }).mentions.map((m) => [
    m.label,
    m.value,
    m.unit,
    m.year,
  ]);
}
