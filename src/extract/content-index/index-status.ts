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

// A cell that can only be a location, never a disclosure's title: pages or a section number ("41",
// "pp. 80–81", "3.3", "3, 6.1", "Section 4.2") or a Chinese section numeral ("三（二）").
const PAGE_OR_SECTION =
  /^(?:(?:p|pp|pages?|section|chapter|part)\.?\s*)?\d[\d.,\-–\s]*$|^[一二三四五六七八九十]+(?:[（(][一二三四五六七八九十\d]+[）)])?$/i;

/** Whether an index cell is a page or section reference ("41", "pp. 80–81", "Section 4.2"). */
export function isPageOrSection(text: string): boolean {
  return PAGE_OR_SECTION.test(text.trim());
}
