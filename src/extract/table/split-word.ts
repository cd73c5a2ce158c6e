import type { ReportLine } from '../layout/index.js';

/**
 * PDF-to-text output without layout sometimes breaks a word of a label with a tab where the PDF
 * placed its letters apart ("Hazard⇥ous waste"). In a column printed one label a line, a tab
 * cannot part two cells, so each tab is read as a break inside the label: it joins two halves of
 * one word when the joined word is printed whole elsewhere in the report, and is a space otherwise
 * ("Scope 1⇥direct emissions", "Waste⇥sent to landfill").
 */

// Words shorter than this are not looked up: joining "in" + "to" needs more evidence than a lookup.
const MIN_WORD = 5;
// Work bound on untrusted text: the report's words are gathered from this many characters at most.
const MAX_VOCABULARY_CHARS = 2_000_000;

/** The words printed whole in the report, lower-cased, built on first use. */
export function reportWords(lines: readonly ReportLine[]): () => ReadonlySet<string> {
  let words: Set<string> | undefined;
  return () => {
    if (words) return words;
    words = new Set<string>();
    let read = 0;
    for (const line of lines) {
      if (read > MAX_VOCABULARY_CHARS) break;
      read += line.text.length;
      // Words between tabs only: a half-word at a tab is not evidence of itself.
      for (const cell of line.cells)
        for (const w of cell.toLowerCase().match(/\p{L}+/gu) ?? []) if (w.length >= MIN_WORD) words.add(w);
    }
    return words;
  };
}

/** A label line's text with each tab read as a word break or a space (see module note). */
export function joinTabbedLabel(cells: readonly string[], words: () => ReadonlySet<string>): string {
  const parts = cells.map((c) => c.trim()).filter((c) => c !== '');
  let out = parts[0] ?? '';
  for (const part of parts.slice(1)) {
    const head = /(\p{L}+)$/u.exec(out)?.[1] ?? '';
    const tail = /^(\p{Ll}+)/u.exec(part)?.[1] ?? '';
    const joined = (head + tail).toLowerCase();
    out += head !== '' && tail !== '' && joined.length >= MIN_WORD && words().has(joined) ? part : ` ${part}`;
  }
  return out;
}
