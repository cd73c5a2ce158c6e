import type { ReportLine } from '../layout/index.js';

// Legal-form endings of company names (China, Hong Kong, UK, US, Nordics, Germany, Japan).
const LEGAL_FORM =
  /\b([A-Z][\w&.,'’ -]{2,100}?\b(?:Co\.,?\s?Ltd\.?|Company Limited|Limited|Ltd\.?|Inc\.|Incorporated|Corporation|Corp\.|p\.l\.c\.|plc|PLC|AB|ASA|AG|SE|S\.A\.|N\.V\.|Holdings|Group Inc\.))(?=\s|$|[,(“"])/;

const FRONT_MATTER_LINES = 120;

/**
 * The reporting company: the name a "(the “Company”)" definition introduces, else the first
 * legal-form name ("… Co., Ltd", "… Inc.", "… plc") in the front matter.
 */
export function findCompany(lines: readonly ReportLine[]): string | undefined {
  const front = lines.slice(0, FRONT_MATTER_LINES);
  for (const line of front) {
    const m =
      /([A-Z][^.“"(]{2,120}?(?:Co\.,?\s?Ltd|Limited|Inc|plc|Corporation|AB)\.?)\s*\((?:hereinafter[^“"]{0,40})?[“"]\s*(?:the\s+)?(?:Company|Group)/i.exec(
        line.text,
      );
    if (m?.[1]) return tidy(m[1]);
  }
  for (const line of front) {
    const m = LEGAL_FORM.exec(line.text);
    if (m?.[1]) return tidy(m[1] + legalTail(line.text.slice(m.index + m[1].length)));
  }
  return undefined;
}

// "Example Holdings Limited": a legal form may follow another ("Holdings", then "Limited").
function legalTail(rest: string): string {
  return (
    /^\s+(?:Company\s+)?(?:Limited|Ltd\.?|Inc\.|Incorporated|Corporation|Co\.,?\s?Ltd\.?|plc|PLC|AB)(?=\s|$|[,(])/.exec(
      rest,
    )?.[0] ?? ''
  );
}

function tidy(name: string): string {
  return name
    .replace(/^(?:welcome to|this is|the)\s+/i, '')
    .replace(/\s+/g, ' ')
    .trim();
}
