import { isSubItemLabel, type GridRow } from './table-grid.js';

/** Lines an "of which" row may lie below the row before it (a wrapped label, a rule). */
const MAX_ITEM_GAP = 3;

/**
 * The rows listed under a whole as its "of which" parts: the rows right below it whose labels say they
 * are ("其中：外购电力" over "其中：光伏自发自用", as extraction names the indented rows of a Chinese
 * "其中：" list; "of which: coal" over "of which: gas"), two or more. Whether they are all its parts is
 * for the table's other columns to say: "of which" may single out some of the whole only.
 */
export function ofWhichItems(block: readonly GridRow[], whole: GridRow): readonly GridRow[] | undefined {
  if (isSubItemLabel(whole.label)) return undefined;
  const items: GridRow[] = [];
  let last = whole.line;
  for (const row of block.slice(block.indexOf(whole) + 1)) {
    if (!isSubItemLabel(row.label) || row.line - last > MAX_ITEM_GAP) break;
    items.push(row);
    last = row.line;
  }
  return items.length >= 2 ? items : undefined;
}
