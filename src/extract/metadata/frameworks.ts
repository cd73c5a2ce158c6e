import type { ClaimBasis } from '../../core/index.js';
import type { ReportLine } from '../layout/index.js';
import { splitSentences, toParagraphs } from '../narrative/index.js';
import { basisAt, settleBasis, type BasisReading } from './claim-basis.js';

/**
 * Frameworks a report says it follows, as output ids. The HKEX ESG Reporting Guide (Listing Rules
 * Appendix 27, renamed Appendix C2 in 2023) is "HKEX-2020" for the 2020 revision most reports use,
 * "HKEX-C2" when the report cites the ESG Reporting Code or its Part D climate requirements
 * (effective 2025), or a bare Appendix C2 for a year from 2025; the GRI
 * Standards are "GRI-2021" (GRI 1: Foundation 2021 replaced the 2016 core/comprehensive options).
 */
export const CLAIMED_FRAMEWORKS = ['HKEX-2020', 'HKEX-C2', 'GRI-2021', 'TCFD', 'SASB', 'ISSB'] as const;
/** One of {@link CLAIMED_FRAMEWORKS}. */
export type ClaimedFramework = (typeof CLAIMED_FRAMEWORKS)[number];

const CLAIM =
  /\b(?:prepared|compiled|reported|referred to|refer(?:s|red)? to|in accordance with|(?:with|in) reference|referenc(?:es|ing)|based on|under|following|follows|accordance|complies|compliance with|aligned with|in line with)\b/i;
// The HKEX Environmental, Social and Governance Reporting Code (Listing Rules Appendix C2 since
// 2024, effective for financial years from 1 January 2025) added Part D, climate-related disclosures
// built on IFRS S2. Its name and Part D say "C2"; the Reporting Guide, whether cited as Appendix 27 or
// under its Appendix C2 number, is the 2020 guide.
const HKEX_CODE =
  /\bESG Reporting Code\b|Environmental,? Social and Governance Reporting Code|\bPart D\b[^.]{0,80}climate|climate[- ]related disclosures?[^.]{0,100}(?:HKEX|Appendix C2|Listing Rules|Stock Exchange|Exchange)|(?:HKEX|Appendix C2|Listing Rules)[^.]{0,100}climate[- ]related disclosures|HKEX (?:climate|C2)\b/i;
const HKEX_GUIDE = /\bAppendix 27\b|\bHKEX\b[^.]{0,120}\bGuide\b/i;
// Other exchanges publish guides of the same name (Nasdaq's, ATHEX's, Boursa Kuwait's, Bahrain Bourse's,
// the Budapest BÉT's ESG Reporting Guide): a bare guide is HKEX's unless another name is printed before
// it. The word before it is read: a capitalised name is another exchange's, unless it names Hong Kong's
// ("the Exchange's", "Hong Kong Limited's") or opens the sentence.
const NAMED_GUIDE =
  /(?:^|(\S+)\s+)(?:ESG (?:Reporting )?Guide\b|Environmental,? Social and Governance Reporting Guide)/giu;
const HONG_KONG_OR_ARTICLE =
  /^(?:HKEX|HKEx|SEHK|Exchange|Kong|Limited|The|This|Its|Our|Under|And)(?:['’]s)?[,:]?$/u;
// The year HKEX's Appendix C2 Code took effect: before it, a bare "Appendix C2" names the renamed guide.
const CODE_EFFECTIVE_YEAR = 2025;
const PATTERNS: readonly [ClaimedFramework, RegExp][] = [
  ['GRI-2021', /\bGRI\b|Global Reporting Initiative/i],
  ['TCFD', /\bTCFD\b|Task Force on Climate-related Financial Disclosures/i],
  ['SASB', /\bSASB\b/i],
  ['ISSB', /\bISSB\b|\bIFRS S[12]\b|International Sustainability Standards Board/i],
];
const MAX_SENTENCE_CHARS = 3000;
const NAMES_A_FRAMEWORK =
  /Appendix (?:27|C2)|Reporting (?:Guide|Code)|ESG Guide|HKEX|GRI|Global Reporting|TCFD|Task Force|SASB|ISSB|IFRS|Sustainability Standards|Part D/i;

/** What a report claims to follow, and how (GRI 1 distinguishes the two claims; others do not). */
export interface FrameworkClaims {
  readonly frameworks: ClaimedFramework[];
  /** "in accordance with" or "with reference to", for a framework whose claims differ (GRI). */
  readonly bases: Partial<Record<ClaimedFramework, ClaimBasis>>;
}

/** Frameworks whose "in accordance" and "with reference" claims ask different things of a report. */
const CLAIM_KINDS_DIFFER: ReadonlySet<ClaimedFramework> = new Set(['GRI-2021']);

/**
 * The frameworks the report claims, from sentences that say the report follows them ("prepared in
 * accordance with …", "with reference to the GRI Standards"). Sentences a layout wrapped over
 * lines are read whole. `reportYear` dates a bare "Appendix C2".
 */
export function findFrameworks(lines: readonly ReportLine[], reportYear?: number): ClaimedFramework[] {
  return readClaims(lines, reportYear).frameworks;
}

/** {@link findFrameworks}, with the kind of claim made for GRI. */
export function readClaims(lines: readonly ReportLine[], reportYear?: number): FrameworkClaims {
  const found = new Set<ClaimedFramework>();
  const readings = new Map<ClaimedFramework, BasisReading[]>();
  for (const paragraph of toParagraphs(lines, new Set())) {
    // Most paragraphs name no framework: test the whole paragraph before splitting it into sentences.
    if (!NAMES_A_FRAMEWORK.test(paragraph.text) || !/report|index|disclos/i.test(paragraph.text)) continue;
    for (const { text } of splitSentences(paragraph.text)) {
      if (text.length > MAX_SENTENCE_CHARS || !CLAIM.test(text) || !/report|index|disclos/i.test(text))
        continue;
      const hkex = hkexEdition(text, reportYear);
      if (hkex) found.add(hkex);
      for (const [id, re] of PATTERNS) {
        const m = re.exec(text);
        if (!m) continue;
        found.add(id);
        const reading = CLAIM_KINDS_DIFFER.has(id) ? basisAt(text, m.index) : undefined;
        if (reading) readings.set(id, [...(readings.get(id) ?? []), reading]);
      }
    }
  }
  if (found.has('HKEX-C2')) found.delete('HKEX-2020');
  const bases: Partial<Record<ClaimedFramework, ClaimBasis>> = {};
  for (const [id, list] of readings) {
    const basis = settleBasis(list);
    if (basis) bases[id] = basis;
  }
  return { frameworks: CLAIMED_FRAMEWORKS.filter((id) => found.has(id)), bases };
}

/** True when the text names an ESG Reporting Guide that no other exchange's name precedes. */
function namesHongKongGuide(text: string): boolean {
  for (const m of text.matchAll(NAMED_GUIDE)) {
    const before = m[1];
    if (before === undefined || !/^\p{Lu}/u.test(before) || HONG_KONG_OR_ARTICLE.test(before)) return true;
  }
  return false;
}

function hkexEdition(text: string, reportYear: number | undefined): ClaimedFramework | undefined {
  const c2 = /\bAppendix C2\b/i.test(text);
  const before = reportYear !== undefined && reportYear < CODE_EFFECTIVE_YEAR;
  if (HKEX_CODE.test(text) || (c2 && reportYear !== undefined && !before)) return 'HKEX-C2';
  if (HKEX_GUIDE.test(text) || namesHongKongGuide(text)) return 'HKEX-2020';
  if (c2) return before ? 'HKEX-2020' : 'HKEX-C2';
  return undefined;
}
