import { makeFinding, showNumber, whereOf, type CheckFinding } from '../finding/index.js';
import type { Figure } from '../precision/index.js';
import labelWords from './full-coverage-labels.data.json' with { type: 'json' };
import type { Rule } from './rule.js';
import { gridRows, type GridRow } from './table-grid.js';

// The metric extraction gives a sentence's claim that every one of a counted population has a feature, with
// the population in `dims.population` (extract/pipeline/full-coverage-claims.ts: check does not import it).
const METRIC = 'coverage.claimed_full_count';
// Lines a table's population row ("Berths  12  7  24") may stand from the row counting a feature of it.
const MAX_ROWS_APART = 6;

const FILLER = new Set(labelWords.filler);
const FILLER_HAN = new Set(labelWords.fillerHan);

/** A word as matching reads it: lower case, a plural's "s" dropped ("systems", "berths", "facilities"). */
function stem(word: string): string {
  const w = word.toLowerCase();
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  return w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w;
}

/**
 * The words of a text that may name a feature or a population: its words (each Chinese character one) less
 * the filler words, and less a bracketed abbreviation ("Ballast water treatment system (BWTS)").
 */
function wordsOf(text: string): Set<string> {
  const words = text
    .replace(/[(（][^)）]*[)）]/gu, ' ')
    .match(/\p{Script=Han}|(?:(?!\p{Script=Han})\p{L})+/gu);
  return new Set((words ?? []).map(stem).filter((w) => !FILLER.has(w) && !FILLER_HAN.has(w)));
}

const isHan = (w: string): boolean => /\p{Script=Han}/u.test(w);

/**
 * Whether a row's label names a feature of the claim: every word of it is the claim's or the population's,
 * and at least one (two Chinese characters) names something beyond the population.
 */
function namesFeature(
  label: ReadonlySet<string>,
  clause: ReadonlySet<string>,
  population: ReadonlySet<string>,
): boolean {
  const feature = [...label].filter((w) => !population.has(w));
  const enough = feature.some((w) => !isHan(w)) || feature.length >= 2;
  return enough && [...label].every((w) => clause.has(w) || population.has(w));
}

const sameSet = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean =>
  a.size === b.size && [...a].every((w) => b.has(w));

const quoteOf = (f: Figure): string => (f.fact.provenance.kind === 'document' ? f.fact.provenance.quote : '');

/** A whole count of things (no share, no fraction) of the claim's year. */
const countIn = (f: Figure, year: number): boolean =>
  f.fact.period.year === year && f.unit.symbol !== '%' && f.value.isInteger() && f.value.gte(0);

/** The row's cell counting fewer than the claim, and the cell counting the whole population. */
interface Shortfall {
  part: Figure;
  whole: Figure;
}

/**
 * Where a row counts fewer than all of the claimed population: a row of two counts, the population's and
 * the part with the feature ("Ballast water treatment system  20  22"), or a row of the feature under a
 * row of the population alone, column by column ("Berths  12 … 24" over "Berths with shore power  11 … 21").
 */
function shortfallIn(
  row: GridRow,
  rows: readonly GridRow[],
  claim: Figure,
  population: ReadonlySet<string>,
): Shortfall | undefined {
  const year = claim.fact.period.year;
  const cells = row.cells;
  if (cells.length === 2 && cells.every((c) => countIn(c, year))) {
    const whole = cells.find((c) => c.value.eq(claim.value));
    const part = cells.find((c) => c.value.lt(claim.value));
    if (whole && part) return { part, whole };
  }
  if (![...population].every((w) => wordsOf(row.label).has(w))) return undefined;
  for (const total of rows) {
    if (Math.abs(total.line - row.line) > MAX_ROWS_APART || total.cells.length !== cells.length) continue;
    if (!sameSet(wordsOf(total.label), population)) continue;
    const k = total.cells.findIndex((c) => countIn(c, year) && c.value.eq(claim.value));
    const whole = total.cells[k];
    const part = cells[k];
    if (whole && part && countIn(part, year) && part.value.lt(claim.value)) return { part, whole };
  }
  return undefined;
}

/**
 * "All of our 22 owned ships are fitted with ballast water treatment systems" while the equipment table
 * counts 20 of 22 owned ships fitted; "shore power at all 24 of our berths" while the terminal table counts
 * 21 berths with shore power of 24. Only a table that also prints the claimed count for the population is
 * compared, so the claim and the row count the same things; a warning, as the sentence may speak of a
 * later date than the table.
 */
export const fullCoverageClaimRule: Rule = {
  id: 'coverage.full-claim',
  title: 'a claim that all of a counted population has a feature agrees with the table counting it',
  run(ctx) {
    const claims = ctx.facts.metric(METRIC);
    if (claims.length === 0) return [];
    const rows = gridRows(ctx.facts.figures, () => true, true);
    const findings: CheckFinding[] = [];
    for (const claim of claims) {
      const population = wordsOf(claim.fact.dims.population ?? '');
      const clause = wordsOf(quoteOf(claim));
      const found = rows
        .filter((row) => !row.yearRow && namesFeature(wordsOf(row.label), clause, population))
        .map((row) => ({ row, shortfall: shortfallIn(row, rows, claim, population) }))
        .find((r) => r.shortfall);
      if (!found?.shortfall) continue;
      const { part, whole } = found.shortfall;
      findings.push(
        makeFinding(fullCoverageClaimRule.id, {
          severity: 'warning',
          message:
            `The text claims ${claim.fact.label ?? 'all of a population'} (${whereOf(claim)}), but the table ` +
            `(${whereOf(part)}) counts ${showNumber(part.value, 0)} of ${showNumber(whole.value, 0)} for "${found.row.label}".`,
          figures: [claim, part, whole],
          expected: part.value.toString(),
          actual: claim.value.toString(),
        }),
      );
    }
    return findings;
  },
};
