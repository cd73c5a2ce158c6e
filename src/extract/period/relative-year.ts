/**
 * Years named by their place rather than their number: "Current year | Prior year", "This year |
 * Last year", "Current Financial Year | Previous Financial Year". UK annual reports (the Companies Act
 * 2006 s.414C strategic report, its SECR tables) and SEBI's BRSR format head comparatives so; the
 * report's own period says which years they are.
 */

// The name alone, as a column header prints it.
const RELATIVE_NAME =
  /^(?:the\s+)?(current|this|reporting|prior|previous|preceding|last)\s+(?:(?:financial|fiscal|reporting)\s+)?(?:year|period)$/i;

/** How many years before the report's own a relative year name is (0 current, 1 prior), or undefined. */
export function yearsBackOf(name: string): number | undefined {
  const word = RELATIVE_NAME.exec(name.trim())?.[1]?.toLowerCase();
  if (word === undefined) return undefined;
  return word === 'current' || word === 'this' || word === 'reporting' ? 0 : 1;
}
