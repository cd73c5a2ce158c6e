import { dec } from '../../core/index.js';
import { intersect, midpoint, type Figure, type Interval } from '../precision/index.js';

/** One reading of a denominator: numerator ÷ intensity, or a printed denominator, with its figures. */
export interface Reading {
  readonly range: Interval;
  readonly figures: readonly Figure[];
}

/** One intensity's implied denominator (or a printed denominator such as headcount). */
export interface Implied extends Reading {
  /**
   * Every reading the printed figures allow, the preferred one ({@link Reading} itself) first: a report
   * may divide by Scope 1 + 2 rather than a total that extraction took for the numerator, or by water
   * withdrawn rather than consumed. The intensity agrees when any of them does.
   */
  readonly alternatives: readonly Reading[];
  /** True for a printed denominator figure rather than an intensity. */
  readonly reference: boolean;
  /**
   * True for the year's output of the product an intensity is per: unlike headcount or revenue, which
   * an intensity may take as an average or for another boundary, it is what the intensity divides.
   */
  readonly output?: boolean;
}

/** The largest set of implied denominators that share a common value, each by the reading that does. */
export interface Cluster {
  /** The members as read at the common value. */
  readonly members: readonly Implied[];
  /** The members as given. */
  readonly of: ReadonlySet<Implied>;
  readonly common: Interval;
}

/**
 * The largest set of readings sharing a common value (an endpoint sweep; groups are small), preferring
 * intensities to printed denominators.
 */
export function largestCluster(group: readonly Implied[]): Cluster {
  let best: Cluster | undefined;
  const intensities = (c: Cluster) => c.members.filter((x) => !x.reference).length;
  for (const candidate of group) {
    for (const reading of candidate.alternatives) {
      for (const point of [reading.range.lo, reading.range.hi, midpoint(reading.range)]) {
        const of = new Set<Implied>();
        const members: Implied[] = [];
        for (const g of group) {
          const at = g.alternatives.find((a) => a.range.lo.lte(point) && a.range.hi.gte(point));
          if (!at) continue;
          of.add(g);
          members.push({ ...g, range: at.range, figures: at.figures });
        }
        const common = members.reduce<Interval | undefined>(
          (acc, m) => (acc ? intersect(acc, m.range) : m.range),
          undefined,
        );
        if (!common) continue;
        const found: Cluster = { members, of, common };
        if (
          !best ||
          intensities(found) > intensities(best) ||
          (intensities(found) === intensities(best) && members.length > best.members.length)
        )
          best = found;
      }
    }
  }
  const [first] = group;
  return (
    best ?? {
      members: first ? [first] : [],
      of: new Set(first ? [first] : []),
      common: first?.range ?? { lo: dec(0), hi: dec(0) },
    }
  );
}
