import { makeFinding, showNumber, whereOf, type CheckFinding } from '../finding/index.js';
import type { Figure } from '../precision/index.js';
import { headingNamesFeature, namesFeature, wordsOf } from './full-coverage-words.js';
import type { Rule } from './rule.js';
import { gridRows, type GridRow } from './table-grid.js';

// The metric extraction gives a sentence's claim that every one of a counted population has a feature, with
// the population in `dims.population` (extract/pipeline/full-coverage-claims.ts: check does not import it).
const METRIC = 'coverage.claimed_full_count';
// A site table's column some of its rows lack, with the count of rows it weighs in `dims.rows`
// (extract/pipeline/feature-rows.ts: "CEMS online: Yes / No / n/a", "Solar generated: 486.4 / –").
const COLUMN_METRIC = 'coverage.table_feature_rows';
// Lines a table's population row ("Berths  12  7  24") may stand from the row counting a feature of it.
const MAX_ROWS_APART = 6;

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
 * A site table's column weighing as many rows as the claim counts, some lacking the feature its heading
 * names ("CEMS online" answering No for one of four gas turbines), in the claim's year.
 */
function columnShortfall(
  claim: Figure,
  columns: readonly Figure[],
  population: ReadonlySet<string>,
): Figure | undefined {
  const clause = wordsOf(quoteOf(claim), true);
  return columns.find(
    (c) =>
      c.fact.period.year === claim.fact.period.year &&
      c.fact.dims.rows === claim.value.toString() &&
      c.value.lt(claim.value) &&
      headingNamesFeature(wordsOf(c.fact.dims.feature ?? ''), clause, population),
  );
}

function claimFinding(claim: Figure, part: Figure, counted: string, figures: Figure[]): CheckFinding {
  return makeFinding(fullCoverageClaimRule.id, {
    severity: 'warning',
    message: `The text claims ${claim.fact.label ?? 'all of a population'} (${whereOf(claim)}), but the table (${whereOf(part)}) ${counted}.`,
    figures,
    expected: part.value.toString(),
    actual: claim.value.toString(),
  });
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
    const columns = ctx.facts.metric(COLUMN_METRIC);
    const findings: CheckFinding[] = [];
    for (const claim of claims) {
      const population = wordsOf(claim.fact.dims.population ?? '');
      const clause = wordsOf(quoteOf(claim));
      const found = rows
        .filter((row) => !row.yearRow && namesFeature(wordsOf(row.label), clause, population))
        .map((row) => ({ row, shortfall: shortfallIn(row, rows, claim, population) }))
        .find((r) => r.shortfall);
      if (found?.shortfall) {
        const { part, whole } = found.shortfall;
        const counted = `counts ${showNumber(part.value, 0)} of ${showNumber(whole.value, 0)} for "${found.row.label}"`;
        findings.push(claimFinding(claim, part, counted, [claim, part, whole]));
        continue;
      }
      const column = columnShortfall(claim, columns, population);
      if (column) {
        const counted = `gives "${column.fact.dims.feature ?? ''}" for ${showNumber(column.value, 0)} of its ${claim.value.toString()} rows`;
        findings.push(claimFinding(claim, column, counted, [claim, column]));
      }
    }
    return findings;
  },
};
