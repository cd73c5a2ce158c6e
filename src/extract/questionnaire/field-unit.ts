import { tryParseUnit } from '../../core/index.js';
import { trailingParenthetical } from '../table/index.js';

/**
 * The unit a questionnaire field's label names. CDP prints the unit in the label, not beside the
 * figure: in brackets ("Gross global Scope 1 emissions (metric tons CO2e)", "… (%)"), after the
 * quantity inside a bracket ("Metric numerator (Gross global combined Scope 1 and 2 emissions, metric
 * tons CO2e)"), after "in" ("Verified Scope 1 emissions in metric tons CO2e"), as a leading "%" ("% of
 * target achieved …") or as an energy unit among the words ("Total fuel MWh consumed …"). A money
 * field names no currency ("(currency)", "(unit currency - as specified in C0.4)"): the response's
 * currency is `currency`.
 */
export function fieldUnit(label: string, printed: string, currency: string): string {
  if (printed !== '') return printed;
  const text = label.replace(/\s*\[[^\]]*\]\s*$/, '').trim();
  const bracket = trailingParenthetical(text) ?? '';
  if (/\bcurrency\b/i.test(bracket)) return currency;
  if (/^%/.test(text) || /^(?:%|percentage|per ?cent)$/i.test(bracket)) return '%';
  const candidates = [
    bracket,
    bracket.split(',').pop()?.trim() ?? '',
    /\bin ([^()]+)$/i.exec(text)?.[1] ?? '',
  ];
  for (const c of candidates) if (isMeasureUnit(c)) return c;
  return ENERGY_WORD.exec(text)?.[0] ?? '';
}

const ENERGY_WORD = /\b(?:[kMGT]Wh|[GT]J)\b/;

/** A unit of measure, not a word the registry would read as a count of itself ("(currency)", "(optional)"). */
function isMeasureUnit(text: string): boolean {
  if (text === '' || text.length > 40) return false;
  const unit = tryParseUnit(text);
  return unit !== undefined && unit.dimension !== 'count';
}
