import { normaliseCode } from '../../core/index.js';

/**
 * The disclosure code a content-index row starts with: "A1.1", "Aspect A1: Emissions" (with a
 * "General Disclosure" cell, the aspect's general disclosure A1.GD), "2-7", "GRI 305-1". Looks at
 * the first three filled cells, since indexes put an aspect or standard name in front.
 */
export function rowCode(cells: readonly string[]): { code: string; cell: number } | undefined {
  const filled = cells.flatMap((text, index) => (text.trim() === '' ? [] : [{ text: text.trim(), index }]));
  const generalDisclosure = filled.some((c) => /^general disclosures?\b/i.test(c.text));
  for (const c of filled.slice(0, 3)) {
    if (c.text.length > 60 || !/\d/.test(c.text)) continue;
    const code = normaliseCode(c.text.replace(/^kpis?\s*/i, ''));
    if (!code || /^GRI:\d+$/.test(code)) continue;
    if (generalDisclosure && /^HKEX:[AB]\d$/.test(code)) return { code: `${code}.GD`, cell: c.index };
    if (
      /^HKEX:[AB]\d$/.test(code) &&
      /^(?:aspect\s+)?[AB]\d\b.*\bgeneral disclosure/i.test(filled.map((f) => f.text).join(' '))
    ) {
      return { code: `${code}.GD`, cell: c.index };
    }
    return { code, cell: c.index };
  }
  return undefined;
}
