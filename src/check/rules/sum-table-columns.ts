import {
  decimalString,
  makeFinding,
  placesOf,
  severityFor,
  showFigure,
  showNumber,
  type CheckFinding,
} from '../finding/index.js';
import { overlaps, type Figure } from '../precision/index.js';
import { isAdditive } from './metric-kind.js';
import type { Rule } from './rule.js';
import {
  cellsByYear,
  columnYear,
  gridBlocks,
  gridRows,
  isZero,
  rangeSum,
  valueSum,
  type GridRow,
} from './table-grid.js';

/** Where a year's total column stands among that year's columns. */
const PLACES = ['last', 'first'] as const;
type Place = (typeof PLACES)[number];

/**
 * Rows that are no amounts (an average, a rate, a share, an efficiency or a data centre's power or water
 * usage effectiveness, each a ratio): their total column is not a sum.
 */
const NOT_ADDITIVE =
  /\b(?:average|mean|per|rate|ratio|intensity|percentage|proportion|share|median|density|coverage|efficiency|effectiveness)\b|%/i;

/** One year's cells in one row: the column that may total them, and the others. */
interface YearCells {
  readonly row: GridRow;
  readonly total: Figure;
  readonly parts: readonly Figure[];
}

/**
 * A total column against the columns of its year in the same row ("Male  Female  Total", "Hong Kong
 * Mainland  Total" under each year), read from the table itself: when the column adds up the others
 * in at least two rows or years of the table and never fails elsewhere, a row where it does not add up
 * is an error. Needs no metric and no column names.
 */
export const sumTableColumnsRule: Rule = {
  id: 'sum.table-columns',
  title: "A table's total column is the sum of the columns of its year",
  fallback: true,
  run(ctx) {
    const out: CheckFinding[] = [];
    const rows = gridRows(ctx.facts.figures, (f) => isAdditive(ctx.kindOf(f)), false, true).map(byColumns);
    for (const block of gridBlocks(rows)) {
      const rows = block.filter((r) => !labelsOf(r).some((l) => NOT_ADDITIVE.test(l)));
      for (const place of PLACES) {
        const groups = rows.flatMap((r) => yearGroups(r, place));
        const confirmed = groups.filter((g) => addsUp(g) === true && confirms(g)).length;
        const misses = groups.filter((g) => addsUp(g) === false);
        if (confirmed < 2 || confirmed < 2 * misses.length) continue;
        out.push(...misses.map((g) => finding(g, confirmed)));
        break;
      }
    }
    return out;
  },
};

/**
 * A row of a table printing each site beside the whole ("Dehiowita | Kiriella | Head office | Group
 * 2025") keyed by its columns alone: each cell's year and basis, its run of site columns as one. Such
 * a table's hectares, kilograms and headcounts share its columns, and a site with nothing to report
 * prints a dash, which gives no figure: keyed by unit or by column count, its rows would stand apart.
 */
function byColumns(row: GridRow): GridRow {
  if (!row.cells.some(siteOf)) return row;
  const keys = row.cells.map(
    (c) => `${columnYear(c, row.yearRow)}/${c.fact.basis}${siteOf(c) ? '/site' : ''}`,
  );
  return { ...row, signature: keys.filter((k, i) => !k.endsWith('/site') || k !== keys[i - 1]).join(' ') };
}

/** The words naming a row's figures: its label, and in a table with years as rows its columns' names. */
function labelsOf(row: GridRow): string[] {
  return row.yearRow ? row.cells.map((c) => c.fact.label ?? '') : [row.label];
}

function siteOf(f: Figure): boolean {
  return f.fact.dims.site !== undefined;
}

/** The row's cells by year, for years printed in three or more columns (two parts and a total at least). */
function yearGroups(row: GridRow, place: Place): YearCells[] {
  return cellsByYear(row)
    .filter((cells) => cells.length >= 3)
    .map((cells) => {
      const total = (place === 'last' ? cells[cells.length - 1] : cells[0]) as Figure;
      return { row, total, parts: place === 'last' ? cells.slice(0, -1) : cells.slice(1) };
    })
    .filter(wholeOfSites);
}

/** Under site columns, the total is the column naming no site and every part names one. */
function wholeOfSites(g: YearCells): boolean {
  if (!siteOf(g.total) && !g.parts.some(siteOf)) return true;
  return !siteOf(g.total) && g.parts.every(siteOf);
}

/** Whether the parts add up to the total; undefined when a part's unit cannot be converted to the total's. */
function addsUp(g: YearCells): boolean | undefined {
  const sum = rangeSum(g.parts, g.total.unit);
  return sum && overlaps(sum, g.total.range);
}

/** A year whose adding up is no chance: two or more non-zero parts. */
function confirms(g: YearCells): boolean {
  return g.parts.filter((p) => !isZero(p)).length >= 2;
}

function finding(g: YearCells, confirmed: number): CheckFinding {
  const places = Math.max(placesOf(g.total), ...g.parts.map(placesOf));
  const expected = valueSum(g.parts, g.total.unit);
  const shown = g.parts.map(showFigure).join(' + ');
  return makeFinding(sumTableColumnsRule.id, {
    severity: severityFor('error', [g.total, ...g.parts]),
    message:
      `"${(g.row.yearRow ? (g.total.fact.label ?? g.row.label) : g.row.label).trim()}" (line ${g.row.line}) prints a total of ${showFigure(g.total)} for ` +
      `${g.total.fact.period.year}, but its columns add up to ${showNumber(expected, places)} (${shown}); ` +
      `the same column is their sum in ${confirmed} other places in the table.`,
    figures: [g.total, ...g.parts],
    expected: decimalString(expected, places),
    actual: decimalString(g.total.value, placesOf(g.total)),
  });
}
