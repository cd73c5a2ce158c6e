/**
 * Characters PDF-to-text tools print for what a reader sees as plain text. A no-break space (U+00A0),
 * a figure space (U+2007), a thin space (U+2009) or a narrow no-break space (U+202F) is a space: word
 * processors bind "12 %" and French typesetting groups thousands ("1 614") with them, and a converter
 * may leave one in a column gap. Each is one column wide, as the space it stands for.
 */
const SPACES = /[\u00a0\u2007\u2009\u202f]/g;

/** The letters of each Latin ligature glyph of the Alphabetic Presentation Forms block. */
const LIGATURES: Readonly<Record<string, string>> = {
  '\ufb00': 'ff',
  '\ufb01': 'fi',
  '\ufb02': 'fl',
  '\ufb03': 'ffi',
  '\ufb04': 'ffl',
  '\ufb05': 'st',
  '\ufb06': 'st',
};
const LIGATURE = /[\ufb00-\ufb06]/g;
/** A column gap wide enough to give up a space and still part two columns. */
const WIDE_GAP = / {3,}/g;

/**
 * The line with spaces for no-break and narrow spaces, and letters for ligatures ("ﬁ" → "fi", which
 * fonts set as one glyph and text extraction may keep). A ligature fills one column of a
 * space-aligned layout: the letters it stands for would push what follows it right, so each extra
 * letter takes a space from the next wide gap after it, and the columns stay where they were printed.
 */
export function plainCharacters(line: string): string {
  const spaced = line.replace(SPACES, ' ');
  if (!/[\ufb00-\ufb06]/.test(spaced)) return spaced;
  let out = '';
  let owed = 0;
  let at = 0;
  for (const m of spaced.matchAll(LIGATURE)) {
    const [before, left] = settle(spaced.slice(at, m.index), owed);
    const letters = LIGATURES[m[0]] ?? m[0];
    out += before + letters;
    owed = left + letters.length - 1;
    at = m.index + 1;
  }
  return out + settle(spaced.slice(at), owed)[0];
}

/** `text` with up to `owed` spaces taken from its wide gaps, and how many are still owed. */
function settle(text: string, owed: number): [string, number] {
  let left = owed;
  const out = text.replace(WIDE_GAP, (gap) => {
    const taken = Math.min(left, gap.length - 2);
    left -= taken;
    return gap.slice(taken);
  });
  return [out, left];
}
