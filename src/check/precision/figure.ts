import { dec, Decimal, getMetric, isMetricId, tryParseUnit, type Fact, type Unit } from '../../core/index.js';
import { around, scaleInterval, type Interval } from './interval.js';
import { readQualifier, type Qualifier } from './qualifier.js';

const ONE = dec(1);

/**
 * A fact's value as a check sees it: the value in the fact's unit, the range its printed digits allow
 * and how the number was meant. The range is half a unit of the last printed digit either side, the
 * rounding convention every report in the corpus follows ("In case of any discrepancies between the
 * total number and the sum … it is due to rounding").
 */
export interface Figure {
  readonly fact: Fact;
  readonly value: Decimal;
  readonly unit: Unit;
  /** Values the printed number may stand for, in `unit`. */
  readonly range: Interval;
  readonly qualifier: Qualifier;
  /**
   * The unit as the report printed it when it can be read (the extractor may have converted "Tons of
   * standard coal" to MWh), else `unit`. Rules use it to tell which conventions the printer applied.
   */
  readonly printedUnit: Unit;
}

/** Builds the figure of a fact from its provenance (printed digits) or, failing that, its own digits. */
export function figureOf(fact: Fact): Figure {
  const { value, unit } = fact.quantity;
  const p = fact.provenance;
  if (p.kind !== 'document') {
    // Calculated and entered values are exact as stored: no rounding leniency for trailing zeros.
    const half = halfUnitOf(value.toFixed(), { trailingZerosRounded: false });
    return { fact, value, unit, range: around(value, half), qualifier: 'exact', printedUnit: unit };
  }
  return new PrintedFigure(fact, value, unit, p.quote, p.reported.value.trim(), p.reported.unit);
}

/**
 * True when a whole number in `unit` counts things and so is exact: a count unit on a metric that
 * counts. A plain number classified as energy or emissions is a measure whose unit the table printed
 * elsewhere (a caption extraction did not read): rounded like any measure, not exact.
 */
function countsThings(fact: Fact, unit: Unit): boolean {
  if (unit.dimension !== 'count') return false;
  if (unit.symbol !== '' || !isMetricId(fact.metric)) return true;
  const metric = getMetric(fact.metric);
  return metric.kind !== 'absolute' || metric.dimension === 'count';
}

/**
 * A figure's range at the scale of another figure of the same dimension ("Rs 000" against "Rs million",
 * which extraction leaves as printed when the metric's unit is another currency); its own range otherwise.
 */
export function rangeLike(f: Figure, like: Figure): Interval {
  if (f.unit.dimension !== like.unit.dimension || f.unit.toBase.eq(like.unit.toBase)) return f.range;
  return scaleInterval(f.range, f.unit.toBase.div(like.unit.toBase));
}

/** The range a printed number allows, in the fact's unit (see {@link Figure.range}). */
function printedRange(value: Decimal, unit: Unit, printed: string, wholeCount: boolean): Interval {
  const printedValue = parsePrinted(printed);
  // The printed scale ("RMB 10,000", "'000 kWh") is applied once by the extractor; the same factor
  // carries the printed half-unit into the fact's unit.
  // Most facts keep the printed number; only a printed scale or unit needs the (slower) division.
  const unscaled = printedValue === undefined || printedValue.isZero() || printedValue.eq(value);
  const scale = unscaled ? ONE : value.div(printedValue).abs();
  const half = halfUnitOf(printedValue === undefined ? value.toFixed() : printed.replace(/,/g, ''), {
    wholeCount,
  });
  return unscaled ? around(value, half) : scaleInterval(around(value.div(scale), half), scale);
}

/**
 * Half a unit of the last printed digit: "533.30" → 0.005, "457" → 0.5. A whole number of four or
 * more digits ending in two or more zeros ("10,800", "1,500") is read as possibly rounded to its last non-zero digit, since
 * reports round narrative figures that way (10,800 tce beside 10,781 tce in the same report). A whole
 * count (`wholeCount`) is otherwise exact.
 */
export function halfUnitOf(
  printed: string,
  opts: { trailingZerosRounded?: boolean; wholeCount?: boolean } = {},
): Decimal {
  const digits = printed.replace(/^[-+]/, '').replace(/[eE].*$/, '');
  const dot = digits.indexOf('.');
  if (dot >= 0) return halfOfPower(-(digits.length - dot - 1));
  const trailingZeros = /0*$/.exec(digits)?.[0].length ?? 0;
  const lenient = opts.trailingZerosRounded ?? true;
  // Only from four digits up: "100" (per cent, people) is as likely exact as rounded.
  const roundedTo = lenient && trailingZeros >= 2 && digits.length >= 4 ? trailingZeros : 0;
  // A count of people or things printed as a whole number is exact: 9 subsidiaries is not 8.6.
  if (roundedTo === 0 && opts.wholeCount === true) return new Decimal(0);
  return halfOfPower(roundedTo);
}

/**
 * A printed figure whose range, qualifier and printed unit are read only when a rule asks: many
 * figures (unclassified rows, metrics no rule relates) never need them.
 */
class PrintedFigure implements Figure {
  private read: Qualifier | undefined;
  private printedAs: Unit | undefined;
  private allowed: Interval | undefined;

  constructor(
    readonly fact: Fact,
    readonly value: Decimal,
    readonly unit: Unit,
    private readonly quote: string,
    private readonly printed: string,
    private readonly printedUnitText: string,
  ) {}

  get range(): Interval {
    this.allowed ??= printedRange(this.value, this.unit, this.printed, countsThings(this.fact, this.unit));
    return this.allowed;
  }

  get qualifier(): Qualifier {
    this.read ??= readQualifier(this.quote, this.printed);
    return this.read;
  }

  get printedUnit(): Unit {
    if (!this.printedAs) {
      const read = this.printedUnitText.trim() === '' ? undefined : tryParseUnit(this.printedUnitText);
      this.printedAs = read?.dimension === this.unit.dimension ? read : this.unit;
    }
    return this.printedAs;
  }
}

const HALF_UNITS = new Map<number, Decimal>();

/** 10^exponent / 2, cached: a handful of exponents cover every printed figure. */
function halfOfPower(exponent: number): Decimal {
  let h = HALF_UNITS.get(exponent);
  if (!h) HALF_UNITS.set(exponent, (h = new Decimal(10).pow(exponent).div(2)));
  return h;
}

function parsePrinted(printed: string): Decimal | undefined {
  const cleaned = printed.replace(/,/g, '');
  if (!/^[-+]?\d*\.?\d+(?:[eE][-+]?\d+)?$/.test(cleaned)) return undefined;
  return dec(cleaned);
}
