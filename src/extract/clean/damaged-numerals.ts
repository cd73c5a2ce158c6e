/**
 * Numbers that PDF text layers and OCR print damaged: a letter for a digit ("1,2O4.5", "3l.5",
 * "l,204"), a space before a separator ("1 ,204", "1,204 .5") and a bracketed footnote reference
 * glued to a figure ("1,204 [2]"). Each unread figure hides the errors around it, so they are
 * mended here, once, for tables and prose alike. A word is never turned into a number: a run is
 * mended only when it stands apart from letters and is a number but for its look-alike letters.
 */

// O/o for 0 and l/I for 1 are the look-alikes OCR engines confuse most (Tesseract's "ambiguous
// characters" list); S/5 and B/8 are left alone, as they begin too many words and codes.
const LOOK_ALIKE_DIGIT: Readonly<Record<string, string>> = { O: '0', o: '0', l: '1', I: '1' };

// A run of digits, look-alike letters and separators with no letter or digit on either side.
const RUN = /(?<![\p{L}\p{N}])[\dOolI]+(?:[,.][\dOolI]+)*(?![\p{L}\p{N}])/gu;
// What the run must read as once mended: one plain or grouped number.
const NUMERAL = /^(?:\d{1,3}(?:[,.]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)$/;

function mendRun(run: string): string {
  const letters = run.replace(/[^OolI]/g, '').length;
  if (letters === 0) return run;
  const digits = run.replace(/\D/g, '').length;
  // Mostly digits, ending in one (a trailing "l" is a litre: "10l"), and a leading letter only
  // before a thousands comma ("l,204"), so "I2", "O2" or a section "I.12" stay what they are.
  if (digits < 2 || digits <= letters || !/\d$/.test(run)) return run;
  if (/^[OolI](?!,[\dOolI]{3}(?![\dOolI]))/.test(run)) return run;
  const mended = run.replace(/[OolI]/g, (c) => LOOK_ALIKE_DIGIT[c] ?? c);
  return NUMERAL.test(mended) ? mended : run;
}

// "1 ,204": a space before a thousands comma that is followed by exactly three digits.
const SPACE_BEFORE_GROUP = /(?<=(?<![\d,.])\d{1,3}) ,(?=\d{3}(?![\d]))/g;
// "1,204 .5", "12 .5": a space before the decimal point of a number of two digits or more.
const SPACE_BEFORE_POINT = /(?<=\d\d) \.(?=\d+(?![\d,.]))/g;
// "1,204 [2]", "emissions[a]": a bracketed footnote reference (one or two digits, a letter, a small
// roman numeral) after a figure or a word; a markdown link "[1](#note)" is left alone.
const BRACKET_NOTE = /(?<=[\p{L}\p{N}%)])\s?\[(?:\d{1,2}|[a-z]|[ivx]{1,4})\](?![\p{L}\p{N}(])/gu;

const MAYBE_DAMAGED = /[OolI]|\d [,.]\d|\[/;

/** Mends look-alike letters, stray spaces and bracketed footnote marks in the numbers of `text`. */
export function mendNumerals(text: string): string {
  if (!/\d/.test(text) || !MAYBE_DAMAGED.test(text)) return text;
  return text
    .replace(BRACKET_NOTE, '')
    .replace(SPACE_BEFORE_GROUP, ',')
    .replace(SPACE_BEFORE_POINT, '.')
    .replace(RUN, mendRun);
}
