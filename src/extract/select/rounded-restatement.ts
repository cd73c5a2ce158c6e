import { dec, type Decimal } from '../../core/index.js';
import type { ClassifiedMention } from '../classify/index.js';

/** A table figure's amount in its unit's base, keyed by metric, year and dims. */
type TableAmounts = Map<string, Decimal[]>;

/** The table figures of each metric, year and dims, in base units, for {@link restatesTable}. */
export function tableAmounts(items: readonly ClassifiedMention[]): TableAmounts {
  const out: TableAmounts = new Map();
  for (const c of items) {
    const base = c.mention.kind === 'table' ? inBase(c) : undefined;
    const key = keyOf(c);
    if (base === undefined || key === undefined) continue;
    const list = out.get(key);
    if (list) list.push(base);
    else out.set(key, [base]);
  }
  return out;
}

/**
 * True when a key-figures list's figure is a table figure of the same metric, year and
 * dims rounded to the digits it prints ("52.1 GWh" for a table's 52,114.8 MWh): a restatement, not
 * a second disclosure.
 */
export function restatesTable(c: ClassifiedMention, tables: TableAmounts): boolean {
  const key = keyOf(c);
  const base = inBase(c);
  const q = c.quantity;
  // A sentence that rounds a table figure is kept (analysts keep the fullest sentence); a list restates.
  if (c.mention.listed !== true) return false;
  if (key === undefined || base === undefined || !q) return false;
  const printed = dec(c.mention.value);
  if (printed.isZero()) return false;
  // Half a unit of the last printed digit, carried into base units with the figure's own scale.
  const places = c.mention.value.split('.')[1]?.length ?? 0;
  const half = dec(10).pow(-places).div(2).times(base.div(printed).abs());
  return (tables.get(key) ?? []).some((t) => t.minus(base).abs().lte(half));
}

/**
 * True when the table prints the sentence's metric for its year and dims, and never at the sentence's
 * amount: the sentence names as that metric a figure the table prints under another name ("an average
 * of 32.2 hours per employee" beside a row of 30.1 hours per employee and a column of 32.2 hours per
 * participant). Not a restatement but a second printing that disagrees, which the checks must see.
 */
export function contradictsTable(c: ClassifiedMention, tables: TableAmounts): boolean {
  const key = keyOf(c);
  const base = inBase(c);
  const printed = key === undefined ? undefined : tables.get(key);
  return base !== undefined && printed !== undefined && !printed.some((t) => t.eq(base));
}

function keyOf(c: ClassifiedMention): string | undefined {
  if (!c.metric || !c.quantity) return undefined;
  return `${c.metric.id}|${c.mention.year}|${c.quantity.unit.dimension}|${dimsKey(c)}`;
}

/** A mention's dims as one key, in name order ("gender=female;site=Plant A"). */
export function dimsKey(c: ClassifiedMention): string {
  return Object.entries(c.dims)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => `${k}=${v}`)
    .join(';');
}

function inBase(c: ClassifiedMention): Decimal | undefined {
  const q = c.quantity;
  return q ? q.value.times(q.unit.toBase) : undefined;
}
