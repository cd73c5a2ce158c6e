import { convertQuantity, quantity, type Unit } from '../../core/index.js';
import type { Figure, Interval } from '../precision/index.js';

/** A figure's range expressed in `unit`, or undefined when the units measure different things. */
export function rangeIn(f: Figure, unit: Unit): Interval | undefined {
  if (f.unit.dimension !== unit.dimension) return undefined;
  if (f.unit.symbol === unit.symbol) return f.range;
  return {
    lo: convertQuantity(quantity(f.range.lo, f.unit), unit).value,
    hi: convertQuantity(quantity(f.range.hi, f.unit), unit).value,
  };
}

/** Ranges of all figures in `unit`, or undefined when any cannot be converted. */
export function rangesIn(figures: readonly Figure[], unit: Unit): Interval[] | undefined {
  const out: Interval[] = [];
  for (const f of figures) {
    const r = rangeIn(f, unit);
    if (!r) return undefined;
    out.push(r);
  }
  return out;
}

/** The first figure of each distinct value of dim `by` (a part printed twice counts once). */
export function distinctParts(parts: readonly Figure[], by: string): Figure[] {
  const seen = new Set<string>();
  const out: Figure[] = [];
  for (const p of parts) {
    const v = (p.fact.dims[by] ?? '').trim().toLowerCase();
    if (seen.has(v)) continue;
    seen.add(v);
    out.push(p);
  }
  return out;
}
