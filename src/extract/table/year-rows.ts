import { isTotalLabel } from '../../core/index.js';
import type { ReportLine } from '../layout/index.js';
import type { Mention } from '../mention/index.js';
import { captionBracketUnit } from './caption-unit.js';
import { captionStatedUnit } from './column-unit-line.js';
import { stripFootnotes } from './label.js';
import { mapColumns } from './map-columns.js';
import { pickUnit, unitIn } from './row-unit.js';
import { HEADER_LABEL } from './column-heading.js';
import { hasSiteColumns, siteOfColumn } from './site-columns.js';
import type { HeaderColumn, TableHeader } from './header.js';
import { looksLikeUnit } from './unit-cell.js';
import type { RowState } from './row-state.js';
import type { RowParts, ValueCell } from './split-row.js';
import { parseYearCell } from './year-cell.js';

/**
 * True when a row is indented further than the last row named by words ("Quay fees   640.5   80.0" over
 * "  2025   602.0   75.6"): a row of that row's, as tables printing each measure over its prior year do.
 * A PDF's rows carry no indent, so none is under another.
 */
export function isIndentedUnder(row: ReportLine, named: { indent: number } | undefined): boolean {
  return named !== undefined && (row.indent ?? 0) > named.indent;
}

/**
 * The year a row's label names: a year ("FY23/24"), or one named by its place ("Prior year", German
 * "Vorjahr" under each site's row), counted back from the table's year.
 */
export function rowLabelYear(label: string, tableYear: number): number | undefined {
  const cell = parseYearCell(label);
  if (cell?.yearsBack !== undefined) return tableYear - cell.yearsBack;
  return cell?.year;
}

/** A row whose first cell is a year and the rest figures ("  2025   602.0   75.6"): the year as its label. */
export function yearAsLabel(parts: RowParts): RowParts {
  const [first, ...rest] = parts.values;
  if (parts.labels.length > 0 || !first || rest.length === 0 || first.cell.kind !== 'value') return parts;
  // A line of years ("2022   2023") heads the next table: its other cells are no figures of a year.
  const isYear = (v: ValueCell) => v.cell.kind === 'value' && parseYearCell(v.cell.printed) !== undefined;
  if (!isYear(first) || rest.some(isYear)) return parts;
  return { ...parts, labels: [{ index: first.index, text: first.cell.printed }], values: rest };
}

// A label heading that names the year column ("Year", "Fiscal year", "Period"), not what the rows measure.
const YEAR_LABEL = /\b(?:years?|period|FY)\b/i;

/**
 * The name of one source's block when every column of its header is a unit ("Natural gas   mmscf   GJ"
 * over one row per year): a report printing each energy, water or waste source as a small block of its
 * own names the source in the header's label cell and heads each column with its unit only. Undefined
 * for a header of measures ("Year | Scope 1 (tCO2e)").
 */
export function blockTitle(header: TableHeader | undefined): string | undefined {
  const title = stripFootnotes(header?.label ?? '').trim();
  if (!header || title === '' || HEADER_LABEL.test(title) || YEAR_LABEL.test(title)) return undefined;
  if (parseYearCell(title) !== undefined || looksLikeUnit(title)) return undefined;
  const units = header.columns.every((c) => c.year === undefined && looksLikeUnit(stripFootnotes(c.text)));
  return header.columns.length > 0 && units ? title : undefined;
}

/**
 * The measure a heading line of its own names over year rows under a header of sites ("Chek Lap Kok |
 * Taipa | Group", then "Water withdrawn (m³)" over "  2025 | 412 | 68 | 480"), as kitchen and plant
 * matrices print each measure: the rows' measure, each column one site's figure of it. Undefined when
 * the columns name no sites or no heading line is in force.
 */
function siteMatrixMeasure(state: RowState): string | undefined {
  const measure = stripFootnotes(state.section).trim();
  return measure !== '' && hasSiteColumns(state.header) ? measure : undefined;
}

/**
 * A table laid out the other way round: one row per year ("2021 | 100 | 200", or a fiscal year the
 * row's label cell holds: "FY22/23 | 100 | 200") under a header of measures ("Year | Scope 1 (tCO2e)
 * | Scope 2 (tCO2e)"). Each figure is named by its column, or, under a header of sites, by the
 * measure's heading line with the column's site.
 */
export function yearRow(
  row: ReportLine,
  values: readonly ValueCell[],
  state: RowState,
  labelYear: number | undefined,
): Mention[] {
  const [first, ...more] = values;
  const rest = labelYear === undefined ? more : values;
  const year =
    labelYear ?? (first?.cell.kind === 'value' ? parseYearCell(first.cell.printed)?.year : undefined);
  const columns = mapColumns(rest, state.header, false, row);
  if (year === undefined || rest.length === 0 || columns.some((c) => c === undefined || c.year !== undefined))
    return [];
  // Under one source's block ("Diesel   litres   GJ") each column is that source in its column's unit.
  const title = blockTitle(state.header);
  const matrix = siteMatrixMeasure(state);
  return rest.flatMap((v, i): Mention[] => {
    const column = columns[i];
    if (v.cell.kind !== 'value' || !column) return [];
    const heading = stripFootnotes(column.text);
    const label = title ?? matrix ?? heading;
    const site = matrix === undefined ? undefined : siteOfColumn(state.header, column.index);
    const mention: Mention = {
      kind: 'table',
      line: row.no,
      label,
      context: [state.caption, state.section].filter((c) => c !== ''),
      value: v.cell.value,
      unit: pickUnit([
        v.cell.unit,
        title === undefined ? '' : heading,
        unitIn(label, true),
        unitIn(state.section),
        state.unit,
        unitIn(state.caption) || captionBracketUnit(state.caption),
        // "表1-1 经济绩效 单位：万元": each column is one measure, so the title's unit is every column's
        // that prints none of its own.
        captionStatedUnit(state.caption),
      ]),
      year,
      basis: 'actual',
      quote: row.raw,
      dims: site === undefined ? {} : { site },
      ...(matrix === undefined ? {} : { siteColumns: true as const }),
    };
    return [row.page === undefined ? mention : { ...mention, page: row.page }];
  });
}

// A total row named by its year under no year column ("Total 2024" below "Total 2025", "Total 2023/24"),
// as a table of one date's breakdown prints last year's total for comparison; a fiscal year is the
// year it ends.
const YEAR_WORDS = String.raw`(?:FY\s?)?(?:19|20)\d{2}(?:\s?[/–-]\s?\d{2})?`;
const TOTAL_OF_YEAR = new RegExp(String.raw`^(?:total\s+(${YEAR_WORDS})|(${YEAR_WORDS})\s+total)$`, 'i');

// A total word of any language with its year after it, the year's own mark kept ("Ընդամենը 2024 թ.",
// "Итого 2024 г.", "Iš viso 2024 m.", "Ukupno 2024."): the words before the year must be a total label.
const WORDS_THEN_YEAR = /^(.*\p{L}.*?)\s+((?:19|20)\d{2})(?:\s?(?:թ|г|m|год)\.?|\.)?$/u;

/** The year a total row's label names ('Total 2024', 'Ընդամենը 2024 թ.'), never one after the report year. */
export function totalRowYear(label: string, reportYear: number | undefined): number | undefined {
  const text = stripFootnotes(label).trim();
  const m = TOTAL_OF_YEAR.exec(text);
  const worded = m ? undefined : WORDS_THEN_YEAR.exec(text);
  const printed = m ? (m[1] ?? m[2] ?? '') : worded && isTotalLabel(worded[1] ?? '') ? (worded[2] ?? '') : '';
  const year = parseYearCell(printed)?.year;
  if (year === undefined || (reportYear !== undefined && year > reportYear)) return undefined;
  return year;
}

// A column headed by the word "year" in the languages reports print it in: English, Polish, German,
// French, Spanish, Portuguese, Italian, Dutch, the Scandinavian languages and Turkish.
const YEAR_HEADING = /^(?:year|rok|jahr|ann[ée]e|a[ñn]o|anno|jaar|[åa]r|y[ıi]l)$/iu;

/**
 * The cell of a "Year" column among a row's figures ("Plant A | 2025 | 1 284 620 | 4 996 332" under
 * "Plant | Year | Output | Energy"): the year of the row's other figures, never a figure itself. Its
 * index among the values and the year, or undefined when no column so headed holds a year.
 */
export function yearColumnCell(
  values: readonly ValueCell[],
  columns: readonly (HeaderColumn | undefined)[],
): { index: number; year: number } | undefined {
  const index = values.findIndex(
    (v, i) => v.cell.kind === 'value' && YEAR_HEADING.test(columns[i]?.text.trim() ?? ''),
  );
  const cell = values[index]?.cell;
  const year =
    cell?.kind === 'value' && /^(?:19|20)\d{2}$/.test(cell.printed) ? Number(cell.printed) : undefined;
  return year === undefined ? undefined : { index, year };
}

/**
 * The year a line printing only a year dates the rows below it with ("2025" over one group of rows,
 * "2024" over the same rows again, under a header of sites or measures): undefined for any other line,
 * and under year columns, where a line of years heads the next table.
 */
export function groupYearLine(
  row: ReportLine,
  parts: RowParts,
  header: { columns: readonly { year?: number }[] } | undefined,
): number | undefined {
  const [only, ...rest] = parts.values;
  const filled = row.cells.filter((c) => c.trim() !== '');
  if (parts.labels.length > 0 || rest.length > 0 || filled.length !== 1 || only?.cell.kind !== 'value')
    return undefined;
  if (header?.columns.some((c) => c.year !== undefined)) return undefined;
  const cell = parseYearCell(only.cell.printed);
  return cell?.role === 'actual' && cell.yearsBack === undefined ? cell.year : undefined;
}
