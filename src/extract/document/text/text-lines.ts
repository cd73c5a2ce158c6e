import { EsgError } from '../../../core/index.js';
import type { Cell, DocLine } from '../doc.js';
import type { ReadLimits } from '../limits.js';

/**
 * The raw lines of `text` with their 1-based numbers, lazily, so a caller can stop early. A final
 * line break does not start another line.
 */
export function* rawLines(text: string): Generator<{ readonly no: number; readonly raw: string }> {
  const re = /\r\n|\n|\r/g; // line breaks as text-mode readers see them: CRLF, LF or a lone CR
  let start = 0;
  let no = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    yield { no: ++no, raw: text.slice(start, m.index) };
    start = m.index + m[0].length;
  }
  if (start < text.length) yield { no: ++no, raw: text.slice(start) };
}

/**
 * Split a text into numbered lines of tab-separated cells. Cells are trimmed and empty ones dropped
 * (a table's blank cell carries no figure); blank lines are left out but keep their numbers.
 */
export function textToLines(text: string, limits: ReadLimits): DocLine[] {
  const lines: DocLine[] = [];
  for (const { no, raw } of rawLines(text)) {
    const line = toDocLine(no, raw, limits.maxLineChars);
    if (line === undefined) continue;
    if (lines.length >= limits.maxLines) {
      throw new EsgError(
        'INVALID_INPUT',
        `the file has more than ${limits.maxLines.toLocaleString('en')} non-blank lines; ` +
          'that is not a single report (split it, or raise the line limit)',
      );
    }
    lines.push(line);
  }
  return lines;
}

function toDocLine(no: number, raw: string, maxChars: number): DocLine | undefined {
  const truncated = raw.length > maxChars;
  const kept = truncated ? raw.slice(0, maxChars) : raw;
  const cells: Cell[] = [];
  for (const part of kept.split('\t')) {
    const text = part.trim();
    if (text !== '') cells.push({ text });
  }
  if (cells.length === 0) return undefined;
  const text = cells.map((c) => c.text).join('\t');
  return truncated ? { no, text, cells, truncated: true } : { no, text, cells };
}
