import { dec } from '../../core/index.js';
import {
  decimalString,
  makeFinding,
  placesOf,
  showFigure,
  showRange,
  whereOf,
  type CheckFinding,
} from '../finding/index.js';
import { divideIntervals, midpoint, overlaps, scaleInterval, type Figure } from '../precision/index.js';
import type { Rule } from './rule.js';

/** Lines above the sentence a table's share may be printed on: the row the sentence explains. */
const REACH = 4;

/** Characters of a sentence read for its clause: bounds the work on untrusted text. */
const MAX_SENTENCE = 600;

const AMOUNT = String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)`;
/**
 * "a total spend of EUR 4,210.5 million, of which EUR 2,950.0 million went to …": the whole, words of
 * its unit (at most three), then the part "of which" takes from it in the same unit.
 */
const OF_WHICH = new RegExp(
  String.raw`(?<![\d.,])${AMOUNT}(?:\s+[\p{L}$€£¥₱]{1,12}){0,3}\s*,?\s+of\s+which\s+(?:[\p{L}$€£¥₱]{1,5}\s*)?${AMOUNT}(?![.,]?\d)`,
  'u',
);

// Words too common to tie a sentence to a table row.
const COMMON = new Set([
  'which',
  'total',
  'their',
  'there',
  'these',
  'those',
  'other',
  'about',
  'share',
  'percentage',
  'proportion',
]);

/**
 * A sentence that takes a part "of which" from a whole in one unit, right under the table row printing
 * that share for the same year ("Spending on regional vendors 70.1%" over "Our purchases came to EUR
 * 4,210.5 million, of which EUR 2,950.0 million went to vendors in the region"), restates the row's
 * share as two amounts: part ÷ whole must give the printed share. The row is the only share of the
 * year printed in the lines just above, and it names words of the sentence. A miss is a warning.
 */
export const shareOfWhichRule: Rule = {
  id: 'share.of-which',
  title: 'A share printed above a sentence is the part over the whole the sentence states',
  fallback: true,
  run(ctx) {
    const out: CheckFinding[] = [];
    const byLine = textFiguresByLine(ctx.facts.figures);
    for (const [line, figures] of byLine) {
      const stated = statedPair(figures);
      const share = stated && shareAbove(ctx.facts.figures, line, stated.whole);
      const finding = stated && share && check(share, stated.part, stated.whole);
      if (finding) out.push(finding);
    }
    return out;
  },
};

function textFiguresByLine(figures: readonly Figure[]): Map<number, Figure[]> {
  const out = new Map<number, Figure[]>();
  for (const f of figures) {
    const p = f.fact.provenance;
    if (p.kind !== 'document' || p.extraction !== 'text' || p.location.line === undefined) continue;
    out.set(p.location.line, [...(out.get(p.location.line) ?? []), f]);
  }
  return out;
}

const printedOf = (f: Figure): string => {
  const p = f.fact.provenance;
  return p.kind === 'document' ? p.reported.value.replace(/[,\s]/g, '') : '';
};
const quoteOf = (f: Figure): string => {
  const p = f.fact.provenance;
  return p.kind === 'document' ? p.quote.slice(0, MAX_SENTENCE) : '';
};

/** The whole and the part "of which" a line's sentence states, both figures of one unit and year. */
function statedPair(figures: readonly Figure[]): { part: Figure; whole: Figure } | undefined {
  const [first] = figures;
  const m = first && OF_WHICH.exec(quoteOf(first));
  if (!m) return undefined;
  const find = (text: string | undefined) =>
    figures.filter((f) => f.unit.symbol !== '%' && printedOf(f) === (text ?? '').replace(/,/g, ''));
  const [whole, ...moreWholes] = find(m[1]);
  const [part, ...moreParts] = find(m[2]);
  if (!whole || !part || moreWholes.length > 0 || moreParts.length > 0) return undefined;
  const sameYear = whole.fact.period.year === part.fact.period.year;
  if (!sameYear || whole.unit.symbol !== part.unit.symbol || !whole.value.gt(part.value)) return undefined;
  return part.value.gt(0) ? { part, whole } : undefined;
}

/** The one table share of the whole's year printed just above the sentence and naming its words. */
function shareAbove(figures: readonly Figure[], line: number, whole: Figure): Figure | undefined {
  const shares = figures.filter((f) => {
    const p = f.fact.provenance;
    if (p.kind !== 'document' || p.extraction !== 'table' || f.unit.symbol !== '%') return false;
    const at = p.location.line ?? 0;
    return at < line && line - at <= REACH && f.fact.period.year === whole.fact.period.year;
  });
  const [share, ...more] = shares;
  if (!share || more.length > 0) return undefined;
  const sentence = words(quoteOf(whole));
  const shared = [...words(share.fact.label ?? '')].filter((w) => sentence.has(w));
  return shared.length >= 2 ? share : undefined;
}

/** Content words of a text, lower-cased, by their first six letters ("purchases", "purchasing"). */
function words(text: string): Set<string> {
  const all = text.toLowerCase().match(/\p{L}{5,}/gu) ?? [];
  return new Set(all.filter((w) => !COMMON.has(w)).map((w) => w.slice(0, 6)));
}

function check(share: Figure, part: Figure, whole: Figure): CheckFinding | undefined {
  const ratio = divideIntervals(part.range, whole.range);
  const computed = ratio && scaleInterval(ratio, dec(100));
  if (!computed || overlaps(computed, share.range)) return undefined;
  const places = placesOf(share);
  return makeFinding(shareOfWhichRule.id, {
    severity: 'warning',
    message:
      `${showFigure(share)} (${whereOf(share)}) is restated below as ${showFigure(part)} of ` +
      `${showFigure(whole)} (${whereOf(whole)}), which is ${showRange(computed, places)}%.`,
    figures: [share, part, whole],
    expected: decimalString(midpoint(computed), places),
    actual: decimalString(share.value, places),
  });
}
