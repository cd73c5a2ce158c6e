import { dec, type Decimal } from '../../core/index.js';
import { decimalString, makeFinding, showFigure, whereOf, type CheckFinding } from '../finding/index.js';
import type { Figure } from '../precision/index.js';
import { phraseItems, rowNames, sameStem } from './group-words.js';
import type { Rule } from './rule.js';
import { tableCellsByLine } from './table-grid.js';

/**
 * "Women's representation in management (top, senior and middle management combined) was 38.2%": the
 * groups a sentence lists before "combined" (or "together", "taken together", "in aggregate"), each its
 * own words; the share the sentence prints next is theirs.
 */
const COMBINED =
  /([\p{L}][\p{L}\s,/'’-]{2,80}?)\s+(?:combined|together|taken\s+together|in\s+aggregate)\b[^%]{0,80}?(\d+(?:[.,]\d+)?)\s?%/giu;
/** Words that open a list's subject ("in", "of", "among"): the groups follow the last of them. */
const SUBJECT = /^.*\b(?:in|of|among|across|at)\s+/i;
/** Slack beyond the printed digits, in percentage points, before a combined share is said to miss. */
const SLACK = 0.05;

/** A table row of a group: the share it prints, and the part and whole counts the share is of. */
interface GroupRow {
  readonly share: Figure;
  readonly part: Figure;
  readonly whole: Figure;
}

/**
 * A share a sentence gives for several groups combined ("top, senior and middle management combined"),
 * where a table prints each group's row with its count, the count of those with the trait and their
 * share (an employment equity table: "Top management | 9 | 5 | 55.6"): the combined share is the
 * parts added over the wholes added, not the average of the shares. Each group the sentence lists must
 * name exactly one row of the share's year (its label, or its bracketed gloss), and each row's share
 * must be its part over its whole as printed; a combined share that misses is a warning.
 */
export const shareCombinedRowsRule: Rule = {
  id: 'share.combined-rows',
  title: 'A share of groups combined is their parts over their wholes, added',
  fallback: true,
  run(ctx) {
    const rows = groupRows(ctx.facts.figures);
    const out: CheckFinding[] = [];
    for (const f of ctx.facts.figures) {
      const groups = combinedGroups(f);
      if (!groups) continue;
      const chosen = rowsNamed(groups, rows.get(f.fact.period.year) ?? []);
      if (!chosen) continue;
      const part = chosen.reduce((s, r) => s.plus(r.part.value), dec(0));
      const whole = chosen.reduce((s, r) => s.plus(r.whole.value), dec(0));
      if (whole.lte(0)) continue;
      const share = part.div(whole).times(100);
      if (share.gte(f.range.lo.minus(SLACK)) && share.lte(f.range.hi.plus(SLACK))) continue;
      out.push(finding(f, chosen, part, whole, share));
    }
    return out;
  },
};

/** The groups a sentence's share is of, each as its stems, when it lists two or more before "combined". */
function combinedGroups(f: Figure): string[][] | undefined {
  const p = f.fact.provenance;
  if (f.unit.symbol !== '%' || p.kind !== 'document' || p.extraction !== 'text') return undefined;
  if (!/combined|together|in\s+aggregate/i.test(p.quote)) return undefined;
  for (const m of p.quote.matchAll(COMBINED)) {
    const [, groups = '', share = ''] = m;
    if (!dec(share.replace(',', '.')).eq(f.value)) continue;
    const items = phraseItems(groups.replace(SUBJECT, ''));
    if (items.length >= 2) return items;
  }
  return undefined;
}

/** Table rows by year that print a share, a part and a whole on one line, the share their quotient. */
function groupRows(figures: readonly Figure[]): Map<number, GroupRow[]> {
  const out = new Map<number, GroupRow[]>();
  for (const line of tableCellsByLine(figures).values()) {
    const byYear = new Map<number, Figure[]>();
    for (const f of line) byYear.set(f.fact.period.year, [...(byYear.get(f.fact.period.year) ?? []), f]);
    for (const [year, cells] of byYear) {
      const row = groupRow(cells);
      if (row) out.set(year, [...(out.get(year) ?? []), row]);
    }
  }
  return out;
}

function groupRow(cells: readonly Figure[]): GroupRow | undefined {
  const shares = cells.filter((c) => c.unit.symbol === '%');
  const counts = cells.filter((c) => c.unit.dimension === 'count' && c.value.isInteger() && c.value.gt(0));
  const [share] = shares;
  if (!share || shares.length !== 1) return undefined;
  const pairs = counts.flatMap((part) =>
    counts
      .filter((whole) => whole !== part && part.value.lt(whole.value))
      .filter((whole) => fits(share, part.value, whole.value))
      .map((whole) => ({ share, part, whole })),
  );
  return pairs.length === 1 ? pairs[0] : undefined;
}

function fits(share: Figure, part: Decimal, whole: Decimal): boolean {
  const pct = part.div(whole).times(100);
  return pct.gte(share.range.lo) && pct.lte(share.range.hi);
}

/** The one row each listed group names, or undefined when a group names none or several. */
function rowsNamed(items: readonly string[][], rows: readonly GroupRow[]): GroupRow[] | undefined {
  const chosen: GroupRow[] = [];
  for (const item of items) {
    const named = rows.filter((r) =>
      rowNames(r.share.fact.label ?? '').some((name) => item.every((s) => name.some((n) => sameStem(n, s)))),
    );
    const [only] = named;
    if (!only || named.length !== 1 || chosen.includes(only)) return undefined;
    chosen.push(only);
  }
  return chosen;
}

function finding(
  f: Figure,
  rows: readonly GroupRow[],
  part: Decimal,
  whole: Decimal,
  share: Decimal,
): CheckFinding {
  const listed = rows.map(
    (r) =>
      `"${r.share.fact.label ?? ''}" ${decimalString(r.part.value, 0)} of ${decimalString(r.whole.value, 0)}`,
  );
  return makeFinding(shareCombinedRowsRule.id, {
    severity: 'warning',
    message:
      `${showFigure(f)} (${whereOf(f)}) is given for the groups it lists combined, but their rows ` +
      `(${listed.join('; ')}, ${whereOf(rows[0]?.share ?? f)}) give ${decimalString(part, 0)} of ` +
      `${decimalString(whole, 0)}: ${decimalString(share, 1)}%.`,
    figures: [f, ...rows.flatMap((r) => [r.part, r.whole])],
    expected: decimalString(share, 1),
    actual: decimalString(f.value, 1),
  });
}
