import type { ClassifiedMention } from '../classify/index.js';
import { sharesDigitsByChance } from './chance-match.js';
import { contradictsTable, dimsKey, restatesTable, tableAmounts } from './rounded-restatement.js';

/**
 * One fact per disclosure. Reports repeat figures: a KPI table and the sentence that quotes it, a
 * highlights page, a call-out box beside the paragraph. The analysts' convention (corpus notes) keeps
 * the table row, else the fullest sentence; so a prose figure is dropped when a table holds the same
 * value for the same year, and among prose repeats of the same quantity the one in the longest
 * paragraph stays. Small round numbers (0, 9, 100 …) repeat by chance, so they are merged only when
 * their surrounding words also agree.
 */
export function dedupeMentions(
  items: readonly ClassifiedMention[],
  lineText: (line: number) => string,
): ClassifiedMention[] {
  // Each line is weighed once: a line printing many figures is compared for each of them.
  const weights = new Map<number, number>();
  const lineWeight = (line: number): number => {
    const known = weights.get(line);
    if (known !== undefined) return known;
    const weight = bodyWeight(lineText(line));
    weights.set(line, weight);
    return weight;
  };
  const tableKeys = new Map<string, ClassifiedMention[]>();
  for (const c of items) {
    if (c.mention.kind !== 'table') continue;
    const key = `${c.mention.year}|${numeric(c.mention.value)}`;
    const list = tableKeys.get(key);
    if (list) list.push(c);
    else tableKeys.set(key, [c]);
  }
  // By printed digits, not by amount after conversion: analysts keep a sentence that prints a table's
  // amount in another unit ("2,386.4 MWh" beside a row of 238.64 ten thousand kWh) as a text fact of its own.
  const amounts = tableAmounts(items);
  // A sentence naming the digits of a cell the table leaves unnamed as a metric the table prints
  // otherwise is kept, unless the unnamed cell's row also prints one of that metric's table figures:
  // then the row restates the metric's series (a summary table by year), and the table's other value
  // is a year read for another column, not a second printing.
  const reprints = seriesReprints(items);
  const restated = (c: ClassifiedMention): boolean =>
    (tableKeys.get(`${c.mention.year}|${numeric(c.mention.value)}`) ?? []).some(
      (t) =>
        !sharesDigitsByChance(c, t) &&
        (t.metric !== undefined || !contradictsTable(c, amounts) || reprints(c, t.mention.line)),
    );
  const disputed = disputedSeries(items);
  // A disputed reprint is kept only when the table's cell it reprints is of its own metric: a sentence
  // whose words run on past its figure into the next ("Bagasse burnt 241,860 t + Coal burnt …") may
  // name the figure after another's metric, and a table then says whose figure it is.
  const reprintsOwnMetric = (c: ClassifiedMention): boolean =>
    (tableKeys.get(`${c.mention.year}|${numeric(c.mention.value)}`) ?? []).some(
      (t) => t.metric !== undefined && t.metric.id === c.metric?.id,
    );
  const kept: (ClassifiedMention | undefined)[] = [];
  const byKey = new Map<string, number[]>();
  for (const c of items) {
    const m = c.mention;
    if (m.kind === 'table') {
      kept.push(c);
      continue;
    }
    const distinctive = isDistinctive(m.value);
    if (distinctive && restated(c) && !(disputed(c) && reprintsOwnMetric(c))) continue;
    if (distinctive && restatesTable(c, amounts)) continue;
    const key = `${sameQuantityKey(c)}|${distinctive ? '' : (c.metric?.id ?? '')}`;
    const candidates = byKey.get(key) ?? [];
    const at = candidates.find((i) => {
      const other = kept[i];
      return other !== undefined && (distinctive || similar(other.mention.label, m.label));
    });
    if (at !== undefined) {
      const other = kept[at];
      if (other && lineWeight(m.line) > lineWeight(other.mention.line)) kept[at] = c;
      continue;
    }
    candidates.push(kept.length);
    byKey.set(key, candidates);
    kept.push(c);
  }
  return kept.filter((c): c is ClassifiedMention => c !== undefined);
}

/**
 * Whether a table line prints one of the figures the tables give a sentence's metric and dims, in any
 * year: the line restates that series.
 */
function seriesReprints(
  items: readonly ClassifiedMention[],
): (c: ClassifiedMention, line: number) => boolean {
  const byLine = new Map<number, Set<string>>();
  const bySeries = new Map<string, Set<string>>();
  const add = <K>(map: Map<K, Set<string>>, key: K, value: string): void => {
    const set = map.get(key);
    if (set) set.add(value);
    else map.set(key, new Set([value]));
  };
  for (const c of items) {
    if (c.mention.kind !== 'table') continue;
    const value = numeric(c.mention.value);
    if (c.metric) add(bySeries, seriesKey(c), value);
    else add(byLine, c.mention.line, value);
  }
  return (c, line) => {
    const printed = byLine.get(line);
    const series = bySeries.get(seriesKey(c));
    return printed !== undefined && series !== undefined && [...series].some((v) => printed.has(v));
  };
}

/**
 * Whether another sentence prints the mention's metric, year and dims at another amount: a reprint of
 * a table's figure is then kept, as the printing worded like the table that the disagreeing sentence
 * is checked against ("Raw milk intake 468 215 t" in the key figures beside a letter's "processed
 * 486 215 t of raw milk"). A reprint that disagrees is exactly what duplicate.value looks for.
 */
function disputedSeries(items: readonly ClassifiedMention[]): (c: ClassifiedMention) => boolean {
  const amounts = new Map<string, ClassifiedMention[]>();
  for (const c of items) {
    const key = proseSeriesKey(c);
    if (key === undefined || !isDistinctive(c.mention.value)) continue;
    amounts.set(key, [...(amounts.get(key) ?? []), c]);
  }
  return (c) => {
    const key = proseSeriesKey(c);
    return key !== undefined && (amounts.get(key) ?? []).some((other) => slipOf(c, other));
  };
}

/** Farthest apart (relative to the larger) two amounts may be and still read as one figure mistyped. */
const SLIP_GAP = 0.1;

/**
 * Whether `other` prints `c`'s amount with a slip: its digits in another order, or within a stale or
 * mistyped copy's gap. Farther amounts are more often another figure given the same metric.
 */
function slipOf(c: ClassifiedMention, other: ClassifiedMention): boolean {
  if (!c.quantity || !other.quantity) return false;
  const a = c.quantity.value.times(c.quantity.unit.toBase);
  const b = other.quantity.value.times(other.quantity.unit.toBase);
  if (a.eq(b)) return false;
  const digits = (v: string) => v.replace(/\D/g, '').split('').sort().join('');
  if (digits(c.mention.value) === digits(other.mention.value)) return true;
  const larger = a.abs().gt(b.abs()) ? a.abs() : b.abs();
  return !larger.isZero() && a.minus(b).abs().div(larger).lte(SLIP_GAP);
}

/** A sentence's metric, year, dims and quantity; undefined for a table cell or an unnamed figure. */
function proseSeriesKey(c: ClassifiedMention): string | undefined {
  if (c.mention.kind === 'table' || !c.metric || !c.quantity) return undefined;
  return `${c.metric.id}|${c.mention.year}|${c.quantity.unit.dimension}|${dimsKey(c)}`;
}

function seriesKey(c: ClassifiedMention): string {
  return `${c.metric?.id ?? ''}|${dimsKey(c)}`;
}

/**
 * How much a line reads as body text: its length, except that a title ("Case: SenseTime Donated RMB
 * 200 Thousand …", most words capitalised, no full stop) counts as nothing.
 */
function bodyWeight(text: string): number {
  const words = text.split(/\s+/).filter((w) => /^[A-Za-z]/.test(w));
  const capitalised = words.filter((w) => /^[A-Z]/.test(w)).length;
  const title = words.length >= 3 && capitalised / words.length >= 0.75 && !/[.!?]\s*$/.test(text);
  if (title) return 0;
  // A list item (a highlights page, a summary bullet) restates; a paragraph is the body.
  return /^\s*(?:[-•◆✓▪●]\s|\d+[.)]\s)/.test(text) ? text.length / 4 : text.length;
}

function numeric(value: string): string {
  return String(Number(value));
}

/** A value unlikely to repeat by chance: three or more significant digits, or a decimal fraction. */
function isDistinctive(value: string): boolean {
  const digits = value
    .replace(/^[-0.]+/, '')
    .replace(/\./, '')
    .replace(/0+$/, '');
  return value.includes('.') ? digits.length >= 2 : digits.length >= 3;
}

function sameQuantityKey(c: ClassifiedMention): string {
  const m = c.mention;
  const q = c.quantity;
  // "tonnes per year" and "tonnes" state the same yearly amount; the period is not part of it.
  const perPeriod = q?.unit.dimension.endsWith('/period') === true;
  const amount =
    q && !perPeriod
      ? `${q.unit.dimension}|${q.value.times(q.unit.toBase).toString()}`
      : `|${numeric(m.value)}`;
  return `${m.year}|${amount}`;
}

const STOP = new Set([
  'no',
  'not',
  'any',
  'zero',
  'none',
  'there',
  'did',
  'had',
  'the',
  'of',
  'and',
  'a',
  'an',
  'in',
  'to',
  'for',
  'by',
  'with',
  'has',
  'have',
  'had',
  'was',
  'were',
  'is',
  'are',
  'its',
  'our',
  'company',
  'group',
  'we',
]);

/** Content words of a label, numbers left out. */
function contentWords(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length > 1 && !STOP.has(w) && !/^\d+$/.test(w))
      .map((w) => w.replace(/s$/, '')),
  );
}

/** Standard and scheme numbers in a label ("ISO 14064", "IATF 16949", "GB/T 2589"). */
function identifiers(text: string): string {
  return [...text.matchAll(/\b[A-Z]{2,}(?:\/[A-Z]+)?[\s-]?(\d{3,})/g)]
    .map((m) => m[1] ?? '')
    .sort()
    .join(' ');
}

/** Labels agree when half or more of their content words are shared. */
function similar(a: string, b: string): boolean {
  const x = contentWords(a);
  const y = contentWords(b);
  // Standard numbers identify what is counted ("ISO 14064" vs "ISO 45001"): they must agree.
  if (identifiers(a) !== identifiers(b)) return false;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return shared / Math.min(x.size, y.size) >= 0.5;
}
