import type { Fact } from '../../core/index.js';

const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
// A footnote line opens with its mark: "1.", "(2)", "[3]", "⁴", "*", "**".
const NOTE_MARK = /^\s*(?:[-•]\s*)?(?:\(?(\d{1,2})[.)]|\[(\d{1,2})\]|([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2})|(\*{1,3})(?!\*))/;
// A row label carries it at its end: "Scope 1)¹", "Water withdrawal [2]", "Electricity (3)", "Diesel*".
const LABEL_MARK = /(?:([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2})|\[(\d{1,2})\]|\((\d{1,2})\)|(\*{1,3}))\s*$/;

/** The footnote mark a printed line opens with, as digits or asterisks ("²" and "2." are both "2"). */
export function noteMark(raw: string): string | undefined {
  const m = NOTE_MARK.exec(raw);
  if (!m) return undefined;
  return m[1] ?? m[2] ?? (m[3] ? fromSuperscript(m[3]) : m[4]);
}

/** The footnote mark on the row label a document fact was read from, if any. */
export function labelMark(fact: Fact): string | undefined {
  if (fact.provenance.kind !== 'document') return undefined;
  const label = fact.provenance.quote.split('\t')[0] ?? '';
  const m = LABEL_MARK.exec(label.trim());
  if (!m) return undefined;
  return m[1] ? fromSuperscript(m[1]) : (m[2] ?? m[3] ?? m[4]);
}

function fromSuperscript(text: string): string {
  return text.replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]/g, (c) => String(SUPERSCRIPTS.indexOf(c)));
}
