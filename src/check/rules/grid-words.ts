import { z } from 'zod';
import data from './grid-words.data.json' with { type: 'json' };

/**
 * The words that make a stated emission factor or an electricity row the power grid's, in each language
 * of grid-words.data.json: the sentence of a factor the stated-grid-factor rule reads, and the row
 * labels of the electricity it multiplies.
 */

const words = z.array(z.string()).optional();
const languageSchema = z.strictObject({
  language: z.string(),
  grid: words,
  scope2: words,
  electricity: words,
  otherCarriers: words,
  market: words,
  boughtRow: words,
  gridRow: words,
  notGridRow: words,
  totalRow: words,
});
const dataSchema = z.strictObject({
  id: z.string(),
  version: z.string(),
  source: z.string(),
  languages: z.array(languageSchema),
});

/** Each fragment carries its own word boundaries; a list with no words matches nothing. */
const anyOf = (fragments: readonly string[]): RegExp =>
  new RegExp(fragments.length > 0 ? fragments.map((f) => `(?:${f})`).join('|') : '(?!)', 'iu');

interface Scope2Words {
  readonly scope2: RegExp;
  readonly market: RegExp;
  readonly otherCarriers: RegExp;
  /** Scope 2 and electricity named in one clause. */
  readonly scope2Electricity: RegExp;
}

interface GridWords {
  readonly grid: RegExp;
  readonly scope2: readonly Scope2Words[];
  readonly boughtRow: RegExp;
  readonly gridRow: RegExp;
  readonly notGridRow: RegExp;
  readonly totalRow: RegExp;
}

let loaded: GridWords | undefined;

function load(): GridWords {
  if (loaded) return loaded;
  const { languages } = dataSchema.parse(data);
  const all = (pick: (l: (typeof languages)[number]) => string[] | undefined) =>
    anyOf(languages.flatMap((l) => pick(l) ?? []));
  // English method words are read in every language's sentences: reports print "market-based" and
  // "residual mix" untranslated.
  const english = languages.find((l) => l.language === 'en')?.market ?? [];
  const scope2 = languages.flatMap((l) => {
    if (!l.scope2) return [];
    const [s, e] = [l.scope2.join('|'), (l.electricity ?? []).join('|')];
    return [
      {
        scope2: anyOf(l.scope2),
        market: anyOf([...english, ...(l.market ?? [])]),
        otherCarriers: anyOf(l.otherCarriers ?? []),
        scope2Electricity: e ? anyOf([`(?:${s})[^.;]*(?:${e})`, `(?:${e})[^.;]*(?:${s})`]) : anyOf([]),
      },
    ];
  });
  loaded = {
    grid: all((l) => l.grid),
    scope2,
    boughtRow: all((l) => l.boughtRow),
    gridRow: all((l) => l.gridRow),
    notGridRow: all((l) => l.notGridRow),
    totalRow: all((l) => l.totalRow),
  };
  return loaded;
}

/**
 * Whether a factor's sentence makes it the grid's: it names the grid or the location-based method, or
 * it is a Scope 2 sentence naming no market instrument ("Scope 2 uses the electricity emission factor
 * announced by the Energy Administration"; "El Alcance 2 se calcula con el factor del SIN"), and names
 * no heat, steam or cooling unless it names electricity in the same clause. The location-based method
 * uses grid-average factors whatever the grid is called (GHG Protocol Scope 2 Guidance, ch. 6.2).
 */
export function isGridFactorSentence(quote: string): boolean {
  const w = load();
  if (w.grid.test(quote)) return true;
  return w.scope2.some(
    (l) =>
      l.scope2.test(quote) &&
      !l.market.test(quote) &&
      (l.scope2Electricity.test(quote) || !l.otherCarriers.test(quote)),
  );
}

/** Whether a row label names electricity bought from the grid (not own solar or green purchases). */
export function isGridBoughtRow(label: string): boolean {
  const w = load();
  return w.boughtRow.test(label) && !w.notGridRow.test(label);
}

/** Whether a row label names the grid itself ("Grid electricity", "Électricité du réseau"). */
export function isGridNamedRow(label: string): boolean {
  return load().gridRow.test(label);
}

/** Whether a row label names a total ("Total electricity", "Électricité totale", "Total de electricidad"). */
export function isTotalRow(label: string): boolean {
  return load().totalRow.test(label);
}
