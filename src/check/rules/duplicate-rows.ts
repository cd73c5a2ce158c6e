import type { Figure } from '../precision/index.js';
import { namingWords } from './label-similarity.js';
import { isTableRow, type Printing } from './printed-series.js';

/** Printings in one table this close together are different rows, not one figure printed twice. */
const SAME_TABLE_LINES = 40;

/** Fewer distinct content words than this cannot tell two figures apart. */
export const MIN_WORDS = 3;

/** A table row's naming words, units aside, as one key. */
function rowName(f: Figure): string {
  return [...namingWords(f)].sort().join(' ');
}

/**
 * A table row's name and year: a row printed once a year ("2025" over its rows, then "2024" over the
 * same rows) is no running line, so the lines of each year's printings are counted apart.
 */
export function rowKey(f: Figure): string {
  return `${f.fact.period.year}|${rowName(f)}`;
}

/**
 * The lines each row name is printed on as a table row for one year: a name on more than two lines with
 * a new value each time is a running line ("Sustainability Report 2025   42", its page number, dated the
 * report's year on every page), no row printed twice.
 */
export function linesByRowName(printings: readonly Printing[]): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  for (const { figure } of printings) {
    const p = figure.fact.provenance;
    if (!isTableRow(figure) || p.kind !== 'document' || p.location.line === undefined) continue;
    const key = rowKey(figure);
    out.set(key, (out.get(key) ?? new Set()).add(p.location.line));
  }
  return out;
}

/**
 * Two table rows named in the same words, units aside, and enough of them to tell a figure apart ("Ore
 * hoisted, thousand tonnes" in the key figures and "Ore hoisted" in its table): one row printed twice,
 * whether or not the catalogue lists its metric.
 */
export function sameNamingWords(a: Figure, b: Figure): boolean {
  return namingWords(a).size >= MIN_WORDS && rowName(a) === rowName(b);
}

/**
 * Two numbers on one line are two figures (a sentence or a row never prints one figure twice), and so
 * are table rows a few lines apart (or on one PDF page): rows of one table.
 */
export function sameTable(a: Figure, b: Figure): boolean {
  const pa = a.fact.provenance;
  const pb = b.fact.provenance;
  if (pa.kind !== 'document' || pb.kind !== 'document') return false;
  const [la, lb] = [pa.location.line, pb.location.line];
  if (la !== undefined && la === lb) return true;
  if (pa.extraction === 'text' && pb.extraction === 'text' && pa.quote === pb.quote) return true;
  if (pa.extraction !== 'table' || pb.extraction !== 'table') return false;
  if (la !== undefined && lb !== undefined) return Math.abs(la - lb) <= SAME_TABLE_LINES;
  return pa.location.page !== undefined && pa.location.page === pb.location.page;
}
