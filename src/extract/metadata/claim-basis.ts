import type { ClaimBasis } from '../../core/index.js';

// GRI 1: Foundation 2021, section 3: "in accordance with the GRI Standards" or "with reference to the
// GRI Standards"; the 2016 "Core" and "Comprehensive" options were both in-accordance claims. A bare
// "(with reference)" after the name, or "the report references the GRI Standards", is the second claim.
const IN_ACCORDANCE = /\bin accordance with\b|\b(?:core|comprehensive) option\b/gi;
const WITH_REFERENCE =
  /\b(?:with|in) reference\b|\breferr(?:ing|ed) to\b|\brefers? to\b|\breferenc(?:ing|ed|es)\b/gi;
// GRI 1 Requirement 9 asks for a "statement of use" in the content index: it is the claim that counts.
const STATEMENT_OF_USE = /\bstatement of use\b|\bhas reported\b/i;

/** One sentence's claim about one framework, and whether it is the report's formal statement of use. */
export interface BasisReading {
  readonly basis: ClaimBasis;
  readonly statementOfUse: boolean;
}

/**
 * The claim a sentence makes about the framework named at `at`: the nearest claim phrase before the
 * name ("prepared in accordance with the HKEX Guide and with reference to the GRI Standards" → GRI
 * with reference), else the first after it ("the GRI Standards were referred to").
 */
export function basisAt(sentence: string, at: number): BasisReading | undefined {
  const phrases = [
    ...[...sentence.matchAll(IN_ACCORDANCE)].map((m) => ({ at: m.index, basis: 'in_accordance' as const })),
    ...[...sentence.matchAll(WITH_REFERENCE)].map((m) => ({ at: m.index, basis: 'with_reference' as const })),
  ].sort((a, b) => a.at - b.at);
  const before = phrases.filter((p) => p.at < at).pop();
  const chosen = before ?? phrases.find((p) => p.at > at);
  return chosen ? { basis: chosen.basis, statementOfUse: STATEMENT_OF_USE.test(sentence) } : undefined;
}

/**
 * The report's claim from all its readings: a statement of use decides; otherwise a "with
 * reference" claim anywhere wins, since a report in accordance has no reason to call itself one
 * that only refers to the Standards.
 */
export function settleBasis(readings: readonly BasisReading[]): ClaimBasis | undefined {
  const formal = readings.filter((r) => r.statementOfUse);
  const pool = formal.length > 0 ? formal : readings;
  if (pool.some((r) => r.basis === 'with_reference')) return 'with_reference';
  return pool.length > 0 ? 'in_accordance' : undefined;
}
