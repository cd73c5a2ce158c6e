/**
 * Serbian is printed in Cyrillic and in Latin letters, one letter for one (the Vuk Karadžić alphabet and
 * Gaj's Latin alphabet, as the Serbian standard SRPS A.A0.002 pairs them): "Укупна потрошња енергије" is
 * "Ukupna potrošnja energije". The Latin digraphs lj, nj and dž are single Cyrillic letters (љ, њ, џ).
 */
const DIGRAPHS: Readonly<Record<string, string>> = { lj: 'љ', nj: 'њ', dž: 'џ' };

const LETTERS: Readonly<Record<string, string>> = {
  a: 'а',
  b: 'б',
  c: 'ц',
  č: 'ч',
  ć: 'ћ',
  d: 'д',
  đ: 'ђ',
  e: 'е',
  f: 'ф',
  g: 'г',
  h: 'х',
  i: 'и',
  j: 'ј',
  k: 'к',
  l: 'л',
  m: 'м',
  n: 'н',
  o: 'о',
  p: 'п',
  r: 'р',
  s: 'с',
  š: 'ш',
  t: 'т',
  u: 'у',
  v: 'в',
  z: 'з',
  ž: 'ж',
};

/**
 * A lower-case Serbian or Croatian phrase in Latin letters written in Serbian Cyrillic ("opasan otpad" →
 * "опасан отпад"), so one list of phrases reads a report in either script. Words with a letter no
 * Serbian word has (q, w, x, y), a figure ("co2") or no vowel ("ghg") stay as printed: they are symbols
 * and abbreviations, printed in Latin letters in Cyrillic text too.
 */
export function serbianCyrillic(latin: string): string {
  return latin.replace(/[\p{L}\d-]+/gu, (word) =>
    /[qwxy\d]|[^a-zčćđšž-]/u.test(word) || !/[aeiour]/u.test(word)
      ? word
      : word.replace(/lj|nj|dž|[a-zčćđšž]/gu, (l) => DIGRAPHS[l] ?? LETTERS[l] ?? l),
  );
}
