// The words that name a group of people, as a sentence and a table row print it: "first- and mid-level
// managers", "Líderes (mandos medios)", "Alta gerencia / Senior management". Used by `count.group`.

/**
 * Words that say people are counted but not which people ("employees", "colaboradores"), and linking
 * words: they name no group of their own. EEO-1 names its rows "… Officials and Managers".
 */
const GENERIC = new Set(
  (
    'employee staff worker people person personnel official colleague member our the of and all who in at ' +
    'its their total number colaborador trabajador persona funcionario empleado nuestro nuestra todo toda ' +
    'los las la el del de y e que en'
  ).split(' '),
);

/** A word reduced to its stem: lowercase, without a plural ending ("líderes" → "líder", "managers"). */
function stem(word: string): string {
  const w = word.toLowerCase();
  if (w.length > 5 && /[^aeiou]es$/.test(w)) return w.slice(0, -2);
  return w.length > 3 && w.endsWith('s') ? w.slice(0, -1) : w;
}

/** The stems of a text's words that name a group, generic words left out. */
export function groupStems(text: string): string[] {
  return (text.match(/\p{L}+/gu) ?? []).map(stem).filter((w) => w.length > 1 && !GENERIC.has(w));
}

/** Two stems name the same thing: equal, or one a form of the other ("gerente" · "gerencia" share "geren"). */
export function sameStem(a: string, b: string): boolean {
  if (a === b) return true;
  return a.length >= 6 && b.length >= 6 && a.slice(0, 5) === b.slice(0, 5);
}

/**
 * The names a table row gives its group: the label, its parts either side of " / " (a bilingual
 * label) and a bracketed gloss apart ("Líderes (mandos medios)" is "líderes" or "mandos medios").
 * Each name is the stems of its words; names without any are left out.
 */
export function rowNames(label: string): string[][] {
  const names: string[] = [];
  for (const side of label.split(/\s+\/\s+/)) {
    const bracket = /\(([^()]*)\)/.exec(side);
    names.push(side.replace(/\([^()]*\)/g, ' '));
    if (bracket?.[1]) names.push(bracket[1]);
  }
  return names.map(groupStems).filter((n) => n.length > 0);
}

/**
 * The items a group phrase lists ("jefaturas, gerentes y ejecutivos", "first- and mid-level
 * managers"), each as its stems; an item of generic words only is left out.
 */
export function phraseItems(phrase: string): string[][] {
  return phrase
    .split(/\s*,\s*|\s+(?:and|y|e|or|o)\s+/i)
    .map(groupStems)
    .filter((i) => i.length > 0);
}
