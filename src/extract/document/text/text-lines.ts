import { EsgError } from '../../../core/index.js';
import type { Cell, DocLine } from '../doc.js';
import type { ReadLimits } from '../limits.js';
import { plainCharacters } from './printed-characters.js';

const LF = 0x0a;
const CR = 0x0d;

/**
 * Call `visit` with each line of `text` and its 1-based number. Line breaks are those text-mode
 * readers see: CRLF, LF or a lone CR; a final break does not start another line. Returning false
 * from `visit` stops the walk.
 */
export function eachLine(text: string, visit: (no: number, raw: string) => boolean | undefined): void {
  let start = 0;
  let no = 0;
  const n = text.length;
  // Next LF and CR at or after `start`, searched again only once passed (else a file without
  // CRs would be scanned to its end for every line).
  let lf = -1;
  let cr = -1;
  while (start < n) {
    if (lf < start) lf = indexOrEnd(text, '\n', start);
    if (cr < start) cr = indexOrEnd(text, '\r', start);
    const end = Math.min(lf, cr);
    if (visit(++no, text.slice(start, end)) === false) return;
    start = end + (text.charCodeAt(end) === CR && text.charCodeAt(end + 1) === LF ? 2 : 1);
  }
}

function indexOrEnd(text: string, ch: string, from: number): number {
  const i = text.indexOf(ch, from);
  return i < 0 ? text.length : i;
}

/**
 * Split a text into numbered lines of tab-separated cells. Cells are trimmed and empty ones dropped
 * (a table's blank cell carries no figure); blank lines are left out but keep their numbers. Form
 * feeds mark pages.
 */
export function textToLines(text: string, limits: ReadLimits): DocLine[] {
  const lines: DocLine[] = [];
  // A form feed starts a new page (pdftotext and print spoolers write one per page): when the
  // text has any, lines carry their page.
  const paged = text.includes('\f');
  let breaks = 0;
  eachLine(text, (no, raw) => {
    const page = breaks + 1 + (/^\f+/.exec(raw)?.[0].length ?? 0);
    if (paged) breaks += raw.split('\f').length - 1;
    const line = toDocLine(no, raw, limits.maxLineChars, paged ? page : undefined);
    if (line === undefined) return true;
    if (lines.length >= limits.maxLines) {
      throw new EsgError(
        'INVALID_INPUT',
        `the file has more than ${limits.maxLines.toLocaleString('en')} non-blank lines; ` +
          'that is not a single report (split it, or raise the line limit)',
      );
    }
    lines.push(line);
    return true;
  });
  return lines;
}

function toDocLine(no: number, raw: string, maxChars: number, page: number | undefined): DocLine | undefined {
  const truncated = raw.length > maxChars;
  const kept = plainCharacters(truncated ? raw.slice(0, maxChars) : raw);
  const cells: Cell[] = [];
  let text = '';
  for (const part of kept.split('\t')) {
    const cell = part.trim();
    if (cell === '') continue;
    text = cells.length === 0 ? cell : `${text}\t${cell}`;
    cells.push({ text: cell });
  }
  if (cells.length === 0) return undefined;
  // "\tKlipbank\tLeeuspruit\tGroup F2025": a header row opening with a tab leaves the label column
  // blank; its empty first cell is kept, so that the names stay over their figures' columns.
  if (cells.length >= 2 && /^[ \f]*\t/.test(kept)) cells.unshift({ text: '' });
  const paged: DocLine = page === undefined ? { no, text, cells } : { no, page, text, cells };
  // Cells are trimmed; the indent keeps where the text starts, so stacked header rows line up.
  const indent = /^ */.exec(kept.replace(/^\f+/, ''))?.[0].length ?? 0;
  const line = indent > 0 ? { ...paged, indent } : paged;
  return truncated ? { ...line, truncated: true } : line;
}
