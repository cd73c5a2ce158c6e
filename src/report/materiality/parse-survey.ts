import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { dec, EsgError, type Decimal } from '../../core/index.js';
import { SCORE_RANGE, type SurveyParse, type SurveyProblem, type SurveyResponse } from './survey.js';
import { mapSurveyColumns, missingSurveyColumns, type SurveyColumnMap } from './survey-columns.js';

/** The most rows a survey file may have: a large survey is a few thousand ratings. */
export const MAX_SURVEY_ROWS = 200_000;

function score(text: string): Decimal | string {
  const t = text.trim();
  if (!/^\d+(\.\d+)?$/.test(t)) return `"${t}" is not a score`;
  const v = dec(t);
  if (v.lt(SCORE_RANGE.min) || v.gt(SCORE_RANGE.max))
    return `${t} is outside ${SCORE_RANGE.min}–${SCORE_RANGE.max}`;
  return v;
}

/** One row → a response, or the reason it cannot be used. Optional scores are kept only when present. */
function toResponse(
  cells: readonly string[],
  row: number,
  map: SurveyColumnMap,
): SurveyResponse | SurveyProblem {
  const cell = (i: number) => (i >= 0 ? (cells[i] ?? '').trim() : '');
  const group = cell(map.group);
  const topic = cell(map.topic);
  if (group === '' || topic === '') return { row, message: 'respondent group and topic are required' };
  const stakeholder = score(cell(map.stakeholder));
  const business = score(cell(map.business));
  if (typeof stakeholder === 'string') return { row, message: `importance to stakeholders: ${stakeholder}` };
  if (typeof business === 'string') return { row, message: `impact on the business: ${business}` };
  const optional: { impact?: Decimal; financial?: Decimal } = {};
  for (const name of ['impact', 'financial'] as const) {
    const text = cell(map[name]);
    if (text === '') continue;
    const v = score(text);
    if (typeof v === 'string') return { row, message: `${name} materiality: ${v}` };
    optional[name] = v;
  }
  return { group, topic, stakeholder, business, ...optional, row };
}

/** Turns a header and rows of cell text into responses and problems (INVALID_INPUT if a column is missing). */
export function surveyFromRows(rows: readonly (readonly string[])[], file: string): SurveyParse {
  const [header, ...body] = rows;
  if (!header) throw new EsgError('INVALID_INPUT', `${file}: the survey is empty`);
  if (body.length > MAX_SURVEY_ROWS)
    throw new EsgError('INVALID_INPUT', `${file}: more than ${MAX_SURVEY_ROWS} rows`);
  const map = mapSurveyColumns(header);
  const missing = missingSurveyColumns(map);
  if (missing.length > 0)
    throw new EsgError('INVALID_INPUT', `${file}: missing column(s): ${missing.join(', ')}`);
  const responses: SurveyResponse[] = [];
  const problems: SurveyProblem[] = [];
  body.forEach((cells, i) => {
    if (cells.every((c) => c.trim() === '')) return;
    const r = toResponse(cells, i + 2, map);
    if ('message' in r) problems.push(r);
    else responses.push(r);
  });
  return { responses, problems };
}

/** Parses a survey CSV (UTF-8, header row first). */
export function parseSurveyCsv(text: string, file = 'survey.csv'): SurveyParse {
  const rows: string[][] = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true });
  return surveyFromRows(rows, file);
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('result' in value) return cellText(value.result);
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value) return value.text;
    return '';
  }
  return String(value);
}

/** Parses the first worksheet of a survey XLSX (header row first). */
export async function parseSurveyXlsx(bytes: Uint8Array, file = 'survey.xlsx'): Promise<SurveyParse> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    throw new EsgError('INVALID_INPUT', `${file}: not a readable XLSX workbook`, { cause: e });
  }
  const sheet = wb.worksheets[0];
  if (!sheet) throw new EsgError('INVALID_INPUT', `${file}: the workbook has no worksheet`);
  // Sparse: exceljs skips rows that were never written, which become blank rows here.
  const rows: (string[] | undefined)[] = [];
  sheet.eachRow({ includeEmpty: true }, (row, n) => {
    // exceljs rows are 1-based arrays: index 0 is unused.
    rows[n - 1] = (row.values as ExcelJS.CellValue[]).slice(1).map(cellText);
  });
  return surveyFromRows(
    Array.from(rows, (r) => r ?? []),
    file,
  );
}
