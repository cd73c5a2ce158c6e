import { dec, type Decimal } from '../../core/index.js';
import { seriesOf } from '../fact-index/index.js';
import {
  makeFinding,
  severityFor,
  decimalString,
  showFigure,
  showRange,
  whereOf,
  type CheckFinding,
} from '../finding/index.js';
import { divideIntervals, midpoint, overlaps, scaleInterval, type Figure } from '../precision/index.js';
import { baseRange } from './convert-figure.js';
import type { Rule } from './rule.js';
import { checkGroupShareOfWhole, checkWorkforceShare } from './share-of-headcount.js';
import { tableLineOf } from './table-grid.js';

/** "numbered 214, or 48.4% of the total": a count, then its share of the whole it belongs to. */
const COUNT_THEN_SHARE =
  /\b(\d[\d,]*)\s*,?\s+or\s+(?:about\s+)?(\d+(?:\.\d+)?)\s*%\s+of\s+(?:the\s+|all\s+|our\s+)?total\b/i;
/**
 * "312 employees identify as First Nations, Métis or Inuit, or 6.1% of our workforce": a count of
 * people, the words saying who they are, then their share of the workforce after ", or".
 */
const COUNT_WORDS_THEN_SHARE =
  /(?<![\d.,])(\d{1,3}(?:,\d{3})*|\d+)\s+(?:[\p{L}/'’-]+\s+){1,14}?[\p{L}'’-]+\s*,\s+or\s+(?:about\s+)?(\d+(?:\.\d+)?)\s*%\s+of\s+(?:the\s+|all\s+|our\s+|its\s+)?(?:[\p{L}-]+\s+){0,2}(?:workforce|employees|staff|headcount|workers|total)\b/iu;
/**
 * "make up 9.6% of our workforce (284 employees)": a share of a whole the sentence names in words, then
 * the count it stands for in brackets. The bracket must hold the count alone with its noun.
 */
const SHARE_THEN_COUNT =
  /(?<![\d.])(\d+(?:\.\d+)?)\s*%\s+of\s+(?:the\s+|all\s+|our\s+|its\s+)?(?:total\s+)?\p{L}+(?:\s+\p{L}+)?\s*\(\s*(\d{1,3}(?:,\d{3})*|\d+)\s+\p{L}+\s*\)/giu;

/**
 * A sentence that prints a count and its share of the total ("numbered 214, or 48.4% of the total",
 * "9.6% of our workforce (284 employees)", "312 employees identify as …, or 6.1% of our workforce")
 * against the table that breaks the total down: the count must be one part of a printed breakdown,
 * and the share that part over the breakdown's total within printed rounding. Metric-free: the
 * percentage needs no catalogue metric, the count's own row names the whole.
 */
export const shareOfTotalRule: Rule = {
  id: 'share.total',
  title: 'A count printed with its share of the total agrees with that total',
  run(ctx) {
    const out: CheckFinding[] = [];
    for (const metric of ctx.facts.metrics()) {
      for (const share of ctx.facts.metric(metric)) {
        if (share.unit.symbol !== '%') continue;
        const finding = check(ctx, share);
        if (finding) out.push(finding);
      }
    }
    // A share of the whole workforce with its count ("78.6% of all employees, or 4,286 people") is of
    // the headcount, in any language and whether or not the share was given a metric; a gender's share
    // with its whole ("women make up 32.7% of our 1,716 employees") is that gender's count over it.
    const found = new Set(out.flatMap((f) => f.facts));
    for (const share of ctx.facts.figures) {
      if (share.unit.symbol !== '%' || found.has(share.fact)) continue;
      const finding =
        checkWorkforceShare(ctx, share, shareOfTotalRule.id) ??
        checkGroupShareOfWhole(ctx, share, shareOfTotalRule.id);
      if (finding) out.push(finding);
    }
    return out;
  },
};

/** The count a share's words print it for, from its label or else its sentence; undefined when none. */
function countOf(share: Figure): Decimal | undefined {
  const m = COUNT_THEN_SHARE.exec((share.fact.label ?? '').slice(0, 400));
  if (m?.[2] !== undefined && share.value.eq(dec(m[2]))) return dec((m[1] ?? '').replace(/,/g, ''));
  const p = share.fact.provenance;
  if (p.kind !== 'document' || p.extraction !== 'text') return undefined;
  const bracketed = [...p.quote.slice(0, 400).matchAll(SHARE_THEN_COUNT)].find(
    (b) => b[1] !== undefined && share.value.eq(dec(b[1])),
  );
  if (bracketed?.[2] !== undefined) return dec(bracketed[2].replace(/,/g, ''));
  const worded = COUNT_WORDS_THEN_SHARE.exec(p.quote.slice(0, 400));
  return worded?.[1] !== undefined && worded[2] !== undefined && share.value.eq(dec(worded[2]))
    ? dec(worded[1].replace(/,/g, ''))
    : undefined;
}

/**
 * The whole a part is of: the cell its own row prints for the part's group without the part's split
 * (the row's total beside "Female 284"), else the series' total.
 */
function wholeOf(ctx: Parameters<Rule['run']>[0], part: Figure): Figure | undefined {
  const line = tableLineOf(part);
  const dims = Object.entries(part.fact.dims);
  const row = ctx.facts.figures.filter(
    (f) =>
      f !== part &&
      line !== undefined &&
      tableLineOf(f) === line &&
      f.fact.metric === part.fact.metric &&
      f.fact.period.year === part.fact.period.year &&
      Object.keys(f.fact.dims).length === dims.length - 1 &&
      Object.entries(f.fact.dims).every(([k, v]) => part.fact.dims[k] === v),
  );
  const [whole] = row;
  return row.length === 1 && whole ? whole : ctx.facts.at(seriesOf(part.fact), part.fact.metric, {});
}

function check(ctx: Parameters<Rule['run']>[0], share: Figure): CheckFinding | undefined {
  const count = countOf(share);
  if (count === undefined) return undefined;
  const year = share.fact.period.year;
  const parts = ctx.facts
    .metrics()
    .flatMap((id) => ctx.facts.metric(id))
    .filter(
      (f) => f !== share && f.unit.dimension === 'count' && f.fact.period.year === year && f.value.eq(count),
    )
    .filter((f) => Object.keys(f.fact.dims).length > 0);
  const [part] = parts;
  if (!part || parts.length !== 1) return undefined;
  const total = wholeOf(ctx, part);
  if (!total || total === part) return undefined;
  const ratio = divideIntervals(baseRange(part), baseRange(total));
  if (!ratio) return undefined;
  const computed = scaleInterval(ratio, dec(100));
  if (overlaps(computed, scaleInterval(baseRange(share), dec(100)))) return undefined;
  const figures = [share, part, total];
  return makeFinding(shareOfTotalRule.id, {
    severity: severityFor('error', figures),
    message:
      `${showFigure(share)} (${whereOf(share)}) is printed as the share of ${showFigure(part)} (${whereOf(part)}) ` +
      `in the total ${showFigure(total)} (${whereOf(total)}), which gives ${showRange(computed, 2)}%.`,
    figures,
    expected: decimalString(midpoint(computed), 2),
    actual: decimalString(share.value, 2),
  });
}
