import {
  makeFinding,
  decimalString,
  placesOf,
  showFigure,
  whereOf,
  type CheckFinding,
} from '../finding/index.js';
import { SEVERITIES } from '../../core/index.js';
import { gapBetween, overlaps, type Figure, type Interval } from '../precision/index.js';
import { rangeIn } from './convert-figure.js';
import { labelSimilarity } from './label-similarity.js';
import type { Rule } from './rule.js';

/** Printings in one table this close together are different rows, not one figure printed twice. */
const SAME_TABLE_LINES = 40;

/** Labels at least this alike describe the same thing (see {@link labelSimilarity}). */
const SAME_WORDS = 0.4;

/** Fewer distinct content words than this cannot tell two figures apart. */
const MIN_WORDS = 3;

/**
 * Past this relative difference two printings of "the same" figure are more likely two different
 * things (another boundary, a sub-total) mislabelled alike than one figure mistyped, so the finding is
 * a warning: typos and stale copies differ by a digit or a few per cent (426,700 t vs 425,200 t).
 */
const TYPO_SCALE = 0.5;

/** The same metric, year and dims printed twice with values that cannot both be right. */
export const duplicateValueRule: Rule = {
  id: 'duplicate.value',
  title: 'The same figure printed twice agrees with itself',
  run(ctx) {
    const out: CheckFinding[] = [];
    for (const group of ctx.facts.groups()) {
      const [first, ...rest] = group;
      if (!first || rest.length === 0) continue;
      const found: CheckFinding[] = [];
      const reported = new Set<string>();
      for (const other of rest) {
        const finding = compare(first, other);
        // One finding per distinct disagreeing value.
        const key = decimalString(other.value, 12);
        if (!finding || reported.has(key)) continue;
        reported.add(key);
        found.push(finding);
      }
      out.push(...summarise(found));
    }
    return out;
  },
};

/**
 * Past two disagreeing printings, a metric and dims read for many different rows say more about how
 * they were read than about the report: the most serious pair stands for the rest.
 */
function summarise(found: readonly CheckFinding[]): CheckFinding[] {
  if (found.length <= 2) return [...found];
  const rank = (f: CheckFinding) => SEVERITIES.indexOf(f.severity);
  const [worst] = [...found].sort((a, b) => rank(a) - rank(b));
  if (!worst) return [];
  return [{ ...worst, message: `${worst.message} (${found.length - 1} more printings disagree as well.)` }];
}

function compare(a: Figure, b: Figure): CheckFinding | undefined {
  const rb = rangeIn(b, a.unit);
  if (!rb || sameTable(a, b) || consistent(a.range, a.qualifier, rb, b.qualifier)) return undefined;
  const bothExact = a.qualifier === 'exact' && b.qualifier === 'exact';
  const larger = a.value.abs().gt(b.value.abs()) ? a.value.abs() : b.value.abs();
  const relative = larger.isZero() ? 0 : gapBetween(a.range, rb).div(larger).toNumber();
  const { similarity: alike, words } = labelSimilarity(a, b);
  // Unlike words around unlike numbers: most likely two different figures given one metric. Two table
  // rows far apart, or labels too short to compare ("Male", "Scope 1"), may sit in tables about
  // different things (headcount and new hires), which the row label alone does not show.
  const plain = !wordedZero(a) && !wordedZero(b);
  const telling = words >= MIN_WORDS && !(isTableRow(a) && isTableRow(b));
  const severity =
    bothExact && plain && telling && relative <= TYPO_SCALE && alike >= SAME_WORDS
      ? 'error'
      : plain && alike >= SAME_WORDS / 2
        ? 'warning'
        : 'info';
  const both =
    `${label(a)} is printed as ${showFigure(a)} (${whereOf(a)}) and as ${showFigure(b)} (${whereOf(b)}) ` +
    `for ${a.fact.period.year}${dimsText(a)}`;
  const message =
    severity === 'info'
      ? `${both}; they are worded differently, so they may be two figures read as one.`
      : `${both}; both cannot be right.` +
        (severity === 'warning' && bothExact
          ? ' The gap is large: they may describe different boundaries.'
          : '');
  return makeFinding(duplicateValueRule.id, {
    severity,
    message,
    figures: [a, b],
    expected: decimalString(a.value, placesOf(a)),
    actual: decimalString(b.value, placesOf(b)),
  });
}

/**
 * Two numbers on one line are two figures (a sentence or a row never prints one figure twice), and so
 * are table rows a few lines apart (or on one PDF page): rows of one table.
 */
function sameTable(a: Figure, b: Figure): boolean {
  const pa = a.fact.provenance;
  const pb = b.fact.provenance;
  if (pa.kind !== 'document' || pb.kind !== 'document') return false;
  const [la, lb] = [pa.location.line, pb.location.line];
  if (la !== undefined && la === lb) return true;
  if (pa.extraction !== 'table' || pb.extraction !== 'table') return false;
  if (la !== undefined && lb !== undefined) return Math.abs(la - lb) <= SAME_TABLE_LINES;
  return pa.location.page !== undefined && pa.location.page === pb.location.page;
}

/** Whether two printings can stand for one value, given "over", "under" and "about". */
function consistent(a: Interval, qa: Figure['qualifier'], b: Interval, qb: Figure['qualifier']): boolean {
  if (qa === 'exact' && qb === 'exact') return overlaps(a, b);
  const ra = allowed(a, qa);
  const rb = allowed(b, qb);
  return (
    (ra.lo === undefined || rb.hi === undefined || ra.lo.lte(rb.hi)) &&
    (rb.lo === undefined || ra.hi === undefined || rb.lo.lte(ra.hi))
  );
}

/** The values a qualified printing allows (undefined: unbounded); "about" allows 10% either side. */
function allowed(
  r: Interval,
  q: Figure['qualifier'],
): { lo: Interval['lo'] | undefined; hi: Interval['hi'] | undefined } {
  switch (q) {
    case 'exact':
      return r;
    case 'atLeast':
      return { lo: r.lo, hi: undefined };
    case 'atMost':
      return { lo: undefined, hi: r.hi };
    case 'about':
      return { lo: r.lo.minus(r.lo.abs().times(0.1)), hi: r.hi.plus(r.hi.abs().times(0.1)) };
  }
}

function isTableRow(f: Figure): boolean {
  const p = f.fact.provenance;
  return p.kind === 'document' && p.extraction === 'table';
}

/** "No complaints were received": a zero in words is a claim about a scope the words set, often narrower. */
function wordedZero(f: Figure): boolean {
  const p = f.fact.provenance;
  return f.value.isZero() && p.kind === 'document' && p.extraction === 'text';
}

function label(f: Figure): string {
  return f.fact.label?.trim() ? `"${f.fact.label.trim()}"` : f.fact.metric;
}

function dimsText(f: Figure): string {
  const entries = Object.entries(f.fact.dims);
  return entries.length === 0
    ? ''
    : ` and ${entries.map(([k, v]) => `${k.replace(/_/g, ' ')} ${v}`).join(', ')}`;
}
