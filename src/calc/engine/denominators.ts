import { convertQuantity, dec, unitOf, type Decimal } from '../../core/index.js';
import type { ActivityGroup } from '../aggregate/index.js';
import { groupQuantity, show, type MethodContext } from '../methods/index.js';

/** An intensity denominator for one year: its value, how it is printed and the rows it came from. */
export interface Denominator {
  readonly activity: string;
  readonly value: Decimal;
  /** As printed in dim `denominator`: "RMB million", "m2", "employee", "t". */
  readonly label: string;
  readonly groups: readonly ActivityGroup[];
  readonly steps: readonly string[];
}

const MILLION = dec(1_000_000);

function label(ctx: MethodContext, group: ActivityGroup, first: ActivityGroup): string | undefined {
  const dim = group.unit.dimension;
  switch (group.activity.id) {
    case 'revenue':
      if (dim !== first.unit.dimension) {
        ctx.missing.push(
          `revenue for ${group.year} is in ${first.unit.dimension} and ${dim}; give it in one currency`,
        );
        return undefined;
      }
      return `${dim.slice('money:'.length)} million`;
    case 'floor_area':
      return 'm2';
    case 'employees':
      return 'employee';
    default:
      if (dim !== first.unit.dimension) {
        ctx.missing.push(
          `production for ${group.year} is in ${first.unit.symbol} and ${group.unit.symbol}; give it in one unit`,
        );
        return undefined;
      }
      return first.unit.symbol;
  }
}

function valueOf(group: ActivityGroup, first: ActivityGroup): Decimal {
  const q = groupQuantity(group);
  switch (group.activity.id) {
    case 'revenue':
      return q.value.times(q.unit.toBase).dividedBy(MILLION); // money base is one unit of the currency
    case 'floor_area':
      return convertQuantity(q, unitOf('m2')).value;
    case 'employees':
      return q.value.times(q.unit.toBase);
    default:
      return convertQuantity(q, first.unit).value;
  }
}

/** Sums each denominator activity per year, in the unit its intensity is printed per. */
export function denominators(
  ctx: MethodContext,
  groups: readonly ActivityGroup[],
): Map<number, Denominator[]> {
  const byYear = new Map<string, ActivityGroup[]>();
  for (const g of groups) {
    if (g.activity.role !== 'denominator') continue;
    const key = `${String(g.year)}|${g.activity.id}`;
    byYear.set(key, [...(byYear.get(key) ?? []), g]);
  }
  const out = new Map<number, Denominator[]>();
  for (const list of byYear.values()) {
    const first = list[0];
    if (!first) continue;
    let value = dec(0);
    let printed: string | undefined;
    const steps: string[] = [];
    for (const g of list) {
      const l = label(ctx, g, first);
      if (l === undefined) continue;
      printed = l;
      const v = valueOf(g, first);
      value = value.plus(v);
      steps.push(
        `${g.activity.id} ${g.site || ''}: ${show(g.sum.toDecimal())} ${g.unit.symbol} = ${show(v)} ${l}`.replace(
          '  ',
          ' ',
        ),
      );
    }
    if (printed === undefined) continue;
    const d: Denominator = { activity: first.activity.id, value, label: printed, groups: list, steps };
    out.set(first.year, [...(out.get(first.year) ?? []), d]);
  }
  return out;
}
