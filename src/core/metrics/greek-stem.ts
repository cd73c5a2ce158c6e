/**
 * Greek endings a noun or adjective sheds to match its other cases and numbers: "εκπομπές", "εκπομπών",
 * "εκπομπή" (emissions); "ενέργεια", "ενέργειας"; "ατύχημα", "ατυχήματα", "ατυχημάτων" (accidents);
 * "εργαζόμενοι", "εργαζομένων" (employees); "κατανάλωση", "κατανάλωσης", "καταναλώσεις". Accents are
 * already dropped and final ς written σ. Longest first.
 */
const ENDINGS = [
  'ειων',
  'ειασ',
  'ειεσ',
  'ατων',
  'εισ',
  'εων',
  'ιων',
  'ιου',
  'ιεσ',
  'ιασ',
  'ουσ',
  'εια',
  'ατα',
  'ιο',
  'ια',
  'ων',
  'ου',
  'οι',
  'οσ',
  'ασ',
  'εσ',
  'ησ',
  'ισ',
  'υσ',
  'α',
  'ε',
  'η',
  'ι',
  'ο',
  'υ',
  'ω',
] as const;

/** Shortest stem an ending leaves: "ώρες" (hours) and "νερό" (water) keep two letters and three. */
const MIN_STEM = 2;

/**
 * The stem of a lower-case Greek word without accents: its longest ending is shed once, so "ωρεσ",
 * "ωρων" and "ωρα" meet on "ωρ". Crude, like the Cyrillic stemmer: the catalogue's phrases and the
 * printed label pass through it alike, so it only needs to be consistent.
 */
export function greekStem(word: string): string {
  const w = word.replace(/ς/g, 'σ');
  const ending = ENDINGS.find((e) => w.endsWith(e) && w.length - e.length >= MIN_STEM);
  return ending === undefined ? w : w.slice(0, -ending.length);
}
