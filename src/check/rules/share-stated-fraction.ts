import { dec, type Decimal } from '../../core/index.js';
import { decimalString, makeFinding, showFigure, whereOf, type CheckFinding } from '../finding/index.js';
import type { Figure } from '../precision/index.js';
import type { Rule } from './rule.js';

/** Characters of a sentence read around a share: bounds the work on untrusted text. */
const REACH = 120;

const COUNT = String.raw`(\d{1,3}(?:,\d{3})+|\d+)`;
/** "124 of these (", "1,864 of our 2,146 active Tier 1 suppliers (", "4 of the 9 seats on the Board (". */
const COUNT_BEFORE = new RegExp(
  String.raw`${COUNT}\s+(?:out\s+)?of\s+(?:(?:our|the|its|their|all)\s+)?(?:(these|them|those|whom|which)|${COUNT})\b[^%()]{0,80}?\(\s*$`,
  'i',
);
/** "57.1% (4 of 7 directors)", "58.4% … (2,458 of 4,477)". */
const COUNT_AFTER = new RegExp(
  String.raw`^\s*%?[^()%]{0,80}?\(\s*${COUNT}\s+(?:out\s+)?of\s+${COUNT}\b`,
  'i',
);
/**
 * "… 38.6% of our 1,186 employees", "… 29.3% of the workforce of 5,498": the whole printed right after
 * the share, its part before it.
 */
const WHOLE_AFTER = new RegExp(
  String.raw`^\s*%\s+of\s+(?:(?:our|the|its|their|all)\s+)?(?:(?:total\s+)?(?:workforce|headcount)\s+of\s+)?${COUNT}(?![.,]?\d|\s*%)(?:\s+\p{L}|\s*[,;.)(]|\s*$)`,
  'iu',
);
/**
 * "employed 3,735 people, of whom 2,200 were women, representing ": the whole a clause counts, the part
 * "of whom" (or "of which") takes from it, and no other figure before the share.
 */
const OF_WHOM = new RegExp(
  String.raw`(?<![\d.,])${COUNT}\s+\p{L}[^\d%();]{0,40}?,?\s+of\s+(?:whom|which)\s+${COUNT}(?![.,]?\d)[^\d%();]{0,60}?(?:\(\s*)?$`,
  'iu',
);
/** A four-digit number without separators that reads as a year is no count a share is taken of. */
const YEAR = /^(?:19|20)\d{2}$/;

/**
 * A share a sentence prints beside the two counts it is taken from ("124 of these (71.0%)", "1,864 of
 * our 2,146 suppliers (86.9%)", "57.1% (4 of 7 directors)") must be their quotient within its printed
 * digits. Reads the sentence itself, not the metrics, so it holds for any population; "of these" takes
 * the last count before it in the same sentence ("186 were rated high-risk and 124 of these").
 */
export const shareStatedFractionRule: Rule = {
  id: 'share.stated-fraction',
  title: 'A share printed beside its two counts is their quotient',
  fallback: true,
  run(ctx) {
    const out: CheckFinding[] = [];
    for (const f of ctx.facts.figures) {
      if (f.unit.symbol !== '%') continue;
      const p = f.fact.provenance;
      if (p.kind !== 'document' || p.extraction !== 'text') continue;
      const counts = countsOf(p.quote.slice(0, 2000), p.reported.value.trim());
      const finding = counts && check(f, counts);
      if (finding) out.push(finding);
    }
    return out;
  },
};

/** The part and whole printed around the share in the sentence, or undefined when none are. */
function countsOf(sentence: string, printed: string): { part: Decimal; whole: Decimal } | undefined {
  const at = sentence.indexOf(printed);
  if (at < 0 || !/^\s*%/.test(sentence.slice(at + printed.length))) return undefined;
  const before = sentence.slice(Math.max(0, at - REACH), at);
  const m = COUNT_BEFORE.exec(before);
  if (m) {
    const part = m[1] ?? '';
    const whole = m[3] ?? antecedent(before.slice(0, m.index));
    return whole === undefined ? undefined : pair(part, whole);
  }
  const rest = sentence.slice(at + printed.length, at + printed.length + REACH);
  const ofWhom = OF_WHOM.exec(before);
  // The share must say it is of a whole ("61.8% of the workforce") or sit in brackets after the part.
  if (ofWhom && /^\s*%\s*(?:of\b|\))/i.test(rest)) return pair(ofWhom[2] ?? '', ofWhom[1] ?? '');
  const after = COUNT_AFTER.exec(rest);
  if (after) return pair(after[1] ?? '', after[2] ?? '');
  // "We employed 412 nationals at the end of 2025, 38.6% of our 1,186 employees": the part is the
  // count the clause before the share prints, with no other share or figure after it.
  const whole = WHOLE_AFTER.exec(rest)?.[1];
  const part = whole === undefined ? undefined : partBefore(before);
  return whole === undefined || part === undefined ? undefined : pair(part, whole);
}

/**
 * The last count before a share, its years passed over; none when a decimal or another share comes
 * after it. A clause with no figure may name its part by the noun a count in the clause before it
 * printed: "4,012 men and 1,486 women; women make up 29.3% of …" takes 1,486.
 */
function partBefore(text: string): string | undefined {
  const clauses = text.split(/[.;:!?](?:\s|$)/);
  const clause = clauses.pop() ?? '';
  const figures = [...clause.matchAll(/\d[\d,.]*%?/g)].map((m) => m[0].replace(/[.,]$/, ''));
  const counts = figures.filter((f) => !YEAR.test(f));
  const last = counts[counts.length - 1];
  if (last !== undefined) return new RegExp(`^${COUNT}$`).test(last) ? last : undefined;
  const words = new Set(clause.toLowerCase().match(/\p{L}{3,}/gu) ?? []);
  const named = [...(clauses.pop() ?? '').matchAll(new RegExp(String.raw`${COUNT}\s+(\p{L}{3,})\b`, 'gu'))]
    .filter((m) => !YEAR.test(m[1] ?? '') && words.has((m[2] ?? '').toLowerCase()))
    .map((m) => m[1]);
  return named.length === 1 ? named[0] : undefined;
}

/** The last count printed before "of these" in the same sentence. */
function antecedent(text: string): string | undefined {
  const counts = [...text.matchAll(new RegExp(COUNT, 'g'))].map((m) => m[1] ?? '');
  return counts[counts.length - 1];
}

function pair(partText: string, wholeText: string): { part: Decimal; whole: Decimal } | undefined {
  if ([partText, wholeText].some((t) => t === '' || YEAR.test(t))) return undefined;
  const part = dec(partText.replace(/,/g, ''));
  const whole = dec(wholeText.replace(/,/g, ''));
  return whole.gt(part) && part.gt(0) ? { part, whole } : undefined;
}

function check(f: Figure, { part, whole }: { part: Decimal; whole: Decimal }): CheckFinding | undefined {
  const share = part.div(whole).times(100);
  if (share.gte(f.range.lo) && share.lte(f.range.hi)) return undefined;
  return makeFinding(shareStatedFractionRule.id, {
    severity: 'warning',
    message:
      `${showFigure(f)} (${whereOf(f)}) is printed beside ${decimalString(part, 0)} of ${decimalString(whole, 0)}, ` +
      `which is ${decimalString(share, 1)}%.`,
    figures: [f],
    expected: decimalString(share, 1),
    actual: decimalString(f.value, 1),
  });
}
