import { showFigure, type CheckFinding } from '../finding/index.js';
import { addIntervals, type Figure } from '../precision/index.js';
import type { Rule } from './rule.js';
import { computedShare, isMisfit, misfitFinding, shareMisfits, type SharePair } from './share-pairs.js';
import { gridRows, isTotalLabel, type GridRow } from './table-grid.js';

/**
 * A share row naming its part and its whole: "Losses (% of water supplied)", "Recycled water as % of
 * withdrawal", "Hazardous waste, % of total waste". The part is the row its name repeats before the
 * bracket; the whole, the row the words after "% of" name.
 */
const SHARE_OF_ROW = [
  /^(?<part>.+?)\s*\(\s*(?:%|per\s?cent|percentage|share)\s+of\s+(?<whole>[^()]+)\)\s*$/i,
  /^(?<part>.+?),?\s+(?:as\s+(?:an?\s+)?)?(?:%|per\s?cent|percentage|share)\s+of\s+(?<whole>[^()]+)$/i,
];
/**
 * A share of a part within a whole, the part's noun left to the whole: "Share of renewable in total
 * electricity", Croatian "Udio obnovljive u ukupnoj električnoj energiji". The part's row is the part's
 * words with the whole's ("Renewable electricity"); words are compared by their stems, as Croatian declines
 * them ("obnovljive" / "Obnovljiva").
 */
const SHARE_IN_ROW = [
  /^(?:share|proportion|percentage)\s+of\s+(?<part>.+?)\s+in\s+(?<whole>[^()]+?)\s*(?:\([^()]*\))?$/i,
  /^udio\s+(?<part>.+?)\s+u\s+(?<whole>[^()]+?)\s*(?:\([^()]*\))?$/iu,
  // Persian "سهم برق خورشیدی از کل برق (درصد)": the share of solar electricity of all electricity.
  /^سهم\s+(?<part>.+?)\s+از\s+(?<whole>[^()]+?)\s*(?:\([^()]*\))?$/u,
];
/** Stems that name no row of their own: "total", the Croatian "ukupno" in its forms, the Persian "کل". */
const FILLER_STEMS = new Set(['total', 'ukupn', 'the', 'of', 'and', 'our', 'کل']);
/** Lines the part's and the whole's rows may lie from the share's row: the body of one table. */
const NEAR = 8;
/** Words that name no row ("the", "total"). */
const FILLER = new Set(['the', 'of', 'and', 'a', 'an', 'total', 'our', 'in', 'from', 'by']);

/**
 * A table row printed as a per cent of another row is, column by column, the row its name repeats over
 * the row it names: "Non-revenue losses (% of water supplied)" under the rows "Water supplied" and
 * "Non-revenue losses". Read from the grid (no metric needed): when at least three columns give the
 * printed share and a third or fewer miss it, each miss is an error.
 */
export const shareOfNamedRowRule: Rule = {
  id: 'share.of-named-row',
  title: 'A share row is the row it repeats over the row it names',
  fallback: true,
  run(ctx) {
    const rows = gridRows(ctx.facts.figures, () => true);
    const out: CheckFinding[] = [];
    for (const row of rows) {
      if (!row.cells.every(isPercent)) continue;
      const named = namedParts(row);
      const near = rows.filter(
        (r) => r !== row && Math.abs(r.line - row.line) <= NEAR && !r.cells.some(isPercent),
      );
      const found = named
        ? exactRows(
            named,
            near.filter((r) => sameColumns(r, row)),
          )
        : stemRows(
            row,
            near.filter((r) => sameColumns(r, row) || coversYears(r, row)),
          );
      if (!found) continue;
      const { part, whole } = found;
      const pairs = sharePairs(row, part, whole);
      const misfits = shareMisfits(pairs);
      const judged =
        misfits.length > 0 ? misfits : whole.summed ? oneFitOneMiss(pairs) : twoFitOneMiss(pairs);
      const wanted = misfits.length > 0 ? 'error' : 'warning';
      out.push(...judged.map((p) => finding(p, part, whole.row, wanted)));
    }
    return out;
  },
};

/** The rows a share's label names word for word: the part's label is its name, the whole's holds every word. */
function exactRows(
  named: { part: string[]; whole: string[] },
  near: readonly GridRow[],
): NamedRows | undefined {
  const part = only(near.filter((r) => wordsOf(r.label).join(' ') === named.part.join(' ')));
  const whole = only(
    near.filter((r) => r !== part && named.whole.every((w) => wordsOf(r.label).includes(w))),
  );
  return part && whole ? { part, whole: { row: whole, summed: false } } : undefined;
}

/**
 * The rows a "share of X in Y" label names by stems: the part's row holds the part's stems and no
 * others but the whole's; the whole's row holds the whole's stems (filler aside) and not the part's,
 * the total row among several ("Total electricity" over "Grid electricity").
 */
function stemRows(row: GridRow, near: readonly GridRow[]): NamedRows | undefined {
  const g = SHARE_IN_ROW.map((p) => p.exec(row.label.trim())?.groups).find((x) => x !== undefined);
  if (!g) return undefined;
  const partStems = stemsOf(g.part ?? '');
  const wholeStems = stemsOf(g.whole ?? '').filter((w) => !FILLER_STEMS.has(w));
  if (partStems.length === 0 || wholeStems.length === 0) return undefined;
  const part = only(
    near.filter((r) => {
      const stems = stemsOf(r.label);
      return (
        partStems.every((w) => stems.includes(w)) &&
        stems.every((w) => partStems.includes(w) || wholeStems.includes(w))
      );
    }),
  );
  // The part's own words: Persian repeats the whole's noun in the part ("برق خورشیدی" of "کل برق").
  const ownStems = partStems.filter((w) => !wholeStems.includes(w));
  const wholes = near.filter((r) => {
    const stems = stemsOf(r.label);
    return (
      r !== part && wholeStems.every((w) => stems.includes(w)) && !ownStems.some((w) => stems.includes(w))
    );
  });
  const whole = only(wholes) ?? only(wholes.filter((r) => isTotalLabel(r.label)));
  if (!part || !whole) return undefined;
  // "Share of solar in total electricity" over "Grid electricity" and "Solar electricity", no total row:
  // the one row naming the whole may be the rest of it, the part's row beside it. The reading under
  // which more columns fit is the table's; a tie leaves the row alone.
  const alone = { row: whole, summed: false };
  if (isTotalLabel(whole.label)) return { part, whole: alone };
  const summed = { row: summedRow(whole, part), summed: true };
  const fits = (w: WholeRow) => sharePairs(row, part, w).filter(fitting).length;
  const [a, b] = [fits(alone), fits(summed)];
  return a === b ? (a === 0 ? undefined : { part, whole: alone }) : { part, whole: a > b ? alone : summed };
}

/** The row a share is of; `summed` when it is two printed rows added (the rest and the part). */
interface WholeRow {
  readonly row: GridRow;
  readonly summed: boolean;
}

/** The part's row and the whole's a share row names. */
interface NamedRows {
  readonly part: GridRow;
  readonly whole: WholeRow;
}

/** A row of the two rows' cells added year by year, named by both labels; years one of them lacks are left out. */
function summedRow(rest: GridRow, part: GridRow): GridRow {
  const cells = rest.cells.flatMap((r) => {
    const p = sameYearCell(part, r);
    if (!p || p.unit.symbol !== r.unit.symbol) return [];
    return [{ ...r, value: r.value.plus(p.value), range: addIntervals([r.range, p.range]) }];
  });
  return { ...rest, label: `${rest.label.trim()} + ${part.label.trim()}`, cells };
}

/** Whether a row prints one cell for each year of a share row's cells (more years too). */
function coversYears(r: GridRow, row: GridRow): boolean {
  return row.cells.every((c) => sameYearCell(r, c) !== undefined);
}

/** The cell of a row of the same year and basis as a cell of another row, when the row prints one only. */
function sameYearCell(row: GridRow, cell: Figure): Figure | undefined {
  return only(
    row.cells.filter((c) => c.fact.period.year === cell.fact.period.year && c.fact.basis === cell.fact.basis),
  );
}

/**
 * Each share cell with its part and whole: by column when the rows print the same columns, else by
 * year (a row printing a year the share row leaves blank, "–").
 */
function sharePairs(row: GridRow, part: GridRow, whole: WholeRow): SharePair[] {
  const cellOf = (r: GridRow, share: Figure, i: number) =>
    sameColumns(r, row) ? r.cells[i] : sameYearCell(r, share);
  return row.cells.flatMap((share, i) => {
    const p = cellOf(part, share, i);
    const w = cellOf(whole.row, share, i);
    return p && w && !w.value.isZero() ? [{ row, part: p, share, whole: w }] : [];
  });
}

const fitting = (p: SharePair) => !isMisfit(p) && computedShare(p) !== undefined;

/**
 * Two columns, one fitting and one missing, under a whole read as two rows added: the fitting column
 * chose the reading, the other misses it (a share row printed for two years only).
 */
function oneFitOneMiss(pairs: readonly SharePair[]): SharePair[] {
  const misses = pairs.filter(isMisfit);
  return pairs.length === 2 && misses.length === 1 && pairs.filter(fitting).length === 1 ? misses : [];
}

/** A label's words by their first five letters, accents folded, its bracketed gloss left out. */
function stemsOf(label: string): string[] {
  return wordsOf(label.normalize('NFKD').replace(/[\u0300-\u036f]/g, '')).map((w) => w.slice(0, 5));
}

/**
 * One column missing where two others fit: too few to call the share row an error, but a row naming
 * its part and its whole that fits in two years and not the third is worth a warning.
 */
function twoFitOneMiss(pairs: readonly SharePair[]): SharePair[] {
  const misses = pairs.filter(isMisfit);
  const fitting = pairs.filter((p) => !isMisfit(p) && computedShare(p) !== undefined);
  return misses.length === 1 && fitting.length === 2 ? misses : [];
}

/** The words of the part and of the whole a share row's label names; undefined for any other row. */
function namedParts(row: GridRow): { part: string[]; whole: string[] } | undefined {
  for (const pattern of SHARE_OF_ROW) {
    const g = pattern.exec(row.label.trim())?.groups;
    const part = wordsOf(g?.part ?? '');
    const whole = wordsOf(g?.whole ?? '').filter((w) => !FILLER.has(w));
    if (part.length > 0 && whole.length > 0) return { part, whole };
  }
  return undefined;
}

/** A cell in per cent, its unit naming the whole or not ("%", "% of water supplied"). */
function isPercent(f: Figure): boolean {
  return f.unit.dimension === 'fraction' && f.unit.symbol.startsWith('%');
}

/** A label's words, lower case, its bracketed gloss left out ("Water supplied (system input)"). */
function wordsOf(label: string): string[] {
  return label
    .replace(/\([^()]*\)/g, ' ')
    .toLowerCase()
    .split(/[^\p{L}\d]+/u)
    .filter((w) => w !== '');
}

/** Two rows of one table: as many cells, of the same years in the same order. */
function sameColumns(a: GridRow, b: GridRow): boolean {
  return (
    a.cells.length === b.cells.length &&
    a.cells.every((c, i) => c.fact.period.year === b.cells[i]?.fact.period.year)
  );
}

function only<T>(items: readonly T[]): T | undefined {
  return items.length === 1 ? items[0] : undefined;
}

function finding(p: SharePair, part: GridRow, whole: GridRow, wanted: 'error' | 'warning'): CheckFinding {
  return misfitFinding(
    shareOfNamedRowRule.id,
    p,
    (w) =>
      `"${p.row.label.trim()}" (line ${p.row.line}) prints ${showFigure(p.share)}, but "${part.label.trim()}" ` +
      `${w.part} (line ${part.line}) over "${whole.label.trim()}" ${w.whole} (line ${whole.line}) is ` +
      `${w.computed}%; the row's other columns are that share.`,
    wanted,
  );
}
