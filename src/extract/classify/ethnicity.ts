import type { Mention } from '../mention/index.js';

// A table titled by race or ethnicity ("Workforce by job category and race/ethnicity"): its columns
// are the groups (US EEO-1, UK ethnicity pay gap reporting), not measures.
const ETHNICITY_TABLE = /\b(?:race|racial|ethnic\w*)\b/i;
// A header naming a measure or the whole is no group.
const NOT_A_GROUP = /\b(?:total|number|rate|percentage|share|ratio|hours)\b|%/i;

/**
 * The race or ethnicity a table column is for ("Hispanic or Latino", "Asian", "Other(8)" under a title
 * naming race/ethnicity), as a dimension value without its footnote mark; undefined for a table the
 * caption does not title by race or ethnicity, a row's own label or a "Total" column.
 */
export function ethnicityColumn(m: Mention): string | undefined {
  const column = m.kind === 'table' ? m.column?.trim() : undefined;
  if (!column || column.length > 40 || NOT_A_GROUP.test(column)) return undefined;
  if (!m.context.some((c) => c !== column && ETHNICITY_TABLE.test(c))) return undefined;
  const value = column
    .replace(/\s*(?:\(\d{1,2}\)|\d{1,2}|[*†‡]+)$/, '')
    .replace(/\s+/g, ' ')
    .toLowerCase();
  return value === '' ? undefined : value;
}

// The words reports use for Indigenous peoples: Canada's First Nations, Métis and Inuit, Australia's
// Aboriginal and Torres Strait Islander peoples, New Zealand's Māori (GRI 405-1 b, GRI 411; ICMM).
const INDIGENOUS = String.raw`(?:indigenous|aboriginal|torres strait islanders?|first nations?|m[ée]tis|inuit|m[āa]ori|native american)`;
const PEOPLE = String.raw`(?:employees?|staff|workers?|people|persons?|personnel|workforce|colleagues?|team members?)`;
// "Self-identified Indigenous employees", "Aboriginal and/or Torres Strait Islander staff": the people named.
const INDIGENOUS_PEOPLE = new RegExp(
  String.raw`\b${INDIGENOUS}(?:\s+(?:and|or|and/or)\s+${INDIGENOUS})?\s+${PEOPLE}\b`,
  'i',
);
// A column headed by the group alone ("Indigenous", "Māori employees") in a table of people.
const INDIGENOUS_COLUMN = new RegExp(
  String.raw`^${INDIGENOUS}(?:\s+(?:and|or|and/or)\s+${INDIGENOUS})?(?:\s+${PEOPLE})?$`,
  'i',
);

/**
 * "indigenous" for a count of Indigenous people: a row or phrase naming them ("Self-identified
 * Indigenous employees") or a column headed by the group ("Indigenous" beside "Total"). They are a
 * group of the workforce, not its headcount. Money spent with Indigenous businesses names no people.
 */
export function indigenousGroup(m: Mention): string | undefined {
  const column = m.kind === 'table' ? m.column?.trim() : undefined;
  const named = column !== undefined && column !== '' ? INDIGENOUS_COLUMN.test(column) : false;
  return named || INDIGENOUS_PEOPLE.test(m.label) ? 'indigenous' : undefined;
}

// Chinese reports count the staff of China's 55 recognised minority nationalities (少数民族员工) beside the headcount.
const CJK_MINORITY = /少数民族|少數民族/u;

/** "ethnic_minority" for a count of ethnic-minority staff in Chinese ("少数民族员工186人"): a group of the workforce. */
export function ethnicMinorityGroup(m: Mention): string | undefined {
  return CJK_MINORITY.test(m.label) ? 'ethnic_minority' : undefined;
}
