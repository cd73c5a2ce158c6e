import { getMetric, type Dims, type Metric } from '../../core/index.js';
import type { Mention } from '../mention/index.js';
import { chooseMetric, type PhraseCache } from './choose-metric.js';
import type { PrintedUnit } from './printed-unit.js';
import { columnDims } from './title-breakdown.js';

// A table titled by nationality ("Workforce by nationality and grade"): its columns are the groups
// (host-country nationals and expatriates, as Gulf localisation quotas count them), not measures.
const NATIONALITY_TABLE = /\bnationalit(?:y|ies)\b/i;
// Headers that name a group by nationality whatever the title says.
const NATIONALITY_WORDS =
  /^(?:expat(?:riate)?s?|foreign(?:ers|\s+nationals?|\s+employees|\s+staff)?|non-?nationals?|(?:host[- ]country\s+|local\s+)?nationals?|locals?)$/i;
// A header naming a measure or the whole is no group.
const NOT_A_GROUP = /\b(?:total|number|rate|percentage|share|ratio|hours|headcount)\b|%/i;

/**
 * The nationality group a table column counts ("Expatriates", or "Kenyan" under a title by
 * nationality), lower-cased; undefined for a column of a measure, a share or the whole.
 */
export function nationalityColumn(m: Mention): string | undefined {
  const column = m.kind === 'table' ? m.column?.trim() : undefined;
  if (!column || column.length > 30 || NOT_A_GROUP.test(column) || /\d/.test(column)) return undefined;
  // "Workforce by nationality and gender" over "Male | Female | Total": a column naming a gender, an age
  // band or a region is that breakdown's, and the rows are the nationality groups.
  if (Object.keys(columnDims(column)).length > 0) return undefined;
  const titled = m.context.some((c) => c !== column && NATIONALITY_TABLE.test(c));
  if (!titled && !NATIONALITY_WORDS.test(column)) return undefined;
  return column.replace(/\s+/g, ' ').toLowerCase();
}

// A row naming the group that is not the host country's nationals ("Expatriates", "Foreign employees",
// "Non-citizen employees" as southern African localisation tables print it): a part of the headcount
// beside the nationals' row, never the whole.
const NON_NATIONAL_ROW =
  /^(?:expat(?:riate)?s?|foreign(?:ers|\s+nationals?)?|non-?nationals?|non-?citizens?)(?:\s+(?:employees|staff|workers))?$/i;

/**
 * A column of a table by nationality is that group's figure, a breakdown of the headcount; so is a row
 * of a table whose columns are another breakdown ("Expatriates" under "Male | Female | Total").
 */
export function nationalityDims(m: Mention): Dims {
  const nationality = nationalityColumn(m);
  if (nationality !== undefined) return { nationality };
  const row = m.kind === 'table' ? m.label.trim() : '';
  return NON_NATIONAL_ROW.test(row) ? { nationality: row.replace(/\s+/g, ' ').toLowerCase() } : {};
}

/**
 * A row of nationals printed in % ("Citizen employees | 96.3%", "Emirati staff (%)"): the nationalisation
 * rate, the nationals' share of the headcount, never a headcount printed in %.
 */
export function nationalsShare(
  m: Mention,
  printed: PrintedUnit | undefined,
  cache: PhraseCache | undefined,
  fits: (metric: Metric) => boolean,
): ReturnType<typeof chooseMetric> {
  if (m.kind !== 'table' || printed?.unit.symbol !== '%' || Number(m.value) > 100) return undefined;
  const counted = (metric: Metric) =>
    fits(metric) && (metric.id === 'workforce.nationals' || metric.id === 'workforce.total');
  const count = chooseMetric([m.label], undefined, 1, cache, counted);
  return count?.metric.id === 'workforce.nationals'
    ? { ...count, metric: getMetric('workforce.nationals_share') }
    : undefined;
}
