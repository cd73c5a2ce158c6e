import type { ReportLine } from '../layout/index.js';

/**
 * Frameworks a report says it follows, as output ids. The HKEX ESG Reporting Guide (Listing Rules
 * Appendix 27, renamed Appendix C2 in 2023) is "HKEX-2020" for the 2020 revision most reports use,
 * "HKEX-C2" when the report cites Appendix C2 or its climate requirements (effective 2025); the GRI
 * Standards are "GRI-2021" (GRI 1: Foundation 2021 replaced the 2016 core/comprehensive options).
 */
export const CLAIMED_FRAMEWORKS = ['HKEX-2020', 'HKEX-C2', 'GRI-2021', 'TCFD', 'SASB', 'ISSB'] as const;
/** One of {@link CLAIMED_FRAMEWORKS}. */
export type ClaimedFramework = (typeof CLAIMED_FRAMEWORKS)[number];

const CLAIM =
  /\b(?:prepared|compiled|reported|referred to|refer(?:s|red)? to|in accordance with|with reference to|in reference to|based on|under|following|follows|accordance)\b/i;

const PATTERNS: readonly [ClaimedFramework, RegExp][] = [
  ['HKEX-C2', /\bAppendix C2\b|HKEX (?:climate|C2)/i],
  [
    'HKEX-2020',
    /\bAppendix 27\b|ESG (?:Reporting )?Guide\b|Environmental,? Social and Governance Reporting Guide|\bHKEX\b.*\bGuide\b/i,
  ],
  ['GRI-2021', /\bGRI\b|Global Reporting Initiative/i],
  ['TCFD', /\bTCFD\b|Task Force on Climate-related Financial Disclosures/i],
  ['SASB', /\bSASB\b/i],
  ['ISSB', /\bISSB\b|\bIFRS S[12]\b/i],
];

/** The frameworks the report claims, from sentences that say the report follows them. */
export function findFrameworks(lines: readonly ReportLine[]): ClaimedFramework[] {
  const found = new Set<ClaimedFramework>();
  for (const line of lines) {
    if (line.text.length > 3000 || !CLAIM.test(line.text) || !/report|index|disclos/i.test(line.text))
      continue;
    for (const [id, re] of PATTERNS) if (re.test(line.text)) found.add(id);
  }
  if (found.has('HKEX-C2')) found.delete('HKEX-2020');
  return CLAIMED_FRAMEWORKS.filter((id) => found.has(id));
}
