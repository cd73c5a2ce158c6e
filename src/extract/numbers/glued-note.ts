/**
 * A footnote mark printed as a superscript loses its raise in PDF-to-text output and joins the figure
 * before it: "2,954,800¹" becomes "2,954,8001". The figure is then recognisable only because its
 * thousands grouping breaks (a last group of four digits, which no grouping holds). With two comma
 * groups or more the broken grouping alone proves the mark; a figure with one comma ("2,6812",
 * "12,4407") may be written with a decimal comma, so its mark is read only where the table prints that
 * note under it (flattened-columns).
 */

/** A signed whole figure whose last thousands group has one digit too many: "1,2043", "(4,862,3102". */
const BROKEN_GROUPING = /^([-−(]?)(\d{1,3}(?:,\d{3})+)(\d)$/;

/** A figure read as value + glued footnote mark, when it has the broken grouping of one. */
export interface GluedNote {
  /** The sign printed before the figure ("-", "−", "("), or ''. */
  readonly sign: string;
  /** The figure as printed without the mark, grouping commas kept ("1,204"). */
  readonly grouped: string;
  /** The figure without the mark, without grouping commas ("1204"). */
  readonly value: string;
  /** The mark that was glued to it ("3"). */
  readonly mark: string;
  /**
   * Whether the grouping alone proves the mark: two comma groups or more, a figure and a mark that
   * open on no zero. Otherwise the mark is one only when a printed note bears its number.
   */
  readonly certain: boolean;
}

/** Splits "1,2043" into 1,204 and mark 3; undefined when the grouping is sound or the text is not a figure. */
export function readGluedNote(text: string): GluedNote | undefined {
  const m = BROKEN_GROUPING.exec(text);
  const [, sign = '', grouped = '', mark = ''] = m ?? [];
  if (!m) return undefined;
  const certain = grouped.split(',').length >= 3 && !grouped.startsWith('0') && mark !== '0';
  return { sign, grouped, value: grouped.replace(/,/g, ''), mark, certain };
}

/** A cell's text without a note mark its grouping alone proves ("2,954,8001" → "2,954,800"). */
export function withoutCertainNote(text: string): string {
  const glued = readGluedNote(text);
  return glued?.certain === true ? glued.sign + glued.grouped : text;
}
