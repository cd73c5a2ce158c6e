import { tryParseUnit } from '../../core/index.js';
import { trailingParenthetical } from './label.js';
import { statedUnit } from './row-unit.js';
import { looksLikeUnit } from './unit-cell.js';

// "Table 7 – Social investment, R$ thousand", "Donations by programme: EUR million": the words after
// the caption's last comma, dash or colon.
const TRAILING = /(?:,|\s[–—-]\s|:)\s*([^,:–—()]{1,30})$/u;
// "Environmental protection expenditure        in CHF thousand" (the unit printed at the far right of
// the title, as Swiss and German reports do): the words after the caption's last "in".
const IN_UNIT = /.*\bin\s+([^,:–—()]{1,30})$/iu;
// "…, w tys. zł", "…, en miles de euros", "…, em R$ mil", "…, i NOK 1 000": "in" in Polish, Spanish,
// French, Portuguese and the Scandinavian languages, opening the words after the comma.
const IN_WORD = /^(?:in|w|en|em|i)\s+/i;

/**
 * The currency and scale a table's caption closes on without brackets ("Social investment, R$
 * thousand", "Donations in EUR million"), or ''. With `measured`, also a measured quantity ("Gross GHG
 * emissions, t CO2e", "Energy consumption, MWh"), for a row that prints no unit of its own: the caption
 * may sum up rows printed in other units (an intensity under the totals, "g/t.km" in the unit column).
 * A count or a share ("Staff by country, persons", ", %") is not read.
 */
export function captionTailUnit(caption: string, measured = false): string {
  const found = (TRAILING.exec(caption.trim()) ?? IN_UNIT.exec(caption.trim()))?.[1]?.trim();
  const tail = found?.replace(IN_WORD, '');
  if (tail === undefined || tail === '') return '';
  const dimension = tryParseUnit(tail)?.dimension;
  if (dimension === undefined) return '';
  if (dimension.startsWith('money:')) return tail;
  return measured && !UNMEASURED.has(dimension) && looksLikeUnit(tail) ? tail : '';
}

/**
 * Whether a row prints no unit of its own that a caption's measured unit could override: no unit cell,
 * no second text cell (a unit column's "Mt.km" the unit registry cannot read) and no share in its label
 * ("Renewable share, %¹", its footnote glued to the sign).
 */
export function printsNoUnit(label: string, unitCell: string, texts: number): boolean {
  return unitCell === '' && texts <= 1 && !label.includes('%');
}

// A count, a share, an index or a time a caption's tail names ("Training, hours") may head rows of others.
const UNMEASURED = new Set(['count', 'fraction', 'index', 'time', 'period']);

/**
 * A title row and the currency printed at its far right ("Environmental protection expenditure | in
 * EUR thousand", read as its unit cell) as one caption closing on the currency; any other unit cell is
 * left out, as before.
 */
export function withCurrency(title: string, unitCell: string): string {
  const unit = unitCell.trim().replace(/^in\s+/i, '');
  if (title === '' || unit === '') return title;
  // "表2-2 能源消耗折标准煤 | 单位：吨标准煤": a unit the cell states in words is kept whatever it is of.
  if (statedUnit(unit) !== '') return `${title} ${unit}`;
  return captionTailUnit(`${title}, ${unit}`) === '' ? title : `${title}, ${unit}`;
}

// "(MWh; ESRS E1-5)", "(tCO2e, market-based)": a caption's bracket holding its unit, then a disclosure code
// or a note after a semicolon or a comma and a space ("RMB 10,000" keeps its comma).
const BRACKET_PARTS = /\s*;\s*|,\s+/;

/**
 * The unit a caption's closing bracket opens with when a code or a note follows it in the bracket
 * ("Energy consumption and mix (MWh; ESRS E1-5)" → "MWh"), or ''. A bracket holding a second unit
 * ("(t, %)") names no one unit of the table.
 */
export function captionBracketUnit(caption: string): string {
  const parts = (trailingParenthetical(caption) ?? '').split(BRACKET_PARTS).map((p) => p.trim());
  const [first, ...rest] = parts;
  if (first === undefined || rest.length === 0 || !looksLikeUnit(first)) return '';
  return rest.some((p) => p === '' || looksLikeUnit(p)) ? '' : first;
}
