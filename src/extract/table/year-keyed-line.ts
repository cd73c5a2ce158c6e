import { tryParseUnit } from '../../core/index.js';
import type { ReportLine } from '../layout/index.js';
import type { Mention } from '../mention/index.js';
import { parseCellValue } from '../numbers/index.js';

// "Diesel burned by the trucks (litres):   2025: 412,880   2024: 398,310": a name, its unit in brackets, a
// colon, then two or more figures each after its year and a colon.
const YEAR_KEYED =
  /^(\p{L}[^:]{2,150}?)\s*\(([^()]{1,30})\)\s*:\s+((?:(?:FY\s?)?(?:19|20)\d{2}\s*:\s*-?[\d.,]+\s*){2,8})$/iu;
const YEAR_FIGURE = /(?:FY\s?)?((?:19|20)\d{2})\s*:\s*(-?[\d.,]+)/giu;

/**
 * The figures of a line printing a name, its unit in brackets and each year's figure keyed by the year
 * ("Water drawn from the town supply (m³):   2025: 61,200   2024: 58,940"), as a key-figures line of a
 * report's prose section prints them: one row of a table, each figure its year's. Undefined when the line
 * is not so printed, its bracket is no unit, a year repeats or lies after the report year.
 */
export function readYearKeyedLine(line: ReportLine, reportYear: number): Mention[] | undefined {
  const text = line.text.replace(/\t/g, ' ').trim();
  const m = YEAR_KEYED.exec(text);
  const [, name = '', unit = '', figures = ''] = m ?? [];
  if (!m || tryParseUnit(unit.trim()) === undefined) return undefined;
  const pairs = [...figures.matchAll(YEAR_FIGURE)].map(([, year = '', printed = '']) => ({
    year: Number(year),
    cell: parseCellValue(printed),
  }));
  const years = new Set(pairs.map((p) => p.year));
  if (years.size !== pairs.length || pairs.some((p) => p.year > reportYear)) return undefined;
  const out: Mention[] = [];
  for (const { year, cell } of pairs) {
    if (cell?.kind !== 'value' || cell.unit !== '') return undefined;
    const mention: Mention = {
      kind: 'table',
      line: line.no,
      label: name.trim(),
      context: [],
      value: cell.value,
      unit: unit.trim(),
      year,
      basis: 'actual',
      quote: line.raw,
      dims: {},
    };
    out.push(line.page === undefined ? mention : { ...mention, page: line.page });
  }
  return out;
}
