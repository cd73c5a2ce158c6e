import { foldAccents } from '../../core/index.js';
import { showFigure, type CheckFinding } from '../finding/index.js';
import { overlaps, type Figure } from '../precision/index.js';
import type { Rule } from './rule.js';
import { computedShare, isShare, misfitFinding, type SharePair } from './share-pairs.js';
import { tableCellsByLine, type GridRow } from './table-grid.js';

/**
 * A row that takes a part from the row above, and the part's words: "of which women", Dutch "waarvan",
 * Polish "w tym", German "davon", French "dont", Spanish "de los cuales", Portuguese "dos quais",
 * Italian "di cui".
 */
const PART_ROW =
  /^\s*(?:of\s+which|of\s+whom|thereof|waarvan|w\s+tym|davon|dont|de\s+(?:los|las)\s+cuales|d[oa]s\s+quais|di\s+cui)\s*:?\s+(\S.*)$/iu;

/** Lines a part row may lie below its whole, and a share row below its part (a wrapped label between). */
const GAP = 2;

/** A word by its first five letters without accents, so "women" and "women's", "vrouwen" meet. */
const stemsOf = (text: string): Set<string> =>
  new Set((foldAccents(text.toLowerCase()).match(/\p{L}{4,}/gu) ?? []).map((w) => w.slice(0, 5)));

/** A table row's line, its label and its actual (not target) cells. */
interface Row {
  readonly line: number;
  readonly label: string;
  readonly cells: readonly Figure[];
}

/**
 * A share row printed right under an "of which" row that names its subject, itself under its whole
 * ("Supervisors | 120" over "of which women | 30" over "Share of women among supervisors | 25.0%"): the
 * share is the part over the whole in each year. The part must be less than the whole in every year
 * both print and the share row must name the part's words, so the three rows are one breakdown; a
 * share that misses is a warning, since the share's words may narrow its whole further.
 */
export const sharePartRowRule: Rule = {
  id: 'share.part-row',
  title: 'A share printed under an "of which" row is that part over the row above it',
  fallback: true,
  run(ctx) {
    const rows = tableRows(tableCellsByLine(ctx.facts.figures));
    const out: CheckFinding[] = [];
    rows.forEach((part, at) => {
      const words = PART_ROW.exec(part.label)?.[1];
      const whole = rows[at - 1];
      const share = rows[at + 1];
      if (words === undefined || !whole || !share || PART_ROW.test(whole.label)) return;
      if (part.line - whole.line > GAP || share.line - part.line > GAP) return;
      out.push(...misses(whole, part, share, words));
    });
    return out;
  },
};

function tableRows(byLine: ReadonlyMap<number, readonly Figure[]>): Row[] {
  return [...byLine]
    .sort(([a], [b]) => a - b)
    .map(([line, cells]) => ({
      line,
      label: cells[0]?.fact.label ?? '',
      cells: cells.filter((c) => c.fact.basis === 'actual'),
    }));
}

/** The share row's figures that are not the part over the whole of their year. */
function misses(whole: Row, part: Row, share: Row, words: string): CheckFinding[] {
  const named = stemsOf(share.label);
  if (![...stemsOf(words)].some((w) => named.has(w))) return [];
  if (!share.cells.every(isShare) || part.cells.some(isShare) || whole.cells.some(isShare)) return [];
  // Column by column: rows printing several columns a year (`UK | Global`) pair each with its own.
  const width = share.cells.length;
  if (part.cells.length !== width || whole.cells.length !== width) return [];
  const pairs = share.cells.flatMap((s, at) => {
    const p = part.cells[at];
    const w = whole.cells[at];
    const year = s.fact.period.year;
    const aligned = p?.fact.period.year === year && w?.fact.period.year === year;
    return p && w && aligned && p.unit.symbol === w.unit.symbol ? [{ s, p, w }] : [];
  });
  if (pairs.length === 0 || pairs.some(({ p, w }) => !p.value.lt(w.value) || p.value.isNegative())) return [];
  const row: GridRow = { line: share.line, label: share.label, cells: share.cells, signature: '' };
  return pairs
    .map(({ s, p, w }): SharePair => ({ row, part: p, share: s, whole: w }))
    .filter((pair) => {
      const computed = computedShare(pair);
      return computed !== undefined && !overlaps(computed, pair.share.range);
    })
    .map((pair) => finding(pair, whole, part));
}

function finding(pair: SharePair, whole: Row, part: Row): CheckFinding {
  return misfitFinding(
    sharePartRowRule.id,
    pair,
    (w) =>
      `"${pair.row.label.trim()}" (line ${pair.row.line}) prints ${showFigure(pair.share)}, but ` +
      `"${part.label.trim()}" (line ${part.line}, ${w.part}) of "${whole.label.trim()}" (line ` +
      `${whole.line}, ${w.whole}) is ${w.computed}%.`,
    'warning',
  );
}
