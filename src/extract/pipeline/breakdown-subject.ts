import type { Dims } from '../../core/index.js';
import type { ClassifiedMention } from '../classify/index.js';

/** What a change's subject names when it is one breakdown row of a table: the row's metric and dims. */
export type BreakdownRow = Pick<ClassifiedMention, 'metric' | 'dims'>;

// Words a subject adds to a row's name that say nothing of which quantity it is.
const FILLER = new Set(['the', 'our', 'its', 'total', 'of', 'from', 'and', 'in', 'at', 'by', 'all']);

const wordsOf = (text: string): string[] => text.toLowerCase().match(/\p{L}[\p{L}\d]*/gu) ?? [];

/**
 * A change's subject no catalogue phrase names may name a breakdown row of a table ("flaring
 * emissions" against a row "Scope 1 - flaring" read as Scope 1 with segment "flaring"): the subject
 * prints a dimension value of the row whole, and its other words are words of the row's metric
 * ("emissions"). The row that does so with the fewest dims is taken when it is the only one.
 */
export function breakdownSubject(
  subject: string,
  rows: readonly ClassifiedMention[],
): BreakdownRow | undefined {
  const said = wordsOf(subject);
  if (said.length < 2) return undefined;
  const found = new Map<string, BreakdownRow & { readonly size: number }>();
  for (const row of rows) {
    if (row.mention.kind !== 'table' || !row.metric) continue;
    const vocabulary = new Set([row.metric.label, ...row.metric.phrases].flatMap(wordsOf));
    for (const value of Object.values(row.dims)) {
      const rest = withoutPhrase(said, wordsOf(value));
      if (!rest || rest.length === 0 || !rest.every((w) => FILLER.has(w) || vocabulary.has(w))) continue;
      if (rest.every((w) => FILLER.has(w))) continue;
      const key = `${row.metric.id}|${JSON.stringify(sorted(row.dims))}`;
      found.set(key, { metric: row.metric, dims: row.dims, size: Object.keys(row.dims).length });
    }
  }
  const fewest = Math.min(...[...found.values()].map((r) => r.size));
  const best = [...found.values()].filter((r) => r.size === fewest);
  const [only] = best;
  return best.length === 1 && only ? { metric: only.metric, dims: only.dims } : undefined;
}

/** The words left when `phrase` is taken out of `words` where it appears whole; undefined when it does not. */
function withoutPhrase(words: readonly string[], phrase: readonly string[]): string[] | undefined {
  if (phrase.length === 0) return undefined;
  for (let i = 0; i + phrase.length <= words.length; i++) {
    if (phrase.every((w, j) => words[i + j] === w))
      return [...words.slice(0, i), ...words.slice(i + phrase.length)];
  }
  return undefined;
}

function sorted(dims: Dims): [string, string][] {
  return Object.entries(dims).sort(([a], [b]) => a.localeCompare(b));
}
