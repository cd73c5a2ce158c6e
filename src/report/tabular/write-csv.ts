import type { ReportModel } from '../model/index.js';
import { dataRows } from './data-rows.js';
import { neutralise } from './neutralise.js';

/** The CSV's columns, in order. */
export const CSV_COLUMNS = [
  'section',
  'codes',
  'metric',
  'indicator',
  'breakdown',
  'year',
  'value',
  'unit',
  'status',
  'provenance',
  'source',
] as const;

/** RFC 4180 quoting: a field with a comma, quote or line break is quoted and its quotes doubled. */
function field(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The report's figures as CSV: one line per figure and year, the exact value in the unit shown, and its
 * source. UTF-8 with a byte-order mark so spreadsheet programs read non-ASCII names correctly; every
 * text field is neutralised against formula injection.
 */
export function renderCsv(model: ReportModel): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const r of dataRows(model)) {
    const text = [
      r.section,
      r.codes.join(' '),
      r.metric,
      r.indicator,
      r.breakdown,
      String(r.year),
      r.value.toFixed(),
      r.unit,
      r.status,
      r.provenance,
      r.source,
    ];
    // Year and value are numbers esgkit wrote (a negative value is not a formula); the rest is text.
    lines.push(text.map((t, i) => field(i === 5 || i === 6 ? t : neutralise(t))).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
