import { escapeRegExp } from '../../core/index.js';
import type { Mention } from '../mention/index.js';
import data from './taxonomy-status-words.data.json' with { type: 'json' };

/** An economic activity's status under the EU Taxonomy (Delegated Regulation (EU) 2021/2178 Art. 1). */
export type TaxonomyStatus = keyof typeof data.statuses;

/** Lowercase, hyphens and slashes as spaces: "Taxonomy-eligible" reads as the data's "taxonomy eligible". */
function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[-‐–/_]+/g, ' ')
    .replace(/\s+/g, ' ');
}

const atWordStart = (stems: readonly string[]) =>
  new RegExp(`(?<!\\p{L})(?:${stems.map(escapeRegExp).join('|')})`, 'gu');

const TAXONOMY = atWordStart(data.taxonomy);
// Tried in the data's order: "non-eligible" is read before "eligible" could be.
const STATUSES = (Object.keys(data.statuses) as TaxonomyStatus[]).map(
  (status) => [status, atWordStart(data.statuses[status])] as const,
);

/** Whether a text names the EU Taxonomy ("EU Taxonomy KPIs", "EU-taksonomia", "Taxonomie-Kennzahlen"). */
function namesTaxonomy(text: string): boolean {
  TAXONOMY.lastIndex = 0;
  return TAXONOMY.test(normalise(text));
}

/**
 * The statuses a text names, each once; a negated status's words are not read again as the plain one.
 * "Eligible but not aligned" is one status, Annex II's "taxonomy-eligible but not environmentally
 * sustainable activities (not taxonomy-aligned activities)".
 */
function statusesIn(text: string): TaxonomyStatus[] {
  let rest = normalise(text);
  const found: TaxonomyStatus[] = [];
  for (const [status, pattern] of STATUSES) {
    pattern.lastIndex = 0;
    if (!pattern.test(rest)) continue;
    if (!(status === 'eligible' && found.includes('not_aligned'))) found.push(status);
    rest = rest.replace(pattern, ' ');
  }
  return found;
}

/**
 * The taxonomy status a table figure is printed under: its column's ("Taxonomy-eligible", "Taksonomian
 * mukainen"), else its row's ("Taxonomy-aligned turnover"), else the table title's when it names only
 * one. Such a figure is the part of turnover, CapEx or OpEx of that status (Regulation (EU) 2020/852
 * Art. 8), never the company's total. Words count only where the text or the table's heading names the
 * taxonomy, so an "Eligible" column elsewhere (parental leave) names no status.
 */
export function taxonomyStatus(m: Mention): TaxonomyStatus | undefined {
  if (m.kind !== 'table') return undefined;
  const texts = [m.column ?? '', m.label, ...m.context];
  if (!texts.some(namesTaxonomy)) return undefined;
  for (const text of [m.column ?? '', m.label]) {
    const [status, other] = statusesIn(text);
    if (status !== undefined && other === undefined) return status;
  }
  const [title = ''] = m.context;
  const [status, other] = statusesIn(title);
  return other === undefined ? status : undefined;
}
