// "klesly z 1 200 na 1 050" (Czech, Slovak), "spadły z 1 200 do 1 050" (Polish), "pale s 1 200 na 1 050"
// (Croatian, Serbian, Slovene "od … na"), "sanken von 1.200 auf 1.050" (German), "passées de 1 200 à
// 1 050" (French), "da 1.200 a 1.050" (Italian), "de 1.200 para 1.050" (Portuguese), "с 1 200 до 1 050"
// (Russian): the words before and after the first figure of a change told from one value to another.
const FROM_BEFORE =
  /(?<!\p{L})(?:z|ze|s|sa|od|iz|von|de|d['’]|da|с|со|са|од|из)\s+(?:[A-Z]{3}\s?|[$€£¥₪]\s?)?$/iu;
const TO = String.raw`(?:na|do|auf|à|a|para|на|до)`;
// The first figure's number as printed: thousands by points, commas or spaces, a decimal mark.
const NUMBER = /^(?:[A-Z]{3}\s?|[$€£¥₪]\s?)?\d(?:[\d.,]|\s(?=\d{3}(?!\d)))*/u;
// Up to three words of unit after the first figure, the word for "to", then the second figure.
const TO_AFTER = new RegExp(
  String.raw`^((?:\s+[^\s\d;:,][^\s;:,]*){0,3}?)\s+${TO}\s+(?:[A-Z]{3}\s?|[$€£¥₪]\s?)?\d(?:[\d.,]|\s(?=\d{3}(?!\d)))*(.*)$`,
  'iu',
);

/**
 * Whether the figure at `at` is where a change told "from X to Y" starts, in the languages above: X is
 * the earlier value, not the report year's. The second figure must follow with the first one's unit
 * ("z 1 200 t na 1 050 t"), or the unit printed once after it ("z 1 200 na 1 050 t"), so a count and a
 * different figure after "na" or "do" ("s 1 200 zaposlenika na 3 lokacije") are not taken for one.
 */
export function isFromToStart(sentence: string, at: number): boolean {
  if (!FROM_BEFORE.test(sentence.slice(Math.max(0, at - 12), at))) return false;
  const number = NUMBER.exec(sentence.slice(at))?.[0].trimEnd() ?? '';
  const m = TO_AFTER.exec(sentence.slice(at + number.length, at + number.length + 80));
  if (!m) return false;
  const unit = (m[1] ?? '').trim();
  return unit === '' || (m[2] ?? '').trimStart().startsWith(unit);
}
