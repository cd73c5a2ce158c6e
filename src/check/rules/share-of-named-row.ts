import { showFigure, type CheckFinding } from '../finding/index.js';
import type { Figure } from '../precision/index.js';
import type { Rule } from './rule.js';
import { misfitFinding, shareMisfits, type SharePair } from './share-pairs.js';
import { gridRows, type GridRow } from './table-grid.js';

/**
 * A share row naming its part and its whole: "Losses (% of water supplied)", "Recycled water as % of
 * withdrawal", "Hazardous waste, % of total waste". The part is the row its name repeats before the
 * bracket; the whole, the row the words after "% of" name.
 */
const SHARE_OF_ROW = [
  /^(?<part>.+?)\s*\(\s*(?:%|per\s?cent|percentage|share)\s+of\s+(?<whole>[^()]+)\)\s*$/i,
  /^(?<part>.+?),?\s+(?:as\s+(?:an?\s+)?)?(?:%|per\s?cent|percentage|share)\s+of\s+(?<whole>[^()]+)$/i,
];
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
      const named = namedParts(row);
      if (!named) continue;
      const near = rows.filter(
        (r) =>
          r !== row && Math.abs(r.line - row.line) <= NEAR && sameColumns(r, row) && !r.cells.some(isPercent),
      );
      const part = only(near.filter((r) => wordsOf(r.label).join(' ') === named.part.join(' ')));
      const whole = only(
        near.filter((r) => r !== part && named.whole.every((w) => wordsOf(r.label).includes(w))),
      );
      if (!part || !whole) continue;
      const pairs: SharePair[] = row.cells.flatMap((share, i) => {
        const p = part.cells[i];
        const w = whole.cells[i];
        return p && w && !w.value.isZero() ? [{ row, part: p, share, whole: w }] : [];
      });
      out.push(...shareMisfits(pairs).map((p) => finding(p, part, whole)));
    }
    return out;
  },
};

/** The words of the part and of the whole a share row's label names; undefined for any other row. */
function namedParts(row: GridRow): { part: string[]; whole: string[] } | undefined {
  if (!row.cells.every(isPercent)) return undefined;
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

function finding(p: SharePair, part: GridRow, whole: GridRow): CheckFinding {
  return misfitFinding(
    shareOfNamedRowRule.id,
    p,
    (w) =>
      `"${p.row.label.trim()}" (line ${p.row.line}) prints ${showFigure(p.share)}, but "${part.label.trim()}" ` +
      `${w.part} (line ${part.line}) over "${whole.label.trim()}" ${w.whole} (line ${whole.line}) is ` +
      `${w.computed}%; the row's other columns are that share.`,
  );
}
