import type { Dims } from '../../core/index.js';
import type { Mention } from '../mention/index.js';
import { isWholeColumn } from '../table/index.js';
import { inferDims, SITE_WORDS } from './dims.js';
import { onlyCountry } from './place-names.js';
import { ethnicMinorityGroup, ethnicityColumn, indigenousGroup } from './ethnicity.js';

/**
 * The breakdown a table's title names ("Table 2. Employees by country" → "by country"): its rows are
 * that breakdown's values. The rest of a title says what is measured, not how it is split.
 */
function breakdownOf(caption: string | undefined): string {
  // "Country/area/region" alone over the rows (the label column's heading printed above the header).
  if (NAMED_BREAKDOWN.test(caption?.trim() ?? '')) return caption?.trim() ?? '';
  return BY_BREAKDOWN.exec(caption ?? '')?.[0] ?? '';
}

// A title that is only the names of one breakdown, slash-joined: "Country/area/region", "Region".
const NAMED_BREAKDOWN =
  /^(?:country|countries|region|area|location|geograph\w*)(?:\s*\/\s*(?:country|countries|region|area|location|geograph\w*))*$/i;

// The company's own places ("by estate", "by plant", "by mine") are a breakdown too: each row is a site.
// "by nationality and function": a staff table's columns by nationality, its rows by function.
const BREAKDOWN = String.raw`(?:(?:country|countries|region|location|geograph\w*|districts?|county|counties|provinces?|prefectures?|employee categor\w*|category|rank|grade|gender|sex|nationalit(?:y|ies)|(?:job |business )?functions?)\b|${SITE_WORDS})`;
const BY_SITE = new RegExp(String.raw`\bby\s+${SITE_WORDS}`, 'i');
// "by region and category": a title naming two breakdowns names both, and the rows' own words decide.
// "by supplier location", "by customer country": one word may say whose places they are.
const BY_BREAKDOWN = new RegExp(
  String.raw`\bby\s+(?:(?:supplier|customer|client|vendor|business|operating)s?\s+)?${BREAKDOWN}(?:\s*(?:,|and|&)\s*${BREAKDOWN})*`,
  'i',
);

/**
 * The breakdown a table's title names, when its rows carry it: a title "… by region" over columns
 * "Hong Kong | Mainland | Total" splits each row by the columns, and its rows are measures, not places.
 * A group cell naming a breakdown ("Employee category" beside "Indirect labor") says it for its rows,
 * whatever the title lists first ("Employees by region, category and age").
 */
export function rowBreakdownOf(
  caption: string | undefined,
  columns: readonly string[] | undefined,
  groups: readonly string[],
  measureRows: boolean,
): string {
  // A title printed over the first figure column is read as its heading ("Spend by supplier location"
  // over "US$'000"): it names the rows' breakdown for every column of the table.
  const breakdown = breakdownOf(caption) || titleOverColumns(columns);
  if (breakdown === '' || groups.some((g) => GROUP_BREAKDOWN.test(g))) return '';
  // "… by estate" over "Estate A | Estate B | Group": the places head the columns, and a row naming a
  // metric ("Grid electricity (kWh)") is a measure: neither row is a site.
  if (BY_SITE.test(breakdown)) return measureRows ? '' : breakdown;
  if (!columns) return breakdown;
  const dim = /\b(?:categor\w*|rank|grade|functions?)\b/i.test(breakdown) ? 'employee_category' : 'region';
  return columns.some((c) => columnDims(c)[dim] !== undefined) ? '' : breakdown;
}

/** The breakdown a long column heading names ("… by supplier location, FY2025 (US$'000)"), '' when none does. */
function titleOverColumns(columns: readonly string[] | undefined): string {
  for (const c of columns ?? []) {
    const breakdown = c.length > TITLE_LENGTH ? breakdownOf(c) : '';
    if (breakdown !== '') return breakdown;
  }
  return '';
}

// The group's name, then the word for its total, as a spanning header names the column under it.
const GROUP_TOTAL = /^(\p{L}[\p{L}\s-]*?)\s+(?:sub-?)?total$/iu;
// "Grand total", "Overall total", "Total (all employees)": the whole table, no group's.
const GRAND = /^(?:grand|overall|all|combined|group|company|\(.*\))$/i;

/** Past this many characters a column heading is a table's title printed over it, not a column's name. */
const TITLE_LENGTH = 40;

// A group cell that names a breakdown of its own rows ("Region", "Employee category", "Age group").
const GROUP_BREAKDOWN =
  /^(?:by\s+)?(?:region|country|location|geograph\w*|(?:employee\s+)?categor(?:y|ies)|rank|grade|age(?: group)?|gender|education\w*|contract type|employment type)s?$/i;

/**
 * Dimensions a column header gives ("Female", "Under 30", "Asia"): a header that reads as a
 * breakdown value, not as a measure ("Number of employees").
 */
export function columnDims(column: string | undefined): Dims {
  if (!column || column.length > 40 || /\b(?:number|rate|hours|percentage|proportion)\b/i.test(column))
    return {};
  // A group's own total ("Permanent Total" under a header spanning "Permanent | Male Female Total") is
  // the whole of that group: it keeps the group's breakdown, though not the parts' of the columns beside it.
  if (/\btotal\b/i.test(column)) {
    const group = GROUP_TOTAL.exec(column.trim())?.[1] ?? '';
    return group === '' || GRAND.test(group) ? {} : inferDims(group, '', true);
  }
  const site = SITE_NAME.exec(column.trim());
  return site ? { site: column.trim() } : inferDims(column, '', true);
}

/**
 * The column's breakdown, a country's name read as a region only in a header of places: "Hong Kong |
 * Mainland China | Vietnam | Cambodia | Total", where every column but the whole's is a region or a
 * country. Beside places named otherwise ("España | Portugal | Marruecos | Total") a country keeps
 * what the reader gave it, so that the columns keep one breakdown and add up to the whole.
 */
export function placeColumnDims(m: Mention): Dims {
  const dims = columnDims(m.column);
  const column = m.column?.trim() ?? '';
  const places = (m.columns ?? []).filter((c) => c.trim() !== '' && !isWholeColumn(c));
  const regional = (c: string) => columnDims(c).region !== undefined || onlyCountry(c);
  // "Hong Kong | Singapore | Jakarta | Group": when the reader took the columns for sites and some are
  // no known region, all stay sites, so that the columns are one breakdown of the whole.
  if (dims.region !== undefined && m.siteColumns === true && !places.every(regional)) return {};
  if (Object.keys(dims).length > 0 || !onlyCountry(column)) return dims;
  return places.length >= 2 && places.every(regional) ? { region: column } : dims;
}

/** A column of a table by race or ethnicity is that group's figure (US EEO-1, GRI 405-1 b "other indicators of diversity"). */
export function ethnicityDims(m: Mention): Dims {
  const ethnicity = ethnicityColumn(m) ?? indigenousGroup(m) ?? ethnicMinorityGroup(m);
  return ethnicity === undefined ? {} : { ethnicity };
}

// A column named for one of the company's places: "Foshan plant", "Hub Plant", "Gebze site".
const SITE_NAME =
  /^\p{L}[\p{L}'’.-]*(?:\s+\p{L}[\p{L}'’.-]*){0,3}\s+(?:plant|site|factory|mill|works|refinery|mine)$/iu;
