import type { Figure } from '../precision/index.js';
import { tableCellsByLine, type GridRow } from './table-grid.js';

/**
 * Tables in reports of the CIS and Central Asia number their rows as an outline: item "1." prints a
 * whole and items "1.1", "1.2" … below it its parts or the parts "including" it ("1. Direct emissions,
 * total" over "1.1 fuel combustion" … "1.4 other sources"). The numbers say which rows a whole adds,
 * so no run of rows needs guessing, and an item is never a row beside its whole.
 */

/** An outline number before a row's label: "1.", "1.1", "2.3.1" (three levels, two digits each). */
const OUTLINE = /^\s*(\d{1,2}(?:\.\d{1,2}){0,2})\.?\s+(\S+)/;
/** Lines a whole's items may lie below it, item to item (a wrapped label, a rule). */
const MAX_ITEM_GAP = 6;

/**
 * The outline number printed before a table line's label, or undefined: the line's text must open
 * with the number and go on with the label's first word, so a figure opening a line is no number.
 */
export function outlineNumber(quote: string, label: string): string | undefined {
  const m = OUTLINE.exec(quote);
  const first = label.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
  if (!m?.[1] || first === '' || m[2]?.toLowerCase() !== first) return undefined;
  return m[1];
}

/** The outline number of every table line of the document that prints one, by line. */
export function numberedLines(figures: readonly Figure[]): Map<number, string> {
  const out = new Map<number, string>();
  for (const [line, cells] of tableCellsByLine(figures)) {
    const p = cells[0]?.fact.provenance;
    if (p?.kind !== 'document') continue;
    const number = outlineNumber(p.quote, cells[0]?.fact.label ?? '');
    if (number !== undefined) out.set(line, number);
  }
  return out;
}

/** A block's numbered wholes with their items, and every row printed as an item of a whole in the block. */
export interface Outline {
  /** A whole's direct items ("1.1" … "1.4" under "1."), when all of them are rows of the block. */
  readonly items: ReadonlyMap<GridRow, readonly GridRow[]>;
  /** Rows numbered under a whole of the block, at any depth: never a run's row beside that whole. */
  readonly subItems: ReadonlySet<GridRow>;
}

/**
 * The outline of one block: each row with a number takes the numbered lines right below it whose numbers
 * extend its own, up to the first that does not. Its direct items count only when they are numbered 1, 2,
 * … without a gap, two or more, each a row of the block (an item in another unit or in % is no part).
 */
export function blockOutline(block: readonly GridRow[], numbered: ReadonlyMap<number, string>): Outline {
  const byLine = new Map(block.map((r) => [r.line, r]));
  const lines = [...numbered.keys()].sort((a, b) => a - b);
  const items = new Map<GridRow, GridRow[]>();
  const subItems = new Set<GridRow>();
  for (const whole of block) {
    const number = numbered.get(whole.line);
    if (number === undefined) continue;
    const direct: (GridRow | undefined)[] = [];
    let last = whole.line;
    for (const line of lines.filter((l) => l > whole.line)) {
      const item = numbered.get(line) ?? '';
      if (!item.startsWith(`${number}.`) || line - last > MAX_ITEM_GAP) break;
      last = line;
      const row = byLine.get(line);
      if (row) subItems.add(row);
      const rest = item.slice(number.length + 1);
      if (!rest.includes('.')) direct.push(Number(rest) === direct.length + 1 ? row : undefined);
    }
    const rows = direct.filter((r): r is GridRow => r !== undefined);
    if (rows.length >= 2 && rows.length === direct.length) items.set(whole, rows);
  }
  return { items, subItems };
}
