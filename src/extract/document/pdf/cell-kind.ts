/**
 * A figure cell: a number as tables print it ("1,234.5", "(12)", "-3.4%", "5 405", "<1") or a
 * no-data dash, possibly with a footnote letter.
 */
const FIGURE = /^[-–—−+(<>~≈]?\s?[$€£¥]?\d[\d\s,.]*[%)]?\s?[a-z*]?$|^[-–—]$/;
/** Text that begins with a word (after any bullet or dash): a label, a heading, a sentence. */
const WORDY = /^[-–—•·▪*("'“‘\s]*\p{L}.*\p{L}/su;

/** True for a cell holding one printed figure (or a dash meaning none). */
export function isFigure(text: string): boolean {
  return FIGURE.test(text);
}

/** True for a cell that starts with a word of text. */
export function isWordy(text: string): boolean {
  return WORDY.test(text);
}

/** True for a cell that can head a row: not a figure, with at least two letters or digits ("26-30"). */
export function isLabel(text: string): boolean {
  return !isFigure(text) && /[\p{L}\p{N}].*[\p{L}\p{N}]/su.test(text);
}
