// Reports in Spanish, Portuguese, French, Romanian and German name a table's breakdown in their own words
// ("por categoría", "por local", "par site", "pe fabrici", "nach Ländern", "je Werk"): they are read as the
// English words the breakdown readers know.
const BY = /(?<![\p{L}])(?:por|par|pe|nach|je)\s+(?=\S)/giu;
const WORDS: readonly (readonly [RegExp, string])[] = [
  [/\bcat[eé]gor(?:[ií]as?|ies?|ii)(?![\p{L}])/giu, 'category'],
  [
    /\b(?:local(?:es|idad(?:es)?)?|locais|sedes?|unidad(?:es)?|unidades?|[ée]tablissements?|fabrici|fabric[aă]|uzine|amplasamente)(?![\p{L}])/giu,
    'site',
  ],
  [/\b(?:regi[oó]n(?:es)?|regi[aã]o|regi[oõ]es|r[ée]gions?|regiuni)(?![\p{L}])/giu, 'region'],
  [/\b(?:pa[ií]s(?:es)?|pays)(?![\p{L}])/giu, 'country'],
  [/\b(?:g[eé]nero|sexo|sexe|genre|gen)(?![\p{L}])/giu, 'gender'],
  [/(?<![\p{L}])(?:werke?n?|standorte?n?|betriebe?n?)(?![\p{L}])/giu, 'site'],
  [/(?<![\p{L}])(?:l(?:ä|ae)ndern|l(?:ä|ae)nder|land)(?![\p{L}])/giu, 'country'],
  [/(?<![\p{L}])(?:regionen)(?![\p{L}])/giu, 'region'],
  [/(?<![\p{L}])(?:geschlecht)(?![\p{L}])/giu, 'gender'],
  [/(?<![\p{L}])(?:mitarbeiterkategorien?|beschäftigtengruppen?|kategorien?)(?![\p{L}])/giu, 'category'],
];

/** A caption's foreign breakdown words in English: "Colaboradores por local e género" → "… by site and gender". */
export function englishBreakdown(caption: string): string {
  const at = caption.search(BY);
  if (at < 0) return caption;
  let tail = caption.slice(at).replace(BY, 'by ');
  for (const [word, english] of WORDS) tail = tail.replace(word, english);
  return (
    caption.slice(0, at) +
    tail.replace(/\s+(?:y|e|et|și|si|und)\s+(?=category|site|region|country|gender)/giu, ' and ')
  );
}

// A corner cell naming the rows' breakdown in one word ("Local", "Categoría", "Site").
const CORNER: readonly (readonly [RegExp, string])[] = [
  [
    /^(?:local|locais|site|sede|unidad|unidade|lieu|[ée]tablissement|fabrica|amplasament|werk|standort|betrieb)$/iu,
    'by site',
  ],
  [/^(?:categor[ií]a|cat[ée]gorie|kategorie)$/iu, 'category'],
];

/** A table's corner cell as the breakdown it names in English, or the cell as printed. */
export function cornerBreakdown(cell: string): string {
  const t = cell.trim();
  return CORNER.find(([word]) => word.test(t))?.[1] ?? cell;
}
