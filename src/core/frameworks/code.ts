import { CODE_PREFIXES, type CodePrefix } from './framework.js';

// Qualified codes are `HKEX:<code>` and `GRI:<code>` (spec/extract-output.md). Reports print them many
// ways: "KPI A1.2", "Aspect B1", "A1 General Disclosure", "GRI 305-1", "Disclosure 2-7", "305–1".

/** A code split into its prefix and the framework's own code. */
export interface ParsedCode {
  readonly prefix: CodePrefix;
  readonly code: string;
}

/** Joins a prefix and a framework code into a qualified code (`qualify('GRI', '305-1')` → `GRI:305-1`). */
export function qualify(prefix: CodePrefix, code: string): string {
  return `${prefix}:${code}`;
}

/** Splits a qualified code (`HKEX:A1.2`); anything else gives undefined. */
export function parseQualifiedCode(qualified: string): ParsedCode | undefined {
  const colon = qualified.indexOf(':');
  if (colon < 0) return undefined;
  const prefix = qualified.slice(0, colon);
  const code = qualified.slice(colon + 1);
  if (!isCodePrefix(prefix) || code === '' || /\s/.test(code)) return undefined;
  return { prefix, code };
}

function isCodePrefix(text: string): text is CodePrefix {
  return (CODE_PREFIXES as readonly string[]).includes(text);
}

// HKEX Part B requirements are cited by name in content indexes; the catalogue codes them MDR.<name>.
const MDR_NAMES: Readonly<Record<string, string>> = {
  'governance structure': 'MDR.governance',
  'reporting principles': 'MDR.principles',
  'reporting boundary': 'MDR.boundary',
};

const HKEX_KPI = /^([AB])\s?([1-8])(?:\s?\.\s?(\d{1,2}))?$/i;
// An aspect printed with its name, as index rows do: "Aspect A1: Emissions", "B2 Health and Safety".
const HKEX_ASPECT_NAMED = /^([AB][1-8])\s*[:：.]?\s+[a-z][a-z ,&'’/-]*$/i;
const HKEX_GD = /^(?:general disclosures?\s+([AB][1-8])|([AB][1-8])\s*(?:\.gd|general disclosures?))$/i;
// Part D of Appendix C2 is coded by heading in the catalogue ("D.metrics.ghg.scope1"); paragraph citations
// ("D.28", "Part D paragraph 28") are kept as HKEX:D.<n> so they stay recognisable (see hkex-c2 notes).
const HKEX_PART_D_HEADING = /^d((?:\.[a-z][a-z0-9_]*)+)$/i;
const HKEX_PART_D = /^(?:part\s+)?d\s*(?:\.|,)?\s*(?:para(?:graph)?\.?\s*)?(\d{1,2})((?:\.[a-z0-9_]+)?)$/i;
const GRI_CODE = /^(\d{1,3})\s*[-‐‑–—]\s*(\d{1,2})(?:\s*[-–]?\s*[a-z](?:\.[ivx]+)?)?$/i;
const GRI_STANDARD = /^(\d{1,3})(?:\s*:.*)?$/;

/**
 * The qualified code for a code as a report prints it, or undefined when the text is not a code.
 * `normaliseCode('KPI A1.2')` → `HKEX:A1.2`; `'GRI 305-1'` → `GRI:305-1`; `'Disclosure 2-7'` → `GRI:2-7`;
 * `'A1 General Disclosure'` → `HKEX:A1.GD`; `'GRI 305: Emissions 2016'` → `GRI:305`. A bare `n-n` is read
 * as GRI only in GRI's numbering ranges (2-x, 3-x, 101-x … 499-x), so "2022-23" is not a code.
 */
export function normaliseCode(text: string): string | undefined {
  const cleaned = text
    .normalize('NFKC')
    .trim()
    .replace(/[:：;,.\s]+$/u, '')
    .replace(/\s+/g, ' ');
  if (cleaned === '') return undefined;
  const explicit = /^(HKEX|GRI)\s*:?\s*(.*)$/i.exec(cleaned);
  if (explicit) {
    const prefix = explicit[1]?.toUpperCase() === 'GRI' ? 'GRI' : 'HKEX';
    const rest = explicit[2] ?? '';
    return prefix === 'GRI' ? griCode(rest, true) : hkexCode(rest);
  }
  return hkexCode(cleaned) ?? griCode(cleaned, false);
}

function hkexCode(text: string): string | undefined {
  const bare = text.replace(/^(?:kpis?|aspect|indicator)\s*/i, '').trim();
  const mdr = MDR_NAMES[bare.toLowerCase()];
  if (mdr) return qualify('HKEX', mdr);
  if (/^mdr\.[a-z]+$/i.test(bare)) return qualify('HKEX', `MDR.${bare.slice(4).toLowerCase()}`);
  const gd = HKEX_GD.exec(bare);
  if (gd) return qualify('HKEX', `${(gd[1] ?? gd[2] ?? '').toUpperCase()}.GD`);
  const kpi = HKEX_KPI.exec(bare);
  if (kpi) {
    const aspect = `${kpi[1]?.toUpperCase() ?? ''}${kpi[2] ?? ''}`;
    return qualify('HKEX', kpi[3] === undefined ? aspect : `${aspect}.${String(Number(kpi[3]))}`);
  }
  const named = HKEX_ASPECT_NAMED.exec(bare);
  if (named) return qualify('HKEX', (named[1] ?? '').toUpperCase());
  const heading = HKEX_PART_D_HEADING.exec(bare);
  if (heading) return qualify('HKEX', `D${(heading[1] ?? '').toLowerCase()}`);
  const partD = HKEX_PART_D.exec(bare);
  if (partD) return qualify('HKEX', `D.${String(Number(partD[1]))}${(partD[2] ?? '').toLowerCase()}`);
  if (/^[ABD]$/i.test(bare)) return qualify('HKEX', bare.toUpperCase());
  return undefined;
}

function griCode(text: string, prefixed: boolean): string | undefined {
  const bare = text.replace(/^(?:disclosures?|gri)\s*/i, '').trim();
  const disclosure = GRI_CODE.exec(bare);
  if (disclosure) {
    const standard = Number(disclosure[1]);
    const number = Number(disclosure[2]);
    if (number === 0 || !(prefixed || /^disclosure/i.test(text) || isGriStandardNumber(standard))) {
      return undefined;
    }
    return qualify('GRI', `${String(standard)}-${String(number)}`);
  }
  const standard = prefixed ? GRI_STANDARD.exec(bare) : null;
  if (standard) return qualify('GRI', String(Number(standard[1])));
  return undefined;
}

/** GRI numbers its universal standards 1-3 (2021) or 101-103 (2016) and its topic standards 201-4xx. */
function isGriStandardNumber(n: number): boolean {
  return n === 2 || n === 3 || (n >= 101 && n <= 499);
}
