import type { DocLine } from '../document/index.js';

/**
 * A PDF-to-text tool that flattens a Hebrew or Arabic page writes the brackets and the percent sign
 * as they are drawn, not as they are read: "הכנסות )מיליוני ₪(" for "הכנסות (מיליוני ₪)", "%11.5" for
 * "11.5%". On a line in a right-to-left script, brackets that only make sense mirrored (a closing one
 * before any opening one, or one left open on the line before) are turned back, and a percent sign
 * printed before its figure is put after it. Lines with no right-to-left letter are left as they are.
 */

// A letter of a right-to-left script: Arabic, Hebrew, Syriac, Thaana, N'Ko.
const RTL_LETTER =
  /(?=\p{L})[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
const MIRROR: Readonly<Record<string, string>> = {
  '(': ')',
  ')': '(',
  '[': ']',
  ']': '[',
  '{': '}',
  '}': '{',
};
const BRACKETS = /[()[\]{}]/gu;
const OPENING = new Set(['(', '[', '{']);
// "%11.5" at the start of a cell or after a space or bracket: the sign drawn on the figure's left.
const LEADING_PERCENT = /(^|[\s(])%(\d[\d,.]*)(?![\d,.])/gu;

/** The lines with the brackets and percent signs of their right-to-left lines in reading order. */
export function readingOrderMarks(lines: readonly DocLine[]): readonly DocLine[] {
  let open = 0;
  let out: DocLine[] | undefined;
  for (const [i, line] of lines.entries()) {
    // A bracket left open carries over to the next line of the same paragraph only.
    if (i > 0 && line.no !== (lines[i - 1]?.no ?? 0) + 1) open = 0;
    if (!RTL_LETTER.test(line.text) || line.cells.length !== 1) continue;
    const marks = line.text.match(BRACKETS) ?? [];
    const mirrored = marks.length > 0 && isMirrored(marks, open);
    if (marks.length > 0) open = mirrored ? depthAfter(marks.map(mirror), open) : 0;
    const text = (mirrored ? line.text.replace(BRACKETS, mirror) : line.text).replace(
      LEADING_PERCENT,
      '$1$2%',
    );
    if (text === line.text) continue;
    out ??= [...lines];
    out[i] = { ...line, text, cells: [{ ...line.cells[0], text }] };
  }
  return out ?? lines;
}

/**
 * Whether a line's brackets read only when mirrored: turned back they never close more than is open
 * (counting brackets left open on the line before), while as printed a closing one comes first.
 */
function isMirrored(marks: readonly string[], open: number): boolean {
  const turned = depthAfter(marks.map(mirror), open);
  if (turned < 0) return false;
  return open > 0 || depthAfter(marks, 0) < 0;
}

/** The bracket depth after the marks, from `depth`; -1 once a bracket closes more than is open. */
function depthAfter(marks: readonly string[], depth: number): number {
  let d = depth;
  for (const m of marks) {
    d += OPENING.has(m) ? 1 : -1;
    if (d < 0) return -1;
  }
  return d;
}

function mirror(mark: string): string {
  return MIRROR[mark] ?? mark;
}
