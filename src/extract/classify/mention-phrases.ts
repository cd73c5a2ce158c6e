import { chooseMetric, type PhraseCache } from './choose-metric.js';
import type { Mention } from '../mention/index.js';
import { powerAsEnergy, type PrintedUnit } from './printed-unit.js';

/**
 * A power unit read as energy when nothing fits the power but an energy quantity is named ("Total
 * energy consumption | Megawatt"): the unit cell dropped the hours. Otherwise the unit as printed.
 */
export function energyForPower(
  texts: readonly string[],
  printed: PrintedUnit | undefined,
  cache: PhraseCache | undefined,
): PrintedUnit | undefined {
  const energy = powerAsEnergy(printed);
  if (!energy || chooseMetric(texts, printed, 1, cache)) return printed;
  return chooseMetric(texts, energy, 1, cache)?.metric.dimension === 'energy' ? energy : printed;
}

// A label that is only a kind of measure: what it measures is in the caption or group above.
const BARE_MEASURE = /^(?:intensity|density|per capita)$/i;

/**
 * A table row's label, completed by the table's subject when it names only a kind of measure: a row
 * "Intensity (tCO2e/RMB'0000 revenue)" under "Greenhouse gas emissions (unit: tCO2e)" is the
 * greenhouse gas emissions intensity. A label "X per Y" with a ratio unit is X's intensity.
 */
export function qualifiedLabel(m: Mention, printed: PrintedUnit | undefined): string {
  // "Water consumption per RMB'0000 of revenue (tonnes)" printed as a ratio is that quantity's intensity.
  const per = /^([^()]*?)\s+per\s+/i.exec(m.label)?.[1];
  // "Intensity per vehicle" names no quantity before "per": the table's subject does.
  const barePer = per !== undefined && BARE_MEASURE.test(per.trim());
  if (per !== undefined && printed?.denominator && !barePer) return `${per} intensity`;
  const core = (barePer ? per : m.label).replace(/\s*\([^()]*\)\s*$/, '').trim();
  if (!BARE_MEASURE.test(core)) return m.label;
  const subject = [...m.context]
    .reverse()
    .map((c) =>
      c
        .replace(/^table\s+\d+[.:]?\s*/i, '')
        .replace(/\s*\([^()]*\)\s*$/, '')
        .trim(),
    )
    .find((c) => c !== '' && c.length <= 80);
  return subject === undefined ? m.label : `${subject} ${core}`;
}

// "Total GHG emissions (market-based) per net revenue": a quantity, "per", then what it is divided by.
const QUANTITY_PER = /^(.+?)\s+per\s+([^()]+?)\s*(?:\([^()]*\))?\s*$/i;

/**
 * A table row "X per Y" printed with no unit (ESRS E1-6 tables give the unit in a note below:
 * "intensity = tCO2e / net revenue (EUR million)"): X's intensity over Y, when the catalogue has one,
 * as a label "X per Y" with a ratio unit is. Y is its denominator as printed.
 */
export function unitlessIntensity(
  label: string,
  cache: PhraseCache | undefined,
): { phrase: string; denominator: string } | undefined {
  const [, quantity, denominator] = QUANTITY_PER.exec(label.trim()) ?? [];
  if (quantity === undefined || denominator === undefined || BARE_MEASURE.test(quantity.trim()))
    return undefined;
  // "(market-based)" says how the quantity was read; the breakdown is taken from the label itself.
  const named = quantity.replace(/\s*\([^()]*\)/g, ' ').trim();
  const of = chooseMetric([named], undefined, 1, cache, (metric) => metric.kind !== 'intensity');
  const choice = chooseMetric([`${named} intensity`], undefined, 1, cache, (m) => m.kind === 'intensity');
  // The intensity of the quantity named: GHG emissions give a GHG intensity, never an energy one.
  const topic = (id: string) => id.split('.')[0];
  if (!of || !choice || topic(of.metric.id) !== topic(choice.metric.id)) return undefined;
  // The catalogue's own phrase names the intensity alone ("total GHG emissions intensity" also names the total).
  return { phrase: choice.phrase, denominator: denominator.trim() };
}

// "saved 1.73 million m3 of natural gas", "reducing carbon emissions by 3,700 tons": a saving, not a use.
const SAVING = /\b(?:sav(?:e|ed|es|ing)|reduc(?:e|ed|es|ing|tion)|cut|avoid(?:ed|ing)?)\b/i;

/** For a figure of a saving or a reduction, the catalogue's wording of savings in its unit's kind. */
export function savingPhrase(label: string, printed: PrintedUnit | undefined): string {
  if (!SAVING.test(label) || !printed) return '';
  const dim = printed.unit.dimension;
  if (dim === 'energy' || dim === 'volume')
    return /\b(?:carbon|co2|emission|ghg)/i.test(label) ? 'ghg emissions reduced' : 'energy saved';
  if (dim === 'ghg' || (dim === 'mass' && /\b(?:carbon|co2|emission|ghg)/i.test(label)))
    return 'ghg emissions reduced';
  return '';
}

/**
 * For a sentence's figure in a ratio unit, what the words before "per" name, as an intensity:
 * "energy consumption per RMB 10,000 of output value was 0.0306 tce" is the energy intensity.
 */
export function perPhrase(label: string, printed: PrintedUnit | undefined): string {
  const per = /^(.*?)\s+per\s+/i.exec(label)?.[1];
  return per !== undefined && printed?.denominator ? `${per} intensity` : '';
}

/** For a count, the counted noun as printed ("new volunteers"): it names the figure before the sentence does. */
export function countedNoun(unit: string, printed: PrintedUnit | undefined): string {
  return printed?.unit.dimension === 'count' ? unit : '';
}
