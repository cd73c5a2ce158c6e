import {
  decimalString,
  makeFinding,
  showFigure,
  showRange,
  whereOf,
  type CheckFinding,
} from '../finding/index.js';
import type { Figure } from '../precision/index.js';
import { isCoalEquivalent } from './convert-figure.js';
import { productMiss } from './factor-product.js';
import type { Rule } from './rule.js';
import { tableCellsByLine, MAX_ROW_CELLS } from './table-grid.js';

/**
 * A table row that prints an amount, the factor it is converted with and the result side by side
 * ("RFCW | 71,180 MWh | 1,024.6 lb CO2e/MWh | 34,427 t CO2e", a fuel's litres, its GJ/kL and its GJ):
 * the result is the amount times the factor, within the printed precision of all three. Needs no metric,
 * so it holds for rows the catalogue could not name. A row whose year gives more than one candidate for
 * a role (two amounts in the factor's lower unit) is not judged.
 */
export const rowFactorRule: Rule = {
  id: 'factor.row',
  title: 'A row printing an amount, its factor and the result multiplies out',
  fallback: true,
  run(ctx) {
    const out: CheckFinding[] = [];
    for (const cells of tableLines(ctx.facts.figures)) {
      for (const factor of cells.filter(isFactor)) {
        const finding = check(factor, cells);
        if (finding) out.push(finding);
      }
    }
    return out;
  },
};

/**
 * The figures of each table line that has room for an amount, a factor and a result. A factor printed
 * with its unit in the cell ("3.206 t CO2/t" under "Emission factor") may be read as the line's text
 * rather than a cell: it joins the line's cells.
 */
function tableLines(figures: readonly Figure[]): Figure[][] {
  const byLine = new Map([...tableCellsByLine(figures)].map(([line, cells]) => [line, [...cells]]));
  for (const f of figures) {
    const p = f.fact.provenance;
    if (p.kind !== 'document' || p.extraction !== 'text' || !isFactor(f)) continue;
    const cells = p.location.line === undefined ? undefined : byLine.get(p.location.line);
    if (cells && !cells.some((c) => isFactor(c) && c.value.eq(f.value))) cells.push(f);
  }
  return [...byLine.values()].filter((cells) => cells.length >= 3 && cells.length <= MAX_ROW_CELLS);
}

/** A factor between two different quantities (emissions per energy, energy per volume). */
function isFactor(f: Figure): boolean {
  const [num, den] = f.unit.dimension.split('/');
  return num !== undefined && den !== undefined && num !== den;
}

function check(factor: Figure, cells: readonly Figure[]): CheckFinding | undefined {
  const [numDim, denDim] = factor.unit.dimension.split('/');
  const peers = cells.filter(
    (c) =>
      c !== factor && c.fact.period.year === factor.fact.period.year && c.fact.basis === factor.fact.basis,
  );
  const input = only(peers.filter((c) => c.unit.dimension === denDim));
  // A coal-equivalent cell is a conversion of its own (GB/T 2589), not the output of an emission factor.
  const output = only(peers.filter((c) => c.unit.dimension === numDim && !isCoalEquivalent(c.printedUnit)));
  if (!input || !output) return undefined;
  const miss = productMiss(input, factor, output);
  if (!miss) return undefined;
  return makeFinding(rowFactorRule.id, {
    severity: 'warning',
    message:
      `${showFigure(output)} (${whereOf(output)}) is not ${showFigure(input)} times ${showFigure(factor)}, ` +
      `printed beside it on the row: that gives ${showRange(miss.expected, 2)} ${miss.unit.symbol}.`,
    figures: [output, input, factor],
    expected: decimalString(miss.expectedMid, 2),
    actual: decimalString(miss.printedMid, 2),
  });
}

/** The one figure of a list, or undefined when there is none or more than one. */
function only(list: readonly Figure[]): Figure | undefined {
  return list.length === 1 ? list[0] : undefined;
}
