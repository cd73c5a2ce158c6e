import { listMetrics, namedDenominator } from '../../core/index.js';
import { chooseMetric, type PhraseCache } from './choose-metric.js';
import { readPrintedUnit, type PrintedUnit } from './printed-unit.js';

/** A row label read as "X per Y", its unit over Y and the intensity it names, for a row naming its denominator. */
export interface DenominatorRow {
  /** The label as "X per Y" in English, for the readers of "per" labels. */
  readonly label: string;
  /** True when the label names only an intensity, not what it is of ("Intensity / revenue"). */
  readonly bare: boolean;
  /** The denominator as the label prints it, "person" for an employee, a head or an FTE. */
  readonly denominator: string;
  /** The unit as printed when it already is a ratio or absent, else the caption's unit over Y. */
  readonly printed: PrintedUnit | undefined;
  /** The catalogue phrase of X's intensity, '' when X names no quantity with one. */
  readonly phrase: string;
}

// Quantities an intensity divides (GRI 302-3, 303-5, 305-4, 306-3 and money per head); a count over a
// person ("cases / employee") is a rate or a share with its own base, left as the reader finds it.
const DIVIDED = new Set(['ghg', 'mass', 'energy', 'volume', 'time']);

/**
 * A table row whose label names what it is divided by ("Energy / employee", "Intensiteetti, Scope 1 + 2
 * / liikevaihto", "Energieverbrauch pro Mitarbeiter") under a caption unit of the quantity alone
 * ("(t CO2e)"): an intensity in the caption's unit over that denominator (per person for an employee,
 * a head or an FTE), never an amount in the caption's unit. Undefined when the label names none.
 */
export function namedDenominatorRow(
  label: string,
  unit: string,
  read: PrintedUnit | undefined,
  cache: PhraseCache | undefined,
): DenominatorRow | undefined {
  const named = namedDenominator(label);
  if (!named) return undefined;
  const denominator = named.kind === 'person' ? 'person' : named.denominator;
  const base = {
    label: `${named.quantity === '' ? 'Intensity' : named.quantity} per ${named.denominator}`,
    bare: named.quantity === '',
    denominator,
    phrase: intensityPhrase(named.quantity, cache),
  };
  const dimension = read?.unit.dimension ?? '';
  if (!read || read.denominator !== '' || !(DIVIDED.has(dimension) || dimension.startsWith('money:')))
    return { ...base, printed: read };
  return { ...base, printed: readPrintedUnit(`${unit.trim()}/${denominator}`) ?? read };
}

/**
 * The catalogue's intensity of the quantity a label names in any language it reads ("Scope 1 + 2",
 * "Energieverbrauch"): the intensity metric of the same topic (GHG emissions give the GHG intensity).
 */
function intensityPhrase(quantity: string, cache: PhraseCache | undefined): string {
  if (quantity === '') return '';
  const of = chooseMetric([quantity], undefined, 1, cache, (m) => m.kind !== 'intensity');
  const topic = of?.metric.id.split('.')[0];
  const intensity = listMetrics().find((m) => m.kind === 'intensity' && m.id.split('.')[0] === topic);
  if (intensity) return intensity.phrases[0] ?? '';
  // A bare resource ("Energy", "Water") names no metric alone, but its intensity by name.
  if (of) return '';
  const named = chooseMetric([`${quantity} intensity`], undefined, 1, cache, (m) => m.kind === 'intensity');
  return named?.phrase ?? '';
}
