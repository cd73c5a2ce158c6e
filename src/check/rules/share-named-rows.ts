import { dec, foldAccents } from '../../core/index.js';
import {
  decimalString,
  makeFinding,
  placesOf,
  showFigure,
  showRange,
  whereOf,
  type CheckFinding,
} from '../finding/index.js';
import {
  addIntervals,
  divideIntervals,
  midpoint,
  overlaps,
  scaleInterval,
  type Figure,
} from '../precision/index.js';
import type { Rule } from './rule.js';

/** Lines above a sentence its table's total row may end on: the table the sentence comments. */
const REACH = 6;

/** Rows of one table above its total. */
const MAX_ROWS = 12;

/** Characters after a share read for the whole it is of. */
const WHOLE_REACH = 60;

/** "Total", "Total des prélèvements", "Total procurement": the row the rows above add up to. */
const TOTAL_ROW = /^\s*total\b/i;

/** "% of our", "% de nos": the share says what it is a share of. */
const OF = /^\s*%\s+(?:of|de|des|du|del|do|da|dos|das|di|della)\s/i;

// Words that name no row: articles, "other" ("Other regional suppliers" is regional suppliers too).
const STOP = new Set(
  'the and our all other others total from with for les des del los las une nos notre che dei per con'.split(
    ' ',
  ),
);

/** A word by its first six letters, so plurals and inflections meet ("community", "communities"). */
const wordsOf = (text: string): string[] =>
  (foldAccents(text).match(/\p{L}{3,}/gu) ?? []).filter((w) => !STOP.has(w)).map((w) => w.slice(0, 6));

/** One row of the table: its label's words (outside brackets and inside) and its figure per year. */
interface Row {
  readonly main: readonly string[];
  readonly bracketed: readonly string[];
  readonly byYear: ReadonlyMap<number, Figure>;
}

/**
 * A sentence right under a table that gives the share of some of its rows in the total ("Recycled
 * water made up 12.4% of our withdrawal", "Regional suppliers, including community businesses,
 * received 61.0% of our spend"): the rows its words name (a row's words outside its brackets, or all
 * of those inside, "Seawater (Red Sea)") over the total row, for the share's year. The rows must add
 * up to the total in some year, so they are its parts; the whole is the total row or the rows' sum
 * (which may differ where the total is misprinted). A share neither gives is a warning.
 */
export const shareNamedRowsRule: Rule = {
  id: 'share.named-rows',
  title: "A sentence's share of the rows it names agrees with the table above it",
  fallback: true,
  run(ctx) {
    const out: CheckFinding[] = [];
    const byLine = tableLines(ctx.facts.figures);
    for (const share of ctx.facts.figures) {
      const said = sentenceParts(share);
      const table = said && tableAbove(byLine, lineOf(share) ?? 0, share.fact.period.year);
      if (!said || !table) continue;
      const finding = check(share, said, table);
      if (finding) out.push(finding);
    }
    return out;
  },
};

function lineOf(f: Figure): number | undefined {
  const p = f.fact.provenance;
  return p.kind === 'document' ? p.location.line : undefined;
}

/** Table figures by line, outside shares. */
function tableLines(figures: readonly Figure[]): Map<number, Figure[]> {
  const out = new Map<number, Figure[]>();
  for (const f of figures) {
    const p = f.fact.provenance;
    if (p.kind !== 'document' || p.extraction !== 'table' || f.unit.symbol === '%') continue;
    const line = p.location.line;
    if (line !== undefined) out.set(line, [...(out.get(line) ?? []), f]);
  }
  return out;
}

/** A share's subject (its clause's words before it) and the words of the whole after "% of". */
function sentenceParts(share: Figure): { subject: Set<string>; whole: Set<string> } | undefined {
  const p = share.fact.provenance;
  if (share.unit.symbol !== '%' || p.kind !== 'document' || p.extraction !== 'text') return undefined;
  const printed = p.reported.value.trim();
  const at = p.quote.indexOf(printed);
  if (at < 0) return undefined;
  const rest = p.quote.slice(at + printed.length, at + printed.length + WHOLE_REACH);
  const of = OF.exec(rest);
  if (!of) return undefined;
  // The clause before the share back to the previous figure or the sentence's start.
  const before =
    p.quote
      .slice(0, at)
      .split(/\d[\d.,]*\s*%?|[;:]/u)
      .pop() ?? '';
  const whole = rest.slice(of[0].length).split(/[\d;:.,()]/u)[0] ?? '';
  return { subject: new Set(wordsOf(before)), whole: new Set(wordsOf(whole)) };
}

/** The table whose total row ends just above a line: its total and its rows above, of one unit. */
function tableAbove(
  byLine: ReadonlyMap<number, Figure[]>,
  line: number,
  year: number,
): { total: Row & { label: string }; rows: Row[] } | undefined {
  for (let at = line - 1; at >= line - REACH; at--) {
    const figures = byLine.get(at);
    const [first] = figures ?? [];
    if (!first || !TOTAL_ROW.test(first.fact.label ?? '')) continue;
    const total = rowOf(figures ?? [], first.unit.symbol);
    if (!total?.byYear.has(year)) return undefined;
    const rows: Row[] = [];
    for (let above = at - 1; above >= at - MAX_ROWS; above--) {
      const row = rowOf(byLine.get(above) ?? [], first.unit.symbol);
      if (!row) break;
      rows.unshift(row);
    }
    return rows.length >= 2 ? { total: { ...total, label: first.fact.label ?? '' }, rows } : undefined;
  }
  return undefined;
}

/** A line's figures in one unit, one per year; undefined when a year has two (site columns). */
function rowOf(figures: readonly Figure[], unit: string): Row | undefined {
  const byYear = new Map<number, Figure>();
  for (const f of figures) {
    if (f.unit.symbol !== unit || f.fact.basis !== 'actual') continue;
    if (byYear.has(f.fact.period.year)) return undefined;
    byYear.set(f.fact.period.year, f);
  }
  const [first] = figures;
  if (!first || byYear.size === 0) return undefined;
  const label = first.fact.label ?? '';
  const bracketed = [...label.matchAll(/\(([^)]*)\)/g)].map((m) => m[1] ?? '').join(' ');
  return { main: wordsOf(label.replace(/\([^)]*\)/g, ' ')), bracketed: wordsOf(bracketed), byYear };
}

/** Whether the rows add up to the total in some year: they are its parts. */
function partsOfTotal(rows: readonly Row[], total: Row): boolean {
  for (const [year, t] of total.byYear) {
    const cells = rows.map((r) => r.byYear.get(year));
    if (cells.some((c) => c === undefined)) continue;
    if (overlaps(addIntervals(cells.map((c) => c?.range ?? t.range)), t.range)) return true;
  }
  return false;
}

function check(
  share: Figure,
  said: { subject: Set<string>; whole: Set<string> },
  table: { total: Row & { label: string }; rows: Row[] },
): CheckFinding | undefined {
  const { total, rows } = table;
  const names = (words: readonly string[]) => words.length > 0 && words.every((w) => said.subject.has(w));
  const named = rows.filter((r) => names(r.main) || names(r.bracketed));
  if (named.length === 0 || named.length === rows.length || !partsOfTotal(rows, total)) return undefined;
  // The whole the sentence names is the table's: a word of the total row or of its metric.
  const year = share.fact.period.year;
  const totalFigure = total.byYear.get(year);
  const metric = (totalFigure?.fact.metric ?? '').replace(/[._]/g, ' ');
  const tableWords = new Set(wordsOf(`${table.total.label} ${metric}`));
  if (![...said.whole].some((w) => tableWords.has(w))) return undefined;
  const parts = named.map((r) => r.byYear.get(year));
  const cells = rows.map((r) => r.byYear.get(year));
  if (!totalFigure || parts.some((p) => p === undefined) || cells.some((c) => c === undefined))
    return undefined;
  const part = addIntervals(parts.map((p) => p?.range ?? totalFigure.range));
  const wholes = [totalFigure.range, addIntervals(cells.map((c) => c?.range ?? totalFigure.range))];
  const computed = wholes.flatMap((w) => {
    const ratio = divideIntervals(part, w);
    return ratio ? [scaleInterval(ratio, dec(100))] : [];
  });
  const [closest] = computed;
  if (!closest || computed.some((c) => overlaps(c, share.range))) return undefined;
  const places = placesOf(share);
  const partFigures = parts.filter((p): p is Figure => p !== undefined);
  return makeFinding(shareNamedRowsRule.id, {
    severity: 'warning',
    message:
      `${showFigure(share)} (${whereOf(share)}) is the share of ` +
      `${partFigures.map((p) => `${p.fact.label?.trim() ?? ''} ${showFigure(p)}`).join(' + ')} ` +
      `in ${showFigure(totalFigure)} (${whereOf(totalFigure)}), which is ${showRange(closest, places)}%.`,
    figures: [share, ...partFigures, totalFigure],
    expected: decimalString(midpoint(closest), places),
    actual: decimalString(share.value, places),
  });
}
