import type { DocLine } from '../document/index.js';

// Box-drawing verticals, light, heavy, double and dashed ("│", "┃", "║", "┆", "╎"): a frame round a box
// or between two, never a character of the words or figures inside it.
const FRAME = /[│┃║┆┇┊┋╎╏]/u;
const FRAMES = new RegExp(FRAME.source, 'gu');

/**
 * A text report's lines with the box-drawing verticals that frame its boxes printed as spaces, where
 * they stand ("┃ Water drawn   ┃ Staff" over "┃ 8,412.6 m³    ┃ 3,218"; "│ Net sales   │ ¥346,218 million │").
 * A frame parts columns as the gap beside it does, so the line reads as the same boxes printed
 * without frames: tiles name over figure, a key figure's name and value, one cell of words. Each
 * frame keeps its place, so the columns over and under it still line up. Lines with none are returned
 * as they are.
 */
export function openBoxFrames(lines: readonly DocLine[]): readonly DocLine[] {
  return lines.some((l) => FRAME.test(l.text)) ? lines.flatMap(opened) : lines;
}

function opened(line: DocLine): DocLine[] {
  if (!FRAME.test(line.text)) return [line];
  const printed = ' '.repeat(line.indent ?? 0) + line.text.replace(FRAMES, ' ');
  const cells = printed
    .split('\t')
    .map((c) => c.trim())
    .filter((c) => c !== '')
    .map((text) => ({ text }));
  // A line of frames alone (the sides of a box's blank row) prints nothing.
  if (cells.length === 0) return [];
  const indent = /^ */.exec(printed)?.[0].length ?? 0;
  const text = cells.map((c) => c.text).join('\t');
  return [{ ...line, text, cells, indent }];
}
