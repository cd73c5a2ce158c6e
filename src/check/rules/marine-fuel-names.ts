import { factorRanges } from '../relations/index.js';

let pattern: { names: RegExp; abbreviationOf: Map<string, string> } | undefined;

/** The marine fuel names of the reference data as one pattern, longest first, hyphens or spaces between words. */
function fuelNames(): { names: RegExp; abbreviationOf: Map<string, string> } {
  if (pattern) return pattern;
  const abbreviationOf = new Map<string, string>();
  for (const fuel of factorRanges().marineFuels.fuels)
    for (const name of fuel.names) abbreviationOf.set(name, fuel.abbreviation);
  const alternatives = [...abbreviationOf.keys()]
    .sort((a, b) => b.length - a.length)
    .map((name) => name.split(' ').join('[\\s-]+'));
  pattern = { names: new RegExp(`(?<!\\p{L})(?:${alternatives.join('|')})(?!\\p{L})`, 'gu'), abbreviationOf };
  return pattern;
}

/**
 * A lower-case text with each marine fuel name written as its abbreviation ("marine gas oil" is "mgo"):
 * a row "Fleet (MGO)" then names the marine gas oil factor, and "heavy fuel oil" shares no word with a
 * gas oil, whose carbon factor differs (IMO MEPC.308(73)).
 */
export function withFuelAbbreviations(text: string): string {
  const { names, abbreviationOf } = fuelNames();
  return text.replace(names, (name) => abbreviationOf.get(name.replace(/[\s-]+/g, ' ')) ?? name);
}
