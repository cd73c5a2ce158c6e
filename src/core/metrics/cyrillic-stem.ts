/**
 * Bulgarian and Russian endings a word sheds to match its other forms: Bulgarian articles and plurals
 * ("емисиите", "емисии"; "газове", "газ"; "служителите", "служител") and Russian case endings
 * ("парниковых газов", "парниковые газы"; "сотрудников", "сотрудника") and Ukrainian ones, which spell
 * with і ("працівників", "працівники"; "прямі викиди"; "природної", "природний"). Longest first. Й, ё and
 * ї are already folded to и, е and і by the accent folding before, so Ukrainian "-ій", "-ої" end in "-іи", "-оі".
 */
const ENDINGS = [
  'ията',
  'ието',
  'ите',
  'ият',
  'ами',
  'ями',
  'ого',
  'его',
  'ому',
  'ему',
  'ове',
  'ові',
  'еве',
  'ия',
  'ів',
  'іи',
  'оі',
  'ът',
  'ят',
  'та',
  'то',
  'те',
  'ых',
  'их',
  'ым',
  'им',
  'ов',
  'ев',
  'ей',
  'ой',
  'ом',
  'ем',
  'ах',
  'ях',
  'ую',
  'юю',
  'ая',
  'яя',
  'ое',
  'ее',
  'ые',
  'ие',
  'ии',
  'ию',
  'ью',
  'а',
  'я',
  'ы',
  'і',
  'и',
  'у',
  'ю',
  'о',
  'е',
  'ь',
  'й',
] as const;

/** Shortest stem an ending leaves: "газ" keeps its letters, "вода" becomes "вод", not "в". */
const MIN_STEM = 3;

/**
 * Participles of "обучить" (trained: Macedonian and Bulgarian "обучени", "обучените", Russian "обучены",
 * "обучено", "обучена") keep a stem of their own: shedding their endings would meet the noun "обучение"
 * (training), so a Macedonian "обучени" heading would read every Russian "обучение" sentence as people trained.
 */
const PARTICIPLE_STEMS: ReadonlyMap<string, string> = new Map(
  ['обучени', 'обучените', 'обучены', 'обучено', 'обучена'].map((w) => [w, 'обучени']),
);

/**
 * The stem of a lower-case Cyrillic word: endings are shed one at a time while a stem of three letters
 * or more remains, so a word and its inflected forms ("обучение", "обучения", "обучението") meet on one
 * stem. A crude stemmer: both the catalogue's phrases and the printed label pass through it, so it only
 * needs to be consistent, and phrases of two or more words keep distinct metrics apart.
 */
export function cyrillicStem(word: string): string {
  const participle = PARTICIPLE_STEMS.get(word);
  if (participle !== undefined) return participle;
  let w = word;
  for (;;) {
    const ending = ENDINGS.find((e) => w.endsWith(e) && w.length - e.length >= MIN_STEM);
    if (ending === undefined) return w;
    w = w.slice(0, -ending.length);
  }
}
