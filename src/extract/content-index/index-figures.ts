import type { ReportLine } from '../layout/index.js';
import { rowCells } from './row-cells.js';

/**
 * Index rows that answer with a figure ("E2 | Energy use | 302-1 | Table 4: 84,210.5 GJ | 7"), as
 * exchange guides' indexes (ATHEX, Nasdaq) let a row state the metric itself. The index is kept from
 * the table and sentence readers, so each such row is given to the sentence reader as a line of its
 * own: the disclosure's title, then the response without its cross-reference ("Energy use: 84,210.5
 * GJ"), numbered and quoted as the row. A restatement that disagrees with the table it points to is
 * then a figure the checks can compare.
 */
export function indexFigureLines(lines: readonly ReportLine[], index: ReadonlySet<number>): ReportLine[] {
  const out: ReportLine[] = [];
  for (const line of lines) {
    if (!index.has(line.no)) continue;
    const cells = rowCells(line)
      .map((c) => c.trim())
      .filter((c) => c !== '');
    const title = cells.find(isTitle);
    const answer = cells.find((c) => c !== title && STATED_FIGURE.test(c) && !SECTION_HEADING.test(c));
    if (!title || !answer) continue;
    const text = `${title}: ${answer.replace(REFERENCE, '')}`;
    out.push({ ...line, cells: [text], text });
  }
  return out;
}

// A figure as an answer states it, grouped or with decimals, then its unit: "84,210.5 GJ", "1,662.9 t CO2e".
const STATED_FIGURE = /(?:^|[\s:;(])(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+)\s?(?:%|[a-zA-Z]\p{L}*)/u;
// A section number and its heading ("3.3 Empowering Employee Development") point to a section; they state nothing.
const SECTION_HEADING = /^\d+(?:\.\d+)+\s+(?:\p{Lu}\p{Ll}{2,}\s+)+\p{Lu}\p{Ll}{2,}/u;
// Where the figure is printed, before it: "Table 4:", "Section 3.2 –", "p. 14:".
const REFERENCE = /^(?:table|section|chapter|note|page|p\.)\s*[\w.]+\s*[:–-]\s*/i;

/** The disclosure's title: words, not a code, a reference or a figure. */
function isTitle(cell: string): boolean {
  return /^\p{L}[\p{L}\s,&'()/-]{3,}$/u.test(cell) && /\p{Ll}/u.test(cell) && /\s/.test(cell);
}
