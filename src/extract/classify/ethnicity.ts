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
