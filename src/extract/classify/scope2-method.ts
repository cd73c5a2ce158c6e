import { croatianMethod } from './croatian-dims.js';
import { japaneseMethod } from './japanese-dims.js';
import { polishMethod } from './polish-scope2.js';

// The Scope 2 method (GHG Protocol Scope 2 Guidance: location-based or market-based) as a row label
// words it, in English and the home languages esgkit reads.

/** The Scope 2 method a lower-cased label names, read under its group; undefined when it names none. */
export function scope2MethodOf(l: string, group: string): string | undefined {
  return (
    /\b(location|market)[- ]based\b/.exec(l)?.[1] ??
    romanceMethod(l, group.toLowerCase()) ??
    germanMethod(l) ??
    croatianMethod(l) ??
    polishMethod(l, group.toLowerCase()) ??
    japaneseMethod(l)
  );
}

// "Scope 2 – localisation", "Alcance 2 (mercado)", "Scopes 1 et 2 (marché)": the Scope 2 method in French,
// Spanish, Portuguese or Italian, read only where the label or its group names Scope 2.
const ROMANCE_SCOPE2 =
  /\b(?:scopes?|alcances?|escopos?|[âa]mbitos?|port[ée]es?)\s+(?:1\s*(?:\+|et|y|e)\s*)?2\b/;
const ROMANCE_LOCATION = /(?<!\p{L})(?:localisation|ubicaci[oó]n|localiza[çc][ãa]o|localizzazione)(?!\p{L})/u;
const ROMANCE_MARKET = /(?<!\p{L})(?:march[ée]|mercado|mercato)(?!\p{L})/u;

function romanceMethod(label: string, group: string): 'location' | 'market' | undefined {
  if (!ROMANCE_SCOPE2.test(label) && !ROMANCE_SCOPE2.test(group)) return undefined;
  if (ROMANCE_LOCATION.test(label)) return 'location';
  return ROMANCE_MARKET.test(label) ? 'market' : undefined;
}

// "Scope 2 standortbasiert", "Scope 1 + 2 (marktbasiert)": the Scope 2 method in German; Norwegian
// "lokasjonsbasert"/"markedsbasert", Danish "lokationsbaseret"/"markedsbaseret", Swedish
// "platsbaserad"/"marknadsbaserad" word it the same way.
const GERMANIC_METHOD =
  /(?<!\p{L})(standort|markt|lokasjons|lokations|plats|markeds|marknads)-?bas(?:iert|ert|eret|erad)/u;

function germanMethod(label: string): 'location' | 'market' | undefined {
  const m = GERMANIC_METHOD.exec(label)?.[1];
  return m === undefined ? undefined : m.startsWith('mark') ? 'market' : 'location';
}
