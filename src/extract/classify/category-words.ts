// The words that name a staff category (GRI 405-1's employee categories) in a label or a group heading.

/** The category a group ends with ("… Senior management"): its last words that are all category words. */
export function categoryEnding(group: string): string | undefined {
  const words = group.toLowerCase().trim().split(/\s+/).slice(-3);
  let at = words.length;
  while (at > 0 && /^[a-z&-]+$/.test(words[at - 1] ?? '') && CATEGORY_WORDS.test(words[at - 1] ?? ''))
    at -= 1;
  const name = words.slice(at).join(' ');
  return name !== '' && isCategoryName(name) ? name : undefined;
}

// Staff categories as reports name them, including the CMF NCG 461 (Chile) set: senior management,
// management, supervisors ("Supervisory" staff), operators, sales force, administrative, auxiliary, other professionals and
// other technicians; and their Spanish, Portuguese, French, German, Dutch and Italian names ("operarios", "chefias",
// "cadres", "Führungskräfte", "leidinggevenden"; the Italian CCNL grades "dirigenti", "quadri", "impiegati", "operai"). German shares name the leadership or board they are of
// ("Frauenanteil in Führungspositionen", "im Aufsichtsrat"): that share is of the group, not the headcount.
// Words that mean employees in general in one of these languages ("empleados", "funcionários") are left
// out: such a row is a category only under a heading that says so. Schools and colleges (HKEX B1.1, B3)
// break their staff down into teachers, teaching assistants, lecturers and counsellors.
const CATEGORY_WORDS =
  /\b(?:teachers?|teaching (?:staff|assistants?)|lecturers?|academic staff|counsellors?|management|managers?|supervisors?|supervisory|non-management|senior|middle|junior|executives?|general staff|frontline|technical|production|sales|r&d|finance|procurement|administrative|admin|operators?|operatives?|technicians?|professionals?|auxiliary|clerical|white[- ]collar|blue[- ]collar|operarios|obreros|operadores|t[eé]cnicos|administrativos|directivos|diretores|directores|dire[cç][aã]o|direcci[oó]n|mandos|gerentes|jefaturas|chefias|ejecutivos|supervisores|profesionales|profissionais|cadres|ouvriers|techniciens|agents de ma[iî]trise|führungskr(?:ä|ae)fte?|führungs(?:positionen|position|funktionen|funktion|ebenen|ebene)|aufsichtsrat(?:s)?|vorstand(?:s)?|gesch(?:ä|ae)ftsf(?:ü|ue)hrung|leitende angestellte|angestellte|arbeiter(?:innen)?|lehrlinge|auszubildende|leidinggevend(?:e|en)?|directie|dirigenti|quadri|impiegati|operai|apprendisti)(?![\p{L}])/u;

// People a staff category counts: "Production" names staff only as a heading of its own or beside them.
const STAFF_NOUNS = /\b(?:staff|employees?|workers?|personnel|workforce|team|department|line|operators?)\b/;

/**
 * "Oil and condensate production", "Steel production": a product before "production" names an output,
 * no staff category ("Production", "Production staff" and "Production and maintenance" are).
 */
function namesOutput(l: string): boolean {
  const words = l.match(new RegExp(CATEGORY_WORDS.source, 'gu')) ?? [];
  return words.every((w) => w === 'production') && !/^\W*production\b/.test(l) && !STAFF_NOUNS.test(l);
}

/** Whether a short lower-cased label names a staff category ("Middle management", "Operators"). */
export function isCategoryName(l: string): boolean {
  return (
    CATEGORY_WORDS.test(l) &&
    !namesOutput(l) &&
    l.split(' ').length <= 6 &&
    !/\b(?:total|totaal|number|hours|rate|percentage|proportion)\b/.test(l)
  );
}
