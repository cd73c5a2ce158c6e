import { tryParseUnit, type Unit } from '../../core/index.js';
import type { Mention } from '../mention/index.js';

/**
 * A unit printed as two units over a slash whose second is a plural noun ("Consumption (t / litres)"):
 * no ratio is written with a plural denominator ("per litres"), so the column holds one or the other,
 * row by row. Group 1 and 2 are the two units.
 */
const EITHER_UNIT = /^\s*\(?\s*([^/()]+?)\s*\/\s*(\p{L}{2,}s)\s*\)?\s*$/iu;

/**
 * Reads a column printed in either of two units ("t / litres") in the unit its row's own emission or
 * conversion factor divides by: "Marine gas oil | 21,846.4 | 3.206 t CO2/t" is in tonnes, "Road diesel
 * | 186,420 | 2.68 kg CO2/l" in litres. Rows printing no such factor keep their unit as printed.
 */
export function readEitherUnits(mentions: readonly Mention[]): Mention[] {
  const perLine = new Map<number, Mention[]>();
  for (const m of mentions) {
    const list = perLine.get(m.line) ?? [];
    list.push(m);
    perLine.set(m.line, list);
  }
  return mentions.map((m) => {
    const pair = EITHER_UNIT.exec(m.unit);
    if (!pair?.[1] || !pair[2]) return m;
    const choices = [pair[1], pair[2]];
    const units = choices.map((c) => tryParseUnit(c));
    const divisors = (perLine.get(m.line) ?? [])
      .filter((o) => !EITHER_UNIT.test(o.unit))
      .map((o) => denominatorOf(o.unit));
    const picked = units.findIndex(
      (u) => u !== undefined && divisors.some((d) => d !== undefined && same(d, u)),
    );
    const unit = picked < 0 ? undefined : choices[picked];
    return unit === undefined ? m : { ...m, unit };
  });
}

/** The unit a factor divides by ("t CO2/t" → t, "kg CO2e per litre" → L), when its unit is a ratio. */
function denominatorOf(text: string): Unit | undefined {
  const unit = tryParseUnit(text);
  const [num, den] = unit?.dimension.split('/') ?? [];
  if (num === undefined || den === undefined || num === den) return undefined;
  const after = /\/|\bper\b/i.exec(text);
  return after ? tryParseUnit(text.slice(after.index + after[0].length)) : undefined;
}

function same(a: Unit, b: Unit): boolean {
  return a.dimension === b.dimension && a.toBase.eq(b.toBase);
}
