import { dec, type Dims } from '../../core/index.js';
import { seriesOf, type SeriesKey } from '../fact-index/index.js';
import {
  makeFinding,
  severityFor,
  decimalString,
  placesOf,
  showFigure,
  showRange,
  whereOf,
  type CheckFinding,
  nameOf,
} from '../finding/index.js';
import {
  addIntervals,
  divideIntervals,
  midpoint,
  overlaps,
  scaleInterval,
  type Figure,
  type Interval,
} from '../precision/index.js';
import { relations, type Relations } from '../relations/index.js';
import { baseRange, rangeIn, rangesIn } from './convert-figure.js';
import {
  aloneInItsRow,
  computedInItsRow,
  printingsAtOdds,
  sameRowsComputeOtherYears,
  totalRowOf,
} from './share-rows.js';
import { groupsOf, populationSplits } from './population-split.js';
import type { Rule, RuleContext } from './rule.js';

type Formula = Relations['shares'][number]['formulas'][number];

/**
 * Words that name the population a count counts, when a share's words take that population as its
 * whole ("54.3% of trained employees were male", "among the leavers, 61% were under 30"): such a share
 * splits the counted people, so only their parent group's count is its base, not the headcount.
 */
const POPULATION: Readonly<Record<string, string>> = {
  'training.trained': 'trained|who\\s+(?:were\\s+)?trained|who\\s+received\\s+training',
  'turnover.count': 'leavers|departures|who\\s+left',
  'hires.count': 'new\\s+(?:hires|joiners|recruits)',
};

/** A computed share with the figures it came from. */
interface Computed {
  readonly percent: Interval;
  readonly figures: readonly Figure[];
  readonly text: string;
  /** The numerator is one part of what the share counts, so the share is at least this much. */
  readonly atLeast: boolean;
}

/**
 * A renewable energy figure that names one source ("Solar electricity", "Wind power bought") is one part of
 * the renewable energy: beside biomass or hydro printed in other rows, a share above it is no error. The
 * source's name starts the same in most European languages ("Solarna elektrana", "Photovoltaik",
 * "fotovoltaica", "hidroelektrana", "Windkraft"); South Slavic wind is "vjetar"/"vetar" ("vjetroelektrana").
 */
const ONE_RENEWABLE_SOURCE =
  /(?<![\p{L}])(?:solar\p{L}*|photovolta\p{L}*|fotovolta\p{L}*|fotonapon\p{L}*|pv|wind(?:kraft|energie|strom|power)?|e[oó]lic\p{L}*|vjetro\p{L}*|vetro\p{L}*|hydro\p{L}*|hidro\p{L}*|geotherm\p{L}*|geoterm\p{L}*|biomas\p{L}*|biogas|rooftop)(?![\p{L}])/iu;

/** Percentages against the counts they are computed from (female share, turnover, training coverage). */
export const shareOfCountRule: Rule = {
  id: 'share.count',
  title: 'A percentage agrees with the counts it is computed from',
  run(ctx) {
    const out: CheckFinding[] = [];
    for (const relation of relations().shares) {
      for (const share of ctx.facts.representatives(relation.share)) {
        const judged = judge(ctx, relation, share);
        if (judged.finding) out.push(judged.finding);
      }
      // A share printed twice with values that disagree has no one value to check; when the figures
      // reproduce one printing, each other printing is the slip.
      for (const printings of printingsAtOdds(ctx.facts, relation.share)) {
        const judged = printings.map((share) => ({ share, ...judge(ctx, relation, share) }));
        if (!judged.some((j) => j.computes)) continue;
        // The slip is a printing whose own row computes in the table's other years, or a key figure
        // printed alone in its row beside one the table computed in the row of its counts.
        const ownRow = judged.some((j) => j.computes && computedInItsRow(j.share, j.rows));
        for (const j of judged) {
          if (!j.finding) continue;
          const keyFigure = ownRow && aloneInItsRow(ctx.facts, j.share);
          if (keyFigure || sameRowsComputeOtherYears(ctx.facts, j.share, j.rows)) out.push(j.finding);
        }
      }
    }
    return out;
  },
};

type Share = Relations['shares'][number];

/** A share checked against its figures: whether they reproduce it, and the finding when they do not. */
interface Judged {
  readonly computes: boolean;
  readonly finding?: CheckFinding;
  /** The figures the share was computed from: those that reproduce it, else the nearest. */
  readonly rows: readonly Figure[];
}

function judge(ctx: RuleContext, relation: Share, share: Figure): Judged {
  if (partsTheWhole(ctx, share)) return { computes: false, rows: [] };
  const words = wordsOf(share);
  const formulas = relation.formulas.filter(
    (f) =>
      (f.when === undefined || new RegExp(f.when).test(words)) &&
      (f.denominator === 'parent' || !splitsCounted(words, f.numerator)),
  );
  const computed = formulas.flatMap((f) => compute(ctx, seriesOf(share.fact), share.fact.dims, f));
  if (computed.length === 0) return { computes: false, rows: [] };
  const printedPercent = scaleInterval(baseRange(share), dec(100));
  const reproduced = computed.find((c) => overlaps(c.percent, printedPercent));
  if (reproduced) return { computes: true, rows: reproduced.figures };
  const partOnly = (c: Computed): boolean =>
    c.atLeast &&
    printedPercent.hi.gt(c.percent.hi) &&
    !sameRowsComputeOtherYears(ctx.facts, share, c.figures);
  if (computed.some(partOnly)) return { computes: false, rows: [] };
  // The definition that comes nearest names the figures the message shows.
  const printedMid = midpoint(printedPercent);
  const [closest] = [...computed].sort((a, b) =>
    midpoint(a.percent).minus(printedMid).abs().comparedTo(midpoint(b.percent).minus(printedMid).abs()),
  );
  if (!closest) return { computes: false, rows: [] };
  const figures = [share, ...closest.figures];
  const finding = makeFinding(shareOfCountRule.id, {
    severity:
      formulas.filter((f) => f.printedApart !== true).length === 1 && relation.severity !== 'warning'
        ? severityFor('error', figures)
        : 'warning',
    message:
      `${nameOf(share)} is printed as ${showFigure(share)} (${whereOf(share)}), ` +
      `but ${closest.text} gives ${showRange(closest.percent, 2)}%` +
      (computed.length > 1 ? `; no usual definition (${relation.why}) reproduces it.` : '.'),
    figures,
    expected: decimalString(midpoint(closest.percent), 2),
    actual: decimalString(share.value, placesOf(share)),
  });
  return { computes: false, finding, rows: closest.figures };
}

/**
 * A column of shares that parts a population among its rows ("Share of trained employees (%)": 72.1 men,
 * 27.9 women, Total 100.0): its whole reads 100% because its rows add up to it, and says nothing of how
 * many of the workforce the population holds.
 */
function partsTheWhole(ctx: RuleContext, share: Figure): boolean {
  const whole = scaleInterval(baseRange(share), dec(100));
  if (!overlaps(whole, { lo: dec(100), hi: dec(100) })) return false;
  return ctx.facts.breakdownsOf(seriesOf(share.fact), share.fact.dims).some(({ parts }) => {
    const ranges = parts.length >= 2 ? rangesIn(parts, share.unit) : undefined;
    return ranges !== undefined && overlaps(addIntervals(ranges), share.range);
  });
}

/** The share's own words, lower-cased: its label, or the quote it was read from. */
function wordsOf(share: Figure): string {
  const p = share.fact.provenance;
  return (share.fact.label ?? (p.kind === 'document' ? p.quote : '')).toLowerCase();
}

/**
 * Whether the share's words take the counted people as its whole: "of/among (the) trained employees
 * were …", "among those who left". "The percentage of employees trained" is coverage and stays.
 */
function splitsCounted(text: string, numerator: string): boolean {
  const words = POPULATION[numerator];
  if (words === undefined || text === '') return false;
  const whole = `(?:all\\s+|the\\s+|those\\s+)?(?:${words})`;
  return (
    new RegExp(`\\bamong\\s+${whole}\\b`).test(text) ||
    new RegExp(`\\bof\\s+${whole}\\s+(?:[a-z]+\\s+)?(?:were|was|are|is)\\b`).test(text)
  );
}

function compute(ctx: RuleContext, series: SeriesKey, dims: Dims, formula: Formula): Computed[] {
  // The numerator as printed, and as its other printings (an "of which renewable" energy row).
  const numerators = [
    ctx.facts.at(series, formula.numerator, dims),
    ...relations()
      .samePrintings.filter((p) => p.metric === formula.numerator)
      .map((p) => ctx.facts.at(series, p.as.metric, { ...dims, ...p.as.dims })),
  ];
  const out: Computed[] = [];
  for (const numerator of numerators) {
    if (!numerator) continue;
    for (const d of denominators(ctx, series, dims, formula, numerator)) {
      const ratio = divideIntervals(numerator.range, d.range);
      if (!ratio) continue;
      out.push({
        percent: scaleInterval(ratio, dec(100)),
        figures: [numerator, ...d.figures],
        text: `${showFigure(numerator)} (${whereOf(numerator)}) over ${d.text}`,
        atLeast: ONE_RENEWABLE_SOURCE.test(numerator.fact.label ?? ''),
      });
    }
  }
  return out;
}

/** The suffix of a denominator that adds the numerator to the whole it names. */
const PLUS_NUMERATOR = '+numerator';

/** A denominator: one printed figure, or a sum of printed figures, as a range in the numerator's unit. */
interface Denominator {
  readonly range: Interval;
  readonly figures: readonly Figure[];
  readonly text: string;
}

function denominators(
  ctx: RuleContext,
  series: SeriesKey,
  dims: Dims,
  formula: Formula,
  numerator: Figure,
): Denominator[] {
  const single = (f: Figure | undefined, plus?: Figure): Denominator[] => {
    const r = f ? rangeIn(f, numerator.unit) : undefined;
    const extra = plus ? rangeIn(plus, numerator.unit) : undefined;
    if (!f || !r || (plus && !extra)) return [];
    const text = `${showFigure(f)}${plus ? ` + ${showFigure(plus)}` : ''} (${whereOf(f)})`;
    return [{ range: extra ? addIntervals([r, extra]) : r, figures: [f], text }];
  };
  if (formula.denominator.endsWith(PLUS_NUMERATOR)) {
    const whole = formula.denominator.slice(0, -PLUS_NUMERATOR.length);
    return single(ctx.facts.at(series, whole, dims), numerator);
  }
  if (formula.denominator !== 'parent') {
    const own = wholeOfType(formula.denominator, dims);
    // A whole printed with values that disagree (a grid row read as electricity above the total row):
    // a share is over its total row.
    return single(
      ctx.facts.at(series, formula.denominator, dims) ??
        (own && ctx.facts.at(series, own.metric, own.dims)) ??
        totalRowOf(ctx.facts, series, formula.denominator, dims),
    );
  }
  const out: Denominator[] = [];
  for (const split of populationSplits(dims)) {
    const parent = ctx.facts.at(series, formula.numerator, split.parent);
    if (parent) {
      out.push(...single(parent));
      continue;
    }
    // No printed total for the group: the sum of its printed parts stands in (198 + 24 managers).
    const parts = groupsOf(ctx.facts, { ...series, metric: formula.numerator }, split)?.parts ?? [];
    const ranges = parts.length >= 2 ? rangesIn(parts, numerator.unit) : undefined;
    if (!ranges) continue;
    out.push({
      range: addIntervals(ranges),
      figures: parts,
      text: `the sum by ${split.by.replace(/_/g, ' ')} ${parts.map((p) => showFigure(p)).join(' + ')}`,
    });
  }
  return out;
}

/** The metrics GRI 306-3 prints the waste of each type under, rather than as a total by type. */
const WASTE_OF_TYPE: Readonly<Record<string, string>> = {
  hazardous: 'waste.hazardous',
  'non-hazardous': 'waste.non_hazardous',
};

/**
 * A whole of one type printed as its own metric: the total waste of type hazardous is the
 * hazardous waste generated, the base of that type's recycling rate.
 */
function wholeOfType(metric: string, dims: Dims): { metric: string; dims: Dims } | undefined {
  const { waste_type: type, ...rest } = dims;
  const own = metric === 'waste.total' && type !== undefined ? WASTE_OF_TYPE[type] : undefined;
  return own === undefined ? undefined : { metric: own, dims: rest };
}
