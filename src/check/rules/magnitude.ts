import { dec } from '../../core/index.js';
import { seriesOf } from '../fact-index/index.js';
import {
  makeFinding,
  decimalString,
  placesOf,
  showFigure,
  showNumber,
  whereOf,
  type CheckFinding,
  nameOf,
} from '../finding/index.js';
import { divideIntervals, midpoint, type Figure, type Interval } from '../precision/index.js';
import { factorRanges } from '../relations/index.js';
import { baseRange, rangeIn } from './convert-figure.js';
import type { Rule, RuleContext } from './rule.js';

/**
 * Money figures that are parts of what a company spends or gives: none should exceed its revenue.
 * R&D is left out: young technology companies do spend more on R&D than they earn.
 */
const SPENDING = [
  'community.donations',
  'environment.investment',
  'safety.investment',
  'economic.taxes',
] as const;

/** Magnitudes implausible against the company's other figures: spending above revenue, concentrations. */
export const magnitudeRule: Rule = {
  id: 'magnitude.plausible',
  title: 'Figures are plausible against the company’s other figures',
  run(ctx) {
    return [...spendingAboveRevenue(ctx), ...concentrations(ctx)];
  },
};

/**
 * A sentence saying an amount was given, paid or invested in the year ("the fund disbursed …", "we
 * invested … in efficiency projects", "payments to the fund were …"): the amount comes out of the
 * year's income, whatever the catalogue calls it. A total since inception or over several years may
 * well exceed one year's revenue, so such wording is left out.
 */
const PAID_OUT =
  /\b(?:disbursed|donated|granted|contributed|spent|invested|paid|payments?\s+(?:to|into)|gave|given\s+away)\b/i;
/**
 * The same verbs in the past tense of the other languages reports are read in: Slovak and Czech
 * ("investovali", "darovali", "vynaložili"), Polish ("zainwestowaliśmy", "przekazaliśmy"), German
 * ("investiert", "gespendet"), Spanish, Portuguese, Romanian and Hungarian; Italian "investito" and French
 * "investi" only as whole words ("Investition", "investigation" and "donation" are none). Danish, Norwegian
 * and Swedish say investments were carried out ("gennemført investeringer", "genomfört investeringar") or
 * use the participle ("investeret", "doneret", "udbetalt"); "investeret kapital" is invested capital, a
 * balance, not money spent in the year.
 */
const PAID_OUT_OTHER_LANGUAGES = new RegExp(
  String.raw`(?<!\p{L})(?:investoval|darova|věnoval|venoval|vynaložil|vyplatil|zainwestowa|przekaza|przeznaczy|wpłaci|` +
    String.raw`investiert|gespendet|ausgezahlt|aufgewendet|invert(?:imos|ió|ieron)|invirti|don(?:amos|ó|aron)|` +
    String.raw`investi(?:mos|u|ram)|doa(?:mos|ou|ram)|am\s+investit|am\s+donat|` +
    String.raw`adományoz|befektett|(?:gennemført|gjennomført|genomfört)\s+investering|` +
    String.raw`investere[td](?!\s+kapital)|investerat(?!\s+kapital)|doner(?:et|t|at)|udbetalt|utbetal)\p{L}*|(?<!\p{L})(?:investi|versé|(?:investit|donat|erogat)[oi])(?:e|s|es)?(?!\p{L})`,
  'iu',
);
/**
 * What is given to communities named as a noun ("our investment in the local community rose to …",
 * "community investment reached …"): money paid out of the year's income as the verbs above say.
 */
const GIVEN_TO_COMMUNITIES =
  /\binvestments?\s+in\s+(?:(?:the|our|its|local|host|nearby|surrounding)\s+)*communit(?:y|ies)\b|\b(?:community|social)\s+investments?\b/i;
const CUMULATIVE =
  /\b(?:since|cumulative\w*|to\s+date|inception|over\s+the\s+(?:past|last)|in\s+total\s+over)\b/i;

/**
 * What a company gives its communities is a small share of its revenue (community investment runs
 * at well under one per cent of revenue; a few per cent is already generous): an amount of half the
 * revenue or more is the revenue's digits at another scale (VND billion for VND million).
 */
const GIVING_SHARE_OF_REVENUE = 0.5;
const GIVING_METRIC = 'community.donations';
const GIVING_WORDS =
  /\b(?:communit(?:y|ies)|charit\w*|donat\w*|philanthrop\w*|sponsor\w*|scholarships?|social\s+investment|csr)\b/i;

/** Extraction's metric id for a figure no catalogue metric describes. */
const UNCLASSIFIED = 'unclassified';

function paidOut(ctx: RuleContext): Figure[] {
  return ctx.facts.metric(UNCLASSIFIED).filter((f) => {
    const p = f.fact.provenance;
    if (f.fact.basis !== 'actual' || !f.unit.dimension.startsWith('money:') || p.kind !== 'document')
      return false;
    const label = f.fact.label ?? '';
    const paid = PAID_OUT.test(label) || PAID_OUT_OTHER_LANGUAGES.test(label);
    return (paid || GIVEN_TO_COMMUNITIES.test(label)) && !CUMULATIVE.test(p.quote);
  });
}

function spendingAboveRevenue(ctx: RuleContext): CheckFinding[] {
  const out: CheckFinding[] = [];
  const costs = [...SPENDING.flatMap((metric) => ctx.facts.representatives(metric)), ...paidOut(ctx)];
  for (const cost of costs) {
    const found = largestRevenue(ctx, cost);
    if (!found) continue;
    const giving = isGiving(cost);
    const limit = giving ? found.rev.hi.times(GIVING_SHARE_OF_REVENUE) : found.rev.hi;
    if (cost.range.lo.lte(limit)) continue;
    const { revenue } = found;
    const share = giving && cost.range.lo.lte(found.rev.hi) ? 'at least half of' : 'more than';
    out.push(
      makeFinding(magnitudeRule.id, {
        severity: 'warning',
        message:
          `${nameOf(cost)} ${showFigure(cost)} (${whereOf(cost)}) is ${share} the revenue ` +
          `${showFigure(revenue)} (${whereOf(revenue)}); check the unit or scale (RMB vs RMB 10,000 vs RMB million).`,
        figures: [cost, revenue],
        expected: decimalString(revenue.value, placesOf(revenue)),
        actual: decimalString(cost.value, placesOf(cost)),
      }),
    );
  }
  return out;
}

/** A donation or an amount a sentence says went to communities or charity. */
function isGiving(cost: Figure): boolean {
  if (cost.fact.metric === GIVING_METRIC) return true;
  const p = cost.fact.provenance;
  return p.kind === 'document' && p.extraction === 'text' && GIVING_WORDS.test(cost.fact.label ?? '');
}

/**
 * The year's revenue in the cost's unit. Two revenues printed for one year under one label (a
 * segment's and the group's, their columns unnamed) disagree; spending above the larger is above both.
 */
function largestRevenue(ctx: RuleContext, cost: Figure): { revenue: Figure; rev: Interval } | undefined {
  let best: { revenue: Figure; rev: Interval } | undefined;
  for (const revenue of ctx.facts.find({ ...seriesOf(cost.fact), metric: 'economic.revenue' }, {})) {
    const rev = rangeIn(revenue, cost.unit);
    if (rev && (!best || rev.hi.gt(best.rev.hi))) best = { revenue, rev };
  }
  return best;
}

/** Pollutant mass over wastewater volume, in mg/L, against what effluent can carry. */
function concentrations(ctx: RuleContext): CheckFinding[] {
  const out: CheckFinding[] = [];
  for (const limit of factorRanges().concentrations) {
    for (const load of ctx.facts.representatives(limit.pollutant)) {
      const water = ctx.facts.at(seriesOf(load.fact), 'water.discharge', load.fact.dims);
      if (!water || load.unit.dimension !== 'mass' || water.unit.dimension !== 'volume') continue;
      // kg/m3 = g/L = 1000 mg/L.
      const ratio = divideIntervals(baseRange(load), baseRange(water));
      if (!ratio) continue;
      const mgPerL = { lo: ratio.lo.times(1000), hi: ratio.hi.times(1000) };
      if (mgPerL.lo.lte(limit.maxMgPerL)) continue;
      out.push(report(load, water, midpoint(mgPerL), dec(limit.maxMgPerL), limit.why));
    }
  }
  return out;
}

function report(
  load: Figure,
  water: Figure,
  mgPerL: Figure['value'],
  max: Figure['value'],
  why: string,
): CheckFinding {
  return makeFinding(magnitudeRule.id, {
    severity: 'warning',
    message:
      `${nameOf(load)} ${showFigure(load)} (${whereOf(load)}) in ${showFigure(water)} of ` +
      `wastewater (${whereOf(water)}) is ${showNumber(mgPerL, 0)} mg/L, above a plausible ${showNumber(max, 0)} mg/L (${why}); ` +
      `the load is probably in kg, not tonnes.`,
    figures: [load, water],
    expected: decimalString(max, 0),
    actual: decimalString(mgPerL, 0),
  });
}
