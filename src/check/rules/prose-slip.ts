import { dec } from '../../core/index.js';
import { sameSense } from '../fact-index/index.js';
import {
  decimalString,
  makeFinding,
  placesOf,
  showFigure,
  whereOf,
  type CheckFinding,
} from '../finding/index.js';
import { gapBetween, overlaps, scaleInterval, type Figure, type Interval } from '../precision/index.js';
import { figuresCrossCoal, rangeIn } from './convert-figure.js';
import { isTableRow, quotedLabel, type PrintedSeries } from './printed-series.js';

/** A gap this small (relative to the larger value) between a sentence and agreeing tables is a stale or mistyped copy. */
const STALE_GAP = 0.1;

/** Largest power of ten a unit or scale slip is looked for at (RMB vs RMB million). */
const MAX_POWER = 6;

/** Digits a value needs before its digits in another order, or ten times it, are unlikely by chance. */
const MIN_DIGITS = 3;

/** Why a sentence's value is read as a slip of the tables' value. */
type Slip = 'scale' | 'digits' | 'gap';

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
  if (!representative) return { findings, flagged };
  const { figure: table, sense: tableSense } = representative;
  if (!isTableRow(table) || table.qualifier !== 'exact') return { findings, flagged };
  for (const { figure, sense } of printings) {
    // A sentence whose words make it another quantity (a saving, a subset, last year's comparative)
    // is no copy of the table's figure.
    const other = sense.markers.length > 0 || !sameSense(tableSense, sense);
    if (isTableRow(figure) || figure.qualifier !== 'exact' || other || withShare(figure)) continue;
    // Electricity "equivalent to 2,291.14 tons of standard coal" is a conversion by a coefficient,
    // not a copy of the kWh row: it is checked against the coefficient (factor.stated), not here.
    if (figuresCrossCoal(figure, table)) continue;
    const range = rangeIn(figure, table.unit);
    if (!range || overlaps(range, table.range) || figure.value.isZero()) continue;
    const slip = slipOf(table, figure, range);
    if (!slip) continue;
    flagged.add(figure);
    findings.push(
      makeFinding('duplicate.value', {
        severity: 'warning',
        message:
          `${quotedLabel(figure)} is printed as ${showFigure(figure)} (${whereOf(figure)}), but the tables give ` +
          `${showFigure(table)} (${whereOf(table)}) for ${table.fact.period.year}: ${REASON[slip]}`,
        figures: [figure, table],
        expected: decimalString(table.value, placesOf(table)),
        actual: decimalString(figure.value, placesOf(figure)),
      }),
    );
  }
  return { findings, flagged };
}

const REASON: Readonly<Record<Slip, string>> = {
  scale: 'one is a power of ten times the other, a slip in the unit or its scale.',
  digits: 'the same digits in another order, a typing slip.',
  gap: 'a gap too small for another figure, a stale or mistyped copy.',
};

function slipOf(table: Figure, figure: Figure, range: Interval): Slip | undefined {
  const enough = (f: Figure) => printedDigits(f).replace(/^0+/, '').length >= MIN_DIGITS;
  if (enough(table) && enough(figure)) {
    for (let k = 1; k <= MAX_POWER; k++) {
      const factor = dec(10).pow(k);
      if (
        overlaps(scaleInterval(table.range, factor), range) ||
        overlaps(table.range, scaleInterval(range, factor))
      )
        return 'scale';
    }
    // Rates of different things cluster (92% and 96.8%): only a scale slip tells a share apart.
    if (table.unit.dimension === 'fraction') return undefined;
    const a = printedDigits(table);
    const b = printedDigits(figure);
    if (a.length === b.length && a !== b && sorted(a) === sorted(b)) return 'digits';
  }
  if (table.unit.dimension === 'fraction') return undefined;
  const larger = table.value.abs().gt(figure.value.abs()) ? table.value.abs() : figure.value.abs();
  return gapBetween(table.range, range).div(larger).lte(STALE_GAP) ? 'gap' : undefined;
}

/** "2,096 employees (97.9%) completed …": a figure printed with its share of a whole is a part of it. */
function withShare(f: Figure): boolean {
  const p = f.fact.provenance;
  if (p.kind !== 'document') return false;
  const quote = p.quote.replace(/(\d),(?=\d{3})/g, '$1');
  const at = quote.indexOf(p.reported.value);
  if (at < 0) return false;
  return /^[^()]{0,40}\(\s*\d{1,2}(?:\.\d+)?\s*%\s*\)/.test(quote.slice(at));
}

/** The digits of the number as printed, without sign, separators or decimal point. */
function printedDigits(f: Figure): string {
  const p = f.fact.provenance;
  const printed = p.kind === 'document' ? p.reported.value : f.value.toFixed();
  return printed.replace(/\D/g, '');
}

function sorted(digits: string): string {
  return digits.split('').sort().join('');
}
