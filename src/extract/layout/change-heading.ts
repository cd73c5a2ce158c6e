// "% 2025/2024", "% 2030 / base year": the change from one year to another in per cent, as Nordic
// statements head the column after the years.
const YEAR_OVER_YEAR = /^%\s*(?:19|20)\d{2}\s*\/\s*(?:(?:19|20)\d{2}|base(?:line)?(?:\s+year)?)$/i;

/**
 * True for the heading of a column that compares the years ("% change", "YoY", "Δ in %", "Var. 25/24", "Évolution",
 * "% 2025/2024"), or gives one
 * year as a percentage of another ("2025/2024 (%)", as Vietnamese reports print it: 104.2 is +4.2%).
 */
export function isChangeHeading(text: string): boolean {
  return (
    /^(?:(?:%|percentage)\s+)?(?:changes?|yoy|y-o-y|year[- ]on[- ]year|variance|var\.|variation|variaci[oó]n|varia[cç][aã]o|[ée]volution|ver[äa]nderung|increase|decrease|growth|difference|\+\/-|±|[Δ∆]|delta\b)/i.test(
      text,
    ) ||
    /^(?:19|20)\d{2}\s*\/\s*(?:19|20)\d{2}\s*\(%\)$/.test(text.trim()) ||
    YEAR_OVER_YEAR.test(text.trim())
  );
}
