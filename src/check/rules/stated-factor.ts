import {
  makeFinding,
  severityFor,
  decimalString,
  showFigure,
  showRange,
  whereOf,
  type CheckFinding,
} from '../finding/index.js';
import { senseOf } from '../fact-index/index.js';
import { overlaps, type Figure } from '../precision/index.js';
import { baseRange, isCoalEquivalent } from './convert-figure.js';
import { productMiss } from './factor-product.js';
import { statedGwpGas } from './gas-gwp.js';
import { isTableRow } from './printed-series.js';
import { halfOffFactor, partOffFactor } from './stated-factor-parts.js';
import { namesOtherCarrier, subjectCarrier, subjectWords, wordsOf } from './stated-factor-subject.js';
import { inputRowAbove, inputRowNamedAlike, inputRowOfSameBreakdown } from './stated-factor-rows.js';
import type { Rule, RuleContext } from './rule.js';

/** "Intensity" in the languages reports print it in: a ratio the report computes, not a factor it states. */
const INTENSITY_WORD =
  /(?<!\p{L})(?:intensit(?:y|é|à|ät|e)|intensidad|intensidade|intensywno[śs][ćc]|intenzitet|интензивност|интенсивност|원단위)|強度|强度/iu;

// Extraction's name for a figure no catalogue metric names: two such rows need not be one quantity.
const UNCLASSIFIED = 'unclassified';

/**
 * A converted figure against the factor the report itself states: "purchased electricity 0.5306
 * tCO2/MWh" means Scope 2 from electricity is the MWh times 0.5306; "natural gas 1.2143 kgce/m³"
 * (GB/T 2589-2020) means the natural gas row in tce is the m³ times 1.2143. The factor, the input and
 * the output are each taken within their printed precision. A factor is applied to its own year and
 * only where one input row and one output row name its subject, so an ambiguous match says nothing.
 */
export const statedFactorRule: Rule = {
  id: 'factor.stated',
  title: 'A converted figure equals its input times the factor the report states',
  run(ctx) {
    const out: CheckFinding[] = [];
    const factors = statedFactors(ctx);
    for (const factor of factors) {
      // Letters and short marks ("S10 (B14)" gives "s", "b") name no carrier on their own. Only factors
      // of the same kind compete: "Electricity purchased – Italy" names the carrier of "electricity
      // 0.0036 GJ/kWh" as well as the country of "Italy 0.257 kgCO2e/kWh".
      const others = factors
        .filter((o) => o.figure.unit.dimension === factor.figure.unit.dimension)
        .map((o) => new Set([...o.subject].filter((w) => w.length >= 3)))
        .filter((o) => o.size > 0 && ![...o].some((w) => factor.subject.has(w)));
      const finding = check(ctx, factor, others, methodOf(factor, factors));
      if (finding) out.push(finding);
    }
    return out;
  },
};

/** Figures whose unit is one quantity per another, with the words naming what they apply to. */
function statedFactors(ctx: RuleContext): { figure: Figure; subject: Set<string> }[] {
  const out: { figure: Figure; subject: Set<string> }[] = [];
  for (const metric of ctx.facts.metrics()) {
    for (const f of ctx.facts.metric(metric)) {
      const [num, den] = f.unit.dimension.split('/');
      if (num === undefined || den === undefined || (num !== 'ghg' && num !== 'energy')) continue;
      const p = f.fact.provenance;
      const value = p.kind === 'document' ? p.reported.value.trim() : '';
      const sentence = p.kind === 'document' && p.extraction === 'text' ? p.quote : '';
      // An intensity ("GHG intensity (t CO2e per million revenue)") is a ratio of the report's own totals,
      // no factor it converts with: its unit's words would otherwise name any row printed in that unit.
      if (INTENSITY_WORD.test(f.fact.label ?? '')) continue;
      // A gas's GWP pairs its mass and tCO2e rows only where no charge or stock is printed as its mass:
      // the factor.gwp rule checks it with that care.
      if (statedGwpGas(f)) continue;
      const subject = subjectWords(f.fact.label ?? '', value, sentence);
      if (subject.size > 0) out.push({ figure: f, subject });
    }
  }
  return out;
}

function names(f: Figure, subject: Set<string>): boolean {
  return wordsOf(`${f.fact.label ?? ''} ${clauseBefore(f)}`).some((w) => subject.has(w));
}

/**
 * A sentence's words before its figure, back to the previous figure printed in the same unit: "Natural
 * gas consumption was 42.68 ten thousand m³, equivalent to 567.64 tons of standard coal, and diesel …
 * equivalent to 26.84 tons of standard coal" names natural gas for 567.64 and diesel for 26.84, which a
 * label clipped to its last few words may lose.
 */
function clauseBefore(f: Figure): string {
  const p = f.fact.provenance;
  if (p.kind !== 'document' || p.extraction !== 'text') return '';
  const quote = p.quote.slice(0, 600).replace(/(\d),(?=\d{3})/g, '$1');
  const at = quote.indexOf(p.reported.value.replace(/,/g, ''));
  if (at < 0) return '';
  const before = quote.slice(0, at);
  const unit = p.reported.unit.trim();
  const previous = unit === '' ? -1 : before.lastIndexOf(unit);
  return previous < 0 ? before : before.slice(previous + unit.length);
}

function isCoal(f: Figure): boolean {
  return isCoalEquivalent(f.printedUnit) || isCoalEquivalent(f.unit);
}

/**
 * `others` are the subjects of the report's other stated factors: a row that names one of them as well
 * ("Mobile combustion – petrol and ethanol") adds two carriers, so no one factor gives it.
 */
function check(
  ctx: RuleContext,
  factor: { figure: Figure; subject: Set<string> },
  others: readonly Set<string>[],
  method: 'location' | 'market' | undefined,
): CheckFinding | undefined {
  const f = factor.figure;
  const [numDim, denDim] = f.unit.dimension.split('/');
  const numSymbol = f.unit.symbol.split('/')[0] ?? '';
  const coalOut = isCoalEquivalent({ ...f.unit, symbol: numSymbol });
  const sameYear = (g: Figure) =>
    g !== f &&
    g.fact.period.year === f.fact.period.year &&
    g.fact.entity === f.fact.entity &&
    g.fact.basis === 'actual';
  // A market-based factor (a residual mix) applies only to power no certificate covers: no row gives it.
  if (method === 'market') return undefined;
  // A row names the factor's carrier by a word of its subject, or is classified as that carrier: a
  // table's rows may print another language's labels than the note (the fewer words, the less close).
  const carrier = subjectCarrier(factor.subject);
  // A table row naming a second carrier ("mobile sources (diesel, petrol)") is no one factor's.
  const namesCarrier = (g: Figure) =>
    (names(g, factor.subject) || g.fact.metric === carrier) &&
    !(carrier !== undefined && isTableRow(g) && namesOtherCarrier(g.fact.label ?? '', carrier));
  const candidates = ctx.facts
    .metrics()
    .flatMap((m) => ctx.facts.metric(m))
    .filter((g) => sameYear(g) && namesCarrier(g) && !others.some((o) => names(g, o)))
    // An amount saved or avoided ("saved 46,000 GJ of natural gas") is no carrier's input or output.
    .filter((g) => !senseOf(g).markers.includes('change'))
    .filter((g) => method === undefined || (g.fact.dims.scope2_method ?? method) === method);
  const inputs = closest(
    candidates.filter((g) => g.unit.dimension === denDim && !(denDim === 'energy' && isCoal(g))),
    factor.subject,
  );
  const outputs = closest(
    candidates.filter(
      (g) =>
        g.unit.dimension === numDim && (numDim !== 'energy' || isCoal(g) === coalOut) && !inputs.includes(g),
    ),
    factor.subject,
  );
  const converted = only(outputs);
  const whole =
    numDim === denDim
      ? conversionPair(candidates, f)
      : {
          input:
            only(inputs) ??
            inputRowAbove(inputs, converted) ??
            inputRowNamedAlike(inputs, converted) ??
            inputRowOfSameBreakdown(inputs, converted),
          output: converted,
        };
  // Rows of the whole and of a part side by side: each column's pair apart (a warning: which rows the
  // factor covers is less sure).
  // A half-year table ("1H | 2H | FY") pairs each half's rows the same way.
  const part =
    numDim !== denDim && (!whole?.input || !whole.output)
      ? (partOffFactor(inputs, outputs, f) ?? halfOffFactor(inputs, outputs, f))
      : undefined;
  const { input, output } = part ?? whole ?? {};
  // An intensity ("113.9 GJ per thousand m²", kept as GJ over a `denominator` dim) is per unit of output,
  // no carrier's amount: the factor's product is checked on amounts only.
  if (!input || !output || isIntensity(input) || isIntensity(output)) return undefined;
  const miss = productMiss(input, f, output);
  if (!miss) return undefined;
  const figures = [output, input, f];
  return makeFinding(statedFactorRule.id, {
    severity: part ? 'warning' : severityFor('error', figures),
    message:
      `${showFigure(output)} (${whereOf(output)}) is not ${showFigure(input)} (${whereOf(input)}) times the stated factor ` +
      `${showFigure(f)} (${whereOf(f)}): that gives ${showRange(miss.expected, 2)} ${miss.unit.symbol}.`,
    figures,
    expected: decimalString(miss.expectedMid, 2),
    actual: decimalString(miss.printedMid, 2),
  });
}

/**
 * For a factor between two units of one quantity ("grid electricity converted at 0.0036 GJ/kWh"):
 * the one row printed in the factor's lower unit and the row of the same metric and breakdown printed
 * in its upper unit, as a table that gives electricity in kWh and again in GJ prints them.
 */
function conversionPair(
  candidates: readonly Figure[],
  f: Figure,
): { input: Figure; output: Figure } | undefined {
  const unit = f.printedUnit.dimension === f.unit.dimension ? f.printedUnit : f.unit;
  const [upper, lower] = unit.symbol.split('/');
  const same = (a: Figure, b: Figure) =>
    a.fact.metric !== UNCLASSIFIED &&
    a.fact.metric === b.fact.metric &&
    JSON.stringify(a.fact.dims) === JSON.stringify(b.fact.dims);
  const pairs = candidates
    .filter((o) => o.printedUnit.symbol === upper)
    .flatMap((output) =>
      candidates
        .filter((i) => i.printedUnit.symbol === lower && same(i, output))
        .map((input) => ({ input, output })),
    );
  return pairs.length === 1 ? pairs[0] : undefined;
}

/**
 * The one figure of a list, counting one quantity printed twice once ("Electricity (GWh) 158.9" and
 * "Electricity (TJ) 572.0" agree within their digits): the most precise printing; undefined if none or
 * several that disagree.
 */
function only(list: readonly Figure[]): Figure | undefined {
  const [first] = list;
  if (!first) return undefined;
  const head = baseRange(first);
  if (!list.every((g) => overlaps(baseRange(g), head))) return undefined;
  const width = (g: Figure) => baseRange(g).hi.minus(baseRange(g).lo);
  return list.reduce((best, g) => (width(g).lt(width(best)) ? g : best), first);
}

/**
 * The figures naming most of a factor's subject: "natural gas 0.0562 t CO2e/GJ" is the "Natural gas"
 * row's, not the "LPG gas" row's, which names only "gas".
 */
function closest(list: readonly Figure[], subject: ReadonlySet<string>): Figure[] {
  const score = (g: Figure) =>
    wordsOf(`${g.fact.label ?? ''} ${clauseBefore(g)}`).filter((w) => subject.has(w));
  const counts = list.map((g) => new Set(score(g)).size);
  const most = Math.max(0, ...counts);
  return list.filter((_, i) => counts[i] === most);
}

// "Scope 2 location-based: factor for Italy 0.257 kgCO2eq/kWh": the method a factor's sentence names before it,
// in German too ("standortbasiert", "marktbasiert", a "Residualmix").
const METHOD = /\b(location|market)[- ]based\b|\b(residual[- ]?mix)\b|\b(standort|markt)basiert\b/gi;

/**
 * The Scope 2 method a factor is stated for: the one its sentence names, else location-based when
 * another factor for the same subject is stated market-based ("Italy 0.257 kgCO2e/kWh" beside "residual
 * mix 0.457 kgCO2e/kWh for Italy": the unmarked one is the grid's).
 */
function methodOf(
  factor: { figure: Figure; subject: Set<string> },
  factors: readonly { figure: Figure; subject: Set<string> }[],
): 'location' | 'market' | undefined {
  const own = scope2Method(factor.figure);
  if (own !== undefined) return own;
  const shares = (o: { subject: Set<string> }) => [...o.subject].some((w) => factor.subject.has(w));
  const market = factors.some(
    (o) =>
      o !== factor &&
      o.figure.unit.dimension === factor.figure.unit.dimension &&
      shares(o) &&
      scope2Method(o.figure) === 'market',
  );
  return market ? 'location' : undefined;
}

/** The Scope 2 method a factor's sentence names, from the last method its sentence names before it. */
function scope2Method(f: Figure): 'location' | 'market' | undefined {
  const p = f.fact.provenance;
  if (p.kind !== 'document') return undefined;
  const at = p.quote.indexOf(p.reported.value.trim());
  const before = at < 0 ? '' : p.quote.slice(0, at);
  const last = [...before.matchAll(METHOD)].pop();
  if (!last) return undefined;
  return /^(?:location|standort)/i.test(last[0]) ? 'location' : 'market';
}

function isIntensity(g: Figure): boolean {
  return g.fact.dims.denominator !== undefined;
}
