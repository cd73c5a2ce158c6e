import { dec, partOfWholeBefore, type Decimal } from '../../core/index.js';
import { decimalString, makeFinding, showFigure, whereOf, type CheckFinding } from '../finding/index.js';
import {
  divideIntervals,
  exactly,
  overlaps,
  scaleInterval,
  type Figure,
  type Interval,
} from '../precision/index.js';
import type { Rule } from './rule.js';

/** Characters of a sentence read around a share: bounds the work on untrusted text. */
const REACH = 120;

const COUNT = String.raw`(\d{1,3}(?:,\d{3})+|\d+)`;
/**
 * A count or an amount as quotes print it: thousands by commas or spaces (Russian "2 146"), a decimal
 * point ("182.4 of 192.6 billion": a share of revenue or of waste is a quotient of amounts).
 */
const AMOUNT = String.raw`(?<![\d.,])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u00a0]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)`;
/**
 * "of" between a part and its whole in the languages esgkit reads: Russian "из", Indonesian "dari",
 * German "von", French "sur", Italian "su", Spanish and Portuguese "de", Polish "z", Greek "από",
 * Serbian, Croatian, Bosnian and Montenegrin "od" ("312 od 584").
 */
const OF = String.raw`(?:out\s+of|of|из|dari|von|sur|su|de|z|από|od)`;
/**
 * "124 of these (", "1,864 of our 2,146 active Tier 1 suppliers (", "4 of the 9 seats on the Board (",
 * "212 of the 640 drivers, or ": the share in brackets or set after "or" (group 4).
 */
const COUNT_BEFORE = new RegExp(
  String.raw`${AMOUNT}\s+${OF}\s+(?:(?:our|the|its|their|all)\s+)?(?:(these|them|those|whom|which)|${AMOUNT})(?!\d)[^%()]{0,80}?(?:\(|(,\s*or))\s*$`,
  'iu',
);
/** After a share set off by "or": "of …" makes it a share of something else ("…, or 12% of output"). */
const SHARE_OF_OTHER = /^\s*%\s+of\b/i;
/** "57.1% (4 of 7 directors)", "58.4% … (2,458 of 4,477)", "96.8% of revenue (182.4 из 192.6 млрд)". */
const COUNT_AFTER = new RegExp(
  String.raw`^\s*%?[^()%]{0,80}?\(\s*${AMOUNT}\s+${OF}\s+${AMOUNT}(?![\d.,]?\d)`,
  'iu',
);
/**
 * "… 38.6% of our 1,186 employees", "… 29.3% of the workforce of 5,498": the whole printed right after
 * the share, its part before it.
 */
const WHOLE_AFTER = new RegExp(
  String.raw`^\s*%\s+of\s+(?:(?:our|the|its|their|all)\s+)?(?:(?:total\s+)?(?:workforce|headcount)\s+of\s+)?${COUNT}(?![.,]?\d|\s*%)(?:\s+\p{L}|\s*[,;.)(]|\s*$)`,
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
function countsOf(sentence: string, printed: string): Fraction | undefined {
  const at = sentence.indexOf(printed);
  if (at < 0 || !/^\s*%/.test(sentence.slice(at + printed.length))) return undefined;
  const before = sentence.slice(Math.max(0, at - REACH), at);
  const m = COUNT_BEFORE.exec(before);
  if (m && !(m[4] !== undefined && SHARE_OF_OTHER.test(sentence.slice(at + printed.length)))) {
    const part = m[1] ?? '';
    const whole = m[3] ?? antecedent(before.slice(0, m.index));
    return whole === undefined ? undefined : pair(part, whole);
  }
  const rest = sentence.slice(at + printed.length, at + printed.length + REACH);
  // "employed 3,735 people, of whom 2,200 were women (", "612 inimest, neist 216 naist (", "dont 456
  // femmes, soit ": a whole a clause counts and the part taken from it, in any language read.
  const ofWhom = partOfWholeBefore(before, rest);
  if (ofWhom) return pair(ofWhom.part, ofWhom.whole);
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

/** A part and its whole as printed, each with the half unit of its last printed digit. */
interface Fraction {
  readonly part: Decimal;
  readonly whole: Decimal;
  readonly places: number;
}

function pair(partText: string, wholeText: string): Fraction | undefined {
  if ([partText, wholeText].some((t) => t === '' || YEAR.test(t))) return undefined;
  const part = dec(partText.replace(/[,\s]/g, ''));
  const whole = dec(wholeText.replace(/[,\s]/g, ''));
  const places = Math.max(...[partText, wholeText].map((t) => t.split('.')[1]?.length ?? 0));
  return whole.gt(part) && part.gt(0) ? { part, whole, places } : undefined;
}

/** The quotient's bounds: exact for counts, within the printed rounding for amounts ("182.4 of 192.6"). */
function quotientRange({ part, whole, places }: Fraction): Interval | undefined {
  const half = dec(10).pow(-places).div(2);
  const widen = (d: Decimal): Interval =>
    places === 0 ? exactly(d) : { lo: d.minus(half), hi: d.plus(half) };
  const ratio = divideIntervals(widen(part), widen(whole));
  return ratio && scaleInterval(ratio, dec(100));
}

function check(f: Figure, fraction: Fraction): CheckFinding | undefined {
  const { part, whole, places } = fraction;
  const share = part.div(whole).times(100);
  const range = quotientRange(fraction);
  if (!range || overlaps(range, f.range)) return undefined;
  return makeFinding(shareStatedFractionRule.id, {
    severity: 'warning',
    message:
      `${showFigure(f)} (${whereOf(f)}) is printed beside ${decimalString(part, places)} of ${decimalString(whole, places)}, ` +
      `which is ${decimalString(share, 1)}%.`,
    figures: [f],
    expected: decimalString(share, 1),
    actual: decimalString(f.value, 1),
  });
}
