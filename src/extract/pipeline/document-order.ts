import type { ExtractedFact, ExtractResult } from './extract-result.js';

function lineOf(f: ExtractedFact): number {
  return f.fact.provenance.kind === 'document' ? (f.fact.provenance.location.line ?? 0) : 0;
}

/**
 * Facts and claims in the order of the lines they are printed on; on one line, facts before claims (a
 * stable sort, so each list keeps its own order). Scope notes and check read them in this order.
 */
export function inDocumentOrder(
  facts: readonly ExtractedFact[],
  claims: readonly ExtractedFact[],
): ExtractedFact[] {
  return [...facts, ...claims].sort((a, b) => lineOf(a) - lineOf(b));
}

/**
 * What `esg check` reads from an extraction: its facts with its check-only claims (a sentence's "all of
 * our 22 ships", a site table's yes/no counts), in document order.
 */
export function checkedFacts(result: Pick<ExtractResult, 'facts' | 'claims'>): ExtractedFact[] {
  return inDocumentOrder(result.facts, result.claims);
}
