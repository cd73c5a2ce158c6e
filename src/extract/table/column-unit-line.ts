import { tryParseUnit } from '../../core/index.js';
import type { ReportLine } from '../layout/index.js';
import { hasYearColumns, type TableHeader } from './header.js';
import { UNIT_WORDS } from './unit-heading.js';
import { columnUnit } from './row-unit.js';
import { looksLikeUnit } from './unit-cell.js';

// "表2-3 温室气体排放 单位：吨二氧化碳当量", "Table 4 Energy use   Unit: MWh": a title closing on the word
// "unit", a colon and the unit, as Chinese reports print it at the title's far right; Japanese ones
// put it in the title's bracket after its boundary ("廃棄物（連結、単位：t）").
const STATED_AT_END = new RegExp(
  String.raw`(?:^|[\s,，、;；(（])${UNIT_WORDS}\s*[:：]\s*([^:：,，、;；()（）]{1,30}?)\s*[)）]?$`,
  'iu',
);

/** The unit a caption states at its end ("… 单位：万元", "… Unit: MWh"), when it parses as one; else ''. */
export function captionStatedUnit(caption: string): string {
  const unit = STATED_AT_END.exec(caption.trim())?.[1]?.trim() ?? '';
  return unit !== '' && looksLikeUnit(unit) && tryParseUnit(unit) !== undefined ? unit : '';
}

/**
 * A header of measures over rows of years ("年度 | 范围一 | 范围二 | 排放强度") with a bracketed unit
 * printed alone on the line below, under one heading ("(吨二氧化碳当量/万元营业收入)" under 排放强度), in a
 * table whose title states its unit ("单位：吨二氧化碳当量"): the bracket finishes that heading only, the
 * other columns keeping the title's unit. The header with the bracket added to that column, or
 * undefined when the line's place, the header or the title do not say so.
 */
export function unitUnderColumn(
  header: TableHeader,
  line: ReportLine,
  bracket: string,
  unit: string,
  caption: string,
): TableHeader | undefined {
  const stated = captionStatedUnit(caption);
  if (hasYearColumns(header) || stated === '' || stated === unit || line.indent === undefined)
    return undefined;
  const starts = header.columns.map((c) => c.at?.start);
  if (starts.length < 2 || starts.some((s) => s === undefined)) return undefined;
  // The column whose heading starts last at or before the bracket: the bracket is printed under it.
  const at = line.indent;
  const index = starts.reduce<number>((found, s, i) => (s !== undefined && s <= at ? i : found), -1);
  const column = header.columns[index];
  if (!column || columnUnit(column.text) !== '') return undefined;
  const columns = header.columns.map((c, i) => (i === index ? { ...c, text: `${c.text} ${bracket}` } : c));
  return { ...header, columns };
}
