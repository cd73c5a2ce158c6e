import type { ReportLine } from './report-line.js';

/**
 * Lines printed at the top or bottom of many pages (the report title, a chapter name, "Page 12")
 * interrupt tables and sentences. A short line repeated on at least `minRepeats` places is taken
 * as such a running header, as is a line holding only a page number.
 */
export function findRunningHeaders(lines: readonly ReportLine[], minRepeats = 4): Set<number> {
  const counts = new Map<string, number>();
  for (const line of lines) {
    const key = headerKey(line);
    if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const noise = new Set<number>();
  for (const line of lines) {
    const key = headerKey(line);
    if (key && (counts.get(key) ?? 0) >= minRepeats) noise.add(line.no);
    else if (/^(?:page\s*)?\d{1,3}(?:\s*\/\s*\d{1,3})?$/i.test(line.text.trim())) noise.add(line.no);
  }
  return noise;
}

function headerKey(line: ReportLine): string | undefined {
  if (line.text.length > 240) return undefined;
  // A footer often carries the page number in a cell of its own ("Sustainability notes | 6"):
  // a number within two of the PDF page it sits on.
  const isPageNumber = (c: string): boolean =>
    line.page !== undefined && /^\d{1,3}$/.test(c.trim()) && Math.abs(Number(c) - line.page) <= 2;
  const words = line.cells.filter((c) => c !== '' && !isPageNumber(c));
  const text = words.join(' ').replace(/\s+/g, ' ').trim();
  if (text.length < 6 || text.length > 120 || words.length > 1) return undefined;
  // A repeated line that is a sentence (ends with a full stop) is body text, not a page header.
  if (/[.;:]$/.test(text) || !/[a-z]/i.test(text)) return undefined;
  return text.toLowerCase();
}
