/** A sentence of a line and where it starts in the line. */
export interface Sentence {
  readonly text: string;
  readonly start: number;
}

// Abbreviations whose full stop does not end a sentence. South Asian and East African reports print
// the rupee and the shilling with a full stop before the amount ("Rs. 486.2 Mn", "KShs. 12,400", the taka's "Tk. 9.6 crore").
const ABBREVIATIONS =
  /\b(?:e\.g|i\.e|etc|No|Nos|Co|Ltd|Inc|Corp|Mr|Mrs|Ms|Dr|St|approx|vs|Fig|Art|Vol|para|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Rs|KShs?|Shs|Tk)$/i;
/**
 * The abbreviated scale words reports print after an amount with a full stop: Slovak and Czech "mil."
 * and "mld." (milión, miliarda), "tis." (tisíc), Polish "tys." and "mln.", German "Tsd.", "Mio." and
 * "Mrd.", Romanian "mil.", "thous." in translations from Russian ("432,0 mil. €", "8,4 mld. Kč").
 */
export const SCALE_ABBREVIATION = /^(?:mil|mld|mln|tis|tys|thous|tsd|mio|mrd)$/i;
// The dot of such a scale printed after a figure ends no sentence: "8,4 mld. Kč", "5,1 Mio. Euro".
const SCALE_AFTER_FIGURE = /\d\s?(\p{L}+)$/u;
// Initials with full stops ("B.E", "U.S"): before a number they abbreviate its era or place.
const INITIALS = /(?<![\p{L}.])(?:\p{Lu}\.)+\p{Lu}$/u;
const MAX_SENTENCE_CHARS = 1500;
// A figure its year and a colon lead ("2025: 0.748"), ending or starting a stretch of text.
const YEAR_LED_FIGURE_END = /(?:^|[\s;,])(?:FY\s?)?(?:19|20)\d{2}\.?\s*:\s*\d[\d.,]*$/;
const YEAR_LED_FIGURE_START = /^(?:FY\s?)?(?:19|20)\d{2}\.?\s*:\s*\d/;

/**
 * Splits a paragraph into sentences at ". ", "! ", "? " and "; " before a capital of any alphabet
 * (Latin with its accents, Cyrillic, Greek), a digit or a quote, but not after common abbreviations
 * ("Co., Ltd.", "e.g.", "No.") nor at a "; " inside brackets. Very long sentences are cut so one
 * run-on paragraph cannot make later steps slow.
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const boundary = /[.!?;]\s+(?=[\p{Lu}0-9“"‘(])/gu;
  for (const m of text.matchAll(boundary)) {
    const end = m.index + 1;
    const before = text.slice(Math.max(start, end - 12), end - 1);
    if (m[0].startsWith('.') && ABBREVIATIONS.test(before)) continue;
    if (m[0].startsWith('.') && SCALE_ABBREVIATION.test(SCALE_AFTER_FIGURE.exec(before)?.[1] ?? '')) continue;
    // "(B.E. 2566)", "A.H. 1446": an era's initials before its year end no sentence.
    if (m[0].startsWith('.') && INITIALS.test(before) && /\d/.test(text[m.index + m[0].length] ?? ''))
      continue;
    // "(2023: 4,026; 2022: 3,958)": a semicolon inside brackets separates comparatives, not sentences.
    if (m[0].startsWith(';') && insideBrackets(text.slice(start, m.index))) continue;
    // "grid factor 2025: 0.748; 2024: 0.762; 2023: 0.781 t CO2/MWh": one figure a year, one sentence.
    if (
      m[0].startsWith(';') &&
      YEAR_LED_FIGURE_END.test(text.slice(start, m.index)) &&
      YEAR_LED_FIGURE_START.test(text.slice(m.index + m[0].length))
    )
      continue;
    push(out, text, start, end);
    start = m.index + m[0].length;
  }
  push(out, text, start, text.length);
  return out;
}

// How far back an open bracket may be for a semicolon to count as inside it.
const BRACKET_REACH = 200;

/** True when a bracket opened in the last {@link BRACKET_REACH} characters is still open ("(2023: RMB 2.1 (10,000); …"). */
function insideBrackets(before: string): boolean {
  let depth = 0;
  for (const ch of before.slice(-BRACKET_REACH)) {
    if (ch === '(') depth++;
    else if (ch === ')' && depth > 0) depth--;
  }
  return depth > 0;
}

function push(out: Sentence[], text: string, from: number, to: number): void {
  for (let s = from; s < to; s += MAX_SENTENCE_CHARS) {
    const piece = text.slice(s, Math.min(to, s + MAX_SENTENCE_CHARS));
    if (piece.trim() !== '') out.push({ text: piece, start: s });
  }
}
