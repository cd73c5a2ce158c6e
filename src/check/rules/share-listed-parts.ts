import { dec, type Decimal } from '../../core/index.js';
import { decimalString, makeFinding, showFigure, whereOf, type CheckFinding } from '../finding/index.js';
import type { Figure } from '../precision/index.js';
import type { Rule } from './rule.js';

/** Lines a list may run over between one part and the next ("…; 524 held …" on the next line). */
const GAP = 2;
/** Parts a list needs before a share that misses is judged. */
const MIN_PARTS = 3;

const COUNT = String.raw`(\d{1,3}(?:,\d{3})+|\d+)`;
/** The count a share is of, printed in its clause right before it: "946 held a bachelor's degree, accounting for ". */
const PART_BEFORE = new RegExp(String.raw`(?<![\d.,])${COUNT}(?![.,]?\d)([^\d%;]{0,90})$`, 'u');
/** What joins a part to its share: a bracket or a verb of proportion. */
const JOIN = /(?:\(\s*|\b(?:accounting for|representing|making up|or)\s+)$/i;
const YEAR = /^(?:19|20)\d{2}$/;

/** A share printed right after the count it is of, in a sentence listing a breakdown. */
interface ListedPart {
  readonly share: Figure;
  readonly count: Decimal;
  readonly line: number;
  readonly at: number;
}

/**
 * A sentence (or run of clauses) listing the parts of a whole, each with its share ("86 employees held a
 * doctorate, accounting for 3.7%; 524 held a master's degree, accounting for 22.6%; …", "862 were aged
 * 30 and below (37.2%), 918 …"): when the parts' counts add up exactly to a count the report prints
 * (the headcount they break down), each share is its count over that whole. With at least
 * three parts and every other share fitting, a share that misses is a warning. The whole may be printed
 * anywhere in the report for that year: parts that add up to it exactly are the breakdown of it.
 */
export const shareListedPartsRule: Rule = {
  id: 'share.listed-parts',
  title: 'Shares printed beside the parts of a listed breakdown are their counts over the whole',
  fallback: true,
  run(ctx) {
    const out: CheckFinding[] = [];
    const parts = ctx.facts.figures.flatMap((f) => {
      const p = listedPart(f);
      return p ? [p] : [];
    });
    // The whole may be printed anywhere (a repeat of a table's headcount is kept once, at the table).
    const countsByYear = new Map<number, Figure[]>();
    for (const f of ctx.facts.figures) {
      if (f.unit.dimension !== 'count') continue;
      const year = countsByYear.get(f.fact.period.year) ?? [];
      if (year.length === 0) countsByYear.set(f.fact.period.year, year);
      year.push(f);
    }
    for (const run of runs(parts)) {
      const year = run[0]?.share.fact.period.year;
      out.push(...judgeRun(run, year === undefined ? [] : (countsByYear.get(year) ?? [])));
    }
    return out;
  },
};

function listedPart(f: Figure): ListedPart | undefined {
  if (f.unit.symbol !== '%') return undefined;
  const p = f.fact.provenance;
  if (p.kind !== 'document' || p.extraction !== 'text') return undefined;
  const line = p.location.line;
  if (line === undefined) return undefined;
  const printed = p.reported.value.trim();
  const at = p.quote.indexOf(printed);
  if (at < 0 || !/^\s*%/.test(p.quote.slice(at + printed.length))) return undefined;
  const m = PART_BEFORE.exec(p.quote.slice(Math.max(0, at - 120), at));
  if (!m?.[1] || YEAR.test(m[1]) || !JOIN.test(m[2] ?? '')) return undefined;
  return { share: f, count: dec(m[1].replace(/,/g, '')), line, at };
}

/** Parts in reading order, cut where more than GAP lines pass between one and the next. */
function runs(parts: readonly ListedPart[]): ListedPart[][] {
  const sorted = [...parts].sort((a, b) => a.line - b.line || a.at - b.at);
  const out: ListedPart[][] = [];
  let current: ListedPart[] = [];
  for (const p of sorted) {
    const prev = current[current.length - 1];
    if (prev && (p.line - prev.line > GAP || p.share.fact.period.year !== prev.share.fact.period.year)) {
      out.push(current);
      current = [];
    }
    current.push(p);
  }
  if (current.length > 0) out.push(current);
  return out;
}

/** The misfits of each stretch of a run whose counts add up exactly to a printed whole. */
function judgeRun(run: readonly ListedPart[], wholes: readonly Figure[]): CheckFinding[] {
  const out: CheckFinding[] = [];
  for (let i = 0; i < run.length; i++) {
    let sum = dec(0);
    for (let j = i; j < run.length; j++) {
      sum = sum.plus(run[j]?.count ?? 0);
      if (j - i + 1 < MIN_PARTS) continue;
      const whole = wholes.find((w) => w.value.eq(sum));
      if (!whole) continue;
      const stretch = run.slice(i, j + 1);
      const misses = stretch.filter((p) => !fits(p, sum));
      if (
        misses.length > 0 &&
        stretch.length - misses.length >= MIN_PARTS - 1 &&
        misses.length * 3 <= stretch.length
      )
        out.push(...misses.map((p) => finding(p, whole)));
      i = j;
      break;
    }
  }
  return out;
}

function fits(p: ListedPart, whole: Decimal): boolean {
  const share = p.count.div(whole).times(100);
  return share.gte(p.share.range.lo) && share.lte(p.share.range.hi);
}

function finding(p: ListedPart, whole: Figure): CheckFinding {
  const share = p.count.div(whole.value).times(100);
  return makeFinding(shareListedPartsRule.id, {
    severity: 'warning',
    message:
      `${showFigure(p.share)} (${whereOf(p.share)}) is printed beside ${decimalString(p.count, 0)}, one of the parts ` +
      `listed with it that add up to ${showFigure(whole)} (${whereOf(whole)}); ${decimalString(p.count, 0)} of ` +
      `${decimalString(whole.value, 0)} is ${decimalString(share, 1)}%.`,
    figures: [p.share],
    expected: decimalString(share, 1),
    actual: decimalString(p.share.value, 1),
  });
}
