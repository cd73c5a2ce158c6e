import { tryParseUnit } from '../../core/index.js';
import { dimsKey, withoutKey } from '../fact-index/index.js';
import {
  decimalString,
  makeFinding,
  placesOf,
  showFigure,
  showNumber,
  whereOf,
  type CheckFinding,
} from '../finding/index.js';
import { midpoint, overlaps, type Figure } from '../precision/index.js';
import { baseRange } from './convert-figure.js';
import type { Implied } from './intensity-cluster.js';
import { printedValue } from './intensity-other-year.js';
import type { RuleContext } from './rule.js';

/** The catalogue's metric for a year's physical output (tonnes of cement, hectolitres of beer). */
export const PRODUCTION_METRIC = 'production.output';

/** The metric of a figure the catalogue could not name (a product's row: "Cement | thousand t"). */
const UNCLASSIFIED = 'unclassified';

/** Dimensions of a physical output an intensity may be per: a mass or a volume, never a count or money. */
const PHYSICAL: ReadonlySet<string> = new Set(['mass', 'volume']);

/**
 * Words that name output in general rather than a product ("per tonne of product", "t produced",
 * "на тонну продукции", "ανά τόνο προϊόντος"): such an intensity divides the production metric.
 */
const OUTPUT_WORDS: ReadonlySet<string> = new Set([
  'product',
  'products',
  'production',
  'produced',
  'output',
  'manufactured',
  'продукции',
  'продукта',
  'продукт',
  'продукция',
  'προϊόντος',
  'προϊόν',
  'παραγωγής',
]);

/** Words between a unit and its product that say nothing of the product ("tonne of cement"). */
const LINKING_WORDS: ReadonlySet<string> = new Set(['of', 'the', 'de', 'du', 'des', 'der', 'di', 'do', 'da']);

/**
 * The product a physical denominator names, in its words as printed ("t of cement" → "cement",
 * "т цемента*" → "цемента"); '' for output in general ("tonne of product"); undefined for a bare unit
 * ("/t"), a non-physical one, or words past a few.
 */
export function productOf(printedDen: string): string | undefined {
  const words = printedDen
    .toLowerCase()
    .replace(/^\s*(?:per\s+|\/\s*)/, '')
    .split(/[^\p{L}\p{N}³².]+/u)
    .filter((w) => w !== '');
  const unit = tryParseUnit(words[0] ?? '');
  if (!unit || !PHYSICAL.has(unit.dimension)) return undefined;
  const rest = words.slice(1).filter((w) => !LINKING_WORDS.has(w));
  if (rest.length === 0 || rest.length > 3 || rest.some((w) => /\d/.test(w))) return undefined;
  return rest.every((w) => OUTPUT_WORDS.has(w)) ? '' : rest.join(' ');
}

/**
 * Output in general ('') for a denominator printed as a bare mass or volume with a scale
 * ("t/thousand m³", "t/tūkst. m³"): a report printing its one product's output in that unit divides
 * it; the production metric's figure of the year is then the reference. Undefined otherwise.
 */
export function bareOutput(printedDen: string): '' | undefined {
  const unit = tryParseUnit(printedDen.trim());
  return unit && PHYSICAL.has(unit.dimension) && !unit.toBase.eq(1) && /\s/.test(printedDen.trim())
    ? ''
    : undefined;
}

/** Words that end a product's name in a sentence ("per tonne of cement in 2025 was"). */
const AFTER_PRODUCT: ReadonlySet<string> = new Set([
  'and',
  'in',
  'was',
  'were',
  'is',
  'are',
  'for',
  'from',
  'at',
  'with',
  'per',
  'which',
  'while',
  'compared',
  'versus',
  'vs',
  'than',
  'the',
  'a',
  'an',
  'to',
  'on',
  'by',
  'down',
  'up',
]);

/**
 * The product an intensity is per: the words after the unit of its denominator, or, for a figure read
 * from a sentence whose unit stopped at the bare unit ("0.62 t CO2e per tonne of cement"), the words
 * after "of" there (or output in general, a word for it right after the unit), when every such mention
 * in the sentence names the same product.
 */
export function intensityProduct(intensity: Figure, printedDen: string): string | undefined {
  const own = productOf(printedDen);
  const p = intensity.fact.provenance;
  if (own !== undefined || p.kind !== 'document' || p.extraction !== 'text') return own;
  const unit = printedDen.trim().toLowerCase();
  if (!/^[\p{L}³²]+$/u.test(unit) || productOf(`${unit} of product`) !== '') return undefined;
  const named = new Set<string>();
  const words = p.quote.toLowerCase().split(/[^\p{L}\p{N}³²]+/u);
  words.forEach((w, i) => {
    if (w !== unit) return;
    // A language that puts output in the genitive names it with no "of" ("τόνο προϊόντος", "тонну продукции").
    if (OUTPUT_WORDS.has(words[i + 1] ?? '')) named.add('');
    if (words[i + 1] !== 'of') return;
    const after = words.slice(i + 2, i + 4);
    const end = after.findIndex((x) => AFTER_PRODUCT.has(x) || x === '' || /\d/.test(x));
    const name = (end < 0 ? after : after.slice(0, end)).join(' ');
    named.add(name === '' ? '?' : (productOf(`${unit} of ${name}`) ?? '?'));
  });
  const [product] = named;
  return named.size === 1 && product !== '?' ? product : undefined;
}

/** One word and another form of it: a plural ("cement", "cements") or a case ending ("цемента", "цемент"). */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  let common = 0;
  while (common < a.length && a[common] === b[common]) common += 1;
  return common >= 4 && a.length - common <= 2 && b.length - common <= 2;
}

/** Whether a label names every word of a product. */
function names(label: string, product: string): boolean {
  const words = label.toLowerCase().split(/[^\p{L}]+/u);
  return product.split(' ').every((p) => words.some((w) => sameWord(w, p)));
}

/**
 * The year's output an intensity per a physical unit divides: the production metric's figure for
 * output in general, or the one figure in the denominator's dimension whose label names the product
 * ("Cement | thousand t" for "kg CO2 per t of cement"), read as production or not read at all. Only
 * when every such figure of the year, with the intensity's breakdown, has one value.
 */
export function productionReference(
  ctx: RuleContext,
  intensity: Figure,
  dimension: string,
  product: string,
  ignoredDims: readonly string[],
): Implied | undefined {
  if (!PHYSICAL.has(dimension)) return undefined;
  const { fact } = intensity;
  const part = dimsKey([...ignoredDims, 'denominator'].reduce(withoutKey, fact.dims));
  const candidates = ctx.facts.figures.filter(
    (f) =>
      f.unit.dimension === dimension &&
      f.fact.period.year === fact.period.year &&
      f.fact.entity === fact.entity &&
      f.fact.basis === 'actual' &&
      dimsKey(f.fact.dims) === part &&
      (product === ''
        ? f.fact.metric === PRODUCTION_METRIC
        : (f.fact.metric === PRODUCTION_METRIC || f.fact.metric === UNCLASSIFIED) &&
          names(f.fact.label ?? '', product)),
  );
  const [first] = candidates;
  if (!first) return undefined;
  const range = baseRange(first);
  if (candidates.some((c) => !baseRange(c).lo.eq(range.lo) || !baseRange(c).hi.eq(range.hi)))
    return undefined;
  const reading = { range, figures: [first] };
  return { ...reading, alternatives: [reading], reference: true, output: true };
}

/** An intensity's series across years: its metric and dims, the denominator as printed among them. */
function seriesKey(implied: Implied): string {
  const [f] = implied.figures;
  return f ? `${f.fact.metric}|${dimsKey(f.fact.dims)}` : '';
}

function agrees(implied: Implied, output: Implied): boolean {
  return implied.alternatives.some((a) => overlaps(a.range, output.range));
}

/**
 * The intensity series some year of which is its numerator ÷ that year's output: only these are
 * judged against the output in other years, since one missing it every year was read with the wrong
 * numerator (Scope 1 + 2 per tonne beside a total with Scope 3), not divided by the wrong output.
 */
export function outputConfirmed(groups: readonly (readonly Implied[])[]): ReadonlySet<string> {
  const out = new Set<string>();
  for (const group of groups) {
    const output = group.find((g) => g.output);
    if (!output) continue;
    for (const g of group) if (!g.reference && agrees(g, output)) out.add(seriesKey(g));
  }
  return out;
}

/** The group without its output when none of its intensities' series was confirmed to divide it. */
export function withConfirmedOutput(group: readonly Implied[], confirmed: ReadonlySet<string>): Implied[] {
  const trusted = group.some((g) => !g.reference && confirmed.has(seriesKey(g)));
  return group.filter((g) => !g.output || trusted);
}

/**
 * The one intensity of a group that no reading reconciles with the year's output it is per, when
 * another year of it does: a warning naming the output it seems divided by and the intensity the
 * year's own output gives.
 */
export function outputMismatch(
  group: readonly Implied[],
  confirmed: ReadonlySet<string>,
  ruleId: string,
): CheckFinding | undefined {
  const intensities = group.filter((g) => !g.reference);
  const output = group.find((g) => g.output);
  const [implied] = intensities;
  const [own] = output?.figures ?? [];
  if (intensities.length !== 1 || !implied || !output || !own) return undefined;
  if (agrees(implied, output) || !confirmed.has(seriesKey(implied))) return undefined;
  const [intensity, numerator] = implied.figures;
  const ownMid = midpoint(output.range);
  if (!intensity || !numerator || ownMid.lte(0)) return undefined;
  const divided = midpoint(implied.range);
  // The intensity scales inversely with its denominator: divided by the year's output, it would be this.
  const expected = printedValue(intensity).times(divided).div(ownMid);
  const places = printedValue(intensity).decimalPlaces();
  const year = intensity.fact.period.year;
  return makeFinding(ruleId, {
    severity: 'warning',
    message:
      `${showFigure(intensity)} (${whereOf(intensity)}) for ${year} is ${showFigure(numerator)} ` +
      `(${whereOf(numerator)}) divided by about ${showNumber(divided.div(own.unit.toBase), placesOf(own))} ${own.unit.symbol}, ` +
      `not by ${year}'s output ${showFigure(own)} (${whereOf(own)}): with it, it is about ${decimalString(expected, places)}.`,
    figures: [intensity, numerator, own],
    expected: decimalString(expected, places),
    actual: decimalString(printedValue(intensity), places),
  });
}
