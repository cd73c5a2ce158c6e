import type { ReportLine } from './report-line.js';

// A contents page is short lines; the first paragraph of prose (or this many lines) ends it.
const MAX_CONTENTS_LINES = 90;
const PROSE_CHARS = 200;

/**
 * Lines of the report's contents page (titles with page numbers that would read as figures): from
 * a "Contents" heading to the first paragraph of prose or the first data table.
 */
export function findContentsPage(lines: readonly ReportLine[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line || !/^(?:table of |[\w’' ]{0,40}\s)?contents$/i.test(line.text.replace(/\t/g, ' ').trim()))
      continue;
    for (let j = i; j < lines.length; j++) {
      const next = lines[j];
      if (!next || next.no - line.no > MAX_CONTENTS_LINES || next.text.length > PROSE_CHARS) break;
      // A figure with decimals, thousands or a percent, or a "Unit" column, is a data table, not a page number.
      if (/\d[.,]\d|%|(?:^|\t)units?(?:\t|$)/i.test(next.text)) break;
      out.add(next.no);
    }
  }
  return out;
}
