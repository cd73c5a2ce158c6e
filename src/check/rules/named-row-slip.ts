import { dimsKey, senseOf } from '../fact-index/index.js';
import {
  decimalString,
  makeFinding,
  placesOf,
  showFigure,
  whereOf,
  type CheckFinding,
} from '../finding/index.js';
import { overlaps, type Figure, type Interval } from '../precision/index.js';
import { rangeIn } from './convert-figure.js';
import { contentWords, withoutUnitWords, wordsOf } from './label-similarity.js';
import { isTableRow, quotedLabel } from './printed-series.js';
import { REASON, slipOf, withShare, type Slip } from './prose-slip.js';
import type { Rule } from './rule.js';

/** Words a row label needs, all or nearly all in the sentence, before the sentence is read as naming it. */
const MIN_ROW_WORDS = 2;

/** Share of a row label's naming words the sentence must print ("SLP local economic development": 3 of 4). */
const NAMED_SHARE = 2 / 3;

/**
 * A sentence that names a table row in the row's own words and prints its amount with a slip: "we made
 * $38.6 million in charitable contributions" against a row "Charitable contributions | $ in millions |
 * 3.86", "R118.7 million" for "SLP local economic development" printed as R'000 111 870. Extraction
 * need not have read a metric for either: the row's words, printed in the sentence, say they are one
 * amount. Only money, of one year, currency and breakdown; only the slips a copy makes (a power of ten,
 * digits in another order, a gap within 10%); and never when the sentence's amount agrees with some row
 * of the year or is printed elsewhere in the report (it restates that figure).
 */
export const namedRowSlipRule: Rule = {
  id: 'duplicate.named-row',
  title: 'A sentence that names a table row prints the row’s amount',
  fallback: true,
  run(ctx) {
    const rows = new Map<string, Figure[]>();
    const printed = new Map<string, number>();
    const onLine = new Map<number, Figure[]>();
    for (const f of ctx.facts.figures) {
      if (!isAmount(f)) continue;
      printed.set(amountKey(f), (printed.get(amountKey(f)) ?? 0) + 1);
      if (isTableRow(f)) rows.set(rowKey(f), [...(rows.get(rowKey(f)) ?? []), f]);
      else onLine.set(lineOf(f), [...(onLine.get(lineOf(f)) ?? []), f]);
    }
    const out: CheckFinding[] = [];
    for (const f of ctx.facts.figures) {
      if (!isSentenceAmount(f) || (printed.get(amountKey(f)) ?? 0) > 1) continue;
      const slip = slipOfNamedRow(f, rows.get(rowKey(f)) ?? []);
      // "Revenue was NOK 6,214.8 million and EBITDA NOK 1,486.2 million": the row's words belong to the
      // amount beside them that agrees with the row, not to the next amount of the sentence.
      const sibling = (onLine.get(lineOf(f)) ?? []).some((o) => o !== f && slip && agrees(o, slip.row));
      if (slip && !sibling) out.push(finding(f, slip.row, slip.slip));
    }
    return out;
  },
};

function isAmount(f: Figure): boolean {
  const p = f.fact.provenance;
  return (
    p.kind === 'document' &&
    f.qualifier === 'exact' &&
    f.fact.basis === 'actual' &&
    f.unit.dimension.startsWith('money:') &&
    !f.value.isZero()
  );
}

/** A plain amount in a sentence: no change, subset or event words, no share of a whole beside it. */
function isSentenceAmount(f: Figure): boolean {
  const p = f.fact.provenance;
  if (!isAmount(f) || p.kind !== 'document' || p.extraction !== 'text') return false;
  return senseOf(f).markers.length === 0 && !withShare(f);
}

/**
 * The row the sentence names and how its amount slipped from it: among the rows whose naming words the
 * sentence prints (nearly) all of, those it names best must print one value, none agreeing with it.
 */
function slipOfNamedRow(sentence: Figure, rows: readonly Figure[]): { row: Figure; slip: Slip } | undefined {
  const said = contentWords(sentence);
  const ranges = new Map<Figure, Interval>();
  for (const row of rows) {
    const range = rangeIn(sentence, row.unit);
    if (!range) continue;
    // Some row of the year prints the sentence's amount: the sentence restates that row.
    if (overlaps(range, row.range)) return undefined;
    ranges.set(row, range);
  }
  let best: Figure[] = [];
  let bestScore = 0;
  const others = otherNumbers(sentence);
  for (const row of ranges.keys()) {
    // "net revenue of VND 8,421.6 billion and profit after tax of VND 412.8 billion": a row whose own
    // figure the sentence prints beside its other amount is named for that amount.
    if (others.has(printed(row))) continue;
    const score = Math.max(...rowNames(row).map((words) => namedScore(words, said)));
    if (score > bestScore) [best, bestScore] = [[row], score];
    else if (score === bestScore && score > 0) best.push(row);
  }
  const [row] = best;
  const range = row && ranges.get(row);
  if (!row || !range || best.some((r) => !r.value.eq(row.value))) return undefined;
  const slip = slipOf(row, sentence, range);
  return slip ? { row, slip } : undefined;
}

/**
 * The ways a row label names its amount, each as naming words less those of its printed unit
 * ("Operating revenue (NOK million)": a currency names nothing): the whole label, and for a label
 * that glosses itself in brackets ("Net revenue (economic value generated)") each name alone, as a
 * sentence may print either.
 */
function rowNames(row: Figure): ReadonlySet<string>[] {
  const p = row.fact.provenance;
  const unit = `${p.kind === 'document' ? p.reported.unit : ''} ${row.unit.symbol}`.toLowerCase();
  const label = row.fact.label ?? '';
  const bracketed = [...label.matchAll(/\(([^()]*)\)/g)].map((m) => m[1] ?? '');
  const texts = [label, label.replace(/\([^()]*\)/g, ' '), ...bracketed];
  return texts.map((text) => new Set([...withoutUnitWords(wordsOf(text))].filter((w) => !unit.includes(w))));
}

/**
 * How fully a sentence prints a row label's naming words (0 when too few): shared words count first,
 * so a row named by three words beats one named by two.
 */
function namedScore(rowWords: ReadonlySet<string>, said: ReadonlySet<string>): number {
  let shared = 0;
  for (const w of rowWords) if (said.has(w)) shared++;
  if (shared < MIN_ROW_WORDS || shared < rowWords.size * NAMED_SHARE) return 0;
  return shared + shared / rowWords.size;
}

function finding(sentence: Figure, row: Figure, slip: Slip): CheckFinding {
  return makeFinding(namedRowSlipRule.id, {
    severity: 'warning',
    message:
      `${quotedLabel(sentence)} is printed as ${showFigure(sentence)} (${whereOf(sentence)}), but the row ` +
      `${quotedLabel(row)} gives ${showFigure(row)} (${whereOf(row)}) for ${row.fact.period.year}: ${REASON[slip]}`,
    figures: [sentence, row],
    expected: decimalString(row.value, placesOf(row)),
    actual: decimalString(sentence.value, placesOf(sentence)),
  });
}

/** The numbers a sentence prints besides the figure's own, as printed without separators. */
function otherNumbers(f: Figure): ReadonlySet<string> {
  const p = f.fact.provenance;
  if (p.kind !== 'document') return new Set();
  const own = printed(f);
  const numbers = p.quote.replace(/(\d),(?=\d{3})/g, '$1').match(/\d+(?:\.\d+)?/g) ?? [];
  return new Set(numbers.filter((n) => n !== own));
}

/** A figure's number as printed, without thousands separators. */
function printed(f: Figure): string {
  const p = f.fact.provenance;
  return (p.kind === 'document' ? p.reported.value : f.value.toFixed()).replace(/,/g, '');
}

function agrees(a: Figure, row: Figure): boolean {
  const range = rangeIn(a, row.unit);
  return range !== undefined && overlaps(range, row.range);
}

function lineOf(f: Figure): number {
  const p = f.fact.provenance;
  return p.kind === 'document' ? (p.location.line ?? -1) : -1;
}

/** The amount in its currency's base unit, with its year: two printings of one amount share it. */
function amountKey(f: Figure): string {
  return `${f.fact.period.year}|${f.unit.dimension}|${f.value.times(f.unit.toBase).abs().toString()}`;
}

/** Year, currency and breakdown: a sentence is set against the rows that share them. */
function rowKey(f: Figure): string {
  return `${f.fact.period.year}|${f.unit.dimension}|${dimsKey(f.fact.dims)}`;
}
