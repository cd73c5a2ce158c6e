import { foldAccents } from '../../core/index.js';
import type { Mention } from '../mention/index.js';

// French reports name the headcount by the date it is counted on: "Effectif au 31 décembre", "Effectifs
// au 31/12", "Effectif en fin d'année" (GRI 2-7, at the end of the period). Read on a row's own label
// only: the same words in a caption ("Tableau 2 – Effectifs au 31/12") title a table whose rows
// break the staff down by country, contract or age, and name none of those rows.
const YEAR_END_STAFF =
  /^effectifs?\s+(?:total\s+)?(?:au\s+31(?:\s+decembre|\/12)(?:\/\d{2,4})?(?:\s+\d{4})?|(?:en\s+)?fin\s+d['’]annee)$/;

/** The catalogue phrase a French year-end staff row stands for ("number of employees"), else undefined. */
export function yearEndStaffRow(m: Mention): string | undefined {
  if (m.kind !== 'table') return undefined;
  const label = foldAccents(m.label.replace(/\([^()]*\)/g, ' ').toLowerCase())
    .replace(/\s+/g, ' ')
    .trim();
  return YEAR_END_STAFF.test(label) ? 'number of employees' : undefined;
}
