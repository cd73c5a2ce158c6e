import { tryParseUnit } from '../../core/index.js';
import type { NarrativeFigure } from './read-figure.js';

// The subject of a bracket that holds a plain mass: a gas named first, then what gives it off, up to
// the bracket ("The CO2 from burning firewood (", "carbon dioxide released by the kilns (",
// "GHG emissions of the fleet ("). Group 1 is the gas.
const GAS_SUBJECT =
  /(?:^|[,;:]\s*|\b(?:the|our|its|their)\s+)(co2|co₂|carbon dioxide|ghgs?|greenhouse gas(?:es)?)\b(?:\s+emissions?)?(?:\s+(?:from|of|released|emitted|given off|produced|generated)\b[^()\d;:.]{0,80})?\(\s*$/i;

/**
 * A plain mass printed in brackets after a gas named as the subject is a mass of that gas, not of the
 * thing burnt: "The CO2 from burning firewood (112,963.2 tonnes in 2025)" is tonnes of CO2, so no
 * fuel's tonnes. CO2 gives tCO2; GHGs give tCO2e (GHG Protocol reports them as CO2 equivalent).
 */
export function asGasMass(sentence: string, f: NarrativeFigure): NarrativeFigure {
  if (tryParseUnit(f.unit)?.dimension !== 'mass') return f;
  const gas = GAS_SUBJECT.exec(sentence.slice(Math.max(0, f.start - 160), f.start))?.[1];
  if (gas === undefined) return f;
  const marker = /^(?:co2|co₂|carbon dioxide)$/i.test(gas) ? 'CO2' : 'CO2e';
  return { ...f, unit: `${f.unit} ${marker}` };
}
