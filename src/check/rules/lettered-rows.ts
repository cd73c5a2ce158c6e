import type { GridRow } from './table-grid.js';

/**
 * Forms letter or number their rows and print each total with the rows it adds: SEBI's BRSR
 * (Principle 6) prints "Total electricity consumption (A)" … "Total energy consumed from renewable
 * sources (A+B+C)" and "Total volume of water withdrawal (i + ii + iii + iv + v)". A total that names
 * its rows so needs no guess at which run of rows above it adds up to it.
 */

/** A row's mark: a capital letter or a lower-case roman numeral in brackets. */
const MARK = String.raw`(?:[A-Z]|[ivx]{1,4})`;
/** The first bracketed mark of a label: "Plastic waste (A)", "(ii) Groundwater", "Other waste (G). Please …". */
const OWN_MARK = new RegExp(String.raw`\(\s*(${MARK})\s*\)`);
/** A sum of marks in brackets: "(A+B+C)", "(D + E + F)", "(i + ii + iii)". */
const FORMULA = new RegExp(String.raw`\(\s*(${MARK}(?:\s*\+\s*${MARK}){1,15})\s*\)`);

/** The marks a total's label says it adds, or undefined when its label names none. */
export function formulaMarks(label: string): string[] | undefined {
  const formula = FORMULA.exec(label)?.[1];
  return formula?.split('+').map((m) => m.trim());
}

/** The mark a row's label gives the row itself, or undefined (a total's formula is no mark). */
export function ownMark(label: string): string | undefined {
  if (formulaMarks(label)) return undefined;
  return OWN_MARK.exec(label)?.[1];
}

/**
 * The rows a total's formula names, from the marked rows printed above it in its block (the latest
 * row of each mark), or undefined when the label has no formula or a mark has no row.
 */
export function formulaRows(total: GridRow, marked: ReadonlyMap<string, GridRow>): GridRow[] | undefined {
  const marks = formulaMarks(total.label);
  if (!marks || new Set(marks).size !== marks.length) return undefined;
  const rows = marks.map((m) => marked.get(m));
  return rows.every((r): r is GridRow => r !== undefined) ? rows : undefined;
}
