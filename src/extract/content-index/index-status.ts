import type { IndexStatus } from './index-entry.js';

/**
 * Reads an index location cell: "Not applicable" / "N/A" (with any explanation as the reason),
 * "/", "—", "Omitted …" or a GRI reason for omission (omitted), anything else a location where the
 * disclosure is reported.
 */
export function readLocation(text: string): { status: IndexStatus; location: string; reason?: string } {
  const t = text.trim();
  if (/^(?:not applicable|n\/?a|n\.a\.?)\.?$/i.test(t)) return { status: 'not_applicable', location: '' };
  if (/\b(?:not applicable|does not apply|doesn['’]t appl\w*|is not relevant|n\/a)\b/i.test(t)) {
    return { status: 'not_applicable', location: '', reason: t };
  }
  if (/^[/／\-–—]$|^(?:omitted|not disclosed|not reported)\.?$/i.test(t))
    return { status: 'omitted', location: '' };
  // "Explained: …" is the report's own word for the explain route of comply or explain.
  if (/^explained\b/i.test(t)) return { status: 'omitted', location: '', reason: t };
  // GRI 1 (2021) Requirement 6 names the reasons for omission: not applicable, legal prohibitions,
  // confidentiality constraints, information unavailable/incomplete. HKEX comply-or-explain indexes
  // explain a KPI left out as "not material" (the Guide's materiality reporting principle).
  if (
    /\b(?:omitted|omission|not material|immaterial|not disclosed|not reported|not published|unavailable|not available|incomplete|confidentiality constraints?|legal prohibitions?)\b/i.test(
      t,
    )
  ) {
    return { status: 'omitted', location: '', reason: t };
  }
  return { status: 'reported', location: t };
}
