/**
 * The Scope 2 method in Polish: "metoda lokalizacyjna" / "metodą rynkową", "oparta na lokalizacji" /
 * "na rynku", or the adverbs a table row qualifies its figure with ("Scope 2 – lokalizacyjnie",
 * "– rynkowo"). "Rynkowy" also means "market" in "wartość rynkowa" (market value), so the adjectives
 * count only where the label or its group names Scope 2 ("zakres 2") or emissions ("emisje"); the
 * adverbs are the method's own words. Labels arrive lowercased.
 */

const LOCATION = /(?<!\p{L})(?:lokalizacyjn\p{L}*|na\s+lokalizacji)(?!\p{L})/u;
const MARKET = /(?<!\p{L})(?:rynkow\p{L}*|na\s+rynku)(?!\p{L})/u;
const ADVERB = /(?<!\p{L})(lokalizacyjnie|rynkowo)(?!\p{L})/u;
const NAMES_EMISSIONS = /(?<!\p{L})(?:scope|zakres\p{L}*)\s+(?:1\s*(?:\+|i|oraz)\s*)?2\b|(?<!\p{L})emisj/u;

/** The Scope 2 method a Polish label names ("emisje pośrednie (scope 2) – lokalizacyjnie"); undefined when none. */
export function polishMethod(label: string, group: string): 'location' | 'market' | undefined {
  const adverb = ADVERB.exec(label)?.[1];
  if (adverb !== undefined) return adverb.startsWith('lok') ? 'location' : 'market';
  if (!NAMES_EMISSIONS.test(label) && !NAMES_EMISSIONS.test(group)) return undefined;
  if (LOCATION.test(label)) return 'location';
  return MARKET.test(label) ? 'market' : undefined;
}
