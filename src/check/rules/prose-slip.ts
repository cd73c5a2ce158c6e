import { dec } from '../../core/index.js';
import { sameSense, type FigureSense } from '../fact-index/index.js';
import {
  decimalString,
  makeFinding,
  placesOf,
  showFigure,
  whereOf,
  type CheckFinding,
} from '../finding/index.js';
import {
  gapBetween,
  midpoint,
  overlaps,
  scaleInterval,
  type Figure,
  type Interval,
} from '../precision/index.js';
import { factorBetween, figuresCrossCoal, rangeIn } from './convert-figure.js';
import { isTableRow, quotedLabel, type PrintedSeries, type Printing } from './printed-series.js';

/** A gap this small (relative to the larger value) between a sentence and agreeing tables is a stale or mistyped copy. */
const STALE_GAP = 0.1;

/** Largest power of ten a unit or scale slip is looked for at (RMB vs RMB million). */
const MAX_POWER = 6;

/** Digits a value needs before its digits in another order, or ten times it, are unlikely by chance. */
const MIN_DIGITS = 3;

/** Digits a sentence and a row both print before a scale slip among rows that disagree is read. */
export const SLIP_AMONG_ROWS_DIGITS = 4;

/** Why a sentence's value is read as a slip of the tables' value. */
export type Slip = 'scale' | 'digits' | 'gap';

/**
 * Sentences that print a series the report's tables agree on with another value that reads as a slip
 * of it: ten, a hundred … times it (a unit or scale slip: RMB 10,000 read as million), its digits in
 * another order (2,410 for 2,140), or within a stale copy's gap. A sentence whose words narrow it (a
 * subset, a saving, an event) is about something else and is left out, as are farther values
 * (more often a part the sentence names than a second total).
 */
export function proseSlips({ printings, representative }: PrintedSeries): {
  findings: CheckFinding[];
  flagged: Set<Figure>;
} {
  const findings: CheckFinding[] = [];
  const flagged = new Set<Figure>();
  const report = (figure: Figure, table: Figure, slip: Slip) => {
    flagged.add(figure);
    findings.push(slipFinding(figure, table, slip));
  };
  if (!representative) {
    for (const [figure, table] of scaleSlipsAmongRows(printings)) report(figure, table, 'scale');
    return { findings, flagged };
  }
  const { figure: table, sense: tableSense } = representative;
  if (!isTableRow(table) || table.qualifier !== 'exact') return { findings, flagged };
  for (const printing of printings) {
    const range = comparableRange(printing, table, tableSense);
    const slip = range && slipOf(table, printing.figure, range);
    // "approximately 6,420 employees" beside 6,240 in the table: a rounded figure may sit near the
    // exact one, but not in other digits or at another power of ten.
    if (slip && (printing.figure.qualifier === 'exact' || slip !== 'gap'))
      report(printing.figure, table, slip);
  }
  return { findings, flagged };
}

/**
 * A sentence's value in a table figure's unit, when the sentence may be a copy of it and disagrees
 * with it; undefined otherwise.
 */
export function comparableRange(
  { figure, sense }: Printing,
  table: Figure,
  tableSense: FigureSense,
): Interval | undefined {
  // A sentence whose words make it another quantity (a saving, a subset, last year's comparative)
  // is no copy of the table's figure.
  const other = sense.markers.length > 0 || !sameSense(tableSense, sense);
  const plain = figure.qualifier === 'exact' || figure.qualifier === 'about';
  if (isTableRow(figure) || !plain || other || withShare(figure)) return undefined;
  // Electricity "equivalent to 2,291.14 tons of standard coal" is a conversion by a coefficient,
  // not a copy of the kWh row: it is checked against the coefficient (factor.stated), not here.
  if (figuresCrossCoal(figure, table)) return undefined;
  const range = rangeIn(figure, table.unit);
  if (!range || overlaps(range, table.range) || figure.value.isZero()) return undefined;
  return range;
}

/**
 * When the tables print a series with values that disagree (a "Purchased electricity (grid)" row and
 * a "Total electricity" row both read as electricity), a sentence agreeing with none of them that is a
 * power of ten off exactly one of their values ("32.57 million kWh" against 325,666 thousand kWh) is a
 * scale slip of that row. Only a scale slip, and only with four digits printed on both sides: among
 * several values a reordering, a small gap or a short figure could match by chance.
 */
function scaleSlipsAmongRows(printings: readonly Printing[]): [Figure, Figure][] {
  const telling = (f: Figure) => printedDigits(f).replace(/^0+/, '').length >= SLIP_AMONG_ROWS_DIGITS;
  const rows = printings.filter((p) => isTableRow(p.figure) && p.figure.qualifier === 'exact');
  const out: [Figure, Figure][] = [];
  for (const printing of printings) {
    if (isTableRow(printing.figure) || !telling(printing.figure)) continue;
    const ranges = rows.map((row) => comparableRange(printing, row.figure, row.sense));
    // A sentence that agrees with, or cannot be set against, some row is no slip of the others.
    if (ranges.some((r) => r === undefined)) continue;
    const slipped = rows.filter((row, i) => {
      const range = ranges[i];
      return range !== undefined && telling(row.figure) && isScaleSlip(row.figure, range);
    });
    const [first] = slipped;
    if (first && slipped.every((row) => row.figure.value.eq(first.figure.value)))
      out.push([printing.figure, first.figure]);
  }
  return out;
}

/** duplicate.value's finding on a sentence read as a slip of a table's figure. */
export function slipFinding(figure: Figure, table: Figure, slip: Slip): CheckFinding {
  return makeFinding('duplicate.value', {
    severity: 'warning',
    message:
      `${quotedLabel(figure)} is printed as ${showFigure(figure)} (${whereOf(figure)}), but the tables give ` +
      `${showFigure(table)} (${whereOf(table)}) for ${table.fact.period.year}: ${REASON[slip]}`,
    figures: [figure, table],
    expected: decimalString(table.value, placesOf(table)),
    actual: decimalString(figure.value, placesOf(figure)),
  });
}

/** Each slip's reason, as a finding says it. */
export const REASON: Readonly<Record<Slip, string>> = {
  scale: 'one is a power of ten times the other, a slip in the unit or its scale.',
  digits: 'the same digits in another order, a typing slip.',
  gap: 'a gap too small for another figure, a stale or mistyped copy.',
};

/** 10, 100 … 10^MAX_POWER. */
const POWERS_OF_TEN = Array.from({ length: MAX_POWER }, (_, i) => dec(10).pow(i + 1));

/** Whether a value (in the table's unit) is ten, a hundred … times the table's figure, or as much less. */
function isScaleSlip(table: Figure, range: Interval): boolean {
  for (const factor of POWERS_OF_TEN) {
    if (
      overlaps(scaleInterval(table.range, factor), range) ||
      overlaps(table.range, scaleInterval(range, factor))
    )
      return true;
  }
  return false;
}

/**
 * How a sentence's value (its range in the table figure's unit) reads as a slip of the table's figure: a
 * power of ten, its digits in another order, or a stale copy's gap; undefined when it reads as none.
 */
export function slipOf(table: Figure, figure: Figure, range: Interval): Slip | undefined {
  const enough = (f: Figure) => printedDigits(f).replace(/^0+/, '').length >= MIN_DIGITS;
  if (enough(table) && enough(figure)) {
    if (isScaleSlip(table, range)) return 'scale';
    // Rates of different things cluster (92% and 96.8%): only a scale slip tells a share apart.
    if (table.unit.dimension === 'fraction') return undefined;
    const b = printedDigits(figure);
    if (reordered(printedDigits(table), b) || reordered(digitsAtScaleOf(table, figure), b)) return 'digits';
  }
  if (table.unit.dimension === 'fraction') return undefined;
  // Both in the table's unit: a sentence in millions beside a table in thousands.
  const sentence = midpoint(range).abs();
  const larger = table.value.abs().gt(sentence) ? table.value.abs() : sentence;
  return gapBetween(table.range, range).div(larger).lte(STALE_GAP) ? 'gap' : undefined;
}

/**
 * Two printings in one unit and precision whose digits are one another's with two neighbours swapped
 * (214.6 for 241.6), with {@link SLIP_AMONG_ROWS_DIGITS} digits or more: a typing slip, however far apart
 * the values, where a shorter figure's reordering could be another row's by chance.
 */
export function transposedDigits(a: Figure, b: Figure): boolean {
  if (a.unit.symbol !== b.unit.symbol || placesOf(a) !== placesOf(b)) return false;
  const [x, y] = [printedDigits(a), printedDigits(b)];
  if (x.length !== y.length || x.replace(/^0+/, '').length < SLIP_AMONG_ROWS_DIGITS) return false;
  let at = 0;
  while (at < x.length && x[at] === y[at]) at++;
  return at < x.length && x[at] === y[at + 1] && x[at + 1] === y[at] && x.slice(at + 2) === y.slice(at + 2);
}

/** Two runs of digits that are one another in another order. */
function reordered(a: string, b: string): boolean {
  return a.length === b.length && a !== b && sorted(a) === sorted(b);
}

/**
 * The table's figure as the sentence prints it: in the sentence's unit, rounded to its printed places
 * (168,420 in thousands is 168.4 beside a sentence's "186.4 million"); '' when the units are one.
 */
function digitsAtScaleOf(table: Figure, figure: Figure): string {
  if (table.unit.symbol === figure.unit.symbol || table.unit.dimension !== figure.unit.dimension) return '';
  const value = table.value.times(factorBetween(table.unit, figure.unit)).abs();
  return value.toFixed(placesOf(figure)).replace(/\D/g, '').replace(/^0+/, '');
}

/** "2,096 employees (97.9%) completed …": a figure printed with its share of a whole is a part of it. */
export function withShare(f: Figure): boolean {
  let shared = WITH_SHARE.get(f);
  if (shared === undefined) WITH_SHARE.set(f, (shared = printedWithShare(f)));
  return shared;
}

/** {@link withShare} read once per figure: a sentence is set against every row of its series. */
const WITH_SHARE = new WeakMap<Figure, boolean>();

function printedWithShare(f: Figure): boolean {
  const p = f.fact.provenance;
  if (p.kind !== 'document') return false;
  const quote = p.quote.replace(/(\d),(?=\d{3})/g, '$1');
  const at = quote.indexOf(p.reported.value);
  if (at < 0) return false;
  return /^[^()]{0,40}\(\s*\d{1,2}(?:\.\d+)?\s*%\s*\)/.test(quote.slice(at));
}

/** The digits of the number as printed, without sign, separators or decimal point. */
export function printedDigits(f: Figure): string {
  const p = f.fact.provenance;
  const printed = p.kind === 'document' ? p.reported.value : f.value.toFixed();
  return printed.replace(/\D/g, '');
}

function sorted(digits: string): string {
  return digits.split('').sort().join('');
}
