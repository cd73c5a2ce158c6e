import type { Paragraph } from '../narrative/index.js';

// A paragraph whose last line ends a sentence or a clause ("…as follows:") is done.
const ENDS_CLAUSE = /[.!?:;。！？：；]["'”’)\]]*\s*$/u;
// A line opening with a dash and a space: a list item's bullet, or an aside wrapped onto a new line.
const OPENS_WITH_DASH = /^[–—]\s/u;

/**
 * The paragraphs with a dash-opened paragraph joined to the one it continues: a sentence whose aside
 * set off by dashes wraps so that its opening dash starts a line ("All three sites\n– the plant in A and
 * the depot in B – are certified") reads as a list item, but the line before ends mid-sentence.
 */
export function joinDashContinuations(paragraphs: readonly Paragraph[]): Paragraph[] {
  const out: Paragraph[] = [];
  for (const next of paragraphs) {
    const prev = out[out.length - 1];
    const prevLast = prev?.parts[prev.parts.length - 1]?.line.no;
    if (
      prev === undefined ||
      ENDS_CLAUSE.test(prev.text) ||
      !OPENS_WITH_DASH.test(next.text) ||
      prevLast === undefined ||
      next.first.no !== prevLast + 1
    ) {
      out.push(next);
      continue;
    }
    const offset = prev.text.length + 1;
    out[out.length - 1] = {
      text: `${prev.text} ${next.text}`,
      parts: [...prev.parts, ...next.parts.map((p) => ({ line: p.line, start: p.start + offset }))],
      first: prev.first,
    };
  }
  return out;
}
