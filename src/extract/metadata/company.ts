import type { ReportLine } from '../layout/index.js';

// Legal-form endings of company names (China, Hong Kong, UK, US, Nordics, Germany, Japan).
const LEGAL_FORM =
  /\b([A-Z][\w&.,'’ -]{2,100}?\b(?:Co\.,?\s?Ltd\.?|Company Limited|Limited|Ltd\.?|Inc\.|Incorporated|Corporation|Corp\.|p\.l\.c\.|plc|PLC|AB|ASA|AG|SE|S\.A\.|N\.V\.|Holdings|Group Inc\.))(?=\s|$|[,(“"])/;

// "X Co., Ltd. (“the Company”)", "X (hereinafter "the Group")", "parent company (Alfa Laval AB)".
const DEFINED =
  /([A-Z][^.“"(]{2,120}?(?:Co\.,?\s?Ltd|Limited|Inc|plc|Corporation|AB)\.?)\s*\((?:hereinafter[^“"]{0,40})?[“"]\s*(?:the\s+)?(?:Company|Group)/i;
const PARENT = /\b(?:parent company|the company|holding company)\s*\(([A-Z][\w&.,'’ -]{2,60})\)/i;

const FRONT_MATTER_LINES = 120;
const MAX_NAME_WORDS = 9;

/**
 * The reporting company: the name a definition introduces ("… Co., Ltd. (“the Company”)", "parent
 * company (Alfa Laval AB)"), else the first legal-form name ("… Co., Ltd", "… Inc.", "… plc") that
 * reads as a name, else the proper noun the report most often writes in the possessive ("bp’s",
 * "Microsoft’s").
 */
export function findCompany(lines: readonly ReportLine[]): string | undefined {
  const front = lines.slice(0, FRONT_MATTER_LINES);
  for (const line of front) {
    if (!line.text.includes('(') || line.text.length > 3000) continue;
    const m = DEFINED.exec(line.text) ?? PARENT.exec(line.text);
    const name = m?.[1] ? tidy(m[1]) : undefined;
    if (name && isName(name)) return name;
  }
  for (const line of front) {
    const m = LEGAL_FORM.exec(line.text);
    if (!m?.[1]) continue;
    const name = tidy(m[1] + legalTail(line.text.slice(m.index + m[1].length)));
    if (isName(name)) return name;
  }
  return mostPossessive(lines);
}

/** A company name: a few words, each capitalised or a legal-form abbreviation, no sentence inside. */
function isName(name: string): boolean {
  const words = name.split(' ');
  if (words.length > MAX_NAME_WORDS || /[.!?]\s+[A-Z]/.test(name.replace(/\b(?:Co|Ltd|Inc|Corp)\./g, '')))
    return false;
  return words.every(
    (w) => /^[A-Z0-9&(]/.test(w) || /^(?:of|and|de|la|du|the|für|und|p\.l\.c\.|plc)$/.test(w),
  );
}

// "Example Holdings Limited": a legal form may follow another ("Holdings", then "Limited").
function legalTail(rest: string): string {
  return (
    /^\s+(?:Company\s+)?(?:Limited|Ltd\.?|Inc\.|Incorporated|Corporation|Co\.,?\s?Ltd\.?|plc|PLC|AB)(?=\s|$|[,(])/.exec(
      rest,
    )?.[0] ?? ''
  );
}

// Possessives that name no company ("the Group’s", "China’s", "the Board’s").
const GENERIC =
  /^(?:the|our|its|their|this|group|company|board|report|world|china|country|nation|society|industry|government|state|region|city|today|year|people|employee|customer|supplier|investor)$/i;

function mostPossessive(lines: readonly ReportLine[]): string | undefined {
  const counts = new Map<string, number>();
  for (const line of lines) {
    if (line.text.length > 5000) continue;
    for (const m of line.text.matchAll(/\b((?:[A-Z][\w&-]*|[a-z]{2}\b)(?: [A-Z][\w&-]*){0,2})['’]s\b/g)) {
      const name = m[1] ?? '';
      if (GENERIC.test(name) || GENERIC.test(name.split(' ').pop() ?? '')) continue;
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  let best: string | undefined;
  for (const [name, n] of counts)
    if (n >= 3 && (best === undefined || n > (counts.get(best) ?? 0))) best = name;
  return best;
}

function tidy(name: string): string {
  return name
    .replace(/^(?:welcome to|this is|the)\s+/i, '')
    .replace(/\s+/g, ' ')
    .trim();
}
