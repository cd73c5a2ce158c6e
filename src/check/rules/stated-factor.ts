import { foldAccents } from '../../core/index.js';
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
import { partOffFactor } from './stated-factor-parts.js';
import { withFuelAbbreviations } from './marine-fuel-names.js';
import { inputRowAbove, inputRowNamedAlike } from './stated-factor-rows.js';
import type { Rule, RuleContext } from './rule.js';

/** Words that name how energy is obtained or used, not which carrier: they do not tell rows apart. */
const GENERIC_WORDS = new Set([
  'purchased',
  'consumption',
  'combustion',
  'consumed',
  'used',
  'use',
  'factor',
  'factors',
  'faktor',
  'and',
  'of',
  'the',
  'for',
  'from',
  'scope',
  'equivalent',
  'value',
  // "converted at 0.0036 GJ/kWh": how a factor is applied, not what to.
  'converted',
  'conversion',
  'at',
  // "the emission indicator for electricity end users": who buys a carrier, not which one ("End-of-life
  // of sold products" is no electricity).
  'end',
  'final',
  'user',
  'users',
  'emission',
  'emissions',
  'indicator',
  // Articles and prepositions inside a subject in other languages ("cocsul de petrol", "gaz de
  // schiste", "aceite de oliva"): every sentence has them, so they name no carrier.
  'de',
  'del',
  'des',
  'du',
  'da',
  'do',
  'di',
  'la',
  'le',
  'les',
  'el',
  'los',
  'las',
  'van',
  'het',
  'der',
  'die',
  'das',
  'den',
  'dem',
  'mit',
  'aus',
  'von',
  'vom',
  'zum',
  'zur',
  'ein',
  'eine',
  'einem',
  'einer',
  // Norwegian, Danish and Swedish ("omregnet til energi med 9,96 MWh per m³ diesel og …").
  'og',
  'och',
  'er',
  'av',
  'af',
  'til',
  'till',
  'med',
  'omregnet',
  'omregnes',
]);

/** "Intensity" in the languages reports print it in: a ratio the report computes, not a factor it states. */
const INTENSITY_WORD =
  /(?<!\p{L})(?:intensit(?:y|é|à|ät|e)|intensidad|intensidade|intensywno[śs][ćc]|intenzitet|интензивност|интенсивност|원단위)|強度|强度/iu;

// Extraction's name for a figure no catalogue metric names: two such rows need not be one quantity.
const UNCLASSIFIED = 'unclassified';

/** At most this many words before a factor's number name its subject ("purchased electricity 0.5306 …"). */
const SUBJECT_WORDS = 3;

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
      const subject = subjectWords(f.fact.label ?? '', value, sentence);
      if (subject.size > 0) out.push({ figure: f, subject });
    }
  }
  return out;
}

/**
 * "… for petrol" after the unit, or after a list of the factor's values by year that the subject ends
 * ("0.61 tce/t in 2024 and 0.60 tce/t in 2025 for coal": both are coal's), and as French, Spanish, Portuguese and German reports word it ("0,251 kgCO2e/kWh pour le
 * gazole", "para el diésel", "für Heizöl"), Romanian and Dutch ("pentru motorină", "voor diesel"), Bulgarian "за
 * дизелово гориво" and Russian "для дизельного топлива": the unit, then
 * the word "for" and what the factor applies to. The unit may print its gas apart ("0,267 т CO2/МВтч за …").
 */
const FOR_SUBJECT =
  /^\s*(\S+(?: CO2e?\S*)?)(?:\s+in\s+\d{4})?(?:\s*(?:,|\band\b)\s*\d[\d.,]*\s*\1\s+in\s+\d{4})*\s+(?:for|pour|para|für|pentru|voor|за|для)\s+(?:(?:le|la|les|el|los|las|o|a|os|as|den|die|das|de|het)\s+|l['’])?(\p{L}[\p{L} ()'-]*)/iu;

/**
 * "9.96 MWh per m³ diesel", "2.68 tonnes CO2e per m³ of diesel": the unit written out with "per", then
 * the carrier it applies to (as Nordic reports print a conversion factor). A word after the unit that
 * joins a clause ("per tonne and diesel at …") or a unit's scale ("per thousand m³") names none.
 */
const PER_SUBJECT =
  /^\s*(?:\S+\s+){1,3}?per\s+\S+\s+(?:(?:of|av|af)\s+)?(?!(?:and|or|og|och|eller|at|in|for|to|til|med|i|på|from|fra)(?!\p{L}))(\p{L}{3,}[\p{L} ()'-]*)/iu;

/**
 * The words naming what a factor applies to: those after it when it reads "8.85 kWh/litre for petrol",
 * else those just before its number, back to the previous figure, separator or "and"/"for" ("natural
 * gas 2.162 kgCO2e/m³, diesel 2.68 kgCO2e/litre": 2.68 is diesel's).
 */
function subjectWords(label: string, printedValue: string, sentence: string): Set<string> {
  // The label prints "8,000 kcal/m³" where the value is read as 8000: compare without separators.
  const text = label.slice(0, 400).replace(/(\d),(?=\d{3})/g, '$1');
  const value = printedValue.replace(/(\d),(?=\d{3})/g, '$1');
  const at = value === '' ? -1 : text.indexOf(value);
  const after = at >= 0 ? text.slice(at + value.length) : '';
  const named = FOR_SUBJECT.exec(after)?.[2] ?? PER_SUBJECT.exec(after)?.[1] ?? forSubject(sentence, value);
  const before = at >= 0 ? text.slice(0, at) : (text.split(/\d/, 1)[0] ?? '');
  const clause =
    named?.split(/(?<!\p{L})(?:and|or|et|ou|y|e|und|și|si|en|og|och|eller|и|или)(?!\p{L})/u)[0] ??
    before.split(/[\d,;:/]|\b(?:and|for|y|e|et|ou|o|und|para|pour|für|pentru|voor|og|och)\b/).pop() ??
    '';
  const all = wordsOf(clause).filter((w) => !GENERIC_WORDS.has(w));
  // "fuel oil", "diesel fuel": the carrier's own word tells rows apart, "fuel" only when alone.
  const words = all.some((w) => !CARRIER_NOUNS.has(w)) ? all.filter((w) => !CARRIER_NOUNS.has(w)) : all;
  return new Set(named === undefined ? words.slice(-SUBJECT_WORDS) : words.slice(0, SUBJECT_WORDS));
}

// Words naming a carrier only in general: a row of "coal in conventional fuel" is no fuel oil row.
const CARRIER_NOUNS = new Set(['fuel', 'fuels']);

/**
 * The subject after the factor in its whole sentence, when the label extraction cut stops before it
 * ("0.61 tce/t in 2024, 0.60 tce/t in 2025 for coal" labelled up to "in 2024").
 */
function forSubject(sentence: string, value: string): string | undefined {
  const text = sentence.slice(0, 600).replace(/(\d),(?=\d{3})/g, '$1');
  const at = value === '' ? -1 : text.indexOf(value);
  return at < 0 || text.indexOf(value, at + 1) >= 0
    ? undefined
    : FOR_SUBJECT.exec(text.slice(at + value.length))?.[2];
}

/**
 * The words of a text, accents folded ("gasóleo" is one word, not "gas" and "leo"), a marine fuel's
 * name as its abbreviation ("marine gas oil" is "mgo", as a fleet's row prints it).
 */
function wordsOf(text: string): string[] {
  // Letters no accent folds away stay in their word: Norwegian "strøm" is one word, not "str" and "m".
  return withFuelAbbreviations(foldAccents(text)).match(/\p{L}+/gu) ?? [];
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
  const candidates = ctx.facts
    .metrics()
    .flatMap((m) => ctx.facts.metric(m))
    .filter((g) => sameYear(g) && names(g, factor.subject) && !others.some((o) => names(g, o)))
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
          input: only(inputs) ?? inputRowAbove(inputs, converted) ?? inputRowNamedAlike(inputs, converted),
          output: converted,
        };
  // Rows of the whole and of a part side by side: each column's pair apart (a warning: which rows the
  // factor covers is less sure).
  const part =
    numDim !== denDim && (!whole?.input || !whole.output) ? partOffFactor(inputs, outputs, f) : undefined;
  const { input, output } = part ?? whole ?? {};
  if (!input || !output) return undefined;
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
