import { findItem, normaliseCode } from '../../core/index.js';

/** The code a content-index row starts with and the cell that holds it. */
export interface RowCode {
  readonly code: string;
  readonly cell: number;
  /** The cell holds the disclosure's title too ("2-7 Employees"): no separate disclosure column. */
  readonly titled: boolean;
}

// A disclosure code at the start of a cell, before its title: "305-1 Direct …", "GRI 2-7 …", "A1.2 …".
const LEADING_CODE = /^(?:GRI\s*)?(?:[A-D]\d{1,2}(?:\.\d{1,2})?|\d{1,3}-\d{1,2})(?=[\s:]|$)/i;

/**
 * The disclosure code a content-index row starts with: "A1.1", "Aspect A1: Emissions" (with a
 * "General Disclosure" cell, the aspect's general disclosure A1.GD), "2-7", "GRI 305-1". Looks at
 * the first three filled cells, since indexes put an aspect or standard name in front.
 */
export function rowCode(cells: readonly string[]): RowCode | undefined {
  const filled = cells.flatMap((text, index) => (text.trim() === '' ? [] : [{ text: text.trim(), index }]));
  const generalDisclosure = filled.some((c) => /^general disclosures?\b/i.test(c.text));
  for (const [n, c] of filled.slice(0, 3).entries()) {
    if (c.text.length > 60 || !/\d/.test(c.text)) continue;
    const text = c.text.replace(/^kpis?\s*/i, '');
    const whole = normaliseCode(text);
    // A code with its disclosure's title in the same cell ("2-7 Employees", "A2.1 Energy …").
    const lead = whole === undefined ? LEADING_CODE.exec(text)?.[0] : undefined;
    const code = whole ?? (lead === undefined ? undefined : normaliseCode(lead));
    if (!code || /^GRI:\d+$/.test(code)) continue;
    // Past the first cell a bare number pair may be a page range ("3-5"): only a catalogue code counts.
    if (n > 0 && !findItem(code)) continue;
    if (lead !== undefined) {
      // Only a catalogue code counts: "30-50 years old" or "1.2 Emission Management" are no codes.
      if (!findItem(code)) continue;
      return { code, cell: c.index, titled: true };
    }
    if (generalDisclosure && /^HKEX:[AB]\d$/.test(code))
      return { code: `${code}.GD`, cell: c.index, titled: false };
    if (
      /^HKEX:[AB]\d$/.test(code) &&
      /^(?:aspect\s+)?[AB]\d\b.*\bgeneral disclosure/i.test(filled.map((f) => f.text).join(' '))
    ) {
      return { code: `${code}.GD`, cell: c.index, titled: false };
    }
    return { code, cell: c.index, titled: false };
  }
  return undefined;
}
