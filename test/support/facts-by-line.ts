// Test-only: the facts `esg extract` reads from a text, and the figures it reads on one line.
import type { Fact } from '../../src/core/index.js';
import { extractDocument } from '../../src/extract/index.js';
import { docFromText } from './doc-from-text.js';

/** The facts extracted from `text`. */
export function facts(text: string): Fact[] {
  return extractDocument(docFromText(text)).facts.map((f) => f.fact);
}

/** The figures read on 1-based `line`, each as [year, canonical value, unit symbol]. */
export function byLine(found: readonly Fact[], line: number): [number, string, string][] {
  return found
    .filter((f) => f.provenance.kind === 'document' && f.provenance.location.line === line)
    .map((f) => [f.period.year, f.quantity.value.toString(), f.quantity.unit.symbol]);
}
