import type { Mention } from '../mention/index.js';

// A total row: "Total purchased electricity (MWh)", "Total water withdrawn", "Scope 1 total", "Energy, total",
// "Energy – total"; Macedonian prints its total as "вкупно" after a dash ("Неопасен отпад – вкупно").
const TOTAL = /^(?:(?:total|вкупно)\s+(.+)|(.+?)(?:,|\s+[–—-])?\s+(?:total|вкупно))$/iu;
// Rows that are themselves totals or sub-items stop the run of parts above a total.
const NOT_A_PART =
  /^(?:total|sub-?total|of which|including|вкупно)(?![\p{L}\d])|(?<![\p{L}\d])(?:total|вкупно)$/iu;

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
    let stop: Mention[] = [];
    for (let k = i - 1; k >= 0; k--) {
      const above = byLine.get(lines[k] ?? -1) ?? [];
      const first = above[0];
      stop = above;
      if (!first || first.kind !== 'table' || NOT_A_PART.test(first.label) || first.unit !== unit) break;
      if (!sameContext(first, row[0]) || above.length !== row.length) break;
      run.push(first.line);
    }
    if (run.length === 0) continue;
    // "Scope 1 – diesel", "Scope 1 – flaring" over "Scope 1 total": a total named before the word is
    // less surely one (a "Scope 3 – total" under Scope 1 and 2 rows), so its parts are only the nearest
    // rows that add up to it.
    if (!/^total\b/i.test(row[0].label.trim())) {
      const upTo = run.findIndex(
        (_, n) =>
          n >= 1 &&
          addsUp(
            run.slice(0, n + 1).map((l) => byLine.get(l) ?? []),
            row,
          ),
      );
      if (upTo < 0) continue;
      for (const line of run.slice(0, upTo + 1)) marks.set(line, subject);
      continue;
    }
    // A total printed over its parts ("Total water withdrawals" over its sources, then "Total water
    // discharges"): the run belongs to the total above when it adds up to that one, not this one;
    // then even one row is its part (the whole discharge sent to third parties).
    const parts = run.map((line) => byLine.get(line) ?? []);
    const upper = totalSubject(stop[0]);
    const ownedAbove =
      upper !== undefined && stop[0]?.unit === unit && addsUp(parts, stop) && !addsUp(parts, row);
    // Else one row above a total is a restatement or a sub-item, not a split.
    if (!ownedAbove && run.length < 2) continue;
    const owner = ownedAbove ? upper : subject;
    for (const line of run) marks.set(line, owner);
  }
  return mentions.map((m) => {
    const partOf = marks.get(m.line);
    return partOf === undefined ? m : { ...m, partOf };
  });
}

/** The quantity a total row names ("purchased electricity"), undefined for other rows. */
function totalSubject(m: Mention | undefined): string | undefined {
  if (!m || m.kind !== 'table' || m.unit === '') return undefined;
  const found = TOTAL.exec(m.label.replace(/\s*\([^()]*\)\s*$/, '').trim());
  const subject = found?.[1] ?? found?.[2];
  return subject !== undefined && /\p{L}{3}/u.test(subject) ? subject : undefined;
}

/** Whether the rows' figures add up to the total row's in every column (within their printed rounding). */
function addsUp(parts: readonly (readonly Mention[])[], total: readonly Mention[]): boolean {
  if (total.length === 0 || parts.some((p) => p.length !== total.length)) return false;
  return total.every((t, col) => {
    const cells = parts.map((p) => p[col]?.value ?? '');
    const values = [...cells, t.value].map(Number);
    if (values.some((v) => !Number.isFinite(v))) return false;
    const places = Math.max(...[...cells, t.value].map((v) => v.split('.')[1]?.length ?? 0));
    const sum = values.slice(0, -1).reduce((a, v) => a + v, 0);
    return Math.abs(sum - (values.at(-1) ?? NaN)) <= (cells.length + 1) * 0.5 * 10 ** -places;
  });
}

function sameContext(a: Mention, b: Mention): boolean {
  return a.context.join('\n') === b.context.join('\n');
}
