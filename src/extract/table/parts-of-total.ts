import type { Mention } from '../mention/index.js';

// A total row: "Total purchased electricity (MWh)", "Total water withdrawn".
const TOTAL = /^total\s+(.+)$/i;
// Rows that are themselves totals or sub-items stop the run of parts above a total.
const NOT_A_PART = /^(?:total|sub-?total|of which|including)\b/i;

/**
 * Marks the rows printed right above a total row, in the same unit, as parts of it ("Investment
 * properties (MWh)", "Construction sites (MWh)" over "Total purchased electricity (MWh)"): a table
 * that splits one quantity by segment or site names the quantity only in its total row. The mark is
 * the total's subject; classification falls back on it only when a row's own words name no metric.
 */
export function markPartsOfTotals(mentions: readonly Mention[]): Mention[] {
  const lines = [...new Set(mentions.map((m) => m.line))];
  const byLine = new Map(lines.map((no) => [no, mentions.filter((m) => m.line === no)]));
  const marks = new Map<number, string>();
  for (const [i, no] of lines.entries()) {
    const row = byLine.get(no) ?? [];
    const subject = totalSubject(row[0]);
    if (subject === undefined || !row[0]) continue;
    const unit = row[0].unit;
    const run: number[] = [];
    for (let k = i - 1; k >= 0; k--) {
      const above = byLine.get(lines[k] ?? -1) ?? [];
      const first = above[0];
      if (!first || first.kind !== 'table' || NOT_A_PART.test(first.label) || first.unit !== unit) break;
      if (!sameContext(first, row[0]) || above.length !== row.length) break;
      run.push(first.line);
    }
    // One row above a total is a restatement or a sub-item, not a split.
    if (run.length >= 2) for (const line of run) marks.set(line, subject);
  }
  return mentions.map((m) => {
    const partOf = marks.get(m.line);
    return partOf === undefined ? m : { ...m, partOf };
  });
}

/** The quantity a total row names ("purchased electricity"), undefined for other rows. */
function totalSubject(m: Mention | undefined): string | undefined {
  if (!m || m.kind !== 'table' || m.unit === '') return undefined;
  const subject = TOTAL.exec(m.label.replace(/\s*\([^()]*\)\s*$/, '').trim())?.[1];
  return subject !== undefined && /\p{L}{3}/u.test(subject) ? subject : undefined;
}

function sameContext(a: Mention, b: Mention): boolean {
  return a.context.join('\n') === b.context.join('\n');
}
