import type { ReportLine } from '../layout/index.js';
import { parseCellValue } from '../numbers/index.js';
import { parseYearCell } from './year-cell.js';

/**
 * A header of years in a Latin-script bilingual report, its English printed on the next line without
 * the years: "Uraian | Satuan | 2025 | 2024" over "Description | Unit". Left apart, the English line
 * reads as a second header with no years and the table's figures lose their years; folded, the header
 * is "Description | Unit | 2025 | 2024".
 */

const filled = (line: ReportLine): string[] => line.cells.filter((c) => c !== '');

/** The header's cells with the English line's words over its label columns, or undefined. */
function translatedHeader(header: ReportLine, english: ReportLine): string[] | undefined {
  const cells = filled(header);
  const firstYear = cells.findIndex((c) => parseYearCell(c) !== undefined);
  const years = cells.slice(firstYear);
  if (firstYear < 1 || years.filter((c) => parseYearCell(c) !== undefined).length < 2) return undefined;
  const words = filled(english);
  const plain = words.every((c) => parseCellValue(c) === undefined && parseYearCell(c) === undefined);
  if (!plain || words.length !== firstYear) return undefined;
  return [...words, ...years];
}

/** Lines with each such header pair folded into one, and the English lines folded into their header. */
export function foldHeaderTranslations(
  lines: readonly ReportLine[],
  absorbed: Map<number, number>,
): ReportLine[] {
  const out: ReportLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const next = lines[i + 1];
    if (!line) continue;
    const cells = next && next.no === line.no + 1 ? translatedHeader(line, next) : undefined;
    if (!next || cells === undefined) {
      out.push(line);
      continue;
    }
    out.push({ ...line, cells, text: cells.join('\t') });
    absorbed.set(next.no, line.no);
    i++;
  }
  return out;
}
