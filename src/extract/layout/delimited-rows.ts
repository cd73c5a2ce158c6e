import type { PlainLine } from './single-spaced.js';

/**
 * Data exports printed as they were saved: a semicolon-separated CSV file (the spreadsheet export of
 * locales that write decimal commas) pasted into a report as an appendix, one record a line
 * (`Indicator;Unit;2024;2025;Code` over `Scope 1;t CO2e;1.204,5;1.180,2;E1-6`). Nothing else marks
 * the columns, so a block is read only when at least three lines in a row split into the same number
 * of fields (three or more) and two of them hold a figure; a sentence with semicolons is never that.
 * Empty fields stay as empty cells, a dash under a year's heading, so each figure keeps its column.
 */
export function delimitedRows(lines: readonly PlainLine[]): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (let i = 0; i < lines.length;) {
    const width = fieldsOf(lines[i])?.length;
    if (width === undefined || width < MIN_FIELDS) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < lines.length && isNextRecord(lines[j - 1], lines[j], width)) j++;
    const block = lines.slice(i, j).map((l) => fieldsOf(l) ?? []);
    const withFigures = block.filter((fields) => fields.some((f) => FIGURE.test(f))).length;
    if (block.length >= MIN_RECORDS && withFigures >= 2) {
      const header = block[0] ?? [];
      for (const [k, fields] of block.entries()) out.set(i + k, k === 0 ? fields : marked(fields, header));
    }
    i = j;
  }
  return out;
}

// A header and two records at least; three fields at least (a name, a figure, one more).
const MIN_RECORDS = 3;
const MIN_FIELDS = 3;
// A CSV record is short; a longer line is prose.
const MAX_RECORD_CHARS = 400;
// A figure in any grouping ("1.204,5", "85 121", "40,5", "-3"), with a percent sign or none.
const FIGURE = /^[-−+]?\d[\d.,\u00a0\u202f ]*%?$/u;

// A column heading naming a year ("2024", "FY2025", "2024/25").
const YEAR_HEADING = /(?<!\d)(?:19|20)\d{2}(?!\d)/;

/**
 * An empty field under a year's heading is a year the export has no figure for: it becomes a dash,
 * which the table reader keeps as a column without a figure (it drops empty cells, which would move
 * the later figures a year back).
 */
function marked(fields: readonly string[], header: readonly string[]): string[] {
  return fields.map((f, k) => (f === '' && YEAR_HEADING.test(header[k] ?? '') ? '–' : f));
}

function isNextRecord(above: PlainLine | undefined, line: PlainLine | undefined, width: number): boolean {
  // Records of one export follow each other: at most one blank line between them.
  if (!above || !line || line.no - above.no > 2) return false;
  return fieldsOf(line)?.length === width;
}

/** The fields of a one-cell line holding semicolons and no run of spaces, quotes around a field removed. */
function fieldsOf(line: PlainLine | undefined): string[] | undefined {
  const text = line?.text.trim() ?? '';
  if (!line || line.cells.length !== 1 || text.length > MAX_RECORD_CHARS || !text.includes(';'))
    return undefined;
  if (/ {3}/.test(text)) return undefined;
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (ch === ';' && !quoted) {
      fields.push(field.trim());
      field = '';
    } else field += ch;
  }
  fields.push(field.trim());
  return quoted ? undefined : fields;
}
