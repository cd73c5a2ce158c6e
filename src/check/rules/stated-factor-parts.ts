import { dimsKey } from '../fact-index/index.js';
import { overlaps, type Figure } from '../precision/index.js';
import { baseRange } from './convert-figure.js';
import { productMiss } from './factor-product.js';

/** An input and the output converted from it with a stated factor. */
export interface FactorPair {
  readonly input: Figure;
  readonly output: Figure;
}

/**
 * When a factor's rows are printed for the whole and for a part side by side ("UK | Global" columns of
 * a UK SECR table, each with its gas use and the Scope 1 from it), the pairs of one breakdown each: the
 * part whose output is not its input times the factor, while another column's pair is. The whole is
 * never the one reported: it may hold places the stated factor does not cover (overseas sites on
 * their own country's factors), which a part named apart does not.
 */
export function partOffFactor(
  inputs: readonly Figure[],
  outputs: readonly Figure[],
  factor: Figure,
): FactorPair | undefined {
  const keys = new Set(inputs.map((f) => dimsKey(f.fact.dims)));
  const outputKeys = new Set(outputs.map((f) => dimsKey(f.fact.dims)));
  if (keys.size < 2 || keys.size !== outputKeys.size || [...keys].some((k) => !outputKeys.has(k)))
    return undefined;
  const pairs: FactorPair[] = [];
  for (const key of keys) {
    const input = agreed(inputs.filter((f) => dimsKey(f.fact.dims) === key));
    const output = agreed(outputs.filter((f) => dimsKey(f.fact.dims) === key));
    if (!input || !output) return undefined;
    pairs.push({ input, output });
  }
  const off = pairs.filter((p) => productMiss(p.input, factor, p.output));
  const [part] = off;
  if (off.length !== 1 || off.length === pairs.length || !part) return undefined;
  return Object.keys(part.output.fact.dims).length > 0 ? part : undefined;
}

/** The one value of a list printed more than once, undefined when its printings disagree. */
function agreed(list: readonly Figure[]): Figure | undefined {
  const [first] = list;
  if (!first) return undefined;
  const head = baseRange(first);
  return list.every((g) => overlaps(baseRange(g), head)) ? first : undefined;
}

/**
 * A table printing each half-year beside the year ("1H | 2H | FY", the interim report's halves; `half`
 * dim): the pairs of each half apart, the year's rows left aside since they may name their subject
 * otherwise (a "Scope 1 – diesel" row read with a `segment` the halves' cells lack). One half off while
 * the other is its input times the factor is reported as the part off the factor.
 */
export function halfOffFactor(
  inputs: readonly Figure[],
  outputs: readonly Figure[],
  factor: Figure,
): FactorPair | undefined {
  const halves = (list: readonly Figure[]) => list.filter((f) => f.fact.dims.half !== undefined);
  return partOffFactor(halves(inputs), halves(outputs), factor);
}
