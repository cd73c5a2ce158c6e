import { findMetricsByPhrase, type Dims } from '../../core/index.js';
import type { SeriesKey } from '../fact-index/index.js';
import type { Figure } from '../precision/index.js';
import type { RuleContext } from './rule.js';

/**
 * Scope 2 counts purchased heat, steam and cooling besides electricity (GHG Protocol Scope 2 Guidance,
 * ch. 1), and a report may state a factor and print a Scope 2 row for each carrier ("electricity 0.552
 * tCO2/MWh; district heat 0.340 tCO2/MWh", then "Scope 2 – electricity" and "Scope 2 – heat" under the
 * Scope 2 total). The words of each carrier in the languages reports print them: English; Polish
 * "ciepło", "chłód", "energia elektryczna"; German "Wärme", "Dampf", "Kälte", "Strom"; Dutch "warmte",
 * "stoom", "elektriciteit"; the Scandinavian "(fjern)varme", "ånga", "strøm", "el"; French "chaleur",
 * "vapeur", "électricité"; Spanish, Portuguese and Italian "calor(e)", "vapor(e)", "electricidad",
 * "eletricidade", "elettricità".
 */
const OTHER_CARRIER =
  /(?<!\p{L})(?:heat(?:ing)?|steam|cooling|chilled|ciepł\p{L}*|chłod\p{L}*|chłód|(?:fern)?wärme|dampf|kälte|warmte|stoom|koude|(?:fjern)?varme|fjärrvärme|ånga|chaleur|vapeur|froid|calore?|vapore?)(?!\p{L})|热力|蒸汽/iu;
const ELECTRICITY =
  /(?<!\p{L})(?:electric(?:ity|al\s+power)|elektryczn\p{L}*|strom|elektriciteit|elektrisitet|elektricitet|strøm|électricité|electricidad|eletricidade|energia\s+el[ée]trica|elettricità|energia\s+elettrica)(?!\p{L})|电力|外购电/iu;

// A number standing on its own in a label ("0.340", "1,204"), not the digit of a formula ("CO2").
const NUMBER = /(?<![\p{L}\d.,])\d[\d.,]*/gu;

/**
 * The words a sentence names a figure with: those of its label between the number before it and its
 * own ("… electricity 0.597 t CO2/MWh for 2024 and 0.552 t CO2/MWh for 2025; heat 0.340": "heat" for
 * 0.340, "and" for 0.552). The whole label when its own number is not found in it.
 */
export function ownWords(f: Figure): string {
  const label = f.fact.label ?? '';
  const p = f.fact.provenance;
  const printed = p.kind === 'document' ? Number(p.reported.value) : NaN;
  const numbers = [...label.matchAll(NUMBER)];
  const at = numbers.filter((m) => Number(m[0].replace(/,/g, '')) === printed).pop();
  if (!at) return label;
  const before = numbers.filter((m) => m.index < at.index).pop();
  return label.slice(before ? before.index + before[0].length : 0, at.index);
}

/** Whether a factor's own words name a carrier bought besides electricity ("district heat 0.340 tCO2/MWh"). */
export function isOtherCarrierFactor(f: Figure): boolean {
  const words = ownWords(f);
  return OTHER_CARRIER.test(words) && !ELECTRICITY.test(words);
}

// The fuels a site burns (Scope 1): a factor a sentence names by one is that fuel's, not the grid's.
const FUELS: ReadonlySet<string> = new Set([
  'energy.natural_gas',
  'energy.diesel',
  'energy.gasoline',
  'energy.lpg',
  'energy.coal',
  'energy.fuel_nonrenewable',
  'energy.fuel_renewable',
  'energy.other_fuels',
]);

/**
 * Whether a factor's own words name a fuel burnt on site, in any language the metric catalogue reads
 * ("natural gas 0.201 t CO2/MWh, diesel 0.266 t CO2/MWh; grid 0.748 t CO2/MWh": the first two).
 */
export function isFuelFactor(f: Figure): boolean {
  const words = ownWords(f);
  const best = findMetricsByPhrase(words)[0]?.metric.id;
  return best !== undefined && FUELS.has(best) && !ELECTRICITY.test(words);
}

/**
 * The Scope 2 of purchased electricity alone, when a table row under the Scope 2 total prints it apart
 * from the heat or steam ("Scope 2 – electricity (location-based)"): the rows naming electricity and no
 * other carrier, location-based or naming no method, agreeing in value; undefined otherwise.
 */
export function electricityScope2(ctx: RuleContext, series: SeriesKey, dims: Dims): Figure | undefined {
  const rows = [dims, { ...dims, scope2_method: 'location' }]
    .flatMap((d) => ctx.facts.find(series, d))
    .filter((f) => {
      const label = f.fact.label ?? '';
      const p = f.fact.provenance;
      const row = p.kind === 'document' && p.extraction === 'table';
      return row && ELECTRICITY.test(label) && !OTHER_CARRIER.test(label);
    });
  const [first] = rows;
  return first && rows.every((f) => f.value.eq(first.value) && f.unit.symbol === first.unit.symbol)
    ? first
    : undefined;
}
